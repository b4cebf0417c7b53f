/* SPDX-License-Identifier: ISC */
/*
 * layout_table.c - the IKU table of a lampiran, in the columns of the
 * template's kolom_iku: column sizing, cells set as paragraphs, real
 * fractions in a formulasi column, numbers aligned in a target column,
 * consecutive rows with the same sasaran merged, ruled cells, and a
 * header row the paginator repeats; and a table of any columns.
 */
#include <stdlib.h>
#include <string.h>

#include "base/units.h"
#include "model/book.h"
#include "layout/layout_cells.h"
#include "layout/layout_int.h"
#include "model/iku.h"
#include "model/template.h"
#include "base/xalloc.h"

/* Heading h of column k (its {tahun} filled in) in *t, placed where
 * the template or the document's templat_ubah writes it; NULL when it
 * is written nowhere. */
static const struct naskah_text *
head_src(const struct table *tb, size_t k, const char *h,
    struct naskah_text *t)
{
	if (tb->col[k].judul_at.line <= 0)
		return NULL;
	memset(t, 0, sizeof(*t));
	t->s = h;
	t->span.at = tb->col[k].judul_at;
	return t;
}

static void
cell_text(struct table *tb, struct cell *ce, size_t col, const char *s,
    const struct naskah_text *src, enum naskah_face f, enum align a)
{
	double x = tb->x[col] + tb->pad, w = tb->x[col + 1] - tb->x[col] -
	    2 * tb->pad;

	ce->h = cell_para(tb, ce, s, src, f, x, w, a, 0);
}

/* Widest line of paragraph s (its text and source) broken at width w, its lines into *ls. */
static double
widest(struct table *tb, const struct naskah_text *s, double w,
    struct para *p, struct lines *ls)
{
	double m = 0;
	size_t i;

	cell_para_build(tb, p, s->s, s, FACE_REGULAR);
	para_break(tb->c, p, w, ALIGN_CENTER, ls);
	for (i = 0; i < ls->n; i++)
		if (ls->v[i].natural > m)
			m = ls->v[i].natural;
	return m;
}

/* The lines ls of paragraph p centred in [x, x+w) from y; returns the
 * new y. */
static double
part_emit(struct table *tb, struct cell *ce, struct para *p,
    const struct lines *ls, double x, double w, double y)
{
	struct lctx *c = tb->c;
	size_t i;

	for (i = 0; i < ls->n; i++) {
		para_emit(c, p, &ls->v[i], x, w, ALIGN_CENTER,
		    y + baseline_off(c, tb->size, tb->spacing), &ce->it);
		y += line_height(c, tb->size, tb->spacing);
	}
	return y;
}

/*
 * "= numerator / denominator × kali": both parts broken at the width
 * frac_geo gives them and centred over one rule as wide as their
 * widest line, the "=" and the factor on the rule's axis.
 */
static void
cell_fraction(struct table *tb, size_t col, const struct naskah_iku *r,
    struct cell *ce)
{
	struct lctx *c = tb->c;
	const struct naskah_tpl *t = c->tpl;
	double x0 = tb->x[col] + tb->pad;
	double w = tb->x[col + 1] - tb->x[col] - 2 * tb->pad;
	struct fracgeo g;
	struct para pn, pd;
	struct lines ln = { NULL, 0, 0 }, ld = { NULL, 0, 0 };
	double rule, dw, total, xs, yr, bo;

	frac_geo(tb, r, w, &g);
	rule = widest(tb, &r->pembilang, g.fw, &pn, &ln);
	dw = widest(tb, &r->penyebut, g.fw, &pd, &ld);
	if (dw > rule)
		rule = dw;
	total = g.eq + g.sp + rule + (g.tail ? g.sp + g.tw : 0);
	xs = x0 + (w - total) / 2;
	if (xs < x0)
		xs = x0;
	/* numerator, centred over the rule */
	yr = part_emit(tb, ce, &pn, &ln, xs + g.eq + g.sp, rule, 0) + 2;
	vi_rule(&ce->it, xs + g.eq + g.sp, yr, xs + g.eq + g.sp + rule, yr,
	    tb->lw * 0.8);
	ce->h = part_emit(tb, ce, &pd, &ld, xs + g.eq + g.sp, rule, yr + 2);
	free(ln.v);
	free(ld.v);
	para_free(&pn);
	para_free(&pd);
	/* "=" and the factor: math axis (about a quarter em above the
	 * baseline) on the rule */
	bo = yr + tb->size * 0.25;
	emit_kerned(c, &ce->it, xs, bo, FACE_REGULAR, tb->size, 0, 0,
	    t->kata_sama_dengan, strlen(t->kata_sama_dengan));
	if (g.tail) {
		struct para p;
		struct lines ls = { NULL, 0, 0 };

		double xt = xs + g.eq + g.sp + rule + g.sp;
		double wt = x0 + w - xt > 0 ? x0 + w - xt : 0;

		/* on one line; one too long for the cell is reported */
		para_build(c, &p, g.tail, &r->kali, FACE_REGULAR, tb->size);
		para_break(c, &p, 1e6, ALIGN_LEFT, &ls);
		if (ls.n > 0)
			para_emit(c, &p, &ls.v[0], xt, wt, ALIGN_LEFT, bo,
			    &ce->it);
		free(ls.v);
		para_free(&p);
	}
	free(g.tail);
}

