/* SPDX-License-Identifier: ISC */
/*
 * diff_pdf.c - the list of changes (diff.c) as a book model of one
 * lampiran: "DAFTAR PERUBAHAN IKU", the old and the new decree named,
 * then a table No, Bagian, Uraian, Semula, Menjadi.  Every fixed word
 * comes from templates/perubahan.yaml.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "model/diff_pdf.h"
#include "model/idn.h"
#include "base/xalloc.h"

enum { COL_NO, COL_BAGIAN, COL_URAIAN, COL_SEMULA, COL_MENJADI, COL__MAX };

/* The Uraian word of each field. */
static const size_t field_word[DIFF_FIELD__MAX] = {
	[DIFF_FIELD_JUDUL] = offsetof(struct naskah_ptpl, uraian_judul),
	[DIFF_FIELD_NOMOR] = offsetof(struct naskah_ptpl, uraian_nomor),
	[DIFF_FIELD_TAHUN] = offsetof(struct naskah_ptpl, uraian_tahun),
	[DIFF_FIELD_TENTANG] = offsetof(struct naskah_ptpl, uraian_tentang),
	[DIFF_FIELD_PEJABAT] = offsetof(struct naskah_ptpl, uraian_pejabat),
	[DIFF_FIELD_TEMPAT] = offsetof(struct naskah_ptpl, uraian_tempat),
	[DIFF_FIELD_TANGGAL] = offsetof(struct naskah_ptpl, uraian_tanggal),
	[DIFF_FIELD_AWALAN] = offsetof(struct naskah_ptpl, uraian_awalan),
	[DIFF_FIELD_JABATAN] = offsetof(struct naskah_ptpl, uraian_jabatan),
	[DIFF_FIELD_NAMA] = offsetof(struct naskah_ptpl, uraian_nama),
	[DIFF_FIELD_GELAR] = offsetof(struct naskah_ptpl, uraian_gelar),
	[DIFF_FIELD_PANGKAT] = offsetof(struct naskah_ptpl, uraian_pangkat),
	[DIFF_FIELD_NIP] = offsetof(struct naskah_ptpl, uraian_nip),
	[DIFF_FIELD_SASARAN] = offsetof(struct naskah_ptpl, uraian_sasaran),
	[DIFF_FIELD_INDIKATOR] = offsetof(struct naskah_ptpl,
	    uraian_indikator),
	[DIFF_FIELD_FORMULASI] = offsetof(struct naskah_ptpl,
	    uraian_formulasi),
	[DIFF_FIELD_TARGET] = offsetof(struct naskah_ptpl, uraian_target),
	[DIFF_FIELD_SATUAN] = offsetof(struct naskah_ptpl, uraian_satuan),
};

/* What the page is built from. */
struct build {
	struct naskah_diff_page	*p;
	const struct naskah_decree	*a, *b;
	const struct naskah_tpl	*tpl;
	const struct naskah_ptpl *pt;
	int			 lampirans;	/* more than one lampiran */
};

/* Keep s (owned) with the page; returns it as a text of the model. */
static struct naskah_text
keep(struct naskah_diff_page *p, char *s)
{
	VEC_PUSH(p->str, p->nstr, p->capstr, s);
	return (struct naskah_text){ .s = s };
}

/* A template's words with up to three "{key}"s filled; NULL vals give
 * the template's word for an absent value. */
static struct naskah_text
fill(const struct build *bd, const char *fmt, const char *k1, const char *v1,
    const char *k2, const char *v2, const char *k3, const char *v3)
{
	const char *keys[3] = { k1, k2, k3 }, *vals[3] = { v1, v2, v3 };
	size_t n = k3 != NULL ? 3 : k2 != NULL ? 2 : k1 != NULL ? 1 : 0, i;

	for (i = 0; i < n; i++)
		if (vals[i] == NULL || vals[i][0] == '\0')
			vals[i] = bd->pt->kata_kosong;
	return keep(bd->p, naskah_fill(fmt, keys, vals, n));
}

