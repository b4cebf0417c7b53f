/* SPDX-License-Identifier: ISC */
/*
 * hyphcache.c - the break points of the words a context has hyphenated,
 * in front of any naskah_hyph: a word seen before is answered without
 * asking it again.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "layout/hyph.h"
#include "base/utf8.h"
#include "base/xalloc.h"

struct slot {
	uint64_t	hash;
	uint32_t	off;		/* of the word in mem, its points after */
	uint32_t	len;		/* 0: a free slot */
};

struct naskah_hyphcache {
	struct naskah_hyph	 in;
	size_t			 max;	/* bytes of words and points */
	struct slot		*slot;
	size_t			 cap;	/* a power of two, or 0 */
	size_t			 n;
	char			*mem;
	size_t			 len, memcap;
};

struct naskah_hyphcache *
naskah_hyphcache_new(const struct naskah_hyph *in, size_t max_bytes)
{
	struct naskah_hyphcache *c = xcalloc(1, sizeof(*c));

	c->in = *in;
	c->max = max_bytes < UINT32_MAX ? max_bytes : UINT32_MAX;
	return c;
}

void
naskah_hyphcache_free(struct naskah_hyphcache *c)
{
	if (c == NULL)
		return;
	free(c->slot);
	free(c->mem);
	free(c);
}

/* A word is kept within this many slots of its hash's: a lookup costs
 * at most that many, whatever the words (crafted to collide in the
 * hash's low bits, they would make the table quadratic). */
#define PROBE_MAX	32

/* The slot of word (hash h), or the free slot where it would go; NULL
 * when neither is within PROBE_MAX slots. */
static struct slot *
slot_find(const struct naskah_hyphcache *c, uint64_t h, const char *word,
    size_t n)
{
	size_t i, k;
	struct slot *s;

	for (i = h & (c->cap - 1), k = 0; k < PROBE_MAX;
	    i = (i + 1) & (c->cap - 1), k++) {
		s = &c->slot[i];
		if (s->len == 0 || (s->hash == h && s->len == n &&
		    memcmp(c->mem + s->off, word, n) == 0))
			return s;
	}
	return NULL;
}

/* Forget every word. */
static void
cache_empty(struct naskah_hyphcache *c)
{
	if (c->cap > 0)
		memset(c->slot, 0, c->cap * sizeof(*c->slot));
	c->n = c->len = 0;
}

/* Room for one more word of n bytes: the table grown when half full,
 * everything dropped when the words would pass c->max.  A word that no
 * longer finds a slot near its own in the grown table is dropped. */
static void
cache_room(struct naskah_hyphcache *c, size_t n)
{
	struct slot *old = c->slot, *s;
	size_t oldcap = c->cap, i;

	if (c->len + 2 * n > c->max)
		cache_empty(c);
	if (2 * (c->n + 1) > c->cap) {
		c->cap = c->cap ? 2 * c->cap : 1024;
		c->slot = xcalloc(c->cap, sizeof(*c->slot));
		c->n = 0;
		for (i = 0; i < oldcap; i++)
			if (old[i].len != 0 && (s = slot_find(c, old[i].hash,
			    c->mem + old[i].off, old[i].len)) != NULL) {
				*s = old[i];
				c->n++;
			}
		free(old);
	}
	if (c->len + 2 * n > c->memcap) {
		c->memcap = c->memcap ? c->memcap : 16384;
		while (c->len + 2 * n > c->memcap)
			c->memcap *= 2;
		c->mem = xrealloc(c->mem, c->memcap);
	}
}

static void
cached_points(void *ctx, const char *word, size_t n, char *brk)
{
	struct naskah_hyphcache *c = ctx;
	struct slot *s;
	uint64_t h;

	if (n == 0 || 2 * n > c->max) {
		c->in.points(c->in.ctx, word, n, brk);
		return;
	}
	h = naskah_bytes_hash(word, n);
	if (c->cap > 0 && (s = slot_find(c, h, word, n)) != NULL &&
	    s->len != 0) {
		memcpy(brk, c->mem + s->off + n, n);
		return;
	}
	c->in.points(c->in.ctx, word, n, brk);
	cache_room(c, n);
	if ((s = slot_find(c, h, word, n)) == NULL) {
		cache_empty(c);		/* its slots are taken: start again */
		s = slot_find(c, h, word, n);
	}
	s->hash = h;
	s->off = (uint32_t)c->len;
	s->len = (uint32_t)n;
	memcpy(c->mem + c->len, word, n);
	memcpy(c->mem + c->len + n, brk, n);
	c->len += 2 * n;
	c->n++;
}

void
naskah_hyphcache_iface(struct naskah_hyphcache *c, struct naskah_hyph *h)
{
	h->ctx = c;
	h->points = cached_points;
}
