/* SPDX-License-Identifier: ISC */
/*
 * layout_perda.c - what a Peraturan (jenis: peraturan) has in place of
 * a Keputusan's diktum: its batang tubuh (BAB and Bagian and Paragraf
 * headings centred, "Pasal n" centred and kept with its first line,
 * ayat and lists hanging on their labels), the penutup, and after the
 * signature the pengundangan block at the left and the BERITA DAERAH
 * line (doc/peraturan.md; UU 12/2011 Lampiran II).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/units.h"
#include "layout/layout_int.h"
#include "model/perda.h"
#include "base/xalloc.h"

/*
 * s with {sebutan}, {daerah}, {DAERAH} (in capitals: ASCII letters),
 * {tahun} and {nomor} of p replaced; other braces kept.  Caller frees.
 */
static char *
perda_words(const char *s, const struct naskah_perda *p)
{
	const struct perda_pengundangan *u = &p->undang;
	const char *name[] = { "{sebutan}", "{daerah}", "{DAERAH}", "{tahun}",
	    "{nomor}" };
	const char *val[] = { p->sebutan.s, u->daerah.s, u->daerah.s,
	    u->tahun.s, u->nomor.s };
	struct naskah_buf b = { NULL, 0, 0 };
	size_t i, k, n;

	while (*s != '\0') {
		for (i = 0; i < 5; i++)
			if (strncmp(s, name[i], strlen(name[i])) == 0)
				break;
		if (i == 5) {
			buf_addc(&b, *s++);
			continue;
		}
		n = val[i] != NULL ? strlen(val[i]) : 0;
		for (k = 0; k < n; k++)
			buf_addc(&b, i == 2 ? (char)toupper((unsigned char)
			    val[i][k]) : val[i][k]);
		s += strlen(name[i]);
	}
	if (b.len == 0)
		buf_adds(&b, "");
	return buf_take(&b);
}

/* The label of point i (0-based) of a list of kind k at depth depth
 * (the lists of huruf and angka around it): "(1)", "a.", "1.", deeper
 * "a)", "1)" (UU 12/2011 Lampiran II, tabulasi: a. then 1. then a) then 1)). */
static char *
item_label(enum perda_list k, size_t i, int depth)
{
	char *s, *r;

	if (k == PERDA_LIST_AYAT)
		return xasprintf("(%zu)", i + 1);
	if (k == PERDA_LIST_ANGKA)
		return xasprintf("%zu%s", i + 1, depth >= 3 ? ")" : ".");
	s = idn_letters((int)i + 1);
	r = xasprintf("%s%s", s, depth >= 3 ? ")" : ".");
	free(s);
	return r;
}

/* The width of the points' text indent of list it: its widest label and
 * a gap, at least the template's jarak.nomor. */
static double
list_indent(struct lctx *c, const struct perda_item *it, int depth)
{
	double size = c->tpl->ukuran_huruf, w = MM(c->tpl->jarak_nomor), lw;
	char *lab = item_label(it->list, it->nkid - 1, depth);

	lw = text_width(c, lab, strlen(lab), FACE_REGULAR, size) + MM(3);
	free(lab);
	return lw > w ? lw : w;
}

/* The points of it at x, at list depth depth. */
static void
items(struct lctx *c, const struct perda_item *it, double x, int depth)
{
	const char *lab[3] = { NULL, NULL, NULL };
	double lx[3] = { x, x, x }, xt;
	int d = depth + (it->list != PERDA_LIST_AYAT);
	size_t i;

	if (it->nkid == 0)
		return;
	xt = x + list_indent(c, it, d);
	for (i = 0; i < it->nkid; i++) {
		char *l = item_label(it->list, i, d);

		lab[0] = l;
		if (it->list == PERDA_LIST_AYAT && i > 0)
			vl_glue(c, c->tpl->spasi_antar_butir, KEEP_NO);
		flow_clause(c, lab, lx, it->kid[i].teks.s, &it->kid[i].teks,
		    xt, KEEP_NO);
		free(l);
		items(c, &it->kid[i], xt, d);
	}
}

/* Space of h before a heading, kept with a heading right above it
 * ("BAB II" and its title before "Bagian Kesatu" or "Pasal 3"). */
static void
gap(struct lctx *c, double h)
{
	vl_glue(c, h, c->vl.n > 0 && c->vl.v[c->vl.n - 1].keep ==
	    KEEP_HEADING ? KEEP_HEADING : KEEP_NO);
}

static void
pasal(struct lctx *c, const struct naskah_perda *p, size_t i)
{
	const struct naskah_tpl *t = c->tpl;
	const struct perda_item *it = &p->pasal[i];
	double size = t->ukuran_huruf;
	char *h = xasprintf("%s %zu", t->peraturan.pasal, i + 1);

	gap(c, t->spasi_antar_bagian);
	flow_para(c, h, NULL, FACE_REGULAR, size, c->left, c->width,
	    ALIGN_CENTER, KEEP_HEADING);
	free(h);
	vl_glue(c, t->spasi_antar_butir, KEEP_HEADING);
	if (it->teks.s != NULL)
		flow_para(c, it->teks.s, &it->teks, FACE_REGULAR, size,
		    c->left, c->width, ALIGN_JUSTIFY, KEEP_NO);
	items(c, it, c->left, 0);
}