/* "KEPUTUSAN CAMAT ... Nomor ... tentang ..., tanggal 15 Januari 2024". */
static struct naskah_text
decree_line(const struct build *bd, const struct naskah_decree *d)
{
	static const char *const keys[] = { "{judul}", "{nomor}", "{tahun}",
	    "{tentang}", "{tanggal}" };
	char *date = d->tanggal.year != 0 ? idn_date_format_as(&d->tanggal,
	    "", &bd->tpl->file.tanggal) : xstrdup("");
	const char *vals[] = { d->judul.s, d->nomor.s, d->tahun.s,
	    d->tentang.s, date };
	size_t i;

	for (i = 0; i < sizeof(vals) / sizeof(vals[0]); i++)
		if (vals[i] == NULL || vals[i][0] == '\0')
			vals[i] = bd->pt->kata_kosong;
	keep(bd->p, date);
	return keep(bd->p, naskah_fill(bd->pt->kata_keputusan, keys, vals,
	    sizeof(keys) / sizeof(keys[0])));
}

/* A clause's label as the decree numbers it: b, 2, KEDUA, Pasal 2. */
static char *
clause_label(const struct build *bd, enum naskah_diff_section s, size_t n)
{
	const char *style = s == DIFF_MENIMBANG ? bd->tpl->gaya_label_menimbang :
	    s == DIFF_MENGINGAT ? bd->tpl->gaya_label_mengingat :
	    bd->tpl->gaya_label_memperhatikan;

	/* as the decree prints it: KEDUA, or Pasal 2 (gaya.diktum) */
	if (s == DIFF_DIKTUM)
		return idn_diktum(bd->tpl->gaya_diktum, (int)n);
	if (strcmp(style, "huruf") == 0)
		return idn_letters((int)n);
	return xasprintf("%zu", n);
}

/* "IKU 3", or "Lampiran 2 IKU 3" when a decree has more than one; n is
 * the number as printed. */
static struct naskah_text
iku_label(const struct build *bd, size_t lampiran, const char *ns)
{
	char *ls = xasprintf("%zu", lampiran);
	struct naskah_text t = bd->lampirans ? fill(bd,
	    bd->pt->bagian_iku_lampiran, "{lampiran}", ls, "{n}", ns, NULL,
	    NULL) : fill(bd, bd->pt->bagian_iku, "{n}", ns, NULL, NULL, NULL,
	    NULL);

	free(ls);
	return t;
}

static struct naskah_text
iku_name(const struct build *bd, size_t lampiran, size_t n)
{
	char *ns = xasprintf("%zu", n);
	struct naskah_text t = iku_label(bd, lampiran, ns);

	free(ns);
	return t;
}

/*
 * A field of an IKU row: "IKU 6 (Persentase ...)", or "IKU 5 → 6 (...)"
 * when its number in the old decree was another.
 */
static struct naskah_text
iku_row(const struct build *bd, const struct naskah_change *c)
{
	char *ns, *was, *name = naskah_diff_row_name(c->row);
	struct naskah_text t;

	ns = xasprintf("%zu", c->item);
	if (c->was != c->item) {
		was = xasprintf("%zu", c->was);
		t = fill(bd, bd->pt->kata_nomor_pindah, "{lama}", was,
		    "{baru}", ns, NULL, NULL);
		free(ns);
		free(was);
		ns = xstrdup(t.s);
	}
	t = iku_label(bd, c->lampiran, ns);
	t = fill(bd, bd->pt->bagian_iku_indikator, "{iku}", t.s,
	    "{indikator}", name, NULL, NULL);
	free(ns);
	free(name);
	return t;
}