/* The target column col shows for row r (its year's, or the decree's),
 * or NULL. */
static const struct naskah_text *
target_at(const struct table *tb, size_t col, const struct naskah_iku *r)
{
	return naskah_iku_target(r, tb->col[col].tahun);
}

static void
cell_target(struct table *tb, size_t col, const struct naskah_iku *r,
    struct cell *ce)
{
	const struct naskah_text *t = target_at(tb, col, r);
	const char *s = t != NULL ? t->s : "";
	double inner = tb->x[col + 1] - tb->x[col] - 2 * tb->pad;

	/* aligned on the decimal comma (whole numbers end where the
	 * commas are) when it is a number with a short unit
	 * in a centred column; anything else (words, markup, too wide)
	 * is set as a paragraph */
	if (!aligned_target(s) || tb->col[col].rata != 1 ||
	    tb->num_w[col] + tb->suf_w[col] > inner) {
		cell_text(tb, ce, col, s, t, FACE_REGULAR,
		    rata_align(tb->col[col].rata));
		return;
	}
	cell_aligned(tb, ce, tb->x[col], tb->x[col + 1], s, decimal_split(s),
	    FACE_REGULAR, tb->num_w[col], tb->suf_w[col]);
}

/* Are columns a and b of one kelompok? */
static int
same_kelompok(const struct table *tb, size_t a, size_t b)
{
	return tb->col[a].kelompok != NULL && tb->col[b].kelompok != NULL &&
	    strcmp(tb->col[a].kelompok, tb->col[b].kelompok) == 0;
}

/* End of the run of columns from k that share k's kelompok (k + 1
 * when it has none). */
static size_t
group_run(const struct table *tb, size_t k)
{
	size_t j;

	for (j = k + 1; j < tb->ncol && same_kelompok(tb, k, j); j++)
		;
	return j;
}

/*
 * The header of a table whose columns name a kelompok: two rows, each
 * run of columns of one kelompok under its heading centred over them
 * and ruled below, their own headings in the second row; a column of
 * no kelompok has its heading over both rows.  No rule crosses a
 * kelompok's heading.
 */
static void
header_grouped(struct table *tb)
{
	struct cell *ce = xcalloc(2 * tb->ncol, sizeof(*ce)), *top = ce +
	    tb->ncol;
	double ht = 0, hl = 0, hf = 0, h1, h2, hh, pad = tb->pad;
	struct naskah_text src;
	struct vitem *it;
	size_t k, j;
	char *h;

	for (k = 0; k < tb->ncol; k = j) {
		j = group_run(tb, k);
		if (tb->col[k].kelompok != NULL) {
			top[k].h = cell_para(tb, &top[k], tb->col[k].kelompok,
			    NULL, FACE_BOLD, tb->x[k] + pad, tb->x[j] -
			    tb->x[k] - 2 * pad, ALIGN_CENTER, 0);
			if (top[k].h > ht)
				ht = top[k].h;
		}
	}
	for (k = 0; k < tb->ncol; k++) {
		h = table_col_title(tb, k);
		cell_text(tb, &ce[k], k, h, head_src(tb, k, h, &src),
		    FACE_BOLD, ALIGN_CENTER);
		free(h);
		if (tb->col[k].kelompok != NULL && ce[k].h > hl)
			hl = ce[k].h;
		else if (tb->col[k].kelompok == NULL && ce[k].h > hf)
			hf = ce[k].h;
	}
	h1 = ht + 2 * pad;
	h2 = hl + 2 * pad;
	if (hf + 2 * pad > h1 + h2)
		h2 = hf + 2 * pad - h1;
	hh = h1 + h2;
	tb->head_h = hh;
	it = vl_add(tb->c, VI_BLOCK, hh);
	it->keep = KEEP_TABLE_HEAD;
	it->table = tb->id;
	it->header = 1;
	for (k = 0; k < tb->ncol; k = j) {
		j = group_run(tb, k);
		if (tb->col[k].kelompok == NULL) {
			place(it, &ce[k], pad, hh - 2 * pad, 0);
			continue;
		}
		place(it, &top[k], pad, h1 - 2 * pad, 0);
		vi_rule(it, tb->x[k], h1, tb->x[j], h1, tb->lw);
		for (; k < j; k++)
			place(it, &ce[k], h1 + pad, h2 - 2 * pad, 0);
	}
	for (k = 0; k < 2 * tb->ncol; k++)
		cell_free(&ce[k]);
	free(ce);
	vi_rule(it, tb->x[0], 0, tb->x[tb->ncol], 0, tb->lw);
	vi_rule(it, tb->x[0], hh, tb->x[tb->ncol], hh, tb->lw);
	/* the rules between the columns of one kelompok stop under its
	 * heading */
	for (k = 0; k <= tb->ncol; k++)
		vi_rule(it, tb->x[k], k > 0 && k < tb->ncol &&
		    same_kelompok(tb, k - 1, k) ? h1 : 0, tb->x[k], hh,
		    tb->lw);
}

