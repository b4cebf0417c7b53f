/* SPDX-License-Identifier: ISC */
/*
 * layout_cells.c - the cells of a table (layout_cells.h): sizes, column
 * edges, paragraphs and aligned figures in cells, rows placed and ruled.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/units.h"
#include "base/xalloc.h"
#include "layout/layout_cells.h"
#include "model/iku.h"
#include "model/template.h"

void
cell_free(struct cell *ce)
{
	size_t i;

	for (i = 0; i < ce->it.nbox; i++)
		free(ce->it.box[i].text);
	free(ce->it.box);
	memset(ce, 0, sizeof(*ce));
}

/* The alignment of a column's rata (0 kiri, 1 tengah, 2 kanan). */
enum align
rata_align(int rata)
{
	static const enum align a[3] = { ALIGN_LEFT, ALIGN_CENTER,
	    ALIGN_RIGHT };

	return a[rata >= 0 && rata < 3 ? rata : 0];
}

/*
 * A word in a table cell is hyphenated only where its column cannot
 * hold it, never to fill a line: the cell is set as pdflatex sets
 * \raggedright text.  The column widths (layout_fit.c) are chosen so
 * that it need not be.  p's hyphen penalties go above anything a line's
 * raggedness costs, so they are taken only when nothing else fits.
 */
#define CELL_HYPHEN_PENALTY	1e5

void
cell_para_build(struct table *tb, struct para *p, const char *s,
    const struct naskah_text *src, enum naskah_face f)
{
	size_t i;

	para_build(tb->c, p, s, src, f, tb->size);
	for (i = 0; i < p->nit; i++)
		if (p->it[i].kind == ITEM_PENALTY && p->it[i].flagged &&
		    !p->it[i].forced && p->it[i].w > 0) {
			p->it[i].penalty = CELL_HYPHEN_PENALTY;
			p->serial = 0;
		}
}

/* Paragraph s set into cell ce from y, in [x, x+w); returns new y. */
double
cell_para(struct table *tb, struct cell *ce, const char *s,
    const struct naskah_text *src, enum naskah_face f, double x, double w,
    enum align a, double y)
{
	struct lctx *c = tb->c;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	size_t i;

	cell_para_build(tb, &p, s, src, f);
	para_break(c, &p, w, a, &ls);
	for (i = 0; i < ls.n; i++) {
		para_emit(c, &p, &ls.v[i], x, w, a,
		    y + baseline_off(c, tb->size, tb->spacing), &ce->it);
		y += line_height(c, tb->size, tb->spacing);
	}
	free(ls.v);
	para_free(&p);
	return y;
}

/* Split a target like "70 %" into its number and the rest. */
size_t
number_len(const char *s)
{
	size_t i = 0;

	if (s[i] == '-' || s[i] == '+' || s[i] == '<' || s[i] == '>')
		i++;
	while (isdigit((unsigned char)s[i]) || ((s[i] == ',' || s[i] == '.')
	    && isdigit((unsigned char)s[i + 1])))
		i++;
	return i;
}

/* Is target s set on its digits (a number with a short unit)? */
int
aligned_target(const char *s)
{
	return number_len(s) > 0 && strchr(s, '*') == NULL &&
	    strchr(s, '\\') == NULL;
}

/* Where figure s splits for alignment on its decimal comma: the
 * comma's offset, or the end of its number. */
size_t
decimal_split(const char *s)
{
	size_t n = number_len(s), i;

	for (i = 0; i < n; i++)
		if (s[i] == ',')
			return i;
	return n;
}

/* Widen *head and *tail to the widths of figure s's two parts (split at
 * `split`) in face f, the widest of a column so far. */
void
widen_parts(struct table *tb, const char *s, size_t split,
    enum naskah_face f, double *head, double *tail)
{
	double w = text_width(tb->c, s, split, f, tb->size);

	if (w > *head)
		*head = w;
	w = text_width(tb->c, s + split, strlen(s + split), f, tb->size);
	if (w > *tail)
		*tail = w;
}

/*
 * Figure s (split at `split`: head, then tail) in face f on one line in
 * [x0, x1): the heads of a column right-aligned on one edge, the tails
 * after it, head_w + tail_w (the column's widest) centred.
 */
void
cell_aligned(struct table *tb, struct cell *ce, double x0, double x1,
    const char *s, size_t split, enum naskah_face f, double head_w,
    double tail_w)
{
	struct lctx *c = tb->c;
	double x = (x0 + x1) / 2 - (head_w + tail_w) / 2, nw;
	double bo = baseline_off(c, tb->size, tb->spacing);
	size_t rest = strlen(s + split);

	nw = text_width(c, s, split, f, tb->size);
	if (split > 0)
		emit_kerned(c, &ce->it, x + head_w - nw, bo, f, tb->size, 0, 0, s,
		    split);
	if (rest > 0)
		emit_kerned(c, &ce->it, x + head_w, bo, f, tb->size, 0, 0,
		    s + split, rest);
	ce->h = line_height(c, tb->size, tb->spacing);
}

