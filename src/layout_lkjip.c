/*
 * layout_lkjip.c - the LKjIP's tables: pengukuran kinerja (each IKU
 * row with its target, realisasi and the capaian computed from them by
 * capaian.c), perbandingan antar tahun and realisasi anggaran, laid out
 * as tables of the book (layout_table.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "book.h"
#include "capaian.h"
#include "layout_int.h"
#include "load_iku.h"
#include "xalloc.h"

/* Columns: heading, width (mm, 0: a share of the rest), alignment. */
static const struct {
	const char	*judul;
	double		 lebar;
	int		 rata;		/* 0 left, 1 centre, 2 right */
} cols[] = {
	{ "No.", 10, 1 },
	{ "Sasaran Strategis", 0, 0 },
	{ "Indikator Kinerja", 0, 0 },
	{ "Satuan", 16, 1 },
	{ "Target", 18, 1 },
	{ "Realisasi", 20, 1 },
	{ "Capaian (%)", 20, 1 },
	{ "Predikat", 22, 1 },
};

/* The text printed where a figure cannot be: kosong, or "n/a". */
static const char *
kosong(const struct naskah_pengukuran *u)
{
	return u->kosong.s != NULL ? u->kosong.s : "n/a";
}

/* Row r's realisasi of year, or NULL when not reported ("", "~",
 * "null" or no entry). */
static const struct naskah_text *
realisasi_of(const struct naskah_iku *r, int year)
{
	const struct naskah_text *t = naskah_iku_year(r->realisasi,
	    r->nrealisasi, year);

	if (t == NULL || t->s == NULL || *t->s == '\0' ||
	    strcmp(t->s, "~") == 0 || strcmp(t->s, "null") == 0)
		return NULL;
	return t;
}

/* The indicator's name for messages. */
static const char *
row_name(const struct naskah_iku *r)
{
	return r->indikator.s != NULL ? r->indikator.s : "";
}

/*
 * A table being filled: its cells point at the model's texts or at
 * strings made here, which `own` keeps until the table is laid out.
 */
struct built {
	struct naskah_table	 t;
	char			**own;
	size_t			 nown, capown;
};

static void
built_open(struct built *b, size_t ncol, size_t nrow)
{
	memset(b, 0, sizeof(*b));
	b->t.col = xcalloc(ncol, sizeof(*b->t.col));
	b->t.ncol = ncol;
	b->t.cell = xcalloc(nrow * ncol + 1, sizeof(*b->t.cell));
	b->t.nrow = nrow;
}

/* Keep s (made with malloc) until built_emit; returns s. */
static char *
built_own(struct built *b, char *s)
{
	VEC_PUSH(b->own, b->nown, b->capown, s);
	return s;
}

/* Lay the table out and free what it made. */
static void
built_emit(struct lctx *c, struct built *b)
{
	size_t i;

	table_any(c, &b->t);
	for (i = 0; i < b->nown; i++)
		free(b->own[i]);
	free(b->own);
	free(b->t.cell);
	free(b->t.col);
}

/*
 * The capaian of row r in year, cut and formatted ("90,56"), its value
 * in *value; NULL after a warning when it cannot be computed.  Caller
 * frees.
 */
static char *
capaian_text(struct lctx *c, const struct naskah_pengukuran *u,
    const struct naskah_iku *r, int year, double *value)
{
	const char *na = kosong(u);
	const struct naskah_text *rt, *tt;
	struct naskah_capaian_in in;
	double unused;
	char buf[64];
	int kind;

	memset(&in, 0, sizeof(in));
	in.arah = (enum naskah_arah)r->arah;
	if ((rt = realisasi_of(r, year)) == NULL) {
		naskah_diag(c->d, SEV_WARNING, r->pos, MSG_NO_REALISASI,
		    row_name(r), year, na);
		return NULL;
	}
	/* the year's target, or the one target of the row */
	tt = r->ntargets > 0 ? naskah_iku_year(r->targets, r->ntargets, year) :
	    &r->target;
	if (tt == NULL || tt->s == NULL) {
		naskah_diag(c->d, SEV_WARNING, r->pos, MSG_NO_TARGET,
		    row_name(r), year, na);
		return NULL;
	}
	if ((kind = naskah_figure_parse(tt->s, &in.target,
	    &in.target_max)) == 0 ||
	    naskah_figure_parse(rt->s, &in.realisasi, &unused) == 0) {
		naskah_diag(c->d, SEV_WARNING, kind == 0 ? tt->node->pos :
		    rt->node->pos, MSG_NO_FIGURE, kind == 0 ? tt->s : rt->s,
		    na);
		return NULL;
	}
	in.range = kind == 2;
	in.has_realisasi = 1;
	if (naskah_capaian(&in, value) != CAPAIAN_OK) {
		naskah_diag(c->d, SEV_WARNING, r->pos, MSG_ZERO_DIVISOR,
		    row_name(r), na);
		return NULL;
	}
	*value = naskah_cut(*value, u->desimal,
	    (enum naskah_pembulatan)u->pembulatan);
	naskah_num_format(buf, sizeof(buf), *value, u->desimal,
	    (enum naskah_pembulatan)u->pembulatan, 1);
	return xstrdup(buf);
}