static void
header(struct table *tb)
{
	struct cell *ce;
	struct naskah_text src;
	struct vitem *it;
	double hh = 0;
	size_t k;
	char *h;

	for (k = 0; k < tb->ncol; k++)
		if (tb->col[k].kelompok != NULL) {
			header_grouped(tb);
			return;
		}
	ce = xcalloc(tb->ncol, sizeof(*ce));
	for (k = 0; k < tb->ncol; k++) {
		h = table_col_title(tb, k);
		cell_text(tb, &ce[k], k, h, head_src(tb, k, h, &src),
		    FACE_BOLD, ALIGN_CENTER);
		free(h);
		if (ce[k].h > hh)
			hh = ce[k].h;
	}
	hh += 2 * tb->pad;
	tb->head_h = hh;
	it = vl_add(tb->c, VI_BLOCK, hh);
	it->keep = KEEP_TABLE_HEAD;
	it->table = tb->id;
	it->header = 1;
	for (k = 0; k < tb->ncol; k++) {
		place(it, &ce[k], tb->pad, hh - 2 * tb->pad, 0);
		cell_free(&ce[k]);
	}
	free(ce);
	vi_rule(it, tb->x[0], 0, tb->x[tb->ncol], 0, tb->lw);
	vi_rule(it, tb->x[0], hh, tb->x[tb->ncol], hh, tb->lw);
	for (k = 0; k <= tb->ncol; k++)
		vi_rule(it, tb->x[k], 0, tb->x[k], hh, tb->lw);
}

/* Does column k span the rows of a sasaran (nomor, sasaran)? */
static int
merged(const struct table *tb, size_t k)
{
	return tb->col[k].isi == ISI_NOMOR || tb->col[k].isi == ISI_SASARAN;
}

/* Row r's cell in column k (not a merged one). */
static void
row_cell(struct table *tb, size_t k, const struct naskah_iku *r,
    struct cell *ce)
{
	struct naskah_text t = { .s = NULL };

	switch (tb->col[k].isi) {
	case ISI_FORMULASI:
		if (r->formula == FORMULA_FRACTION) {
			cell_fraction(tb, k, r, ce);
			return;
		}
		t = r->formulasi;
		break;
	case ISI_TARGET:
		cell_target(tb, k, r, ce);
		return;
	default:
		naskah_iku_text(r, tb->col[k].isi, &t);
		break;
	}
	if (t.s != NULL)
		cell_text(tb, ce, k, t.s, t.span.at.line != 0 ? &t : NULL,
		    FACE_REGULAR, rata_align(tb->col[k].rata));
}

/* The rule under a row, over the columns that are not merged. */
static void
row_rule(struct table *tb, struct vitem *it, double y)
{
	size_t k, j;

	for (k = 0; k < tb->ncol; k = j) {
		for (j = k; j < tb->ncol && !merged(tb, j); j++)
			;
		if (j > k)
			vi_rule(it, tb->x[k], y, tb->x[j], y, tb->lw);
		else
			j++;
	}
}

/* Top and bottom of a box's ink, for keeping a merged cell's lines
 * whole across rows. */
