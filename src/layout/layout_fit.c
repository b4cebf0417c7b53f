/* SPDX-License-Identifier: ISC */
/*
 * layout_fit.c - a table's column widths chosen for its cells
 * (colwidth.h): the template's widths are nominal; the cells of a
 * sample of rows are set at trial widths with the paragraph breaker
 * (measured only), and width moves from columns that can spare it to
 * columns that would otherwise hyphenate or take more lines.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/units.h"
#include "base/xalloc.h"
#include "layout/colwidth.h"
#include "layout/layout_cells.h"
#include "model/book.h"
#include "model/iku.h"
#include "model/template.h"

/* Rows a choice is measured on: all of a table up to this many, else
 * this many spread through it (whole groups of a sasaran, each at most
 * FIT_GROUP rows), so that the cost stays linear in the rows. */
#define FIT_ROWS	120
#define FIT_GROUP	8
/* Widths move in steps of this many mm: fine enough for the last
 * millimetre or two a narrow column (No., Target) has above its
 * minimum. */
#define FIT_STEP	0.5
#define NO_ROW		SIZE_MAX	/* a sample row that is the header */

/* Widths a cell remembers its figures at (FIT_SEEN at most): between
 * two with the same figures it has them too, as a paragraph takes no
 * fewer lines in a narrower column. */
#define FIT_SEEN	12

/* A sample cell's paragraph, built once for all the widths tried. */
struct fitpara {
	struct para	 p;
	double		 nat;		/* its width on one line */
	int		 built;
	int		 oneline;	/* no forced break: one line when
					   nat fits */
	size_t		 nseen;
	double		 seen_w[FIT_SEEN];	/* ascending */
	struct cellfit	 seen[FIT_SEEN];
};

/* The figures at w when two widths around it have the same; 0: none. */
static int
seen_get(const struct fitpara *fp, double w, struct cellfit *out)
{
	size_t i;

	for (i = 0; i < fp->nseen && fp->seen_w[i] < w; i++)
		;
	if (i < fp->nseen && fp->seen_w[i] == w) {
		*out = fp->seen[i];
		return 1;
	}
	if (i == 0 || i == fp->nseen || fp->seen[i - 1].hyphens !=
	    fp->seen[i].hyphens || fp->seen[i - 1].h != fp->seen[i].h)
		return 0;
	*out = fp->seen[i];
	return 1;
}

static void
seen_put(struct fitpara *fp, double w, const struct cellfit *f)
{
	size_t i, j;

	if (fp->nseen == FIT_SEEN)
		return;
	for (i = 0; i < fp->nseen && fp->seen_w[i] < w; i++)
		;
	for (j = fp->nseen; j > i; j--) {
		fp->seen_w[j] = fp->seen_w[j - 1];
		fp->seen[j] = fp->seen[j - 1];
	}
	fp->seen_w[i] = w;
	fp->seen[i] = *f;
	fp->nseen++;
}

/* The paragraphs of a sample: two per cell (a fraction's parts). */
struct fitstore {
	struct fitpara	*v;
	size_t		 ncol;
};

static struct fitpara *
fit_para(struct fitstore *fs, size_t row, size_t col, int part)
{
	return &fs->v[(row * fs->ncol + col) * 2 + (size_t)part];
}

static void
fitstore_free(struct fitstore *fs, size_t nrow)
{
	size_t i;

	for (i = 0; i < nrow * fs->ncol * 2; i++)
		if (fs->v[i].built)
			para_free(&fs->v[i].p);
	free(fs->v);
}

/*
 * Paragraph s (NULL: empty) in face f, aligned a, kept in fp, set in a
 * column w points wide (padding included): its height with the
 * padding and its hyphens.  Broken without the paragraph cache, whose
 * entries the trial widths would only crowd out; a paragraph that fits
 * on one line is not broken at all.
 */
static void
fit_text(struct table *tb, struct fitpara *fp, const char *s,
    enum naskah_face f, enum align a, double w, struct cellfit *out)
{
	struct lctx *c = tb->c;
	struct naskah_paracache *pc = c->pc;
	struct lines ls = { NULL, 0, 0 };
	size_t i;