/* The heading of group g: "BAB IV" / "Bagian Kesatu" / "Paragraf 1"
 * and its title, centred, kept with what follows. */
static void
group_head(struct lctx *c, const struct perda_group *g)
{
	const struct naskah_tpl *t = c->tpl;
	const struct naskah_perdakata *k = &t->peraturan;
	double size = t->ukuran_huruf;
	char *n, *h;

	switch (g->level) {
	case PERDA_BAB:
		n = idn_roman(g->nomor);
		h = xasprintf("%s %s", k->bab, n);
		break;
	case PERDA_BAGIAN: {
		char *caps = idn_ordinal(g->nomor);

		n = idn_title_case(caps);
		free(caps);
		h = xasprintf("%s %s", k->bagian, n);
		break;
	}
	default:
		n = xasprintf("%d", g->nomor);
		h = xasprintf("%s %s", k->paragraf, n);
		break;
	}
	gap(c, t->spasi_antar_bagian);
	flow_para(c, h, NULL, FACE_REGULAR, size, c->left, c->width,
	    ALIGN_CENTER, KEEP_HEADING);
	flow_para(c, g->judul.s, &g->judul, FACE_REGULAR, size, c->left,
	    c->width, ALIGN_CENTER, KEEP_HEADING);
	free(n);
	free(h);
}

static void
group(struct lctx *c, const struct naskah_perda *p, const struct perda_group *g)
{
	size_t i;

	if (g->level != PERDA_ROOT)
		group_head(c, g);
	for (i = 0; i < g->nkid; i++)
		group(c, p, &g->kid[i]);
	for (i = 0; g->nkid == 0 && i < g->npasal; i++)
		pasal(c, p, g->first + i);
}

void
layout_perda_body(struct lctx *c)
{
	const struct naskah_perda *p = c->doc->perda;
	const struct naskah_tpl *t = c->tpl;
	char *s;

	group(c, p, &p->root);
	vl_glue(c, t->spasi_antar_bagian, KEEP_NO);
	s = perda_words(t->peraturan.penutup, p);
	flow_para(c, s, NULL, FACE_REGULAR, t->ukuran_huruf, c->left,
	    c->width, ALIGN_JUSTIFY, KEEP_NO);
	c->vl.v[c->vl.n - 1].keep = KEEP_SIGNATURE;
	free(s);
}

/* The pengundangan block at the left, under the signature, kept with
 * it; then the BERITA DAERAH line. */
void
layout_perda_end(struct lctx *c)
{
	const struct naskah_perda *p = c->doc->perda;
	const struct perda_pengundangan *u = &p->undang;
	const struct naskah_tpl *t = c->tpl;
	double size = t->ukuran_huruf, sp = t->spasi_baris;
	double x = c->left, w = MM(t->jarak_ttd_lebar), y = 0;
	int bold = strstr(t->gaya_nama, "tebal") != NULL;
	struct vitem *it;
	char *s, *date, *room;
	size_t first;

	c->vl.v[c->vl.n - 1].keep = KEEP_SIGNATURE;
	vl_glue(c, t->spasi_antar_bagian, KEEP_SIGNATURE);
	it = vl_add(c, VI_BLOCK, 0);
	s = xasprintf("%s %s", t->peraturan.diundangkan_di, u->tempat.s);
	y = block_para(c, it, s, &u->tempat, FACE_REGULAR, size, sp, x, w,
	    ALIGN_LEFT, y);
	free(s);
	room = blank_room(c, MM(12), size);
	date = idn_date_format_as(&u->tanggal, room + 1, &t->file.tanggal);
	s = xasprintf("%s %s", t->peraturan.pada_tanggal, date);
	y = block_para(c, it, s, NULL, FACE_REGULAR, size, sp, x, w,
	    ALIGN_LEFT, y);
	free(s);
	free(date);
	free(room);
	y = block_para(c, it, u->jabatan.s, &u->jabatan, FACE_REGULAR, size,
	    sp, x, w, ALIGN_LEFT, y);
	y += t->spasi_ruang_ttd;
	first = it->nbox;
	y = block_para(c, it, u->nama.s, &u->nama, bold ? FACE_BOLD :
	    FACE_REGULAR, size, sp, x, w, ALIGN_LEFT, y);
	if (strstr(t->gaya_nama, "garis_bawah") != NULL && it->nbox > first) {
		/* underlined as the signer's name (layout_signature) */
		double x0 = it->box[first].x, x1 = it->box[it->nbox - 1].x2;
		double by = it->box[it->nbox - 1].y + size * 0.12;

		vi_rule(it, x0, by, x1, by, size * 0.05);
	}
	if (u->pangkat.s != NULL)
		y = block_para(c, it, u->pangkat.s, &u->pangkat, FACE_REGULAR,
		    size, sp, x, w, ALIGN_LEFT, y);
	if (u->nip.s != NULL) {
		s = xasprintf("%s %s", t->kata_nip, u->nip.s);
		y = block_para(c, it, s, &u->nip, FACE_REGULAR, size, sp, x,
		    w, ALIGN_LEFT, y);
		free(s);
	}
	it->h = y;
	vl_glue(c, t->spasi_sebelum_ttd, KEEP_NO);
	s = perda_words(t->peraturan.berita_daerah, p);
	flow_para(c, s, NULL, FACE_REGULAR, size, c->left, c->width,
	    ALIGN_LEFT, KEEP_NO);
	free(s);
}
