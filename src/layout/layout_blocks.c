/* SPDX-License-Identifier: ISC */
/*
 * layout_blocks.c - the blocks of a book's parts and sections, laid out
 * into the vertical list: paragraphs, lists, terms, quotations, tables
 * (any, the decree's IKU table, the LKjIP's), signatures (one, or the
 * Perjanjian Kinerja's two), pictures and organisation charts, a chart
 * or a landscape part on pages turned a quarter; and the check that
 * every text of them can be set in the font.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/book.h"
#include "layout/layout_book_int.h"
#include "base/xalloc.h"

/* A paragraph of the book: justified, first line indented. */
static void
paragraph(struct bctx *b, const struct naskah_text *t, enum naskah_face f,
    double x, double width, double indent)
{
	struct lctx *c = &b->c;
	const struct naskah_btpl *bt = b->bt;
	double size = bt->ukuran_huruf, sp = bt->spasi_baris;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	struct vitem *it;
	size_t i, len = strlen(t->s);	/* once: not once a line */

	para_build(c, &p, t->s, t, f, size);
	para_indent(&p, indent);
	para_break(c, &p, width - 0.0, ALIGN_JUSTIFY, &ls);
	for (i = 0; i < ls.n; i++) {
		it = vl_add(c, VI_BLOCK, line_height(c, size, sp));
		it->keep = i == 0 && ls.n > 1 ? KEEP_ORPHAN :
		    ls.n - (i + 1) == 1 ? KEEP_WIDOW : ls.v[i].hyphen ?
		    KEEP_HYPHEN : KEEP_NO;
		/* "... sebagai berikut:" stays with what it announces */
		if (i + 1 == ls.n && len > 0 && t->s[len - 1] == ':')
			it->keep = KEEP_HEADING;
		para_emit(c, &p, &ls.v[i], x, width, ALIGN_JUSTIFY,
		    baseline_off(c, size, sp), it);
	}
	free(ls.v);
	para_free(&p);
}

/*
 * A label ("1.", "2.1.3", "Elok") on line `it` at lx, in a line of the
 * given size and spacing; returns its width.
 */
double
book_label_put(struct lctx *c, const char *label, enum naskah_face f,
    double size, double sp, double lx, struct vitem *it)
{
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	double w = 0;

	para_build(c, &p, label, NULL, f, size);
	para_break(c, &p, 1e6, ALIGN_LEFT, &ls);
	if (ls.n > 0)
		w = para_emit(c, &p, &ls.v[0], lx, 1e6, ALIGN_LEFT,
		    baseline_off(c, size, sp), it);
	free(ls.v);
	para_free(&p);
	return w;
}

/* The width of a label and the space after it. */
double
book_label_width(struct lctx *c, const char *label, enum naskah_face f,
    double size)
{
	return text_width(c, label, strlen(label), f, size) +
	    text_width(c, " ", 1, f, size);
}

/* A paragraph hung from a label ("1.", "Elok") set at lx. */
static void
hanging(struct bctx *b, const char *label, const struct naskah_text *t,
    double lx, double x, double width)
{
	struct lctx *c = &b->c;
	const struct naskah_btpl *bt = b->bt;
	size_t n0 = c->vl.n;

	paragraph(b, t, FACE_REGULAR, x, width, 0);
	if (c->vl.n > n0)
		book_label_put(c, label, FACE_REGULAR, bt->ukuran_huruf,
		    bt->spasi_baris, lx, &c->vl.v[n0]);
}


static void
list(struct bctx *b, const struct naskah_block *bl, double x)
{
	struct lctx *c = &b->c;
	const struct naskah_btpl *bt = b->bt;
	double nw = MM(bt->jarak_nomor_daftar);
	char *num, *l;
	size_t i;

	for (i = 0; i < bl->nitems; i++) {
		if (c->right - (x + nw) < c->width / 8) {
			/* its text would go one character a line, or off
			 * the paper */
			naskah_diag(c->d, SEV_ERROR, bl->items[i].text.span.at,
			    MSG_LIST_DEEP, (c->right - (x + nw)) / MM(1),
			    c->width / MM(1));
			c->failed = 1;
			return;
		}
		if (bl->letters) {
			l = idn_letters((int)i + 1);
			num = xasprintf("%s.", l);
			free(l);
		} else
			num = xasprintf("%zu.", i + 1);
		if (i > 0)
			vl_glue(c, bt->spasi_antar_butir, KEEP_NO);
		hanging(b, num, &bl->items[i].text, x, x + nw,
		    c->right - (x + nw));
		free(num);
		if (bl->items[i].sub.n > 0)
			book_blocks(b, &bl->items[i].sub, x + nw);
	}
}

