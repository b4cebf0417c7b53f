/* SPDX-License-Identifier: ISC */
/*
 * paracache.c - paragraphs a context has built and broken before (see
 * layout.h): a built paragraph by its text and everything its items
 * depend on, its lines by its items, width and alignment, and the texts
 * layout_check passed, by their text, face and fonts.  An entry is
 * found by a 64-bit hash of its key and taken only when the stored key
 * equals the new one byte for byte, so a collision costs time, never a
 * wrong result.
 *
 * Not used by a context's first layout: a command line that sets one
 * document does not pay for it (the entries of one decree touched about
 * 230 more pages, dearer than the work its repeated paragraphs saved).
 *
 * Bounded twice: by generations, as paracache_begin starts a layout
 * and drops every entry the previous layout did not use, so the cache
 * holds at most the paragraphs of the last two layouts (a live preview
 * keeps what the unchanged paragraphs need; a batch of different
 * documents about one document's worth); and by size, PC_MAX_BYTES,
 * past which a paragraph is set without being kept (a table of
 * thousands of rows costs no more memory than without the cache).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "layout/layout_int.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#define PC_MAX_BYTES	(4u << 20)	/* keys and what they find */

enum pc_kind {
	PC_BUILD = 'B',		/* a built paragraph */
	PC_BREAK = 'K',		/* a paragraph's lines */
	PC_CLEAN = 'C',		/* a text layout_check found nothing in */
	PC_LINES = 'L'		/* the lines of a paragraph of the cache,
				   unchanged, by its serial */
};

struct pc_entry {
	struct pc_entry	*next;		/* in its bucket */
	uint64_t	 hash;
	unsigned	 gen;		/* the last layout that used it */
	char		*key;		/* owned; key[0] is its pc_kind */
	size_t		 keylen;
	size_t		 bytes;		/* it takes, all told */
	uint64_t	 serial;	/* PC_BUILD: its paragraph's */
	/* PC_BUILD: the paragraph (its frags point into its text) */
	struct para	 p;
	int		 ok;
	/* PC_BREAK: the lines */
	struct line	*ln;
	size_t		 nln;
};

struct naskah_paracache {
	struct pc_entry	**bucket;	/* nbucket, a power of two */
	size_t		  nbucket, n;
	size_t		  bytes;	/* of the entries */
	unsigned	  gen;
	/* the key of the last lookup, kept for paracache_put */
	struct naskah_buf key;
	uint64_t	  hash;
	uint64_t	  serial;	/* the last given to a paragraph */
	size_t		  hits, lookups;
};

struct naskah_paracache *
naskah_paracache_new(void)
{
	struct naskah_paracache *pc = xcalloc(1, sizeof(*pc));

	pc->nbucket = 64;
	pc->bucket = xcalloc(pc->nbucket, sizeof(*pc->bucket));
	return pc;
}

static void
entry_free(struct pc_entry *e)
{
	free(e->key);
	free(e->p.text);
	free(e->p.f);
	free(e->p.it);
	free(e->p.sum);
	free(e->ln);
	free(e);
}

void
naskah_paracache_free(struct naskah_paracache *pc)
{
	struct pc_entry *e, *next;
	size_t i;

	if (pc == NULL)
		return;
	for (i = 0; i < pc->nbucket; i++)
		for (e = pc->bucket[i]; e != NULL; e = next) {
			next = e->next;
			entry_free(e);
		}
	free(pc->bucket);
	buf_free(&pc->key);
	free(pc);
}

size_t
naskah_paracache_size(const struct naskah_paracache *pc, size_t *bytes,
    size_t *hits, size_t *lookups)
{
	if (bytes != NULL)
		*bytes = pc->bytes;
	if (hits != NULL)
		*hits = pc->hits;
	if (lookups != NULL)
		*lookups = pc->lookups;
	return pc->n;
}

struct naskah_paracache *
paracache_begin(struct naskah_paracache *pc)
{
	struct pc_entry **ep, *e;
	size_t i;

	if (pc == NULL)
		return NULL;
	/* the first layout of a context, often its only one (a command
	 * line), sets without the cache, allocating nothing for it */
	if (pc->gen++ == 0)
		return NULL;
	for (i = 0; i < pc->nbucket; i++)
		for (ep = &pc->bucket[i]; (e = *ep) != NULL;)
			if (e->gen + 1 < pc->gen) {
				*ep = e->next;
				pc->bytes -= e->bytes;
				entry_free(e);
				pc->n--;
			} else
				ep = &e->next;
	return pc;
}

/* The entry whose key is pc->key (hashed into pc->hash), or NULL. */
static struct pc_entry *
lookup(struct naskah_paracache *pc)
{
	struct pc_entry *e;

	pc->lookups++;
	pc->hash = naskah_bytes_hash(pc->key.s, pc->key.len);
	for (e = pc->bucket[pc->hash & (pc->nbucket - 1)]; e != NULL;
	    e = e->next)
		if (e->hash == pc->hash && e->keylen == pc->key.len &&
		    memcmp(e->key, pc->key.s, e->keylen) == 0) {
			e->gen = pc->gen;
			pc->hits++;
			return e;
		}
	return NULL;
}

