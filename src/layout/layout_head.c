/* SPDX-License-Identifier: ISC */
/*
 * layout_head.c - the decree's title block (judul, NOMOR line, TENTANG,
 * the subject, DENGAN RAHMAT and the pejabat) and its signature block.
 */
#include <stdlib.h>
#include <string.h>

#include "base/units.h"
#include "layout/layout_int.h"
#include "base/xalloc.h"

/* Blank room (non-breaking spaces) about w points wide. */
char *
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

/*
 * The NOMOR line of the title block from the template's
 * kata.baris_nomor, its {nomor} and {tahun} filled ("NOMOR : {nomor}"),
 * or without one "kata.nomor {nomor} kata.tahun {tahun}"
 * ("NOMOR 7 TAHUN 2024").  A nomor that already ends in the year drops
 * what stands from its end to the end of a {tahun} after it; no nomor
 * yet is blank room (blank without its outer spaces).  With from_nomor
 * only the line from {nomor} on: the value of a lampiran's NOMOR row.
 * Caller frees.
 */
char *
nomor_line(struct lctx *c, const char *blank, double size, int from_nomor)
{
	const struct naskah_decree *doc = c->doc;
	const struct naskah_tpl *t = c->tpl;
	const char *n = doc->nomor.s ? doc->nomor.s : "", *y = doc->tahun.s;
	const char *pat = t->kata_baris_nomor, *pn, *pt, *p, *skip = NULL;
	size_t ln = strlen(n), ly = strlen(y), k = strlen("{nomor}");
	struct naskah_buf b = { NULL, 0, 0 };
	char *own = NULL, *v;

	if (pat == NULL)
		pat = own = xasprintf("%s {nomor} %s {tahun}", t->kata_nomor,
		    t->kata_tahun);
	/* {nomor} is there once, {tahun} at most once (template.c); both
	 * placeholders are as long */
	pn = strstr(pat, "{nomor}");
	pt = strstr(pat, "{tahun}");
	if (*n == '\0')
		v = xstrndup(blank + 1, strlen(blank) - 2);
	else
		v = nomor_parts(c, n, size);
	if (pt != NULL && pt > pn && *n != '\0' && ln >= ly &&
	    strcmp(n + ln - ly, y) == 0)
		skip = pn + k;
	for (p = from_nomor ? pn : pat; *p != '\0';)
		if (p == skip)
			p = pt + k;
		else if (p == pn || p == pt) {
			buf_adds(&b, p == pn ? v : y);
			p += k;
		} else
			buf_addc(&b, *p++);
	free(v);
	free(own);
	return buf_take(&b);
}

void
layout_title(struct lctx *c)
{
	const struct naskah_decree *doc = c->doc;
	const struct naskah_tpl *t = c->tpl;
	double size = t->ukuran_huruf;
	enum naskah_face tf = strcmp(t->gaya_judul, "tebal") == 0 ?
	    FACE_BOLD : FACE_REGULAR;
	char *room = blank_room(c, MM(30), size), *s;

	flow_para(c, doc->judul.s, &doc->judul, tf, size, c->left, c->width,
	    ALIGN_CENTER, KEEP_HEADING);
	s = nomor_line(c, room, size, 0);
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
	/* the decree's keputusan.rahmat, else its template's pembukaan */
	if (doc->has_rahmat ? doc->rahmat : t->pembukaan_rahmat) {
		flow_para(c, t->kata_rahmat, NULL, FACE_REGULAR, size, c->left,
		    c->width, ALIGN_CENTER, KEEP_HEADING);
		vl_glue(c, t->spasi_judul, KEEP_HEADING);
	}
	flow_para(c, doc->pejabat.s, &doc->pejabat, FACE_REGULAR, size,
	    c->left, c->width, ALIGN_CENTER, KEEP_HEADING);
	vl_glue(c, t->spasi_sesudah_judul, KEEP_HEADING);
}

/* Signature block.  With full, the "Ditetapkan di / pada tanggal" lines
 * come first (the decree); without, only jabatan and name (a lampiran). */
void
layout_signature(struct lctx *c, int full)
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
	if (sg->tte.present)	/* issue 17: the QR code in its place */
		y = layout_tte_mark(c, it, x, w, y);
	else
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