static void
terms(struct bctx *b, const struct naskah_block *bl, double x)
{
	struct lctx *c = &b->c;
	const struct naskah_btpl *bt = b->bt;
	double tw = MM(bt->jarak_istilah), sep;
	const char *colon = bt->kata_pemisah_istilah;
	size_t i;

	sep = text_width(c, colon, strlen(colon), FACE_REGULAR,
	    bt->ukuran_huruf) + text_width(c, " ", 1, FACE_REGULAR,
	    bt->ukuran_huruf) * 2;
	for (i = 0; i < bl->nitems; i++) {
		size_t n0;
		struct para p;
		struct lines ls = { NULL, 0, 0 };
		double bo = baseline_off(c, bt->ukuran_huruf, bt->spasi_baris);

		if (i > 0)
			vl_glue(c, bt->spasi_antar_butir, KEEP_NO);
		/* the colon goes on the term's first line, not on the glue
		 * before it (which a page break drops) */
		n0 = c->vl.n;
		hanging(b, bl->items[i].term.s, &bl->items[i].text, x,
		    x + tw + sep, c->right - (x + tw + sep));
		if (c->vl.n == n0)
			continue;
		para_build(c, &p, colon, NULL, FACE_REGULAR, bt->ukuran_huruf);
		para_break(c, &p, 1e6, ALIGN_LEFT, &ls);
		if (ls.n > 0)
			para_emit(c, &p, &ls.v[0], x + tw, 1e6, ALIGN_LEFT, bo,
			    &c->vl.v[n0]);
		free(ls.v);
		para_free(&p);
	}
}

/*
 * A signature's lines (place and date, jabatan..., the room, name, NIP;
 * texts without s are skipped) into it at x, w wide, from y; n texts in
 * t, the name being t[name].  Returns the y under it; *name_y (may be
 * NULL) gets the top of the name's line.
 */
static double
signature_put(struct bctx *b, struct vitem *it, const struct naskah_text
    *const *t, size_t n, size_t name, double x, double w, double y,
    double *name_y)
{
	struct lctx *c = &b->c;
	const struct naskah_btpl *bt = b->bt;
	double size = bt->ukuran_huruf, sp = 1.2, lh, bo;
	int bold = strstr(bt->gaya_nama, "tebal") != NULL;
	int under = strstr(bt->gaya_nama, "garis_bawah") != NULL;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	size_t i, k, first;

	lh = line_height(c, size, sp);
	bo = baseline_off(c, size, sp);
	for (i = 0; i < n; i++) {
		if (t[i]->s == NULL)
			continue;
		if (i == name) {
			y += bt->spasi_ruang_ttd;
			if (name_y != NULL)
				*name_y = y;
		}
		first = it->nbox;
		para_build(c, &p, t[i]->s, t[i], i == name && bold ?
		    FACE_BOLD : FACE_REGULAR, size);
		para_break(c, &p, w, ALIGN_LEFT, &ls);
		for (k = 0; k < ls.n; k++, y += lh)
			para_emit(c, &p, &ls.v[k], x, w, ALIGN_LEFT, y + bo, it);
		if (i == name && under && it->nbox > first + 1)
			vi_rule(it, it->box[first + 1].x, y - lh + bo +
			    size * 0.12, it->box[it->nbox - 1].x2, y - lh +
			    bo + size * 0.12, size * 0.05);
		para_free(&p);
	}
	free(ls.v);
	return y;
}