/* The Bagian cell: where the change is. */
static struct naskah_text
bagian(const struct build *bd, const struct naskah_change *c)
{
	const struct naskah_ptpl *pt = bd->pt;
	struct naskah_text t;
	char *l;

	switch (c->section) {
	case DIFF_MENIMBANG:
	case DIFF_MENGINGAT:
	case DIFF_MEMPERHATIKAN:
	case DIFF_DIKTUM:
		l = clause_label(bd, c->section, c->item);
		t = fill(bd, c->section == DIFF_MENIMBANG ? pt->bagian_menimbang :
		    c->section == DIFF_MENGINGAT ? pt->bagian_mengingat :
		    c->section == DIFF_MEMPERHATIKAN ?
		    pt->bagian_memperhatikan : pt->bagian_diktum, "{n}", l,
		    NULL, NULL, NULL, NULL);
		free(l);
		return t;
	case DIFF_LAMPIRAN:
		if (c->field != DIFF_FIELD_NONE && c->row != NULL)
			return iku_row(bd, c);
		return iku_name(bd, c->lampiran, c->item);
	case DIFF_PENETAPAN:
		return (struct naskah_text){ .s = pt->bagian_penetapan };
	case DIFF_PENANDATANGAN:
		return (struct naskah_text){ .s = pt->bagian_penandatangan };
	case DIFF_MENGUBAH:
		return (struct naskah_text){ .s = pt->bagian_mengubah };
	case DIFF_MENCABUT:
		return (struct naskah_text){ .s = pt->bagian_mencabut };
	default:
		return (struct naskah_text){ .s = pt->bagian_keputusan };
	}
}

/* The Uraian cell: which field, or what happened to a clause or row. */
static const char *
uraian(const struct build *bd, const struct naskah_change *c)
{
	const struct naskah_ptpl *pt = bd->pt;

	if (c->field != DIFF_FIELD_NONE)
		return *(const char *const *)((const char *)pt +
		    field_word[c->field]);
	if (c->section != DIFF_LAMPIRAN)
		return c->mark == '+' ? pt->uraian_ditambah : c->mark == '-' ?
		    pt->uraian_dihapus : pt->uraian_diubah;
	return c->mark == '+' ? pt->uraian_baris_baru : c->mark == '-' ?
	    pt->uraian_baris_dihapus : pt->uraian_dipindah;
}

/* One side of a change (k 0: Semula, 1: Menjadi). */
static struct naskah_text
value(const struct build *bd, const struct naskah_change *c, int k)
{
	const char *v = k == 0 ? c->old : c->new;
	const struct naskah_iku *r = c->row;

	if (c->mark == '>')
		return iku_name(bd, c->lampiran, k == 0 ? c->item : c->to);
	if (v == NULL)
		return (struct naskah_text){ .s = bd->pt->kata_kosong };
	if (r != NULL && c->field == DIFF_FIELD_NONE)
		return fill(bd, bd->pt->kata_isi_baris, "{indikator}",
		    r->indikator.s, "{sasaran}", r->sasaran.s, "{target}",
		    r->target.s);
	if (c->field == DIFF_FIELD_TANGGAL && c->date[k].year != 0)
		return keep(bd->p, idn_date_format_as(&c->date[k], "",
		    &bd->tpl->file.tanggal));
	return keep(bd->p, xstrdup(v));
}