/* Move a cell's boxes into row item it, its content vertically centred
 * in [top, top+h), or at the top when the row will be split over pages;
 * the cell is left empty. */
void
place(struct vitem *it, struct cell *ce, double top, double h, int at_top)
{
	double dy = at_top ? top : top + (h - ce->h) / 2;
	size_t i;

	for (i = 0; i < ce->it.nbox; i++) {
		struct naskah_box b = ce->it.box[i];

		b.y += dy;
		b.y2 += dy;
		VEC_PUSH(it->box, it->nbox, it->cap, b);
	}
	free(ce->it.box);
	memset(ce, 0, sizeof(*ce));
}

/*
 * The edges x[0..n] of n columns from the text's left: those with a
 * width (lebar, mm) keep it, the others share what is left, at least
 * min_free mm each.  A table wider than the text is warned about at
 * pos and runs past the right margin.
 */
void
column_edges(struct lctx *c, struct naskah_pos pos, const double *lebar,
    size_t n, double min_free, double *x)
{
	double fixed = 0, rest;
	size_t k, nfree = 0;

	for (k = 0; k < n; k++) {
		fixed += MM(lebar[k]);
		nfree += lebar[k] == 0;
	}
	rest = c->width - fixed;
	if (rest < MM(min_free) * (double)nfree - 0.01 ||
	    (nfree == 0 && rest < -0.01))
		naskah_diag(c->d, SEV_WARNING, pos, MSG_TABLE_WIDE,
		    (fixed + MM(min_free) * (double)nfree) / MM(1),
		    c->width / MM(1));
	if (nfree == 0 || rest < MM(min_free) * (double)nfree)
		rest = MM(min_free) * (double)nfree;
	x[0] = c->left;
	for (k = 0; k < n; k++)
		x[k + 1] = x[k] + (lebar[k] > 0 ? MM(lebar[k]) :
		    rest / (double)nfree);
}

/* Is s a whole number (digits only, which never break)? */
int
all_digits(const char *s)
{
	if (s == NULL || *s == '\0')
		return 0;
	while (isdigit((unsigned char)*s))
		s++;
	return *s == '\0';
}

/* Grow *lebar (mm), a fixed column's width, to hold whole number s with
 * the cell's padding: a column of row numbers fits its thousandth row. */
void
widen_fixed(struct table *tb, double *lebar, const char *s)
{
	double w;

	if (*lebar <= 0)
		return;
	w = (text_width(tb->c, s, strlen(s), FACE_REGULAR, tb->size) +
	    2 * tb->pad + 0.01) / MM(1);
	if (w > *lebar)
		*lebar = w;
}

/* A new table of the page's list, in the template's size and rules. */
void
table_init(struct table *tb, struct lctx *c)
{
	const struct naskah_tpl *t = c->tpl;

	memset(tb, 0, sizeof(*tb));
	tb->c = c;
	tb->id = ++c->vl.ntables;
	tb->size = t->ukuran_tabel;
	tb->spacing = t->spasi_tabel_baris;
	tb->pad = t->spasi_sel_tepi;
	tb->lw = t->garis_tabel;
}

/* The rules of a ruled row of cells between edges x[0..n]. */
void
row_rules(struct vitem *it, const double *x, size_t n, double h, double lw)
{
	size_t k;

	vi_rule(it, x[0], 0, x[n], 0, lw);
	vi_rule(it, x[0], h, x[n], h, lw);
	for (k = 0; k <= n; k++)
		vi_rule(it, x[k], 0, x[k], h, lw);
}

/* The heading of column k, with {tahun} its year; caller frees. */
char *
table_col_title(const struct table *tb, size_t k)
{
	static const char *const keys[] = { "{tahun}" };
	char y[16];
	const char *vals[1] = { y };

	snprintf(y, sizeof(y), "%d", tb->col[k].tahun ? tb->col[k].tahun :
	    tb->year);
	return naskah_fill(tb->col[k].judul, keys, vals, 1);
}

/* The target column k shows for row r (its year's, or the decree's). */
const char *
table_target(const struct table *tb, size_t k, const struct naskah_iku *r)
{
	const struct naskah_text *t = naskah_iku_target(r, tb->col[k].tahun);

	return t != NULL ? t->s : NULL;
}