	out->h = 2 * tb->pad;
	out->hyphens = 0;
	if (s == NULL || *s == '\0')
		return;
	if (!fp->built) {
		cell_para_build(tb, &fp->p, s, NULL, f);
		fp->built = 1;
		fp->nat = para_natural(&fp->p);
		fp->oneline = 1;
		for (i = 0; i < fp->p.nit; i++)
			if (fp->p.it[i].forced && i + 1 < fp->p.nit)
				fp->oneline = 0;
	}
	if (fp->p.nit == 0)
		return;
	if (fp->oneline && fp->nat <= w - 2 * tb->pad) {
		out->h += line_height(c, tb->size, tb->spacing);
		return;
	}
	if (seen_get(fp, w, out))
		return;
	c->pc = NULL;
	para_break(c, &fp->p, w - 2 * tb->pad, a, &ls);
	c->pc = pc;
	out->h += (double)ls.n * line_height(c, tb->size, tb->spacing);
	for (i = 0; i < ls.n; i++)
		out->hyphens += ls.v[i].hyphen;
	free(ls.v);
	seen_put(fp, w, out);
}

/* Cell paragraph fp of text s in face f, built (NULL when s is empty). */
static struct fitpara *
fit_built(struct table *tb, struct fitpara *fp, const char *s,
    enum naskah_face f)
{
	struct cellfit d;

	fit_text(tb, fp, s, f, ALIGN_LEFT, 1e9, &d);
	return fp->built ? fp : NULL;
}

/* The widest stretch of fp between two places it can break without a
 * hyphen: its widest word. */
static double
text_min(const struct fitpara *fp)
{
	double run = 0, m = 0;
	size_t i;

	for (i = 0; fp != NULL && i < fp->p.nit; i++) {
		const struct item *it = &fp->p.it[i];

		if (it->kind == ITEM_BOX) {
			run += it->w;
			continue;
		}
		if (it->kind == ITEM_PENALTY && it->flagged && !it->forced)
			continue;
		if (run > m)
			m = run;
		run = 0;
	}
	return run > m ? run : m;
}

/* *m, a column's minimum, grown to v; *u, the width beyond which no
 * cell of it gains, grown to nat. */
static void
grow(double *m, double v, double *u, double nat)
{
	if (v > *m)
		*m = v;
	if (nat > *u)
		*u = nat;
}

/* *m and *u grown for text s in face f in cell paragraph fp. */
static void
min_text(struct table *tb, struct fitpara *fp, double *m, double *u,
    const char *s, enum naskah_face f)
{
	fp = fit_built(tb, fp, s, f);
	if (fp != NULL)
		grow(m, text_min(fp) + 2 * tb->pad, u, fp->nat + 2 * tb->pad);
}

void
frac_geo(struct table *tb, const struct naskah_iku *r, double w,
    struct fracgeo *g)
{
	struct lctx *c = tb->c;
	const struct naskah_tpl *t = c->tpl;

	g->sp = text_width(c, " ", 1, FACE_REGULAR, tb->size);
	g->eq = text_width(c, t->kata_sama_dengan,
	    strlen(t->kata_sama_dengan), FACE_REGULAR, tb->size);
	g->tail = r->kali.s ? xasprintf("%s %s", t->kata_kali, r->kali.s) :
	    NULL;
	g->tw = 0;
	if (g->tail) {
		struct para p;

		para_build(c, &p, g->tail, NULL, FACE_REGULAR, tb->size);
		g->tw = para_natural(&p);
		para_free(&p);
	}
	g->fw = w - g->eq - g->sp - (g->tail ? g->sp + g->tw : 0);
	if (g->fw < MM(15))
		g->fw = MM(15);
}

/* The narrowest width at which part s of a fraction (centred) takes at
 * most two lines, within FIT_BISECT halvings, at least its widest word:
 * a fraction is never taller than pdflatex's reference sets it, its
 * parts in boxes wide enough for two lines each.  Only widths up to the
 * page's measure are tried (a part that needs more, or has a word wider,
 * gets its natural width): a line no wider than that holds a bounded
 * number of words, so each break costs linear time however long the
 * part is. */