/* A new entry under the last lookup's key for what takes bytes more,
 * or NULL when the cache is full. */
static struct pc_entry *
insert(struct naskah_paracache *pc, size_t bytes)
{
	struct pc_entry *e, **nb, *x, *next;
	size_t i, nn;

	bytes += sizeof(*e) + pc->key.len;
	if (pc->bytes + bytes > PC_MAX_BYTES)
		return NULL;
	e = xcalloc(1, sizeof(*e));
	e->bytes = bytes;
	pc->bytes += bytes;

	if (pc->n >= pc->nbucket) {
		nn = pc->nbucket * 2;
		nb = xcalloc(nn, sizeof(*nb));
		for (i = 0; i < pc->nbucket; i++)
			for (x = pc->bucket[i]; x != NULL; x = next) {
				next = x->next;
				x->next = nb[x->hash & (nn - 1)];
				nb[x->hash & (nn - 1)] = x;
			}
		free(pc->bucket);
		pc->bucket = nb;
		pc->nbucket = nn;
	}
	e->hash = pc->hash;
	e->gen = pc->gen;
	e->keylen = pc->key.len;
	e->key = xmalloc(e->keylen);
	memcpy(e->key, pc->key.s, e->keylen);
	e->next = pc->bucket[e->hash & (pc->nbucket - 1)];
	pc->bucket[e->hash & (pc->nbucket - 1)] = e;
	pc->n++;
	return e;
}

static void
key_add(struct naskah_paracache *pc, const void *v, size_t n)
{
	buf_add(&pc->key, v, n);
}

/*
 * The key of a paragraph to build: what para_build reads besides the
 * text's position (src), which only messages use.  The metrics and the
 * hyphenation function count by identity: a context keeps its fonts
 * and its one set of patterns for its life, longer than the cache's.
 */
static void
build_key(struct lctx *c, const char *s, enum naskah_face base,
    double size)
{
	struct naskah_paracache *pc = c->pc;
	const struct naskah_susun *su = lctx_susun(c);
	unsigned char kind = PC_BUILD, hy = c->hyph != NULL &&
	    su->pemenggalan, hang = su->gantung != 0;
	size_t i, len;

	pc->key.len = 0;
	key_add(pc, &kind, 1);
	key_add(pc, &hy, 1);
	key_add(pc, &hang, 1);
	key_add(pc, &base, sizeof(base));
	key_add(pc, &size, sizeof(size));
	key_add(pc, &c->m->ctx, sizeof(c->m->ctx));
	key_add(pc, &c->m->width, sizeof(c->m->width));
	key_add(pc, &c->m->kern, sizeof(c->m->kern));
	if (c->hyph != NULL)
		key_add(pc, &c->hyph->points, sizeof(c->hyph->points));
	key_add(pc, &c->nnohyph, sizeof(c->nnohyph));
	for (i = 0; i < c->nnohyph; i++) {
		len = strlen(c->nohyph[i]);
		key_add(pc, &len, sizeof(len));
		key_add(pc, c->nohyph[i], len);
	}
	key_add(pc, s, strlen(s));
}

/* Copy of src's items, frags (into dst's own text) and sums into dst. */
static void
para_copy(struct para *dst, const struct para *src)
{
	size_t i;

	dst->ntext = dst->captext = src->ntext;
	dst->text = xmalloc(src->ntext + 1);
	memcpy(dst->text, src->text, src->ntext);
	dst->nf = dst->capf = src->nf;
	dst->f = xmalloc((src->nf + 1) * sizeof(*dst->f));
	for (i = 0; i < src->nf; i++) {
		dst->f[i] = src->f[i];
		dst->f[i].s = dst->text + (src->f[i].s - src->text);
	}
	dst->caps = src->caps;
	dst->nit = dst->capit = src->nit;
	dst->it = xmalloc((src->nit + 1) * sizeof(*dst->it));
	memcpy(dst->it, src->it, src->nit * sizeof(*dst->it));
	dst->sum = xmalloc((src->nit + 1) * SUMS * sizeof(*dst->sum));
	memcpy(dst->sum, src->sum, (src->nit + 1) * SUMS * sizeof(*dst->sum));
}

int
paracache_build_get(struct lctx *c, struct para *p, const char *s,
    const struct naskah_text *src, enum naskah_face base, double size,
    int *ok)
{
	struct pc_entry *e;

	build_key(c, s, base, size);
	if ((e = lookup(c->pc)) == NULL)
		return 0;
	memset(p, 0, sizeof(*p));
	p->src = src;
	p->pos.sp = src != NULL ? &src->span : NULL;
	p->size = size;
	para_copy(p, &e->p);
	p->serial = e->serial;
	*ok = e->ok;
	return 1;
}