static double
ink_top(const struct naskah_box *b)
{
	return b->kind == BOX_TEXT || b->kind == BOX_LINE ?
	    b->y - 0.8 * b->size : b->y;
}

static double
ink_bottom(const struct naskah_box *b)
{
	return b->kind == BOX_TEXT || b->kind == BOX_LINE ?
	    b->y + 0.25 * b->size : b->y2;
}

/*
 * A group taller than a page: each row its own item, so that the
 * paginator breaks between rows at the cost of one row each.  The
 * merged cells (content at the group's top) go line by line into the
 * row they start in; a row a merged line runs out of keeps the next.
 * Each row is ruled below over the columns not merged; the paginator
 * closes the merged ones at a page's foot (close).
 */
static void
group_rows(struct table *tb, struct cell *rc, const double *rh, size_t n)
{
	struct lctx *c = tb->c;
	size_t nc = tb->ncol, i, k, *next = xcalloc(nc, sizeof(*next));
	double y0 = 0, y1, reach = 0;
	struct vitem *it;

	for (i = 0; i < n; i++, y0 = y1) {
		y1 = y0 + rh[i];
		it = vl_add(c, VI_BLOCK, rh[i]);
		it->table = tb->id;
		it->close = i + 1 < n;
		for (k = 0; k < nc; k++) {
			struct cell *m = &rc[k];

			if (!merged(tb, k)) {
				place(it, &rc[i * nc + k], tb->pad, 0, 1);
				continue;
			}
			/* merged lines starting in this row (all, in the
			 * last); the cell's boxes are owned by row 0's cell */
			for (; next[k] < m->it.nbox && (i + 1 == n ||
			    ink_top(&m->it.box[next[k]]) + tb->pad < y1);
			    next[k]++) {
				struct naskah_box b = m->it.box[next[k]];

				b.y += tb->pad - y0;
				b.y2 += tb->pad - y0;
				if (ink_bottom(&b) + y0 > reach)
					reach = ink_bottom(&b) + y0;
				m->it.box[next[k]].text = NULL;
				VEC_PUSH(it->box, it->nbox, it->cap, b);
			}
		}
		if (reach > y1 + 0.01)
			it->keep = KEEP_BLOCK;
		if (i == 0)
			vi_rule(it, tb->x[0], 0, tb->x[nc], 0, tb->lw);
		if (i + 1 < n)
			row_rule(tb, it, rh[i]);
		else
			vi_rule(it, tb->x[0], rh[i], tb->x[nc], rh[i], tb->lw);
		for (k = 0; k <= nc; k++)
			vi_rule(it, tb->x[k], 0, tb->x[k], rh[i], tb->lw);
	}
	free(next);
}

/*
 * Rows [r0, r1) share one sasaran: merged nomor and sasaran, one item
 * when the group fits on a page, else one item per row (group_rows).
 */
static void
group(struct table *tb, const struct naskah_lampiran *lp, size_t r0,
    size_t r1, int number)
{
	struct lctx *c = tb->c;
	size_t n = r1 - r0, nc = tb->ncol, i, k;
	struct cell *rc = xcalloc(n * nc, sizeof(*rc));
	double *rh = xcalloc(n, sizeof(*rh)), total = 0, y, gh = 0;
	struct vitem *it;
	char *num = xasprintf("%d", number);
	int tall;

	/* the merged cells live in row 0 */
	for (k = 0; k < nc; k++)
		if (tb->col[k].isi == ISI_NOMOR)
			cell_text(tb, &rc[k], k, num, NULL, FACE_REGULAR,
			    ALIGN_CENTER);
		else if (tb->col[k].isi == ISI_SASARAN)
			cell_text(tb, &rc[k], k, lp->iku[r0].sasaran.s,
			    &lp->iku[r0].sasaran, FACE_REGULAR,
			    rata_align(tb->col[k].rata));
	for (k = 0; k < nc; k++)
		if (merged(tb, k) && rc[k].h > gh)
			gh = rc[k].h;
	for (i = 0; i < n; i++) {
		const struct naskah_iku *r = &lp->iku[r0 + i];

		for (k = 0; k < nc; k++) {
			if (merged(tb, k))
				continue;
			row_cell(tb, k, r, &rc[i * nc + k]);
			if (rc[i * nc + k].h > rh[i])
				rh[i] = rc[i * nc + k].h;
		}
		rh[i] += 2 * tb->pad;
		total += rh[i];
	}
	gh += 2 * tb->pad;
	if (gh > total) {
		/* the merged cell is the tallest: share the extra height */
		for (i = 0; i < n; i++)
			rh[i] += (gh - total) / n;
		total = gh;
	}
	if (n > 1 && total > c->bottom - c->top - tb->head_h + 0.01) {
		group_rows(tb, rc, rh, n);
		goto done;
	}
	it = vl_add(c, VI_BLOCK, total);
	it->table = tb->id;
	tall = total > (c->bottom - c->top) / 2;
	for (k = 0; k < nc; k++)
		if (merged(tb, k))
			place(it, &rc[k], tb->pad, total - 2 * tb->pad, tall);
	y = 0;
	for (i = 0; i < n; i++) {
		for (k = 0; k < nc; k++)
			if (!merged(tb, k))
				place(it, &rc[i * nc + k], y + tb->pad,
				    rh[i] - 2 * tb->pad, tall);
		if (i > 0)
			row_rule(tb, it, y);
		y += rh[i];
	}
	vi_rule(it, tb->x[0], 0, tb->x[nc], 0, tb->lw);
	vi_rule(it, tb->x[0], total, tb->x[nc], total, tb->lw);
	for (k = 0; k <= nc; k++)
		vi_rule(it, tb->x[k], 0, tb->x[k], total, tb->lw);
done:
	for (i = 0; i < n * nc; i++)
		cell_free(&rc[i]);
	free(rc);
	free(rh);
	free(num);
}