#define FIT_BISECT	10

static double
part_two_lines(struct table *tb, struct fitpara *fp, const char *s)
{
	struct lctx *c = tb->c;
	struct naskah_paracache *pc = c->pc;
	struct lines ls = { NULL, 0, 0 };
	double lo, hi, mid;
	int i;

	if ((fp = fit_built(tb, fp, s, FACE_REGULAR)) == NULL)
		return 0;
	lo = text_min(fp);
	hi = fp->nat;
	c->pc = NULL;
	if (hi > c->width) {
		if (lo < c->width)
			para_break(c, &fp->p, c->width, ALIGN_CENTER, &ls);
		if (lo < c->width && ls.n <= 2)
			hi = c->width;
		else
			lo = hi;	/* wider than the page: its own width */
	}
	for (i = 0; i < FIT_BISECT && hi - lo > 0.5; i++) {
		mid = (lo + hi) / 2;
		para_break(c, &fp->p, mid, ALIGN_CENTER, &ls);
		if (ls.n <= 2)
			hi = mid;
		else
			lo = mid;
	}
	c->pc = pc;
	free(ls.v);
	return hi;
}

/* What a fraction needs besides its parts' words: "=", spaces, tail. */
static double
frac_extra(const struct fracgeo *g)
{
	return g->eq + g->sp + (g->tail ? g->sp + g->tw : 0);
}

/* The sample of an IKU table: the header, then rows of the lampiran. */
struct ikufit {
	struct table			*tb;
	const struct naskah_lampiran	*lp;
	size_t				*row;	/* lp->iku index, or NO_ROW */
	int				*group;	/* a sasaran starts */
	int				*number;	/* its number */
	double				*extra;	/* a fraction's "=" and factor,
						   < 0: not measured yet */
	size_t				 n;
	struct fitstore			 fs;
};

/* What sample row i's fraction needs beside its parts: its "=",
 * spaces and factor, measured once. */
static double
frac_extra_of(struct ikufit *s, size_t i, const struct naskah_iku *r)
{
	struct fracgeo g;

	if (s->extra[i] < 0) {
		frac_geo(s->tb, r, 0, &g);
		free(g.tail);
		s->extra[i] = frac_extra(&g);
	}
	return s->extra[i];
}

/* The width both parts of sample row i's fraction are broken at in a
 * column w wide, as frac_geo gives it. */
static double
frac_fw(struct ikufit *s, size_t i, const struct naskah_iku *r, double w)
{
	double fw = w - 2 * s->tb->pad - frac_extra_of(s, i, r);

	return fw < MM(15) ? MM(15) : fw;
}

static void
iku_measure(void *ctx, size_t i, size_t k, double w, struct cellfit *out)
{
	struct ikufit *s = ctx;
	struct table *tb = s->tb;
	const struct naskah_iku *r;
	struct naskah_text t = { .s = NULL };
	const char *ts = NULL;
	char num[24], *h;
	struct cellfit a, b;

	if (s->row[i] == NO_ROW) {
		h = table_col_title(tb, k);
		fit_text(tb, fit_para(&s->fs, i, k, 0), h, FACE_BOLD,
		    ALIGN_CENTER, w, out);
		free(h);
		return;
	}
	r = &s->lp->iku[s->row[i]];
	switch (tb->col[k].isi) {
	case ISI_NOMOR:
		snprintf(num, sizeof(num), "%d", s->number[i]);
		ts = num;
		break;
	case ISI_FORMULASI:
		if (r->formula != FORMULA_FRACTION) {
			ts = r->formulasi.s;
			break;
		}
		/* numerator, 2 pt, the rule, 2 pt, denominator */
		w = frac_fw(s, i, r, w) + 2 * tb->pad;
		fit_text(tb, fit_para(&s->fs, i, k, 0), r->pembilang.s,
		    FACE_REGULAR, ALIGN_CENTER, w, &a);
		fit_text(tb, fit_para(&s->fs, i, k, 1), r->penyebut.s,
		    FACE_REGULAR, ALIGN_CENTER, w, &b);
		out->h = a.h + b.h - 2 * tb->pad + 4;
		out->hyphens = a.hyphens + b.hyphens;
		return;
	case ISI_TARGET:
		ts = table_target(tb, k, r);
		if (ts != NULL && aligned_target(ts) && tb->col[k].rata == 1 &&
		    tb->num_w[k] + tb->suf_w[k] <= w - 2 * tb->pad) {
			out->h = line_height(tb->c, tb->size, tb->spacing) +
			    2 * tb->pad;
			out->hyphens = 0;
			return;
		}
		break;
	default:
		naskah_iku_text(r, tb->col[k].isi, &t);
		ts = t.s;
		break;
	}
	fit_text(tb, fit_para(&s->fs, i, k, 0), ts, FACE_REGULAR,
	    tb->col[k].isi == ISI_NOMOR ? ALIGN_CENTER :
	    rata_align(tb->col[k].rata), w, out);
}