/* The table of changes. */
static struct naskah_table *
table(const struct build *bd, const struct naskah_changes *cs)
{
	const struct naskah_ptpl *pt = bd->pt;
	struct naskah_table *t = xcalloc(1, sizeof(*t));
	const char *head[COL__MAX] = { pt->kata_kolom_no,
	    pt->kata_kolom_bagian, pt->kata_kolom_uraian,
	    pt->kata_kolom_semula, pt->kata_kolom_menjadi };
	const double width[COL__MAX] = { pt->lebar_no, pt->lebar_bagian,
	    pt->lebar_uraian, 0, 0 };
	size_t i, k;

	t->ncol = COL__MAX;
	t->col = xcalloc(COL__MAX, sizeof(*t->col));
	for (k = 0; k < COL__MAX; k++) {
		t->col[k].judul = (struct naskah_text){ .s = head[k] };
		t->col[k].lebar = width[k];
		t->col[k].rata = k == COL_NO;	/* centred; the rest flush left */
	}
	t->nrow = cs->n;
	t->cell = xcalloc(cs->n * COL__MAX, sizeof(*t->cell));
	for (i = 0; i < cs->n; i++) {
		const struct naskah_change *c = &cs->v[i];
		struct naskah_text *row = &t->cell[i * COL__MAX];

		row[COL_NO] = keep(bd->p, xasprintf("%zu", i + 1));
		row[COL_BAGIAN] = bagian(bd, c);
		row[COL_URAIAN] = (struct naskah_text){ .s = uraian(bd, c) };
		row[COL_SEMULA] = value(bd, c, 0);
		row[COL_MENJADI] = value(bd, c, 1);
	}
	return t;
}

/* Append an empty block of kind k to bs; returns it. */
static struct naskah_block *
block_add(struct naskah_blocks *bs, enum naskah_block_kind k)
{
	struct naskah_block b;

	memset(&b, 0, sizeof(b));
	b.kind = k;
	VEC_PUSH(bs->v, bs->n, bs->cap, b);
	return &bs->v[bs->n - 1];
}

struct naskah_diff_page *
naskah_diff_page_new(const struct naskah_changes *cs,
    const struct naskah_decree *a, const struct naskah_decree *b,
    const struct naskah_tpl *tpl, const struct naskah_ptpl *pt)
{
	struct naskah_diff_page *p = xcalloc(1, sizeof(*p));
	struct build bd = { p, a, b, tpl, pt,
	    a->nlampiran > 1 || b->nlampiran > 1 };
	struct naskah_part *part;
	struct naskah_block *bl;

	/* the new decree's page, under the page's own title */
	p->setup = b->setup;
	p->setup.title = NULL;
	p->setup.meta_title = (struct naskah_text){ .s = pt->kata_judul };
	p->setup.has_kop = b->setup.has_kop &&
	    strcmp(pt->gaya_kop, "ya") == 0;
	p->book.setup = &p->setup;
	p->book.part = part = xcalloc(1, sizeof(*part));
	p->book.npart = p->book.cappart = 1;
	part->kind = PART_LAMPIRAN;
	part->kop = 1;
	VEC_PUSH(part->judul.v, part->judul.n, part->judul.cap,
	    ((struct naskah_text){ .s = pt->kata_judul }));
	/* Semula: the old decree; Menjadi: the new one */
	bl = block_add(&part->isi, BLOCK_ISTILAH);
	bl->items = xcalloc(2, sizeof(*bl->items));
	bl->nitems = 2;
	bl->items[0].term = (struct naskah_text){ .s = pt->kata_semula };
	bl->items[0].text = decree_line(&bd, a);
	bl->items[1].term = (struct naskah_text){ .s = pt->kata_menjadi };
	bl->items[1].text = decree_line(&bd, b);
	if (cs->n == 0)
		block_add(&part->isi, BLOCK_PARAGRAF)->text =
		    (struct naskah_text){ .s = pt->kata_tidak_ada };
	else
		block_add(&part->isi, BLOCK_TABEL)->table = table(&bd, cs);
	return p;
}

void
naskah_diff_page_free(struct naskah_diff_page *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->book.npart; i++) {
		struct naskah_part *part = &p->book.part[i];
		size_t j;

		for (j = 0; j < part->isi.n; j++) {
			struct naskah_block *bl = &part->isi.v[j];

			free(bl->items);
			if (bl->table != NULL) {
				free(bl->table->col);
				free(bl->table->cell);
			}
			free(bl->table);
		}
		free(part->isi.v);
		free(part->judul.v);
	}
	free(p->book.part);
	for (i = 0; i < p->nstr; i++)
		free(p->str[i]);
	free(p->str);
	free(p);
}
