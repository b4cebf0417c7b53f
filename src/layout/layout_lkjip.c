/* SPDX-License-Identifier: ISC */
/*
 * layout_lkjip.c - the LKjIP's tables: pengukuran kinerja (each IKU
 * row with its target, realisasi and the capaian computed from them by
 * capaian.c), perbandingan antar tahun, perbandingan dengan target akhir
 * Renstra, realisasi anggaran and the Perjanjian Kinerja's two tables,
 * in the columns the LKjIP template (templates/lkjip.yaml) gives and
 * the block chooses, laid out as tables of the book (layout_table.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/book.h"
#include "model/capaian.h"
#include "layout/layout_int.h"
#include "model/iku.h"
#include "model/template.h"
#include "base/xalloc.h"

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
    const struct naskah_iku *r, int year, int tyear, double *value)
{
	const char *na = kosong(u);
	const struct naskah_text *rt, *tt;
	struct naskah_capaian_in in;
	double unused;
	int kind, dec;

	memset(&in, 0, sizeof(in));
	in.arah = (enum naskah_arah)r->arah;
	if ((rt = realisasi_of(r, year)) == NULL) {
		naskah_diag(c->d, SEV_WARNING, r->pos, MSG_NO_REALISASI,
		    row_name(r), year, na);
		return NULL;
	}
	if ((tt = naskah_iku_target(r, tyear)) == NULL || tt->s == NULL) {
		naskah_diag(c->d, SEV_WARNING, r->pos, MSG_NO_TARGET,
		    row_name(r), tyear, na);
		return NULL;
	}
	if ((kind = naskah_figure_parse(tt->s, &in.target,
	    &in.target_max)) == 0 ||
	    naskah_figure_parse(rt->s, &in.realisasi, &unused) == 0) {
		naskah_diag(c->d, SEV_WARNING, kind == 0 ? tt->span.at :
		    rt->span.at, MSG_NO_FIGURE, kind == 0 ? tt->s : rt->s,
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
	dec = r->has_desimal ? r->desimal : u->desimal;
	*value = naskah_cut(*value, dec, (enum naskah_pembulatan)u->pembulatan);
	return naskah_num_text(*value, dec,
	    (enum naskah_pembulatan)u->pembulatan, 1);
}

/* The columns of table t that sel chooses into *out; 0 after an error
 * (a content the template has no column for, reported at sel's name). */
static int
columns_of(struct lctx *c, enum naskah_ltable t,
    const struct naskah_colsel *sel, struct naskah_colspecs *out)
{
	size_t bad = naskah_colspecs_select(sel, &c->ltpl->kolom[t], out);

	if (bad == (size_t)-1)
		return 1;
	naskah_diag(c->d, SEV_ERROR, sel->pos[bad], MSG_COLUMN_NONE,
	    strrchr(c->ltpl->file.path, '/') != NULL ? strrchr(c->ltpl->file.path,
	    '/') + 1 : c->ltpl->file.path, naskah_ltable_names[t],
	    naskah_isi_names[sel->v[bad]]);
	c->failed = 1;
	naskah_colspecs_free(out);
	return 0;
}

/* Column k of b: spec cs with {tahun} and {tahun_akhir} filled in. */
static void
column_set(struct built *b, size_t k, const struct naskah_colspec *cs,
    int year, int last)
{
	static const char *const keys[] = { "{tahun}", "{tahun_akhir}" };
	char y[16], z[16];
	const char *vals[2] = { y, z };

	snprintf(y, sizeof(y), "%d", year);
	snprintf(z, sizeof(z), "%d", last);
	b->t.col[k].judul.s = built_own(b, naskah_fill(cs->judul, keys, vals,
	    2));
	b->t.col[k].lebar = cs->lebar;
	b->t.col[k].rata = cs->rata;
}

/* A column of an IKU table once the years are spread: its spec and the
 * year it shows. */
struct ecol {
	const struct naskah_colspec	*spec;
	int				 year;
};

/* A formula as one line of text: "(a / b) × 100 %", or as written. */
static char *
formula_text(const struct naskah_iku *r)
{
	if (r->formula != FORMULA_FRACTION)
		return xstrdup(r->formulasi.s != NULL ? r->formulasi.s : "");
	if (r->kali.s != NULL)
		return xasprintf("(%s / %s) \xc3\x97 %s", r->pembilang.s,
		    r->penyebut.s, r->kali.s);
	return xasprintf("%s / %s", r->pembilang.s, r->penyebut.s);
}

