/* SPDX-License-Identifier: ISC */
/*
 * layout_kop.c - the address lines of a kop with its contact parts, as
 * naskah-dinas.md 1.6 gives them (Perbup Sleman 5/2012): the street
 * ending with the kode pos, then telepon and faksimile, then laman and
 * pos-el, each part its template word and its value.
 */
#include <stdlib.h>
#include <string.h>

#include "layout/layout_int.h"
#include "base/xalloc.h"

/* Append word + " " + value t to b (a pemisah before all but the
 * first); nothing when t is absent. */
static void
part_add(struct naskah_buf *b, const char *word, const struct naskah_text *t,
    const char *pemisah)
{
	if (t->s == NULL)
		return;
	if (b->len > 0)
		buf_adds(b, pemisah);
	buf_adds(b, word);
	buf_addc(b, ' ');
	buf_adds(b, t->s);
}

/* Line b, when it has anything, onto kl (kl keeps it). */
static void
line_add(struct kop_lines *kl, struct naskah_buf *b)
{
	struct naskah_text t = { .s = NULL };

	if (b->len == 0)
		return;
	t.s = kl->made[kl->nmade++] = buf_take(b);
	VEC_PUSH(kl->v, kl->n, kl->cap, t);
}

void
kop_lines_make(struct kop_lines *kl, const struct naskah_kop *k,
    const struct naskah_kopkata *w)
{
	struct naskah_buf b = { NULL, 0, 0 };
	size_t i, last = k->alamat.n;

	memset(kl, 0, sizeof(*kl));
	/* the alamat as written, the kode pos closing its last line */
	for (i = 0; i < k->alamat.n; i++)
		if (i + 1 < k->alamat.n || k->kode_pos.s == NULL)
			VEC_PUSH(kl->v, kl->n, kl->cap, k->alamat.v[i]);
	if (k->kode_pos.s != NULL && last > 0)
		buf_adds(&b, k->alamat.v[last - 1].s);
	part_add(&b, w->kode_pos, &k->kode_pos, w->pemisah);
	line_add(kl, &b);
	part_add(&b, w->telepon, &k->telepon, w->pemisah);
	part_add(&b, w->faksimile, &k->faksimile, w->pemisah);
	line_add(kl, &b);
	part_add(&b, w->laman, &k->laman, w->pemisah);
	part_add(&b, w->pos_el, &k->email, w->pemisah);
	line_add(kl, &b);
	buf_free(&b);
}

void
kop_lines_free(struct kop_lines *kl)
{
	size_t i;

	if (kl == NULL)
		return;
	for (i = 0; i < kl->nmade; i++)
		free(kl->made[i]);
	free(kl->v);
}