/* A signature: place and date, jabatan lines, room, name, NIP. */
static void
signature(struct bctx *b, const struct naskah_block *bl)
{
	struct lctx *c = &b->c;
	struct vitem *it = vl_add(c, VI_BLOCK, 0);
	const struct naskah_text **t = xcalloc(bl->lines.n + 2, sizeof(*t));
	size_t i;

	for (i = 0; i < bl->lines.n; i++)
		t[i] = &bl->lines.v[i];
	t[i++] = &bl->nama;
	t[i++] = &bl->nip;
	it->h = signature_put(b, it, t, i, bl->lines.n, c->right -
	    MM(b->bt->jarak_ttd_lebar), MM(b->bt->jarak_ttd_lebar), 0, NULL);
	free(t);
}

/*
 * The two signatures of a Perjanjian Kinerja: pihak kedua on the left,
 * pihak pertama (under its place and date) on the right, each under
 * the template's word for it, the names on one line.
 */
static void
signatures_pk(struct bctx *b, const struct naskah_perjanjian *pk)
{
	struct lctx *c = &b->c;
	const struct naskah_pihak *side[2] = { &pk->kedua, &pk->pertama };
	struct naskah_text word[2] = { { .s = c->ltpl->kata_pihak_kedua },
	    { .s = c->ltpl->kata_pihak_pertama } };
	struct vitem *it = vl_add(c, VI_BLOCK, 0);
	/* side by side, the right one flush with the text's right edge,
	 * each at most jarak.ttd_lebar wide and never over the middle */
	double w = MM(b->bt->jarak_ttd_lebar) < c->width / 2 - MM(5) ?
	    MM(b->bt->jarak_ttd_lebar) : c->width / 2 - MM(5);
	double x[2] = { c->left, c->right - w };
	double name_y[2] = { 0, 0 }, end[2], dy;
	const struct naskah_text **t;
	size_t first[2], n, name, i, k;
	int s;

	for (s = 0; s < 2; s++) {
		const struct naskah_pihak *pi = side[s];

		t = xcalloc(pi->jabatan.n + 4, sizeof(*t));
		n = 0;
		t[n++] = &pi->tanggal;
		t[n++] = &word[s];
		for (i = 0; i < pi->jabatan.n; i++)
			t[n++] = &pi->jabatan.v[i];
		name = n;
		t[n++] = &pi->nama;
		t[n++] = &pi->nip;
		first[s] = it->nbox;
		end[s] = signature_put(b, it, t, n, name, x[s], w, 0,
		    &name_y[s]);
		free(t);
	}
	/* the side whose name stands higher moves down to the other's */
	for (s = 0; s < 2; s++) {
		dy = name_y[1 - s] > name_y[s] ? name_y[1 - s] - name_y[s] : 0;
		for (k = first[s]; k < (s == 0 ? first[1] : it->nbox); k++) {
			it->box[k].y += dy;
			it->box[k].y2 += dy;
		}
		if (end[s] + dy > it->h)
			it->h = end[s] + dy;
	}
}

/* A picture, centred, at most as wide as the text and as tall as the
 * page, with its caption under it; the two stay together. */
static void
picture(struct bctx *b, const struct naskah_block *bl)
{
	struct lctx *c = &b->c;
	struct naskah_image_info info;
	const char *why = "";
	char *path;
	double w, h, maxh;
	struct vitem *it;
	int err;

	path = bl->file.s[0] == '/' ? xstrdup(bl->file.s) :
	    xasprintf("%s/%s", b->book->setup->dir, bl->file.s);
	if ((err = naskah_image_probe(path, &info, &why)) != 0) {
		naskah_diag(c->d, SEV_ERROR, bl->file.span.at,
		    (enum naskah_msg)err, bl->file.s, why);
		b->failed = 1;
		free(path);
		return;
	}
	w = bl->width > 0 ? MM(bl->width) : c->width;
	if (w > c->width)
		w = c->width;
	h = w * info.height / info.width;
	maxh = (c->bottom - c->top) * 0.85;
	if (h > maxh) {
		w *= maxh / h;
		h = maxh;
	}
	it = vl_add(c, VI_BLOCK, h);
	it->keep = bl->text.s != NULL ? KEEP_HEADING : KEEP_NO;
	vi_image(it, c->left + (c->width - w) / 2, 0,
	    c->left + (c->width + w) / 2, h, path);
	if (bl->text.s != NULL) {
		vl_glue(c, b->bt->spasi_antar_paragraf, KEEP_HEADING);
		flow_para(c, bl->text.s, &bl->text, FACE_ITALIC,
		    b->bt->ukuran_huruf, c->left, c->width, ALIGN_CENTER,
		    KEEP_NO);
	}
}

