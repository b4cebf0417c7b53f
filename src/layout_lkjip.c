/*
 * layout_lkjip.c - the LKjIP's pengukuran kinerja table: each IKU row
 * with its target, realisasi and the capaian computed from them
 * (capaian.c), laid out as a table of the book (layout_table.c).
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

/* A realisasi not reported: "", "~" or "null". */
static int
blank(const char *s)
{
	return s == NULL || *s == '\0' || strcmp(s, "~") == 0 ||
	    strcmp(s, "null") == 0;
}

/* The indicator's name for messages. */
static const char *
row_name(const struct naskah_iku *r)
{
	return r->indikator.s != NULL ? r->indikator.s : "";
}

/*
 * The capaian of row r in year u->tahun, cut and formatted ("90,56"),
 * its value in *value; NULL after a warning when it cannot be computed.
 * Caller frees.
 */
static char *
capaian_text(struct lctx *c, const struct naskah_pengukuran *u,
    const struct naskah_iku *r, int year, double *value)
{
	const char *na = u->kosong.s != NULL ? u->kosong.s : "n/a";
	const struct naskah_text *rt, *tt;
	struct naskah_capaian_in in;
	enum naskah_capaian_err err;
	double hi = 0;
	char buf[64];
	int kind;

	memset(&in, 0, sizeof(in));
	in.arah = (enum naskah_arah)r->arah;
	rt = naskah_iku_year(r->realisasi, r->nrealisasi, year);
	if (rt == NULL || rt->s == NULL || blank(rt->s)) {
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
	if ((kind = naskah_figure_parse(tt->s, &in.target, &hi)) == 0 ||
	    naskah_figure_parse(rt->s, &in.realisasi, &hi) == 0) {
		naskah_diag(c->d, SEV_WARNING, kind == 0 ? tt->node->pos :
		    rt->node->pos, MSG_NO_FIGURE, kind == 0 ? tt->s : rt->s,
		    na);
		return NULL;
	}
	if (kind == 2) {
		naskah_figure_parse(tt->s, &in.target, &in.target_max);
		in.range = 1;
	}
	in.has_realisasi = 1;
	err = naskah_capaian(&in, value);
	if (err != CAPAIAN_OK) {
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
	size_t ncol = u->nskala > 0 ? 8 : 7, i, k, nown = 0;
	struct naskah_table t;
	char **own = xcalloc(u->niku * 3 + 1, sizeof(*own));
	const struct naskah_text *rt;
	const char *pred;
	double v;

	memset(&t, 0, sizeof(t));
	t.col = xcalloc(ncol, sizeof(*t.col));
	t.ncol = ncol;
	for (k = 0; k < ncol; k++) {
		t.col[k].judul.s = cols[k].judul;
		t.col[k].lebar = cols[k].lebar;
		t.col[k].rata = cols[k].rata;
	}
	t.cell = xcalloc(u->niku * ncol, sizeof(*t.cell));
	t.nrow = u->niku;
	for (i = 0; i < u->niku; i++) {
		const struct naskah_iku *r = &u->iku[i];
		struct naskah_text *row = &t.cell[i * ncol];

		own[nown] = xasprintf("%zu", i + 1);
		row[0].s = own[nown++];
		row[1] = r->sasaran;
		row[2] = r->indikator;
		row[3] = r->satuan;
		row[4] = r->target;
		rt = naskah_iku_year(r->realisasi, r->nrealisasi, u->tahun);
		if (rt != NULL && rt->s != NULL && !blank(rt->s))
			row[5] = *rt;
		else
			row[5].s = u->kosong.s != NULL ? u->kosong.s : "n/a";
		v = 0;
		if ((own[nown] = capaian_text(c, u, r, u->tahun, &v)) != NULL) {
			row[6].s = own[nown++];
			pred = naskah_predikat(u->skala, u->nskala, v);
		} else {
			row[6].s = u->kosong.s != NULL ? u->kosong.s : "n/a";
			pred = NULL;
		}
		if (ncol == 8)
			row[7].s = pred != NULL ? pred : "";
	}
	table_any(c, &t);
	for (i = 0; i < nown; i++)
		free(own[i]);
	free(own);
	free(t.cell);
	free(t.col);
}

void
lkjip_perbandingan(struct lctx *c, const struct naskah_pengukuran *u)
{
	size_t ny = (size_t)u->nyears, ncol = 2 + 2 * ny, i, k, nown = 0;
	const char *na = u->kosong.s != NULL ? u->kosong.s : "n/a";
	char **own = xcalloc(ncol + u->niku * (1 + ny) + 1, sizeof(*own));
	const struct naskah_text *rt;
	struct naskah_table t;
	double v;

	memset(&t, 0, sizeof(t));
	t.col = xcalloc(ncol, sizeof(*t.col));
	t.ncol = ncol;
	t.col[0].judul.s = "No.";
	t.col[0].lebar = 10;
	t.col[0].rata = 1;
	t.col[1].judul.s = "Indikator Kinerja";
	for (k = 0; k < ny; k++) {
		own[nown] = xasprintf("Realisasi %d", u->years[k]);
		t.col[2 + k].judul.s = own[nown++];
		own[nown] = xasprintf("Capaian %d (%%)", u->years[k]);
		t.col[2 + ny + k].judul.s = own[nown++];
		t.col[2 + k].lebar = t.col[2 + ny + k].lebar = 22;
		t.col[2 + k].rata = t.col[2 + ny + k].rata = 1;
	}
	t.cell = xcalloc(u->niku * ncol, sizeof(*t.cell));
	t.nrow = u->niku;
	for (i = 0; i < u->niku; i++) {
		const struct naskah_iku *r = &u->iku[i];
		struct naskah_text *row = &t.cell[i * ncol];

		own[nown] = xasprintf("%zu", i + 1);
		row[0].s = own[nown++];
		row[1] = r->indikator;
		for (k = 0; k < ny; k++) {
			rt = naskah_iku_year(r->realisasi, r->nrealisasi,
			    u->years[k]);
			if (rt != NULL && rt->s != NULL && !blank(rt->s))
				row[2 + k] = *rt;
			else
				row[2 + k].s = na;
			if ((own[nown] = capaian_text(c, u, r, u->years[k],
			    &v)) != NULL)
				row[2 + ny + k].s = own[nown++];
			else
				row[2 + ny + k].s = na;
		}
	}
	table_any(c, &t);
	for (i = 0; i < nown; i++)
		free(own[i]);
	free(own);
	free(t.cell);
	free(t.col);
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
	size_t ncol = 5, i, k, nown = 0;
	char **own = xcalloc((a->nbaris + 1) * 4 + 1, sizeof(*own));
	struct naskah_table t;
	double pagu, real, hi, sp = 0, sr = 0, pct;
	char buf[64];

	memset(&t, 0, sizeof(t));
	t.col = xcalloc(ncol, sizeof(*t.col));
	t.ncol = ncol;
	for (k = 0; k < ncol; k++) {
		t.col[k].judul.s = ac[k].judul;
		t.col[k].lebar = ac[k].lebar;
		t.col[k].rata = ac[k].rata;
	}
	t.nrow = a->nbaris + 1;
	t.cell = xcalloc(t.nrow * ncol, sizeof(*t.cell));
	for (i = 0; i <= a->nbaris; i++) {
		struct naskah_text *row = &t.cell[i * ncol];

		if (i < a->nbaris) {
			naskah_figure_parse(a->baris[i].pagu.s, &pagu, &hi);
			naskah_figure_parse(a->baris[i].realisasi.s, &real, &hi);
			sp += pagu;
			sr += real;
			own[nown] = xasprintf("%zu", i + 1);
			row[0].s = own[nown++];
			row[1] = a->baris[i].program;
		} else {	/* the total */
			pagu = sp;
			real = sr;
			row[1].s = "Jumlah";
		}
		own[nown] = rupiah(pagu);
		row[2].s = own[nown++];
		own[nown] = rupiah(real);
		row[3].s = own[nown++];
		if (pagu != 0) {
			pct = real / pagu * 100;
			naskah_num_format(buf, sizeof(buf), pct, a->desimal,
			    PEMBULATAN_BULAT, 1);
			own[nown] = xstrdup(buf);
			row[4].s = own[nown++];
		} else
			row[4].s = "n/a";
	}
	table_any(c, &t);
	for (i = 0; i < nown; i++)
		free(own[i]);
	free(own);
	free(t.cell);
	free(t.col);
}