void
table_iku(struct lctx *c, const struct naskah_lampiran *lp)
{
	table_iku_of(c, lp, &c->tpl->kolom_iku, c->doc->tahun.s != NULL ?
	    atoi(c->doc->tahun.s) : 0);
}

void
table_iku_of(struct lctx *c, const struct naskah_lampiran *lp,
    const struct naskah_colspecs *cs, int year)
{
	struct table tb;
	double *lebar;
	size_t i, j, k;
	int number = 0, by_sasaran = 0;
	char *last;

	table_init(&tb, c);
	tb.col = cs->v;
	tb.ncol = cs->n;
	tb.year = year;
	tb.x = xcalloc(cs->n + 1, sizeof(*tb.x));
	tb.num_w = xcalloc(cs->n + 1, sizeof(*tb.num_w));
	tb.suf_w = xcalloc(cs->n + 1, sizeof(*tb.suf_w));
	lebar = xcalloc(cs->n + 1, sizeof(*lebar));
	for (k = 0; k < cs->n; k++) {
		lebar[k] = cs->v[k].lebar;
		by_sasaran |= cs->v[k].isi == ISI_SASARAN;
	}
	/* the number column holds the last sasaran's number */
	for (i = 0; i < lp->niku; i = j, number++)
		for (j = i + 1; by_sasaran && j < lp->niku &&
		    strcmp(lp->iku[j].sasaran.s, lp->iku[i].sasaran.s) == 0; j++)
			;
	last = xasprintf("%d", number);
	for (k = 0; k < cs->n; k++)
		if (cs->v[k].isi == ISI_NOMOR)
			widen_fixed(&tb, &lebar[k], last);
	free(last);
	column_edges(c, lp->pos, lebar, cs->n, 15, tb.x);
	free(lebar);
	/* the widest number and unit of each target column */
	for (k = 0; k < cs->n; k++)
		for (i = 0; cs->v[k].isi == ISI_TARGET && i < lp->niku; i++) {
			const struct naskah_text *t = target_at(&tb, k,
			    &lp->iku[i]);

			if (t != NULL && aligned_target(t->s))
				widen_parts(&tb, t->s, decimal_split(t->s),
				    FACE_REGULAR, &tb.num_w[k], &tb.suf_w[k]);
		}
	table_iku_fit(&tb, lp, by_sasaran, (size_t)number);
	number = 0;
	header(&tb);
	for (i = 0; i < lp->niku; i = j) {
		/* without a sasaran column, every row is its own */
		for (j = i + 1; by_sasaran && j < lp->niku &&
		    strcmp(lp->iku[j].sasaran.s, lp->iku[i].sasaran.s) == 0; j++)
			;
		group(&tb, lp, i, j, ++number);
	}
	/* the signature that follows carries at least the last row */
	c->vl.v[c->vl.n - 1].keep = KEEP_SIGNATURE;
	free(tb.x);
	free(tb.num_w);
	free(tb.suf_w);
}

