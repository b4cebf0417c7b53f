/* SPDX-License-Identifier: ISC */
/*
 * span.c - a byte of a value back to its line and column (span.h).
 */
#include <stdint.h>
#include <stdlib.h>

#include "base/span.h"
#include "base/utf8.h"
#include "base/xalloc.h"

/* A character of a text and where it stands: its code point and its
 * byte offset. */
struct occ {
	uint32_t	 cp;
	uint32_t	 off;		/* sources are far below 4 GiB */
};

/* raw's position every CHK_STEP characters, to count from */
#define CHK_STEP	64

struct naskah_spanidx {
	uint32_t	*rank;		/* rank[off]: how many of the
					   character at byte off of the
					   value come before it */
	struct occ	*raw;		/* raw's characters by cp, then
					   offset */
	size_t		 nraw;
	size_t		*chk;		/* byte offset of every CHK_STEP-th
					   character of raw ... */
	struct naskah_pos *chkpos;	/* ... and its position */
	size_t		 nchk;
};

/* One character of raw on from *i, at position *p: both moved past it. */
static void
raw_step(const struct naskah_span *sp, size_t *i, struct naskah_pos *p)
{
	size_t k;
	uint32_t cp;

	if (sp->raw[*i] == '\n') {
		p->line++;
		p->col = 1;
		++*i;
		return;
	}
	k = utf8_decode(sp->raw + *i, sp->rawlen - *i, &cp);
	*i += k ? k : 1;
	p->col++;
}

/* Position of raw[off], counting from raw[i], at position p. */
static struct naskah_pos
raw_pos_from(const struct naskah_span *sp, size_t i, struct naskah_pos p,
    size_t off)
{
	while (i < off)
		raw_step(sp, &i, &p);
	return p;
}

/* Position of raw[off], counting from sp->rawat. */
static struct naskah_pos
raw_pos(const struct naskah_span *sp, size_t off)
{
	return raw_pos_from(sp, 0, sp->rawat, off);
}

struct naskah_pos
naskah_span_pos(const struct naskah_span *sp, size_t off)
{
	uint32_t want, cp;
	size_t i, k, nth = 0;

	if (sp->val == NULL || sp->raw == NULL || off >= sp->vlen)
		return sp->at;
	if (utf8_decode(sp->val + off, sp->vlen - off, &want) == 0)
		return sp->at;
	/* which occurrence of this character in the value is it? */
	for (i = 0; i < off; i += k ? k : 1) {
		k = utf8_decode(sp->val + i, sp->vlen - i, &cp);
		if (cp == want)
			nth++;
	}
	/* find the same occurrence in the text as written */
	for (i = 0; i < sp->rawlen; i += k ? k : 1) {
		k = utf8_decode(sp->raw + i, sp->rawlen - i, &cp);
		if (cp == want && nth-- == 0)
			return raw_pos(sp, i);
	}
	return sp->at;
}

static int
occ_cmp(const void *a, const void *b)
{
	const struct occ *x = a, *y = b;

	if (x->cp != y->cp)
		return x->cp < y->cp ? -1 : 1;
	return x->off < y->off ? -1 : x->off > y->off;
}

/* The characters of s[0..len) as naskah_span_pos steps through them,
 * sorted by code point, then offset; *n of them. */
static struct occ *
occ_sorted(const char *s, size_t len, size_t *n)
{
	struct occ *v = xmalloc((len + 1) * sizeof(*v));
	size_t i, k;
	uint32_t cp = 0;

	for (i = 0, *n = 0; i < len; i += k ? k : 1) {
		k = utf8_decode(s + i, len - i, &cp);
		v[*n].cp = cp;
		v[(*n)++].off = (uint32_t)i;
	}
	qsort(v, *n, sizeof(*v), occ_cmp);
	return v;
}

static struct naskah_spanidx *
spanidx_new(const struct naskah_span *sp)
{
	struct naskah_spanidx *x = xcalloc(1, sizeof(*x));
	struct occ *v;
	struct naskah_pos p = sp->rawat;
	size_t i, n, r = 0;

	/* the value: each character's rank among its equals */
	x->rank = xcalloc(sp->vlen + 1, sizeof(*x->rank));
	v = occ_sorted(sp->val, sp->vlen, &n);
	for (i = 0; i < n; i++) {
		r = i > 0 && v[i].cp == v[i - 1].cp ? r + 1 : 0;
		x->rank[v[i].off] = (uint32_t)r;
	}
	free(v);
	x->raw = occ_sorted(sp->raw, sp->rawlen, &x->nraw);
	/* raw's positions every CHK_STEP characters, in raw's order */
	x->chk = xmalloc((sp->rawlen / CHK_STEP + 1) * sizeof(*x->chk));
	x->chkpos = xmalloc((sp->rawlen / CHK_STEP + 1) *
	    sizeof(*x->chkpos));
	for (i = 0, n = 0; i < sp->rawlen; n++) {
		if (n % CHK_STEP == 0) {
			x->chk[x->nchk] = i;
			x->chkpos[x->nchk++] = p;
		}
		raw_step(sp, &i, &p);
	}
	return x;
}

static void
spanidx_free(struct naskah_spanidx *x)
{
	if (x == NULL)
		return;
	free(x->rank);
	free(x->raw);
	free(x->chk);
	free(x->chkpos);
	free(x);
}

/* naskah_span_pos through index x: the same answer. */
static struct naskah_pos
spanidx_pos(const struct naskah_span *sp, const struct naskah_spanidx *x,
    size_t off)
{
	uint32_t want;
	size_t lo = 0, hi = x->nraw, mid, at;

	if (sp->val == NULL || sp->raw == NULL || off >= sp->vlen)
		return sp->at;
	if (utf8_decode(sp->val + off, sp->vlen - off, &want) == 0)
		return sp->at;
	while (lo < hi) {	/* the first of want in raw */
		mid = lo + (hi - lo) / 2;
		if (x->raw[mid].cp < want)
			lo = mid + 1;
		else
			hi = mid;
	}
	lo += x->rank[off];
	if (lo >= x->nraw || x->raw[lo].cp != want)
		return sp->at;
	at = x->raw[lo].off;
	for (lo = 0, hi = x->nchk; hi - lo > 1;) {	/* the checkpoint */
		mid = lo + (hi - lo) / 2;
		if (x->chk[mid] <= at)
			lo = mid;
		else
			hi = mid;
	}
	return raw_pos_from(sp, x->chk[lo], x->chkpos[lo], at);
}

struct naskah_pos
naskah_spancur_pos(struct naskah_spancur *cur, size_t off)
{
	const struct naskah_span *sp = cur->sp;

	if (cur->idx == NULL && (cur->asked++ < SPANCUR_SCANS ||
	    sp->val == NULL || sp->raw == NULL))
		return naskah_span_pos(sp, off);
	if (cur->idx == NULL)
		cur->idx = spanidx_new(sp);
	return spanidx_pos(sp, cur->idx, off);
}

void
naskah_spancur_done(struct naskah_spancur *cur)
{
	if (cur == NULL)
		return;
	spanidx_free(cur->idx);
	cur->idx = NULL;
}