void
lkjip_pengukuran(struct lctx *c, const struct naskah_pengukuran *u)
{
	size_t ncol = u->nskala > 0 ? 8 : 7, i, k;
	const struct naskah_text *rt;
	const char *pred;
	struct built b;
	char *cap;
	double v;

	built_open(&b, ncol, u->niku);
	for (k = 0; k < ncol; k++) {
		b.t.col[k].judul.s = cols[k].judul;
		b.t.col[k].lebar = cols[k].lebar;
		b.t.col[k].rata = cols[k].rata;
	}
	for (i = 0; i < u->niku; i++) {
		const struct naskah_iku *r = &u->iku[i];
		struct naskah_text *row = &b.t.cell[i * ncol];

		row[0].s = built_own(&b, xasprintf("%zu", i + 1));
		row[1] = r->sasaran;
		row[2] = r->indikator;
		row[3] = r->satuan;
		row[4] = r->target;
		rt = realisasi_of(r, u->tahun);
		if (rt != NULL)
			row[5] = *rt;
		else
			row[5].s = kosong(u);
		pred = NULL;
		if ((cap = capaian_text(c, u, r, u->tahun, &v)) != NULL) {
			row[6].s = built_own(&b, cap);
			pred = naskah_predikat(u->skala, u->nskala, v);
		} else
			row[6].s = kosong(u);
		if (ncol == 8)
			row[7].s = pred != NULL ? pred : "";
	}
	built_emit(c, &b);
}

void
lkjip_perbandingan(struct lctx *c, const struct naskah_pengukuran *u)
{
	size_t ny = (size_t)u->nyears, ncol = 2 + 2 * ny, i, k;
	struct naskah_column *col;
	const struct naskah_text *rt;
	struct built b;
	char *cap;
	double v;

	built_open(&b, ncol, u->niku);
	col = b.t.col;
	col[0].judul.s = "No.";
	col[0].lebar = 10;
	col[0].rata = 1;
	col[1].judul.s = "Indikator Kinerja";
	for (k = 0; k < ny; k++) {
		col[2 + k].judul.s = built_own(&b, xasprintf("Realisasi %d",
		    u->years[k]));
		col[2 + ny + k].judul.s = built_own(&b,
		    xasprintf("Capaian %d (%%)", u->years[k]));
		col[2 + k].lebar = col[2 + ny + k].lebar = 22;
		col[2 + k].rata = col[2 + ny + k].rata = 1;
	}
	for (i = 0; i < u->niku; i++) {
		const struct naskah_iku *r = &u->iku[i];
		struct naskah_text *row = &b.t.cell[i * ncol];

		row[0].s = built_own(&b, xasprintf("%zu", i + 1));
		row[1] = r->indikator;
		for (k = 0; k < ny; k++) {
			rt = realisasi_of(r, u->years[k]);
			if (rt != NULL)
				row[2 + k] = *rt;
			else
				row[2 + k].s = kosong(u);
			cap = capaian_text(c, u, r, u->years[k], &v);
			row[2 + ny + k].s = cap != NULL ? built_own(&b, cap) :
			    kosong(u);
		}
	}
	built_emit(c, &b);
}

/* An amount of rupiah as the table prints it: 1.250.000.000. */
static char *
rupiah(double v)
{
	char buf[64];

	naskah_num_format(buf, sizeof(buf), v, 0, PEMBULATAN_BULAT, 1);
	return xstrdup(buf);
}

void
lkjip_anggaran(struct lctx *c, const struct naskah_anggaran *a)
{
	static const struct {
		const char	*judul;
		double		 lebar;
		int		 rata;
	} ac[] = {
		{ "No.", 10, 1 }, { "Program/Kegiatan", 0, 0 },
		{ "Pagu (Rp)", 38, 2 }, { "Realisasi (Rp)", 38, 2 },
		{ "%", 20, 2 },
	};
	size_t ncol = 5, i, k;
	double pagu, real, sp = 0, sr = 0;
	struct built b;
	char buf[64];

	built_open(&b, ncol, a->nbaris + 1);
	for (k = 0; k < ncol; k++) {
		b.t.col[k].judul.s = ac[k].judul;
		b.t.col[k].lebar = ac[k].lebar;
		b.t.col[k].rata = ac[k].rata;
	}
	for (i = 0; i <= a->nbaris; i++) {
		struct naskah_text *row = &b.t.cell[i * ncol];

		if (i < a->nbaris) {
			pagu = a->baris[i].pagu_rp;
			real = a->baris[i].realisasi_rp;
			sp += pagu;
			sr += real;
			row[0].s = built_own(&b, xasprintf("%zu", i + 1));
			row[1] = a->baris[i].program;
		} else {	/* the total */
			pagu = sp;
			real = sr;
			row[1].s = "Jumlah";
		}
		row[2].s = built_own(&b, rupiah(pagu));
		row[3].s = built_own(&b, rupiah(real));
		if (pagu != 0) {
			naskah_num_format(buf, sizeof(buf), real / pagu * 100,
			    a->desimal, PEMBULATAN_BULAT, 1);
			row[4].s = built_own(&b, xstrdup(buf));
		} else
			row[4].s = "n/a";
	}
	built_emit(c, &b);
}
