/* SPDX-License-Identifier: ISC */
/*
 * layout_doc.c - the decree's structure turned into the vertical list:
 * kop, title block and signature (layout_kop.c, layout_head.c) around
 * Menimbang / Mengingat / Memperhatikan, MEMUTUSKAN, Menetapkan and
 * diktum, then Tembusan and each Lampiran.
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
	[BOX_QR] = "qr",
	[BOX_WATERMARK] = "watermark",
};
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
	/* a part of one point unlabelled by house style
	 * (gaya.butir_tunggal: tanpa), its text where it would be */
	if (cl->n == 1 && strcmp(t->gaya_butir_tunggal, "tanpa") == 0)
		style = "tanpa";
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
	/* the NOMOR row shows the line from the number on, without the
	 * word NOMOR (and a colon) before it */
	value[1] = nomor_line(c, room, size, 1);
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
	int turned = 0;

	for (i = 0; i < doc->nlampiran; i++) {
		const struct naskah_lampiran *lp = &doc->lampiran[i];

		/* a melintang lampiran on pages of its own turned a
		 * quarter, the decree's numbers going on */
		if (lp->melintang != turned)
			layout_turn(c, turned = lp->melintang);
		c->section = (int)i + 1;
		vl_add(c, VI_NEWPAGE, 0);
		lampiran_head(c, i, numbered);
		for (j = 0; j < lp->judul.n; j++)
			flow_para(c, lp->judul.v[j].s, &lp->judul.v[j], tf,
			    t->ukuran_huruf, c->left, c->width, ALIGN_CENTER, KEEP_HEADING);
		vl_glue(c, t->spasi_antar_bagian, KEEP_HEADING);
		table_iku(c, lp);
		vl_glue(c, t->spasi_sebelum_ttd, KEEP_SIGNATURE);
		layout_signature(c, 0);
	}
	if (turned)
		layout_turn(c, 0);
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
 * diktum label ("Memperhatikan", "KESEBELAS") would not fit in it, for
 * a diktum label up to LABEL_CAP of the text width: a longer one
 * ("KESEMBILAN PULUH SEMBILAN") wraps in the column (flow_clause),
 * rather than narrow the text of every diktum.
 */
#define LABEL_CAP	0.4

/* The wider of w and label s. */
static double
wider(struct lctx *c, const char *s, double w)
{
	double l = label_width(c, s);

	return l > w ? l : w;
}

static double
label_column(struct lctx *c)
{
	const struct naskah_decree *doc = c->doc;
	const struct naskah_tpl *t = c->tpl;
	double w = MM(t->jarak_label), need, gap = MM(2), dk = 0;
	char *ord;
	size_t i;

	need = wider(c, t->kata_menimbang, 0);
	need = wider(c, t->kata_mengingat, need);
	if (doc->memperhatikan.n > 0)
		need = wider(c, t->kata_memperhatikan, need);
	need = wider(c, t->kata_menetapkan, need);
	/* "Pasal 1" heads its diktum: it is not in the column */
	for (i = 0; strcmp(t->gaya_diktum, "pasal") != 0 &&
	    i < doc->diktum.n; i++) {
		ord = doc->diktum.v[i].label.s ?
		    xstrdup(doc->diktum.v[i].label.s) :
		    idn_diktum(t->gaya_diktum, (int)i + 1);
		dk = wider(c, ord, dk);
		free(ord);
	}
	if (dk > LABEL_CAP * c->width - gap)
		dk = LABEL_CAP * c->width - gap;
	if (dk > need)
		need = dk;
	return need + gap > w ? need + gap : w;
}

/*
 * Diktum i with its label: in the label column of lx, its colon
 * after it (KESATU, PERTAMA), or, by gaya.diktum: pasal, as a centred
 * heading above its text, which then takes the full width.
 */
static void
diktum(struct lctx *c, size_t i, const double lx[3])
{
	const struct naskah_tpl *t = c->tpl;
	const struct naskah_clause *dk = &c->doc->diktum.v[i];
	const char *lab[3] = { NULL, t->kata_titik_dua, NULL };
	const char *none[3] = { NULL, NULL, NULL };
	char *ord = dk->label.s ? xstrdup(dk->label.s) :
	    idn_diktum(t->gaya_diktum, (int)i + 1);

	if (strcmp(t->gaya_diktum, "pasal") == 0) {
		/* a Pasal is set off as a part is */
		vl_glue(c, t->spasi_antar_bagian, KEEP_NO);
		flow_para(c, ord, dk->label.s ? &dk->label : NULL,
		    FACE_REGULAR, t->ukuran_huruf, c->left, c->width,
		    ALIGN_CENTER, KEEP_HEADING);
		flow_clause(c, none, lx, dk->text.s, &dk->text, c->left,
		    KEEP_NO);
	} else {
		vl_glue(c, t->spasi_antar_butir, KEEP_NO);
		lab[0] = ord;
		flow_clause(c, lab, lx, dk->text.s, &dk->text,
		    lx[1] + MM(t->jarak_titik_dua), KEEP_NO);
	}
	if (i + 1 == c->doc->diktum.n)
		c->vl.v[c->vl.n - 1].keep = KEEP_SIGNATURE;
	free(ord);
}

void
layout_decree(struct lctx *c)
{
	const struct naskah_decree *doc = c->doc;
	const struct naskah_tpl *t = c->tpl;
	double size = t->ukuran_huruf;
	double lx[3];
	const char *lab[3];
	size_t i;

	if (!layout_check(c)) {
		c->failed = 1;
		return;
	}
	c->label_w = label_column(c);
	layout_kop(c);
	layout_title(c);
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
	if (doc->perda != NULL)		/* a Peraturan: layout_perda.c */
		layout_perda_body(c);
	for (i = 0; i < doc->diktum.n; i++)
		diktum(c, i, lx);
	vl_glue(c, t->spasi_sebelum_ttd, KEEP_SIGNATURE);
	layout_signature(c, 1);
	if (doc->perda != NULL)
		layout_perda_end(c);
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