/* The narrowest column k can be for sample row i's cell (*m grown to
 * it), and the widest it gains from (*u). */
static void
iku_min(struct ikufit *s, size_t i, size_t k, double *m, double *u)
{
	struct table *tb = s->tb;
	const struct naskah_iku *r;
	struct naskah_text t = { .s = NULL };
	struct fitpara *fp = fit_para(&s->fs, i, k, 0);
	const char *ts = NULL;
	char *h, num[24];

	if (s->row[i] == NO_ROW) {
		h = table_col_title(tb, k);
		min_text(tb, fp, m, u, h, FACE_BOLD);
		free(h);
		return;
	}
	r = &s->lp->iku[s->row[i]];
	if (tb->col[k].isi == ISI_FORMULASI && r->formula == FORMULA_FRACTION) {
		struct fitpara *fd = fit_para(&s->fs, i, k, 1);
		double e, d, nat = 0, x;

		x = frac_extra_of(s, i, r);
		e = part_two_lines(tb, fp, r->pembilang.s);
		d = part_two_lines(tb, fd, r->penyebut.s);
		if (fp->built)
			nat = fp->nat;
		if (fd->built && fd->nat > nat)
			nat = fd->nat;
		grow(m, (d > e ? d : e) + 2 * tb->pad + x, u,
		    nat + 2 * tb->pad + x);
		return;
	}
	switch (tb->col[k].isi) {
	case ISI_NOMOR:
		snprintf(num, sizeof(num), "%d", s->number[i]);
		min_text(tb, fp, m, u, num, FACE_REGULAR);
		return;
	case ISI_TARGET:
		ts = table_target(tb, k, r);
		if (ts != NULL && aligned_target(ts) && tb->col[k].rata == 1)
			grow(m, tb->num_w[k] + tb->suf_w[k] + 2 * tb->pad, u,
			    tb->num_w[k] + tb->suf_w[k] + 2 * tb->pad);
		break;
	case ISI_FORMULASI:
		ts = r->formulasi.s;
		break;
	default:
		naskah_iku_text(r, tb->col[k].isi, &t);
		ts = t.s;
		break;
	}
	min_text(tb, fp, m, u, ts, FACE_REGULAR);
}

/* The minima m of a kelompok's columns grown, each by an equal share,
 * until together they hold the kelompok's heading's widest word. */
static void
kelompok_min(struct table *tb, double *m, double *u)
{
	struct fitpara fp;
	double need, have, un = 0;
	size_t k, j, i;

	for (k = 0; k < tb->ncol; k = j) {
		const char *g = tb->col[k].kelompok;

		for (j = k + 1; g != NULL && j < tb->ncol &&
		    tb->col[j].kelompok != NULL &&
		    strcmp(tb->col[j].kelompok, g) == 0; j++)
			;
		if (g == NULL)
			continue;
		memset(&fp, 0, sizeof(fp));
		need = 0;
		min_text(tb, &fp, &need, &un, g, FACE_BOLD);
		if (fp.built)
			para_free(&fp.p);
		for (have = 0, i = k; i < j; i++)
			have += m[i];
		for (i = k; have < need && i < j; i++) {
			m[i] += (need - have) / (double)(j - k);
			if (u[i] < m[i])
				u[i] = m[i];
		}
	}
}