/* The capaian of a row computed so far, one per year. */
struct capaian_at {
	int	 year;
	char	*s;		/* NULL: not computable */
	double	 value;
};

struct capaians {
	struct capaian_at	*v;
	size_t			 n, cap;
};

/*
 * The index in cc of row r's capaian for year, computed (and warned
 * about) the first time it is asked for; against the target of
 * tahun_akhir when last.
 */
static size_t
capaian_of(struct lctx *c, const struct naskah_pengukuran *u,
    const struct naskah_iku *r, int year, int last, struct capaians *cc)
{
	struct capaian_at at = { year, NULL, 0 };
	size_t i;

	for (i = 0; i < cc->n; i++)
		if (cc->v[i].year == year)
			return i;
	at.s = capaian_text(c, u, r, year, last ? u->tahun_akhir : year,
	    &at.value);
	VEC_PUSH(cc->v, cc->n, cc->cap, at);
	return i;
}

/*
 * One IKU table: the rows of u in the columns of table t.  A realisasi
 * or capaian column of perbandingan_kinerja is repeated for each year;
 * the capaian of perbandingan_renstra is against the target of
 * tahun_akhir.
 */
static void
iku_table(struct lctx *c, enum naskah_ltable t,
    const struct naskah_pengukuran *u)
{
	struct naskah_colspecs cs;
	struct ecol *ec;
	size_t nec = 0, i, k, y, ny = t == LTABLE_PERBANDINGAN ?
	    (size_t)u->nyears : 1;
	const int *years = t == LTABLE_PERBANDINGAN ? u->years : &u->tahun;
	int tyear_last = t == LTABLE_RENSTRA;
	struct capaians cc = { NULL, 0, 0 };
	struct built b;

	if (!columns_of(c, t, &u->kolom, &cs))
		return;
	/* a year's missing target prints as kosong (warned where a
	 * capaian needs it); a missing target or formulasi, not */
	if (!layout_check_iku(c, u->iku, u->niku, &cs, u->tahun, 0)) {
		c->failed = 1;
		naskah_colspecs_free(&cs);
		return;
	}
	ec = xcalloc(cs.n * ny + 1, sizeof(*ec));
	for (k = 0; k < cs.n; k++) {
		/* a column of its own year is not spread */
		int per_year = t == LTABLE_PERBANDINGAN &&
		    cs.v[k].tahun == 0 && (cs.v[k].isi == ISI_REALISASI ||
		    cs.v[k].isi == ISI_CAPAIAN);

		for (y = 0; y < (per_year ? ny : 1); y++) {
			ec[nec].spec = &cs.v[k];
			ec[nec++].year = cs.v[k].tahun != 0 ? cs.v[k].tahun :
			    years[per_year ? y : ny - 1];
		}
	}
	built_open(&b, nec, u->niku);
	b.t.pos = u->pos;
	for (k = 0; k < nec; k++)
		column_set(&b, k, ec[k].spec, ec[k].year, u->tahun_akhir);
	for (i = 0; i < u->niku; i++) {
		const struct naskah_iku *r = &u->iku[i];
		struct naskah_text *row = &b.t.cell[i * nec];
		const struct naskah_text *tx;

		for (k = 0; k < nec; k++) {
			int year = ec[k].year;
			const char *pred;

			y = 0;
			if (ec[k].spec->isi == ISI_CAPAIAN ||
			    ec[k].spec->isi == ISI_PREDIKAT)
				y = capaian_of(c, u, r, year, tyear_last, &cc);
			switch (ec[k].spec->isi) {
			case ISI_NOMOR:
				row[k].s = built_own(&b, xasprintf("%zu",
				    i + 1));
				break;
			case ISI_FORMULASI:
				row[k].s = built_own(&b, formula_text(r));
				break;
			case ISI_TARGET:
			case ISI_TARGET_AKHIR:
				tx = naskah_iku_target(r, ec[k].spec->isi == ISI_TARGET ?
				    year : u->tahun_akhir);
				if (tx != NULL)
					row[k] = *tx;
				else
					row[k].s = kosong(u);
				break;
			case ISI_REALISASI:
				if ((tx = realisasi_of(r, year)) != NULL)
					row[k] = *tx;
				else
					row[k].s = kosong(u);
				break;
			case ISI_CAPAIAN:
				row[k].s = cc.v[y].s != NULL ? cc.v[y].s :
				    kosong(u);
				break;
			case ISI_PREDIKAT:
				pred = cc.v[y].s != NULL ?
				    naskah_predikat(u->skala, u->nskala,
				    cc.v[y].value) : NULL;
				row[k].s = pred != NULL ? pred : "";
				break;
			default:
				/* the row's own texts */
				naskah_iku_text(r, ec[k].spec->isi, &row[k]);
				break;
			}
		}
		for (y = 0; y < cc.n; y++)
			if (cc.v[y].s != NULL)
				built_own(&b, cc.v[y].s);
		cc.n = 0;
	}
	free(cc.v);
	built_emit(c, &b);
	free(ec);
	naskah_colspecs_free(&cs);
}

