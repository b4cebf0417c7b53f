/* SPDX-License-Identifier: ISC */
/*
 * layout_kop.c - a kop, of the kind its template's kop.jenis names.
 * An instansi's: its names, the logo, the double rule, and the
 * address lines with their contact parts as naskah-dinas.md 1.6 gives
 * them (Perbup Sleman 5/2012): the street ending with the kode pos,
 * then telepon and faksimile, then laman and pos-el, each part its
 * template word and its value.  A kepala daerah's (issue 14; Perbup
 * Kotabaru 66/2017, Perwali Surabaya 68/2011 Pasal 38): the lambang
 * centred at the top, the jabatan under it and the wilayah under
 * that, no address, no rule.
 */
#include <stdlib.h>
#include <string.h>

#include "base/units.h"
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

/* A kop field that a kop of kind jenis does not print: a warning. */
static void
kop_unprinted(struct lctx *c, const struct naskah_text *t,
    const char *key, enum naskah_kop_jenis jenis)
{
	if (t->s != NULL)
		naskah_diag(c->d, SEV_WARNING, t->span.at, MSG_KOP_UNPRINTED,
		    key, naskah_kop_jenis_names[jenis]);
}

/*
 * The kop's image (kop.logo) drawn w_mm wide: its path (caller frees)
 * and its size in points in *w, *h; NULL when there is none, or when it
 * cannot be used (reported; c fails).
 */
static char *
kop_image(struct lctx *c, double w_mm, double *w, double *h)
{
	const struct naskah_text *logo = &c->setup->kop.logo;
	struct naskah_image_info info;
	const char *why = "";
	char *path;
	int err;

	*w = *h = 0;
	if (logo->s == NULL)
		return NULL;
	path = doc_path(c->setup, logo->s);
	if ((err = naskah_image_probe(path, &info, &why)) != 0) {
		naskah_diag(c->d, SEV_ERROR, logo->span.at,
		    (enum naskah_msg)err, logo->s, why);
		c->failed = 1;
		free(path);
		return NULL;
	}
	*w = MM(w_mm);
	*h = *w * info.height / info.width;
	return path;
}

/*
 * A kepala daerah's kop: the lambang (kop.logo) centred,
 * kop.lambang_lebar wide, then kop.lambang_jarak below it the
 * instansi (the jabatan: "BUPATI ...") and the wilayah, centred and
 * bold; no rule.  The address and contacts are not printed.
 */
static void
kop_kepala_daerah(struct lctx *c)
{
	const struct naskah_kop *k = &c->setup->kop;
	const struct naskah_tpl *t = c->tpl;
	struct vitem *it;
	double y = 0, w, h, x;
	char *path;
	size_t i;

	kop_unprinted(c, &k->pemerintah, "kop.pemerintah", KOP_KEPALA_DAERAH);
	for (i = 0; i < k->alamat.n; i++)
		kop_unprinted(c, &k->alamat.v[i], "kop.alamat",
		    KOP_KEPALA_DAERAH);
	kop_unprinted(c, &k->kode_pos, "kop.kode_pos", KOP_KEPALA_DAERAH);
	kop_unprinted(c, &k->telepon, "kop.telepon", KOP_KEPALA_DAERAH);
	kop_unprinted(c, &k->faksimile, "kop.faksimile", KOP_KEPALA_DAERAH);
	kop_unprinted(c, &k->laman, "kop.laman", KOP_KEPALA_DAERAH);
	kop_unprinted(c, &k->email, "kop.email", KOP_KEPALA_DAERAH);
	it = vl_add(c, VI_BLOCK, 0);
	it->keep = KEEP_BLOCK;
	path = kop_image(c, t->kop.lambang_lebar > 0 ? t->kop.lambang_lebar :
	    t->jarak_logo_lebar, &w, &h);
	if (path != NULL) {
		x = c->left + (c->width - w) / 2;
		vi_image(it, x, 0, x + w, h, path);
		y = h + MM(t->kop.lambang_jarak);
	}
	y = block_para(c, it, k->instansi.s, &k->instansi, FACE_BOLD,
	    t->ukuran_kop_instansi, 1.15, c->left, c->width, ALIGN_CENTER, y);
	if (k->wilayah.s != NULL)
		y = block_para(c, it, k->wilayah.s, &k->wilayah, FACE_BOLD,
		    t->ukuran_kop_pemerintah, 1.15, c->left, c->width,
		    ALIGN_CENTER, y);
	it->h = y;
	vl_glue(c, t->spasi_sesudah_kop, KEEP_HEADING);
}

void
layout_kop(struct lctx *c)
{
	const struct naskah_kop *k = &c->setup->kop;
	const struct naskah_tpl *t = c->tpl;
	struct kop_lines kl;
	struct vitem *it;
	double y = 0, logo_w = 0, logo_h = 0, x, w, rule;
	char *path = NULL;
	size_t i;

	if (!c->setup->has_kop)
		return;
	if (t->kop.jenis == KOP_KEPALA_DAERAH) {
		kop_kepala_daerah(c);
		return;
	}
	kop_unprinted(c, &k->wilayah, "kop.wilayah", KOP_INSTANSI);
	it = vl_add(c, VI_BLOCK, 0);
	it->keep = KEEP_BLOCK;
	path = kop_image(c, t->jarak_logo_lebar, &logo_w, &logo_h);
	x = c->left + (logo_w > 0 ? logo_w + MM(3) : 0);
	w = c->width - 2 * (x - c->left);
	if (k->pemerintah.s)
		y = block_para(c, it, k->pemerintah.s, &k->pemerintah,
		    FACE_BOLD, t->ukuran_kop_pemerintah, 1.15, x, w,
		    ALIGN_CENTER, y);
	y = block_para(c, it, k->instansi.s, &k->instansi, FACE_BOLD,
	    t->ukuran_kop_instansi, 1.15, x, w, ALIGN_CENTER, y);
	kop_lines_make(&kl, k, &t->kop);
	for (i = 0; i < kl.n; i++)
		y = block_para(c, it, kl.v[i].s, kl.v[i].span.at.line != 0 ?
		    &kl.v[i] : NULL, FACE_REGULAR, t->ukuran_kop_alamat, 1.15,
		    x, w, ALIGN_CENTER, y);
	kop_lines_free(&kl);
	if (path != NULL) {
		double top = logo_h > y ? 0 : (y - logo_h) / 2;

		/* the text block is centred against a taller logo */
		if (logo_h > y)
			for (i = 0; i < it->nbox; i++) {
				it->box[i].y += (logo_h - y) / 2;
				it->box[i].y2 += (logo_h - y) / 2;
			}
		vi_image(it, c->left, top, c->left + logo_w, top + logo_h, path);
		if (logo_h > y)
			y = logo_h;
	}
	/* thick-and-thin double rule */
	y += 3;
	rule = t->garis_tebal;
	vi_rule(it, c->left, y + rule / 2, c->right, y + rule / 2, rule);
	y += rule + t->garis_sela;
	if (t->garis_tipis > 0) {
		vi_rule(it, c->left, y + t->garis_tipis / 2, c->right,
		    y + t->garis_tipis / 2, t->garis_tipis);
		y += t->garis_tipis;
	}
	it->h = y;
	vl_glue(c, t->spasi_sesudah_kop, KEEP_HEADING);
}