void
table_any(struct lctx *c, const struct naskah_table *t)
{
	struct table tb;
	struct cell *ce = xcalloc(t->ncol, sizeof(*ce));
	double *x = xcalloc(t->ncol + 1, sizeof(*x)), h;
	double *lebar = xcalloc(t->ncol + 1, sizeof(*lebar));
	double *head_w = xcalloc(t->ncol + 1, sizeof(*head_w));
	double *tail_w = xcalloc(t->ncol + 1, sizeof(*tail_w));
	size_t i, k, row0;
	struct vitem *it;
	enum naskah_face f;

	table_init(&tb, c);
	for (k = 0; k < t->ncol; k++)
		lebar[k] = t->col[k].lebar;
	/* a fixed column of whole numbers (row numbers) fits the widest */
	for (i = 0; i < t->nrow; i++)
		for (k = 0; k < t->ncol; k++)
			if (all_digits(t->cell[i * t->ncol + k].s))
				widen_fixed(&tb, &lebar[k],
				    t->cell[i * t->ncol + k].s);
	column_edges(c, t->pos, lebar, t->ncol, 10, x);
	/* the figures of a centred column line up on their decimal
	 * commas, when the widest fit; words stay centred paragraphs */
	for (i = 0; i < t->nrow; i++)
		for (k = 0; k < t->ncol; k++) {
			const char *fs = t->cell[i * t->ncol + k].s;

			if (t->col[k].rata == 1 && fs != NULL &&
			    aligned_target(fs))
				widen_parts(&tb, fs, decimal_split(fs),
				    t->total && i + 1 == t->nrow ? FACE_BOLD :
				    FACE_REGULAR, &head_w[k], &tail_w[k]);
		}
	table_any_fit(&tb, t, x, head_w, tail_w);
	/* the header, repeated on every page the table goes on to */
	for (h = 0, k = 0; k < t->ncol; k++) {
		ce[k].h = cell_para(&tb, &ce[k], t->col[k].judul.s,
		    &t->col[k].judul, FACE_BOLD, x[k] + tb.pad,
		    x[k + 1] - x[k] - 2 * tb.pad, ALIGN_CENTER, 0);
		if (ce[k].h > h)
			h = ce[k].h;
	}
	h += 2 * tb.pad;
	it = vl_add(c, VI_BLOCK, h);
	it->keep = KEEP_TABLE_HEAD;
	it->table = tb.id;
	it->header = 1;
	for (k = 0; k < t->ncol; k++) {
		place(it, &ce[k], tb.pad, h - 2 * tb.pad, 0);
		cell_free(&ce[k]);
	}
	row_rules(it, x, t->ncol, h, tb.lw);
	row0 = c->vl.n;
	for (i = 0; i < t->nrow; i++) {
		/* a total row is bold */
		f = t->total && i + 1 == t->nrow ? FACE_BOLD : FACE_REGULAR;
		for (h = 0, k = 0; k < t->ncol; k++) {
			const struct naskah_text *tx = &t->cell[i * t->ncol + k];

			if (tx->s != NULL && t->col[k].rata == 1 &&
			    aligned_target(tx->s) && head_w[k] + tail_w[k] <=
			    x[k + 1] - x[k] - 2 * tb.pad)
				cell_aligned(&tb, &ce[k], x[k], x[k + 1], tx->s,
				    decimal_split(tx->s), f, head_w[k],
				    tail_w[k]);
			else
				ce[k].h = tx->s != NULL && *tx->s != '\0' ?
				    cell_para(&tb, &ce[k], tx->s, tx, f,
				    x[k] + tb.pad,
				    x[k + 1] - x[k] - 2 * tb.pad,
				    rata_align(t->col[k].rata), 0) : 0;
			if (ce[k].h > h)
				h = ce[k].h;
		}
		h += 2 * tb.pad;
		it = vl_add(c, VI_BLOCK, h);
		it->table = tb.id;
		for (k = 0; k < t->ncol; k++) {
			place(it, &ce[k], tb.pad, h - 2 * tb.pad,
			    h > (c->bottom - c->top) / 2);
			cell_free(&ce[k]);
		}
		row_rules(it, x, t->ncol, h, tb.lw);
	}
	/* a total row stays with (at least) the two rows above it */
	for (i = t->nrow >= 3 ? t->nrow - 3 : 0; t->total && i + 1 < t->nrow;
	    i++)
		c->vl.v[row0 + i].keep = KEEP_BLOCK;
	free(ce);
	free(x);
	free(lebar);
	free(head_w);
	free(tail_w);
}