void
paracache_build_put(struct lctx *c, struct para *p, int ok)
{
	struct pc_entry *e = insert(c->pc, p->ntext + p->nf *
	    sizeof(*p->f) + p->nit * (sizeof(*p->it) + SUMS * sizeof(*p->sum)));

	if (e == NULL)
		return;
	para_copy(&e->p, p);
	e->p.size = p->size;
	e->ok = ok;
	e->serial = p->serial = ++c->pc->serial;
}

/* The key of a paragraph's lines: the width, the alignment and its
 * items: their serial when the cache built them and nothing changed
 * them since (a serial is never given twice, so it stands for the
 * items), else every field of them para_break reads, a fixed record
 * per item written in place. */
#define ITEM_KEY	(5 + 6 * sizeof(double))

static void
break_key(struct naskah_paracache *pc, const struct para *p, double width,
    enum align a, const struct naskah_susun *su)
{
	unsigned char kind = PC_BREAK, caps = p->caps != 0;
	double ex = su->ekspansi, step = su->langkah;
	size_t i, need;
	char *k;

	pc->key.len = 0;
	if (p->serial != 0) {
		/* items as the cache built them: named by their serial */
		kind = PC_LINES;
		key_add(pc, &kind, 1);
		key_add(pc, &width, sizeof(width));
		key_add(pc, &a, sizeof(a));
		key_add(pc, &ex, sizeof(ex));
		key_add(pc, &step, sizeof(step));
		key_add(pc, &p->serial, sizeof(p->serial));
		return;
	}
	key_add(pc, &kind, 1);
	key_add(pc, &width, sizeof(width));
	key_add(pc, &a, sizeof(a));
	key_add(pc, &ex, sizeof(ex));
	key_add(pc, &step, sizeof(step));
	key_add(pc, &caps, 1);
	key_add(pc, &p->nit, sizeof(p->nit));
	need = pc->key.len + p->nit * ITEM_KEY;
	pc->key.s = xgrow(pc->key.s, &pc->key.cap, need + 1, 1);
	k = pc->key.s + pc->key.len;
	for (i = 0; i < p->nit; i++, k += ITEM_KEY) {
		const struct item *t = &p->it[i];

		k[0] = (char)t->kind;
		k[1] = t->flagged != 0;
		k[2] = t->forced != 0;
		k[3] = t->emergency != 0;
		memcpy(k + 4, &t->w, sizeof(double));
		memcpy(k + 4 + sizeof(double), &t->stretch, sizeof(double));
		memcpy(k + 4 + 2 * sizeof(double), &t->shrink, sizeof(double));
		memcpy(k + 4 + 3 * sizeof(double), &t->penalty,
		    sizeof(double));
		memcpy(k + 4 + 4 * sizeof(double), &t->kern, sizeof(double));
		memcpy(k + 4 + 5 * sizeof(double), &t->hang, sizeof(double));
		k[4 + 6 * sizeof(double)] = (char)t->need;
	}
	pc->key.len = need;
}

int
paracache_break_get(struct naskah_paracache *pc, const struct para *p,
    double width, enum align a, const struct naskah_susun *su,
    struct lines *out)
{
	struct pc_entry *e;
	size_t i;

	break_key(pc, p, width, a, su);
	if ((e = lookup(pc)) == NULL)
		return 0;
	out->n = 0;
	for (i = 0; i < e->nln; i++)
		VEC_PUSH(out->v, out->n, out->cap, e->ln[i]);
	return 1;
}

void
paracache_break_put(struct naskah_paracache *pc, const struct lines *ls)
{
	struct pc_entry *e = insert(pc, ls->n * sizeof(*ls->v));

	if (e == NULL)
		return;
	e->nln = ls->n;
	e->ln = xmalloc((ls->n + 1) * sizeof(*e->ln));
	memcpy(e->ln, ls->v, ls->n * sizeof(*e->ln));
}

/* The key of a text checked in face base with c's fonts. */
static void
clean_key(struct lctx *c, const char *s, enum naskah_face base)
{
	struct naskah_paracache *pc = c->pc;
	unsigned char kind = PC_CLEAN;

	pc->key.len = 0;
	key_add(pc, &kind, 1);
	key_add(pc, &base, sizeof(base));
	key_add(pc, &c->m->ctx, sizeof(c->m->ctx));
	key_add(pc, &c->m->width, sizeof(c->m->width));
	key_add(pc, s, strlen(s));
}

int
paracache_clean_get(struct lctx *c, const char *s, enum naskah_face base)
{
	clean_key(c, s, base);
	return lookup(c->pc) != NULL;
}

void
paracache_clean_put(struct lctx *c)
{
	insert(c->pc, 0);
}
