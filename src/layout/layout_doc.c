/* SPDX-License-Identifier: ISC */
/*
 * layout_doc.c - the decree's structure turned into the vertical list:
 * kop, title block, Menimbang / Mengingat / Memperhatikan, MEMUTUSKAN,
 * Menetapkan and diktum, signature, Tembusan, and each Lampiran.
 */
#include <stdlib.h>
#include <string.h>

#include "base/units.h"
#include "layout/layout_int.h"
#include "base/xalloc.h"


const char *const naskah_box_kind_names[BOX__MAX] = {
	[BOX_TEXT] = "text",
	[BOX_RULE] = "rule",
	[BOX_IMAGE] = "image",
	[BOX_LINE] = "line",
};

/*
 * Set s (inline markup allowed) into block item it from y on, within
 * [x, x+width); returns the new y.  src locates s for messages.
 */
static double
block_para(struct lctx *c, struct vitem *it, const char *s,
    const struct naskah_text *src, enum naskah_face face, double size,
    double spacing, double x, double width, enum align a, double y)
{
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	size_t i;

	para_build(c, &p, s, src, face, size);
	para_break(c, &p, width, a, &ls);
	for (i = 0; i < ls.n; i++) {
		para_emit(c, &p, &ls.v[i], x, width, a,
		    y + baseline_off(c, size, spacing), it);
		y += line_height(c, size, spacing);
	}
	if (ls.n == 0)
		y += line_height(c, size, spacing);
	free(ls.v);
	para_free(&p);
	return y;
}

/*
 * Why no page break may follow line k of n (KEEP_NO if one may): at
 * least two lines of a paragraph on each side of a break (no orphans,
 * no widows), and no hyphen on the last line of a page.
 */
static enum keep_reason
keep_line(const struct line *ln, size_t k, size_t n)
{
	if (k + 1 < 2 && k + 1 < n)
		return KEEP_ORPHAN;
	if (n - (k + 1) < 2 && k + 1 < n)
		return KEEP_WIDOW;
	if (ln->hyphen)
		return KEEP_HYPHEN;
	return KEEP_NO;
}

/*
 * A hanging clause: labels drawn on its first line (each may be NULL),
 * text justified in [xt, right).  Each line becomes one list item.
 */
static void
flow_clause(struct lctx *c, const char *const label[3], const double lx[3],
    const char *s, const struct naskah_text *src, double xt,
    enum keep_reason keep_last)
{
	double size = c->tpl->ukuran_huruf, sp = c->tpl->spasi_baris;
	double lh = line_height(c, size, sp), bo = baseline_off(c, size, sp);
	struct para p, lp;
	struct lines ls = { NULL, 0, 0 }, lls = { NULL, 0, 0 };
	struct vitem *it;
	size_t i, j;

	para_build(c, &p, s, src, FACE_REGULAR, size);
	para_break(c, &p, c->right - xt, ALIGN_JUSTIFY, &ls);
	for (i = 0; i < ls.n || i == 0; i++) {
		it = vl_add(c, VI_BLOCK, lh);
		it->keep = ls.n ? keep_line(&ls.v[i], i, ls.n) : KEEP_HEADING;
		if (i + 1 >= ls.n && keep_last)
			it->keep = keep_last;
		if (i < ls.n)
			para_emit(c, &p, &ls.v[i], xt, c->right - xt,
			    ALIGN_JUSTIFY, bo, it);
		if (i != 0)
			continue;
		for (j = 0; j < 3; j++) {
			if (label[j] == NULL || *label[j] == '\0')
				continue;
			para_build(c, &lp, label[j], NULL, FACE_REGULAR, size);
			para_break(c, &lp, 1e6, ALIGN_LEFT, &lls);
			if (lls.n > 0)
				para_emit(c, &lp, &lls.v[0], lx[j], 1e6,
				    ALIGN_LEFT, bo, it);
			para_free(&lp);
		}
	}
	free(ls.v);
	free(lls.v);
	para_free(&p);
}

void
flow_para(struct lctx *c, const char *s, const struct naskah_text *src,
    enum naskah_face base, double size, double x, double width,
    enum align a, enum keep_reason keep_all)
{
	double sp = c->tpl->spasi_baris;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	struct vitem *it;
	size_t i;