void
lkjip_pengukuran(struct lctx *c, const struct naskah_pengukuran *u)
{
	iku_table(c, LTABLE_PENGUKURAN, u);
}

void
lkjip_perbandingan(struct lctx *c, const struct naskah_pengukuran *u)
{
	iku_table(c, LTABLE_PERBANDINGAN, u);
}

void
lkjip_renstra(struct lctx *c, const struct naskah_pengukuran *u)
{
	iku_table(c, LTABLE_RENSTRA, u);
}

/* An amount of rupiah as the table prints it: 1.250.000.000. */
static char *
rupiah(double v)
{
	return naskah_num_text(v, 0, PEMBULATAN_BULAT, 1);
}

/*
 * A table of programs with their amounts and a total row: the
 * realisasi anggaran (pagu, realisasi, %), or the Perjanjian Kinerja's
 * programs (t LTABLE_PK_PROGRAM: the anggaran).
 */
static void
budget_table(struct lctx *c, enum naskah_ltable t,
    const struct naskah_anggaran *a, int year)
{
	struct naskah_colspecs cs;
	double pagu, real, sp = 0, sr = 0;
	size_t i, k;
	struct built b;

	if (!columns_of(c, t, &a->kolom, &cs))
		return;
	built_open(&b, cs.n, a->nbaris + 1);
	b.t.pos = a->pos;
	b.t.total = 1;
	for (k = 0; k < cs.n; k++)
		column_set(&b, k, &cs.v[k], year, 0);
	for (i = 0; i <= a->nbaris; i++) {
		struct naskah_text *row = &b.t.cell[i * cs.n];
		int named = 0;

		if (i < a->nbaris) {
			pagu = a->baris[i].pagu_rp;
			real = a->baris[i].realisasi_rp;
			sp += pagu;
			sr += real;
		} else {	/* the total */
			pagu = sp;
			real = sr;
		}
		for (k = 0; k < cs.n; k++)
			switch (cs.v[k].isi) {
			case ISI_NOMOR:
				if (i < a->nbaris)
					row[k].s = built_own(&b,
					    xasprintf("%zu", i + 1));
				break;
			case ISI_PROGRAM:
				if (i < a->nbaris)
					row[k] = a->baris[i].program;
				else
					row[k].s = c->ltpl->kata_jumlah;
				named = 1;
				break;
			case ISI_PAGU:
			case ISI_ANGGARAN:
				row[k].s = built_own(&b, rupiah(pagu));
				break;
			case ISI_REALISASI:
				row[k].s = built_own(&b, rupiah(real));
				break;
			case ISI_PERSEN:
				if (pagu != 0)
					row[k].s = built_own(&b,
					    naskah_num_text(real / pagu * 100,
					    a->desimal, PEMBULATAN_BULAT, 1));
				else
					row[k].s = "n/a";
				break;
			default:
				break;
			}
		/* without a program column the total is named in the
		 * first one */
		if (i == a->nbaris && !named && cs.n > 0)
			row[0].s = c->ltpl->kata_jumlah;
	}
	built_emit(c, &b);
	naskah_colspecs_free(&cs);
}

void
lkjip_anggaran(struct lctx *c, const struct naskah_anggaran *a)
{
	budget_table(c, LTABLE_ANGGARAN, a, 0);
}

void
lkjip_perjanjian(struct lctx *c, const struct naskah_pengukuran *u,
    const struct naskah_anggaran *program)
{
	iku_table(c, LTABLE_PK_IKU, u);
	if (program != NULL) {
		vl_glue(c, c->tpl->spasi_antar_bagian, KEEP_NO);
		budget_table(c, LTABLE_PK_PROGRAM, program, u->tahun);
	}
}