/* Turn the page geometry a quarter (see landscape_chart). */
void
book_turn_page(struct bctx *b)
{
	struct lctx *c = &b->c;
	const struct naskah_setup *s = b->book->setup;
	double w = c->page_w;

	c->page_w = c->page_h;
	c->page_h = w;
	c->top = s->margin[0];
	c->bottom = c->page_h - s->margin[1];
	c->left = s->margin[2];
	c->right = c->page_w - s->margin[3];
	c->width = c->right - c->left;
}

/* Set what the list holds so far on pages and start a new list. */
static void
flush_pages(struct lctx *c)
{
	if (!c->failed)
		vl_paginate(c);
	vl_free(&c->vl);
	memset(&c->vl, 0, sizeof(c->vl));
}

/*
 * A chart on a page of its own, turned a quarter: the paper's width and
 * height swap, and so do the margins, the binding margin (left) at the
 * top, where it is bound when the book is read turned.  The part goes
 * on on a new page of the usual shape.
 */
static void
landscape_chart(struct bctx *b, const struct naskah_chart *ch)
{
	struct lctx *c = &b->c;
	double page_w = c->page_w, page_h = c->page_h, top = c->top;
	double bottom = c->bottom, left = c->left, right = c->right;
	double width = c->width;

	flush_pages(c);
	/* a part on landscape pages already (a lkjip-lampiran) is not
	 * turned again */
	if (c->page_w < c->page_h)
		book_turn_page(b);
	chart_layout(c, ch, c->tpl->ukuran_tabel);
	if (c->vl.n > 0) {
		/* alone on its page: centred from top to bottom too */
		struct vitem *it = &c->vl.v[c->vl.n - 1];
		double dy = (c->bottom - c->top - it->h) / 2;
		size_t k;

		for (k = 0; dy > 0 && k < it->nbox; k++) {
			it->box[k].y += dy;
			it->box[k].y2 += dy;
		}
		if (dy > 0)
			it->h += dy;
	}
	flush_pages(c);
	c->page_w = page_w;
	c->page_h = page_h;
	c->top = top;
	c->bottom = bottom;
	c->left = left;
	c->right = right;
	c->width = width;
}

/*
 * A tabel_iku block: lampiran bl->lampiran of the book's decree in the
 * decree template's columns, or the block's choice of them, in the
 * decree's year.
 */
static void
tabel_iku(struct bctx *b, const struct naskah_block *bl)
{
	struct lctx *c = &b->c;
	const struct naskah_decree *dd = b->book->decree;
	const struct naskah_lampiran *lp = &dd->lampiran[bl->lampiran - 1];
	const struct naskah_tpl *dt = b->dtpl != NULL ? b->dtpl : c->tpl;
	int year = dd->tahun.s != NULL ? atoi(dd->tahun.s) : 0;
	struct naskah_colspecs cs;
	size_t k;

	if ((k = naskah_colspecs_select(&bl->kolom, &dt->kolom_iku, &cs)) !=
	    (size_t)-1) {
		naskah_diag(c->d, SEV_ERROR, bl->kolom.pos[k], MSG_COLUMN_NONE,
		    strrchr(dt->file.path, '/') ?
		    strrchr(dt->file.path, '/') + 1 : dt->file.path,
		    "tabel_iku", naskah_isi_names[bl->kolom.v[k]]);
		naskah_colspecs_free(&cs);
		c->failed = 1;
		return;
	}
	/* what the columns chosen print, the rows must give */
	if (!layout_check_iku(c, lp->iku, lp->niku, &cs, year, 1)) {
		naskah_colspecs_free(&cs);
		c->failed = 1;
		return;
	}
	/* its title, as over the decree's lampiran */
	for (k = 0; k < lp->judul.n; k++)
		flow_para(c, lp->judul.v[k].s, &lp->judul.v[k], FACE_BOLD,
		    c->tpl->ukuran_huruf, c->left, c->width, ALIGN_CENTER,
		    KEEP_HEADING);
	vl_glue(c, c->tpl->spasi_antar_bagian, KEEP_HEADING);
	table_iku_of(c, lp, &cs, year);
	naskah_colspecs_free(&cs);
}

