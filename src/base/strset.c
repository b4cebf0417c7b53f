/* SPDX-License-Identifier: ISC */
/*
 * strset.c - a crit-bit tree of strings (strset.h).  An inner node
 * parts the strings below it at one bit, the first at which any two of
 * them differ (byte, then the bit's mask); a string reads as NUL past
 * its end.  The bits tested on the way down grow, so a walk for a
 * string of n bytes passes at most 8 (n + 1) inner nodes.
 */
#include <stdlib.h>
#include <string.h>

#include "base/strset.h"
#include "base/xalloc.h"

struct strset_inner {
	size_t		 kid[2];	/* references */
	size_t		 byte;
	unsigned char	 otherbits;	/* every bit but the critical one */
};

struct strset_leaf {
	const char	*key;
	size_t		 val;
};

/* A reference: 0 none, odd a leaf, even (from 2) an inner node. */
#define IS_LEAF(r)	(((r) & 1) != 0)
#define LEAF_AT(r)	(((r) - 1) / 2)
#define INNER_AT(r)	(((r) - 2) / 2)

/* The side of node q that key (of len bytes) belongs to: 0 or 1. */
static int
side(const struct strset_inner *q, const unsigned char *key, size_t len)
{
	unsigned char c = q->byte < len ? key[q->byte] : 0;

	return (1 + (q->otherbits | c)) >> 8;
}

int
strset_add(struct strset *s, const char *key, size_t val, size_t *was)
{
	const unsigned char *u = (const unsigned char *)key, *p;
	struct strset_leaf lf = { key, val };
	struct strset_inner in, *q;
	size_t len = strlen(key), r, up;
	unsigned char bits;
	int dir, updir = 0;

	if (s->root == 0) {
		VEC_PUSH(s->leaf, s->nleaf, s->capleaf, lf);
		s->root = 2 * (s->nleaf - 1) + 1;
		return 1;
	}
	/* the leaf key would sit beside: the first difference with it is
	 * the first with any string of the set */
	for (r = s->root; !IS_LEAF(r); r = q->kid[side(q, u, len)])
		q = &s->inner[INNER_AT(r)];
	p = (const unsigned char *)s->leaf[LEAF_AT(r)].key;
	for (in.byte = 0; in.byte < len && p[in.byte] == u[in.byte];
	    in.byte++)
		continue;
	if ((bits = p[in.byte] ^ (in.byte < len ? u[in.byte] : 0)) == 0) {
		*was = s->leaf[LEAF_AT(r)].val;
		return 0;
	}
	/* keep the highest differing bit; otherbits is the rest */
	bits |= bits >> 1;
	bits |= bits >> 2;
	bits |= bits >> 4;
	in.otherbits = (unsigned char)((bits & ~(bits >> 1)) ^ 255);
	VEC_PUSH(s->leaf, s->nleaf, s->capleaf, lf);
	dir = side(&in, u, len);
	in.kid[dir] = 2 * (s->nleaf - 1) + 1;
	/* the new node goes above the first node that tests a later bit,
	 * as the kid of the node above (none: the root) */
	for (r = s->root, up = (size_t)-1; !IS_LEAF(r); r = q->kid[updir]) {
		q = &s->inner[INNER_AT(r)];
		if (q->byte > in.byte || (q->byte == in.byte &&
		    q->otherbits > in.otherbits))
			break;
		up = INNER_AT(r);
		updir = side(q, u, len);
	}
	in.kid[1 - dir] = r;
	VEC_PUSH(s->inner, s->ninner, s->capinner, in);
	r = 2 * (s->ninner - 1) + 2;
	if (up == (size_t)-1)
		s->root = r;
	else
		s->inner[up].kid[updir] = r;
	return 1;
}

void
strset_free(struct strset *s)
{
	if (s == NULL)
		return;
	free(s->inner);
	free(s->leaf);
	memset(s, 0, sizeof(*s));
}