/* Sample rows [r0, r1) of a sasaran numbered number: at most FIT_GROUP. */
static void
iku_take(struct ikufit *s, size_t r0, size_t r1, int number)
{
	size_t i;

	for (i = r0; i < r1 && i < r0 + FIT_GROUP; i++) {
		s->row[s->n] = i;
		s->group[s->n] = i == r0;
		s->number[s->n] = number;
		s->n++;
	}
}

/* End of the sasaran group that starts at row i. */
static size_t
group_end(const struct naskah_lampiran *lp, size_t i, int by_sasaran)
{
	size_t j;

	for (j = i + 1; by_sasaran && j < lp->niku &&
	    strcmp(lp->iku[j].sasaran.s, lp->iku[i].sasaran.s) == 0; j++)
		;
	return j;
}

/*
 * Columns edges tb->x chosen for the lampiran's rows (the nominal ones
 * in): the header and at most FIT_ROWS rows, whole sasaran groups of at
 * most FIT_GROUP rows spread through the table, every group-th group
 * taken when there are more.
 */
void
table_iku_fit(struct table *tb, const struct naskah_lampiran *lp,
    int by_sasaran, size_t ngroups)
{
	struct ikufit s;
	struct colwidth cw;
	size_t n = tb->ncol, i, j, k, g, every;
	double *w = xcalloc(n + 1, sizeof(*w)), *m = xcalloc(n + 1, sizeof(*m));
	double *u = xcalloc(n + 1, sizeof(*u));
	int *merged = xcalloc(n + 1, sizeof(*merged));

	memset(&s, 0, sizeof(s));
	s.tb = tb;
	s.lp = lp;
	s.row = xcalloc(FIT_ROWS + FIT_GROUP + 1, sizeof(*s.row));
	s.group = xcalloc(FIT_ROWS + FIT_GROUP + 1, sizeof(*s.group));
	s.number = xcalloc(FIT_ROWS + FIT_GROUP + 1, sizeof(*s.number));
	s.extra = xcalloc(FIT_ROWS + FIT_GROUP + 1, sizeof(*s.extra));
	for (i = 0; i < FIT_ROWS + FIT_GROUP + 1; i++)
		s.extra[i] = -1;
	s.row[0] = NO_ROW;
	s.group[0] = 1;
	s.n = 1;
	every = ngroups * FIT_GROUP > FIT_ROWS ?
	    (ngroups * FIT_GROUP + FIT_ROWS - 1) / FIT_ROWS : 1;
	for (i = 0, g = 0; i < lp->niku && s.n <= FIT_ROWS; i = j, g++) {
		j = group_end(lp, i, by_sasaran);
		if (g % every == 0)
			iku_take(&s, i, j, (int)g + 1);
	}
	s.fs.ncol = n;
	s.fs.v = xcalloc(s.n * n * 2, sizeof(*s.fs.v));
	for (k = 0; k < n; k++) {
		w[k] = tb->x[k + 1] - tb->x[k];
		merged[k] = tb->col[k].isi == ISI_NOMOR ||
		    tb->col[k].isi == ISI_SASARAN;
		for (i = 0; i < s.n; i++)
			if (!merged[k] || s.group[i])
				iku_min(&s, i, k, &m[k], &u[k]);
	}
	kelompok_min(tb, m, u);
	memset(&cw, 0, sizeof(cw));
	cw.ncol = n;
	cw.nrow = s.n;
	cw.minw = m;
	cw.maxw = u;
	cw.merged = merged;
	cw.group = s.group;
	cw.step = MM(FIT_STEP);
	cw.measure = iku_measure;
	cw.ctx = &s;
	colwidth_choose(&cw, w, NULL);
	for (k = 0; k < n; k++)
		tb->x[k + 1] = tb->x[k] + w[k];
	fitstore_free(&s.fs, s.n);
	free(s.row);
	free(s.group);
	free(s.number);
	free(s.extra);
	free(w);
	free(m);
	free(u);
	free(merged);
}