void
book_blocks(struct bctx *b, const struct naskah_blocks *bs, double x)
{
	struct lctx *c = &b->c;
	const struct naskah_btpl *bt = b->bt;
	double q = MM(bt->jarak_kutipan);
	size_t i;

	for (i = 0; i < bs->n; i++) {
		const struct naskah_block *bl = &bs->v[i];

		/* a heading stands off what comes before it as a
		 * section's does */
		if (i > 0)
			vl_glue(c, bl->kind == BLOCK_JUDUL ?
			    bt->spasi_sebelum_subbab : bt->spasi_antar_paragraf,
			    KEEP_NO);
		switch (bl->kind) {
		case BLOCK_PARAGRAF:
			paragraph(b, &bl->text, FACE_REGULAR, x, c->right - x,
			    x == c->left ? MM(bt->jarak_indentasi) : 0);
			break;
		case BLOCK_JUDUL:
			flow_para(c, bl->text.s, &bl->text, FACE_BOLD,
			    bt->ukuran_huruf, x, c->right - x, ALIGN_LEFT,
			    KEEP_HEADING);
			break;
		case BLOCK_KUTIPAN:
			paragraph(b, &bl->text, strcmp(bt->gaya_kutipan,
			    "miring") == 0 ? FACE_ITALIC : FACE_REGULAR, x + q,
			    c->right - q - (x + q), 0);
			break;
		case BLOCK_DAFTAR:
			list(b, bl, x);
			break;
		case BLOCK_ISTILAH:
			terms(b, bl, x);
			break;
		case BLOCK_TABEL_IKU:
			tabel_iku(b, bl);
			break;
		case BLOCK_TTD:
			vl_glue(c, bt->spasi_antar_paragraf * 2, KEEP_SIGNATURE);
			signature(b, bl);
			break;
		case BLOCK_GANTI_HALAMAN:
			vl_add(c, VI_NEWPAGE, 0);
			break;
		case BLOCK_BAGAN:
			/* turned when asked, or when too wide at 8 pt */
			if (bl->chart->melintang || !chart_fits(c, bl->chart,
			    c->tpl->ukuran_tabel))
				landscape_chart(b, bl->chart);
			else
				chart_layout(c, bl->chart,
				    c->tpl->ukuran_tabel);
			break;
		case BLOCK_TABEL:
			table_any(c, bl->table);
			break;
		case BLOCK_PENGUKURAN:
			lkjip_pengukuran(c, bl->ukur);
			break;
		case BLOCK_PERBANDINGAN:
			lkjip_perbandingan(c, bl->ukur);
			break;
		case BLOCK_ANGGARAN:
			lkjip_anggaran(c, bl->anggaran);
			break;
		case BLOCK_RENSTRA:
			lkjip_renstra(c, bl->ukur);
			break;
		case BLOCK_PERJANJIAN:
			lkjip_perjanjian(c, bl->ukur, bl->anggaran);
			/* the signatures carry at least the last row */
			if (c->vl.n > 0)
				c->vl.v[c->vl.n - 1].keep = KEEP_SIGNATURE;
			vl_glue(c, bt->spasi_antar_paragraf * 2, KEEP_SIGNATURE);
			signatures_pk(b, bl->pk);
			break;
		case BLOCK_GAMBAR:
			picture(b, bl);
			break;
		default:
			break;
		}
	}
}

/* Every text of the book's own parts in the font (the decree checks its
 * own). */