	para_build(c, &p, s, src, base, size);
	para_break(c, &p, width, a, &ls);
	for (i = 0; i < ls.n; i++) {
		it = vl_add(c, VI_BLOCK, line_height(c, size, sp));
		it->keep = keep_all ? keep_all : keep_line(&ls.v[i], i, ls.n);
		para_emit(c, &p, &ls.v[i], x, width, a,
		    baseline_off(c, size, sp), it);
	}
	free(ls.v);
	para_free(&p);
}

/* Path of a file named in the YAML, relative to the YAML's directory. */
static char *
doc_path(const struct naskah_setup *su, const char *p)
{
	if (p[0] == '/' || strcmp(su->dir, ".") == 0)
		return xstrdup(p);
	return xasprintf("%s/%s", su->dir, p);
}

void
layout_page_area(struct lctx *c, const struct naskah_setup *su)
{
	c->setup = su;
	c->page_w = su->page_w;
	c->page_h = su->page_h;
	c->left = su->margin[0];
	c->right = su->page_w - su->margin[1];
	c->width = c->right - c->left;
	c->top = su->margin[2];
	c->bottom = su->page_h - su->margin[3];
}

void
layout_kop(struct lctx *c)
{
	const struct naskah_kop *k = &c->setup->kop;
	const struct naskah_tpl *t = c->tpl;
	struct naskah_image_info info;
	struct kop_lines kl;
	struct vitem *it;
	double y = 0, logo_w = 0, logo_h = 0, x, w, rule;
	const char *why = "";
	char *path = NULL;
	size_t i;
	int err;

	if (!c->setup->has_kop)
		return;
	it = vl_add(c, VI_BLOCK, 0);
	it->keep = KEEP_BLOCK;
	if (k->logo.s != NULL) {
		path = doc_path(c->setup, k->logo.s);
		if ((err = naskah_image_probe(path, &info, &why)) != 0) {
			naskah_diag(c->d, SEV_ERROR, k->logo.span.at,
			    (enum naskah_msg)err, k->logo.s, why);
			c->failed = 1;
			free(path);
			path = NULL;
		} else {
			logo_w = MM(t->jarak_logo_lebar);
			logo_h = logo_w * info.height / info.width;
		}
	}
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

/* Blank room (non-breaking spaces) about w points wide. */
static char *
blank_room(struct lctx *c, double w, double size)
{
	struct naskah_buf b = { NULL, 0, 0 };
	double nb = text_width(c, "\xC2\xA0", 2, FACE_REGULAR, size);
	int i, n = nb > 0 ? (int)(w / nb + 0.5) : 1;

	buf_addc(&b, ' ');
	for (i = 0; i < n; i++)
		buf_adds(&b, "\xC2\xA0");
	buf_addc(&b, ' ');
	return buf_take(&b);
}

/*
 * nomor n as printed: each part left empty ("/KPTS/DISDIK/2021",
 * "800//KPTS/2021": the number to be written by hand) becomes blank
 * room about 15 mm wide that no line break splits; n itself when it
 * has none.  Caller frees.
 */
static char *
nomor_parts(struct lctx *c, const char *n, double size)
{
	struct naskah_buf b = { NULL, 0, 0 };
	char *room;
	size_t len;
	const char *p;

	if (*n != '/' && strstr(n, "//") == NULL)
		return xstrdup(n);
	room = blank_room(c, MM(15), size);
	len = strlen(room);
	for (p = n; *p != '\0'; p++) {
		if (*p == '/' && (p == n || p[-1] == '/'))
			buf_add(&b, room + 1, len - 2);
		buf_addc(&b, *p);
	}
	free(room);
	return buf_take(&b);
}

/* "NOMOR <nomor>" or, with no nomor yet, "NOMOR" + room + "TAHUN yyyy";
 * a nomor that already ends in the year gets no TAHUN. */
static char *
nomor_line(struct lctx *c, const char *blank, double size)
{
	const struct naskah_decree *doc = c->doc;
	const char *n = doc->nomor.s ? doc->nomor.s : "";
	size_t ln = strlen(n), ly = strlen(doc->tahun.s);
	char *v, *s;

	if (*n == '\0')
		return xasprintf("%s%s%s %s", c->tpl->kata_nomor, blank,
		    c->tpl->kata_tahun, doc->tahun.s);
	v = nomor_parts(c, n, size);
	if (ln >= ly && strcmp(n + ln - ly, doc->tahun.s) == 0)
		s = xasprintf("%s %s", c->tpl->kata_nomor, v);
	else
		s = xasprintf("%s %s %s %s", c->tpl->kata_nomor, v,
		    c->tpl->kata_tahun, doc->tahun.s);
	free(v);
	return s;
}

static void
title(struct lctx *c)
{
	const struct naskah_decree *doc = c->doc;
	const struct naskah_tpl *t = c->tpl;
	double size = t->ukuran_huruf;
	enum naskah_face tf = strcmp(t->gaya_judul, "tebal") == 0 ?
	    FACE_BOLD : FACE_REGULAR;
	char *room = blank_room(c, MM(30), size), *s;

	flow_para(c, doc->judul.s, &doc->judul, tf, size, c->left, c->width,
	    ALIGN_CENTER, KEEP_HEADING);
	s = nomor_line(c, room, size);
	flow_para(c, s, &doc->nomor, FACE_REGULAR, size, c->left, c->width,
	    ALIGN_CENTER, KEEP_HEADING);
	free(s);
	free(room);
	vl_glue(c, t->spasi_judul, KEEP_HEADING);
	flow_para(c, t->kata_tentang, NULL, FACE_REGULAR, size, c->left,
	    c->width, ALIGN_CENTER, KEEP_HEADING);
	vl_glue(c, t->spasi_judul, KEEP_HEADING);
	flow_para(c, doc->tentang.s, &doc->tentang, tf, size, c->left,
	    c->width, ALIGN_CENTER, KEEP_HEADING);
	vl_glue(c, t->spasi_sesudah_judul, KEEP_HEADING);
	if (doc->rahmat) {
		flow_para(c, t->kata_rahmat, NULL, FACE_REGULAR, size, c->left,
		    c->width, ALIGN_CENTER, KEEP_HEADING);
		vl_glue(c, t->spasi_judul, KEEP_HEADING);
	}
	flow_para(c, doc->pejabat.s, &doc->pejabat, FACE_REGULAR, size,
	    c->left, c->width, ALIGN_CENTER, KEEP_HEADING);
	vl_glue(c, t->spasi_sesudah_judul, KEEP_HEADING);
}

/* The generated label of clause i (0-based) in a numbering style. */
static char *
clause_label(const char *style, size_t i)
{
	char *s, *r;

	if (strcmp(style, "tanpa") == 0)
		return xstrdup("");
	if (strcmp(style, "huruf") == 0) {
		s = idn_letters((int)i + 1);
		r = xasprintf("%s.", s);
		free(s);
		return r;
	}
	return xasprintf("%zu.", i + 1);
}

static void
clauses(struct lctx *c, const char *heading, const char *style,
    const struct naskah_clauses *cl)
{
	const struct naskah_tpl *t = c->tpl;
	double lx[3];
	const char *lab[3];
	char *num;
	size_t i;

	lx[0] = c->left;
	lx[1] = c->left + c->label_w;
	lx[2] = lx[1] + MM(t->jarak_titik_dua);
	for (i = 0; i < cl->n; i++) {
		num = cl->v[i].label.s ? xstrdup(cl->v[i].label.s) :
		    clause_label(style, i);
		lab[0] = i == 0 ? heading : NULL;
		lab[1] = i == 0 ? t->kata_titik_dua : NULL;
		lab[2] = num;
		if (i > 0)
			vl_glue(c, t->spasi_antar_butir, KEEP_NO);
		flow_clause(c, lab, lx, cl->v[i].text.s, &cl->v[i].text,
		    lx[2] + MM(t->jarak_nomor), KEEP_NO);
		free(num);
	}
	vl_glue(c, t->spasi_antar_bagian, KEEP_NO);
}

/* Signature block.  With full, the "Ditetapkan di / pada tanggal" lines
 * come first (the decree); without, only jabatan and name (a lampiran). */
static void
signature(struct lctx *c, int full)
{
	const struct naskah_decree *doc = c->doc;
	const struct naskah_signer *sg = &doc->signer;
	const struct naskah_tpl *t = c->tpl;
	double size = t->ukuran_huruf, sp = t->spasi_baris;
	double x = c->right - MM(t->jarak_ttd_lebar), w = c->right - x, y = 0;
	struct vitem *it;
	char *s, *date, *room;
	const char *st = t->gaya_nama;
	int bold = strstr(st, "tebal") != NULL;
	int under = strstr(st, "garis_bawah") != NULL;
	size_t first;

	it = vl_add(c, VI_BLOCK, 0);
	if (full) {
		s = xasprintf("%s %s", t->kata_ditetapkan_di, doc->tempat.s);
		y = block_para(c, it, s, &doc->tempat, FACE_REGULAR, size, sp,
		    x, w, ALIGN_LEFT, y);
		free(s);
		room = blank_room(c, MM(12), size);
		date = idn_date_format_as(&doc->tanggal, room + 1,
		    &c->tpl->file.tanggal);
		s = xasprintf("%s %s", t->kata_pada_tanggal, date);
		y = block_para(c, it, s, NULL, FACE_REGULAR, size, sp, x, w,
		    ALIGN_LEFT, y);
		free(s);
		free(date);
		free(room);
	}
	if (sg->atas_nama.s) {
		s = xasprintf("%s %s", t->kata_atas_nama, sg->atas_nama.s);
		y = block_para(c, it, s, &sg->atas_nama, FACE_REGULAR, size,
		    sp, x, w, ALIGN_LEFT, y);
		free(s);
	}
	if (sg->awalan.s) {
		s = xasprintf("%s %s", sg->awalan.s, sg->jabatan.s);
		y = block_para(c, it, s, &sg->jabatan, FACE_REGULAR, size, sp,
		    x, w, ALIGN_LEFT, y);
		free(s);
	} else
		y = block_para(c, it, sg->jabatan.s, &sg->jabatan,
		    FACE_REGULAR, size, sp, x, w, ALIGN_LEFT, y);
	y += t->spasi_ruang_ttd;
	if (sg->tampilkan_gelar && sg->gelar.s)
		s = xasprintf("%s, %s", sg->nama.s, sg->gelar.s);
	else
		s = xstrdup(sg->nama.s);
	first = it->nbox;
	y = block_para(c, it, s, &sg->nama, bold ? FACE_BOLD : FACE_REGULAR,
	    size, sp, x, w, ALIGN_LEFT, y);
	free(s);
	if (under && it->nbox > first) {
		double x0 = it->box[first].x, x1 = it->box[it->nbox - 1].x2;
		double by = it->box[it->nbox - 1].y + size * 0.12;

		vi_rule(it, x0, by, x1, by, size * 0.05);
	}
	if (sg->pangkat.s)
		y = block_para(c, it, sg->pangkat.s, &sg->pangkat,
		    FACE_REGULAR, size, sp, x, w, ALIGN_LEFT, y);
	if (sg->nip.s && *sg->nip.s) {
		char *grouped = sg->nip_valid ?
		    idn_nip_group(sg->nip_digits) : xstrdup(sg->nip.s);

		s = xasprintf("%s %s", t->kata_nip, grouped);
		y = block_para(c, it, s, &sg->nip, FACE_REGULAR, size, sp, x,
		    w, ALIGN_LEFT, y);
		free(s);
		free(grouped);
	}
	it->h = y;
}

static void
tembusan(struct lctx *c)
{
	const struct naskah_tpl *t = c->tpl;
	const struct naskah_texts *tb = &c->doc->tembusan;
	double size = t->ukuran_huruf, nw = MM(t->jarak_nomor);
	double lx[3] = { c->left, c->left, c->left };
	const char *lab[3] = { NULL, NULL, NULL };
	char *num;
	size_t i;

	if (tb->n == 0)
		return;
	vl_glue(c, t->spasi_antar_bagian * 2, KEEP_NO);
	flow_para(c, t->kata_tembusan, NULL, FACE_REGULAR, size, c->left,
	    c->width, ALIGN_LEFT, KEEP_HEADING);
	for (i = 0; i < tb->n; i++) {
		num = clause_label(t->gaya_label_tembusan, i);
		lab[0] = num;
		flow_clause(c, lab, lx, tb->v[i].s, &tb->v[i],
		    *num ? c->left + nw : c->left,
		    i + 1 < tb->n ? KEEP_BLOCK : KEEP_NO);
		free(num);
	}
}

/*
 * The width of the widest "LAMPIRAN n" label of doc's lampiran (0 for
 * one lampiran, which is not numbered), measured once for all heads.
 */
static double
lampiran_label_width(struct lctx *c)
{
	const struct naskah_tpl *t = c->tpl;
	double w, max = 0;
	size_t i;
	char *r, *lab;

	for (i = 0; c->doc->nlampiran > 1 && i < c->doc->nlampiran; i++) {
		r = idn_roman((int)i + 1);
		lab = xasprintf("%s %s", t->kata_lampiran, r);
		w = text_width(c, lab, strlen(lab), FACE_REGULAR,
		    t->ukuran_lampiran_kepala) + MM(1.5);
		if (w > max)
			max = w;
		free(r);
		free(lab);
	}
	return max;
}

/* The top-right reference block of a lampiran; numbered is the width
 * of the widest numbered label (lampiran_label_width). */
static void
lampiran_head(struct lctx *c, size_t idx, double numbered)
{
	const struct naskah_decree *doc = c->doc;
	const struct naskah_tpl *t = c->tpl;
	double size = t->ukuran_lampiran_kepala, sp = t->spasi_baris;
	double x = c->right - MM(t->jarak_lampiran_lebar);
	double xc, xv, y = 0, y0, lw = MM(t->jarak_lampiran_label);

	if (x < c->left)	/* a block wider than the text: from its edge */
		x = c->left;
	const char *label[4];
	char *value[4], *roman = NULL, *room, *date;
	const struct naskah_text *src[4] = { &doc->judul, &doc->nomor, NULL,
	    &doc->tentang };
	struct vitem *it;
	size_t i;

	if (doc->nlampiran > 1) {
		char *r = idn_roman((int)idx + 1);

		roman = xasprintf("%s %s", t->kata_lampiran, r);
		free(r);
	}
	label[0] = roman ? roman : t->kata_lampiran;
	label[1] = t->kata_lampiran_nomor;
	label[2] = t->kata_lampiran_tanggal;
	label[3] = t->kata_lampiran_tentang;
	/* the label column fits the longest label of every lampiran
	 * ("LAMPIRAN VIII"), so the colons line up from page to page */
	for (i = 0; i < 4; i++) {
		double w = text_width(c, label[i], strlen(label[i]),
		    FACE_REGULAR, size) + MM(1.5);

		if (w > lw)
			lw = w;
	}
	if (numbered > lw)
		lw = numbered;
	xc = x + lw;
	xv = xc + text_width(c, t->kata_titik_dua, strlen(t->kata_titik_dua),
	    FACE_REGULAR, size) + text_width(c, " ", 1, FACE_REGULAR, size);
	room = blank_room(c, MM(25), size);
	value[0] = xstrdup(doc->judul.s);
	value[1] = nomor_line(c, room, size);
	/* the NOMOR row shows the number only, without the word NOMOR */
	{
		size_t kn = strlen(t->kata_nomor);
		char *v = xstrdup(value[1] + kn + (value[1][kn] == ' '));

		free(value[1]);
		value[1] = v;
	}
	date = idn_date_format_as(&doc->tanggal, room + 1,
	    &c->tpl->file.tanggal);
	value[2] = date;
	value[3] = xstrdup(doc->tentang.s);
	it = vl_add(c, VI_BLOCK, 0);
	it->keep = KEEP_HEADING;
	for (i = 0; i < 4; i++) {
		y0 = y;
		y = block_para(c, it, value[i], src[i], FACE_REGULAR, size, sp,
		    xv, c->right - xv, ALIGN_LEFT, y);
		block_para(c, it, label[i], NULL, FACE_REGULAR, size, sp, x,
		    xc - x, ALIGN_LEFT, y0);
		block_para(c, it, t->kata_titik_dua, NULL, FACE_REGULAR, size,
		    sp, xc, xv - xc, ALIGN_LEFT, y0);
		free(value[i]);
	}
	it->h = y;
	free(roman);
	free(room);
	vl_glue(c, t->spasi_sesudah_lampiran_kepala, KEEP_HEADING);
}

static void
lampiran(struct lctx *c)
{
	const struct naskah_decree *doc = c->doc;
	const struct naskah_tpl *t = c->tpl;
	enum naskah_face tf = strcmp(t->gaya_judul, "tebal") == 0 ?
	    FACE_BOLD : FACE_REGULAR;
	double numbered = lampiran_label_width(c);
	size_t i, j;

	for (i = 0; i < doc->nlampiran; i++) {
		const struct naskah_lampiran *lp = &doc->lampiran[i];

		c->section = (int)i + 1;
		vl_add(c, VI_NEWPAGE, 0);
		lampiran_head(c, i, numbered);
		for (j = 0; j < lp->judul.n; j++)
			flow_para(c, lp->judul.v[j].s, &lp->judul.v[j], tf,
			    t->ukuran_huruf, c->left, c->width, ALIGN_CENTER, KEEP_HEADING);
		vl_glue(c, t->spasi_antar_bagian, KEEP_HEADING);
		table_iku(c, lp);
		vl_glue(c, t->spasi_sebelum_ttd, KEEP_SIGNATURE);
		signature(c, 0);
	}
}

/* Width of a label as set (markup allowed), in the body size. */
static double
label_width(struct lctx *c, const char *s)
{
	struct para p;
	double w;

	para_build(c, &p, s, NULL, FACE_REGULAR, c->tpl->ukuran_huruf);
	w = para_natural(&p);
	para_free(&p);
	return w;
}

/*
 * The label column: the template's width, widened when a heading or a
 * diktum label ("Memperhatikan", "KESEBELAS") would not fit in it.
 */
static double
label_column(struct lctx *c)
{
	const struct naskah_decree *doc = c->doc;
	const struct naskah_tpl *t = c->tpl;
	double w = MM(t->jarak_label), need, gap = MM(2);
	char *ord;
	size_t i;

	need = label_width(c, t->kata_menimbang);
	if (label_width(c, t->kata_mengingat) > need)
		need = label_width(c, t->kata_mengingat);
	if (doc->memperhatikan.n > 0 &&
	    label_width(c, t->kata_memperhatikan) > need)
		need = label_width(c, t->kata_memperhatikan);
	if (label_width(c, t->kata_menetapkan) > need)
		need = label_width(c, t->kata_menetapkan);
	for (i = 0; i < doc->diktum.n; i++) {
		ord = doc->diktum.v[i].label.s ?
		    xstrdup(doc->diktum.v[i].label.s) : idn_ordinal((int)i + 1);
		if (label_width(c, ord) > need)
			need = label_width(c, ord);
		free(ord);
	}
	return need + gap > w ? need + gap : w;
}

void
layout_decree(struct lctx *c)
{
	const struct naskah_decree *doc = c->doc;
	const struct naskah_tpl *t = c->tpl;
	double size = t->ukuran_huruf;
	double lx[3];
	const char *lab[3];
	char *ord;
	size_t i;

	if (!layout_check(c)) {
		c->failed = 1;
		return;
	}
	c->label_w = label_column(c);
	layout_kop(c);
	title(c);
	clauses(c, t->kata_menimbang, t->gaya_label_menimbang, &doc->menimbang);
	clauses(c, t->kata_mengingat, t->gaya_label_mengingat, &doc->mengingat);
	if (doc->memperhatikan.n > 0)
		clauses(c, t->kata_memperhatikan, t->gaya_label_memperhatikan,
		    &doc->memperhatikan);
	vl_glue(c, t->spasi_sebelum_memutuskan - t->spasi_antar_bagian, KEEP_NO);
	flow_para(c, t->kata_memutuskan, NULL, FACE_REGULAR, size, c->left,
	    c->width, ALIGN_CENTER, KEEP_HEADING);
	vl_glue(c, t->spasi_sesudah_memutuskan, KEEP_HEADING);
	lx[0] = c->left;
	lx[1] = c->left + c->label_w;
	lx[2] = lx[1];
	lab[0] = t->kata_menetapkan;
	lab[1] = t->kata_titik_dua;
	lab[2] = NULL;
	flow_clause(c, lab, lx, doc->menetapkan.s ? doc->menetapkan.s : "",
	    &doc->menetapkan, lx[1] + MM(t->jarak_titik_dua), KEEP_HEADING);
	for (i = 0; i < doc->diktum.n; i++) {
		int last = i + 1 == doc->diktum.n;

		ord = doc->diktum.v[i].label.s ?
		    xstrdup(doc->diktum.v[i].label.s) : idn_ordinal((int)i + 1);
		lab[0] = ord;
		vl_glue(c, t->spasi_antar_butir, KEEP_NO);
		flow_clause(c, lab, lx, doc->diktum.v[i].text.s,
		    &doc->diktum.v[i].text, lx[1] + MM(t->jarak_titik_dua),
		    KEEP_NO);
		if (last)
			c->vl.v[c->vl.n - 1].keep = KEEP_SIGNATURE;
		free(ord);
	}
	vl_glue(c, t->spasi_sebelum_ttd, KEEP_SIGNATURE);
	signature(c, 1);
	tembusan(c);
	lampiran(c);
}

void
layout_names_free(struct lctx *c)
{
	size_t i;

	for (i = 0; i < c->nnohyph; i++)
		free(c->nohyph[i]);
	free(c->nohyph);
	c->nohyph = NULL;
	c->nnohyph = 0;
}

void
layout_names_no_hyphen(struct lctx *c)
{
	const char *s = c->doc->signer.nama.s, *e;
	size_t cap = 0;

	while (s != NULL && *s != '\0') {
		while (*s == ' ' || *s == ',' || *s == '.')
			s++;
		for (e = s; *e != '\0' && *e != ' ' && *e != ',' && *e != '.';
		    e++)
			;
		if (e > s)
			VEC_PUSH(c->nohyph, c->nnohyph, cap,
			    xstrndup(s, (size_t)(e - s)));
		s = e;
	}
}

struct naskah_layout *
naskah_layout_run(const struct naskah_decree *doc, const struct naskah_tpl *tpl,
    const struct naskah_metrics *m, const struct naskah_hyph *h,
    struct naskah_paracache *pc, struct naskah_diag *d)
{
	struct lctx c;
	int counter = 0;

	memset(&c, 0, sizeof(c));
	c.doc = doc;
	c.tpl = tpl;
	c.susun = tpl != NULL ? &tpl->file.susun : NULL;
	c.m = m;
	c.d = d;
	c.hyph = h;
	c.pc = paracache_begin(pc);
	layout_names_no_hyphen(&c);
	c.out = xcalloc(1, sizeof(*c.out));
	c.out->page_w = doc->setup.page_w;
	c.out->page_h = doc->setup.page_h;
	layout_page_area(&c, &doc->setup);
	c.numbers = NUMBERS_DECREE;
	c.numbers_first = NUMBERS_NONE;
	c.part_page = 0;
	c.label = LABEL_ARABIC;
	c.penyambung = 1;
	c.counter = &counter;
	layout_decree(&c);
	if (!c.failed)
		vl_paginate(&c);
	vl_free(&c.vl);
	layout_names_free(&c);
	if (c.failed) {
		naskah_layout_free(c.out);
		return NULL;
	}
	return c.out;
}

void
naskah_layout_free(struct naskah_layout *l)
{
	size_t i, k;

	if (l == NULL)
		return;
	if (l->made_free != NULL)
		l->made_free(l->made);
	for (i = 0; i < l->npage; i++) {
		for (k = 0; k < l->page[i].nbox; k++)
			free(l->page[i].box[k].text);
		free(l->page[i].box);
	}
	for (i = 0; i < l->noutline; i++)
		free(l->outline[i].title);
	free(l->outline);
	free(l->link);
	free(l->page);
	free(l);
}