/* The sample of a table of any columns: the header, then rows. */
struct anyfit {
	struct table			*tb;
	const struct naskah_table	*t;
	size_t				*row;	/* t's row, or NO_ROW */
	const double			*head_w, *tail_w;
	struct fitstore			 fs;
};

/* Sample row i's cell in column k: its text, face and alignment, or
 * its figure's width when it is aligned on its decimal comma. */
static const char *
any_cell(const struct anyfit *s, size_t i, size_t k, enum naskah_face *f,
    double *aligned)
{
	const struct naskah_table *t = s->t;
	const char *tx;

	*aligned = -1;
	if (s->row[i] == NO_ROW) {
		*f = FACE_BOLD;
		return t->col[k].judul.s;
	}
	*f = t->total && s->row[i] + 1 == t->nrow ? FACE_BOLD : FACE_REGULAR;
	tx = t->cell[s->row[i] * t->ncol + k].s;
	if (tx != NULL && t->col[k].rata == 1 && aligned_target(tx))
		*aligned = s->head_w[k] + s->tail_w[k] + 2 * s->tb->pad;
	return tx;
}

static void
any_measure(void *ctx, size_t i, size_t k, double w, struct cellfit *out)
{
	struct anyfit *s = ctx;
	enum naskah_face f;
	double aw;
	const char *tx = any_cell(s, i, k, &f, &aw);

	if (aw >= 0 && aw <= w) {
		out->h = line_height(s->tb->c, s->tb->size, s->tb->spacing) +
		    2 * s->tb->pad;
		out->hyphens = 0;
		return;
	}
	fit_text(s->tb, fit_para(&s->fs, i, k, 0), tx, f, s->row[i] == NO_ROW ?
	    ALIGN_CENTER : rata_align(s->t->col[k].rata), w, out);
}

/*
 * Column edges x chosen for table t's cells (the nominal ones in): the
 * header and at most FIT_ROWS rows spread through the table.  head_w
 * and tail_w: the widest parts of each column's aligned figures.
 */
void
table_any_fit(struct table *tb, const struct naskah_table *t, double *x,
    const double *head_w, const double *tail_w)
{
	struct anyfit s;
	struct colwidth cw;
	size_t n = t->ncol, i, k, nr = 1;
	size_t every = t->nrow > FIT_ROWS ? (t->nrow + FIT_ROWS - 1) /
	    FIT_ROWS : 1;
	double *w = xcalloc(n + 1, sizeof(*w)), *m = xcalloc(n + 1, sizeof(*m));
	double *u = xcalloc(n + 1, sizeof(*u)), aw;
	enum naskah_face f;

	s.tb = tb;
	s.t = t;
	s.head_w = head_w;
	s.tail_w = tail_w;
	s.row = xcalloc(FIT_ROWS + 2, sizeof(*s.row));
	s.row[0] = NO_ROW;
	for (i = 0; i < t->nrow && nr <= FIT_ROWS; i += every)
		s.row[nr++] = i;
	s.fs.ncol = n;
	s.fs.v = xcalloc(nr * n * 2, sizeof(*s.fs.v));
	for (k = 0; k < n; k++) {
		w[k] = x[k + 1] - x[k];
		for (i = 0; i < nr; i++) {
			const char *tx = any_cell(&s, i, k, &f, &aw);

			if (aw >= 0) {
				grow(&m[k], aw, &u[k], aw);
				continue;
			}
			min_text(tb, fit_para(&s.fs, i, k, 0), &m[k], &u[k], tx,
			    f);
		}
	}
	memset(&cw, 0, sizeof(cw));
	cw.ncol = n;
	cw.nrow = nr;
	cw.minw = m;
	cw.maxw = u;
	cw.step = MM(FIT_STEP);
	cw.measure = any_measure;
	cw.ctx = &s;
	colwidth_choose(&cw, w, NULL);
	for (k = 0; k < n; k++)
		x[k + 1] = x[k] + w[k];
	fitstore_free(&s.fs, nr);
	free(s.row);
	free(w);
	free(m);
	free(u);
}