int
book_check_blocks(struct bctx *b, const struct naskah_blocks *bs)
{
	size_t i, j;
	int ok = 1;

	for (i = 0; i < bs->n; i++) {
		const struct naskah_block *bl = &bs->v[i];

		ok &= layout_check_text(&b->c, &bl->text,
		    bl->kind == BLOCK_JUDUL ? FACE_BOLD : FACE_REGULAR);
		ok &= layout_check_text(&b->c, &bl->nama, FACE_BOLD);
		ok &= layout_check_text(&b->c, &bl->nip, FACE_REGULAR);
		for (j = 0; j < bl->lines.n; j++)
			ok &= layout_check_text(&b->c, &bl->lines.v[j],
			    FACE_REGULAR);
		for (j = 0; bl->table != NULL && j < bl->table->ncol; j++)
			ok &= layout_check_text(&b->c, &bl->table->col[j].judul,
			    FACE_BOLD);
		for (j = 0; bl->table != NULL &&
		    j < bl->table->ncol * bl->table->nrow; j++)
			ok &= layout_check_text(&b->c, &bl->table->cell[j],
			    FACE_REGULAR);
		for (j = 0; bl->ukur != NULL && j < bl->ukur->niku; j++) {
			const struct naskah_iku *r = &bl->ukur->iku[j];
			size_t k;

			ok &= layout_check_text(&b->c, &r->sasaran, FACE_REGULAR);
			ok &= layout_check_text(&b->c, &r->indikator,
			    FACE_REGULAR);
			ok &= layout_check_text(&b->c, &r->satuan, FACE_REGULAR);
			ok &= layout_check_text(&b->c, &r->formulasi,
			    FACE_REGULAR);
			ok &= layout_check_text(&b->c, &r->pembilang,
			    FACE_REGULAR);
			ok &= layout_check_text(&b->c, &r->penyebut,
			    FACE_REGULAR);
			ok &= layout_check_text(&b->c, &r->kali, FACE_REGULAR);
			ok &= layout_check_text(&b->c, &r->sumber_data,
			    FACE_REGULAR);
			ok &= layout_check_text(&b->c, &r->penanggung_jawab,
			    FACE_REGULAR);
			for (k = 0; k < r->ntargets; k++)
				ok &= layout_check_text(&b->c, &r->targets[k].v,
				    FACE_REGULAR);
			ok &= layout_check_text(&b->c, &r->target, FACE_REGULAR);
			for (k = 0; k < r->nrealisasi; k++)
				ok &= layout_check_text(&b->c, &r->realisasi[k].v,
				    FACE_REGULAR);
		}
		if (bl->pk != NULL) {
			const struct naskah_pihak *side[2] = { &bl->pk->pertama,
			    &bl->pk->kedua };

			for (j = 0; j < 2; j++) {
				size_t k;

				ok &= layout_check_text(&b->c, &side[j]->tanggal,
				    FACE_REGULAR);
				for (k = 0; k < side[j]->jabatan.n; k++)
					ok &= layout_check_text(&b->c,
					    &side[j]->jabatan.v[k],
					    FACE_REGULAR);
				ok &= layout_check_text(&b->c, &side[j]->nama,
				    FACE_BOLD);
				ok &= layout_check_text(&b->c, &side[j]->nip,
				    FACE_REGULAR);
			}
		}
		for (j = 0; bl->ukur != NULL && j < bl->ukur->nskala; j++) {
			struct naskah_text t = {
			    .s = bl->ukur->skala[j].predikat };

			ok &= layout_check_text(&b->c, &t, FACE_REGULAR);
		}
		if (bl->ukur != NULL)
			ok &= layout_check_text(&b->c, &bl->ukur->kosong,
			    FACE_REGULAR);
		for (j = 0; bl->anggaran != NULL && j < bl->anggaran->nbaris;
		    j++)
			ok &= layout_check_text(&b->c,
			    &bl->anggaran->baris[j].program, FACE_REGULAR);
		for (j = 0; bl->chart != NULL && j < bl->chart->npost; j++) {
			const struct naskah_post *ps = &bl->chart->post[j];

			ok &= layout_check_text(&b->c, &ps->jabatan, FACE_BOLD);
			ok &= layout_check_text(&b->c, &ps->nama, FACE_REGULAR);
			ok &= layout_check_text(&b->c, &ps->nip, FACE_REGULAR);
		}
		for (j = 0; j < bl->nitems; j++) {
			ok &= layout_check_text(&b->c, &bl->items[j].term,
			    FACE_REGULAR);
			ok &= layout_check_text(&b->c, &bl->items[j].text,
			    FACE_REGULAR);
			ok &= book_check_blocks(b, &bl->items[j].sub);
		}
	}
	return ok;
}

