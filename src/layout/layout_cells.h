/* SPDX-License-Identifier: ISC */
/*
 * layout_cells.h - what the IKU table and a table of any columns share
 * (private to layout/): a table's sizes from the template, column edges,
 * cells set as paragraphs or as figures aligned on their decimal
 * commas, and a row's cells placed and ruled.
 */
#ifndef NASKAH_LAYOUT_CELLS_H
#define NASKAH_LAYOUT_CELLS_H

#include "layout/colwidth.h"
#include "layout/layout_int.h"

struct table {
	struct lctx	*c;
	const struct naskah_colspec *col;	/* the IKU table's columns */
	size_t		 ncol;
	double		*x;			/* column edges, ncol + 1 */
	double		 size, spacing, pad, lw;
	double		*num_w, *suf_w;		/* target alignment, per
						 * column: the widest part
						 * before the decimal comma
						 * and from it on */
	double		 head_h;		/* the header row's height */
	int		 year;			/* the decree's */
	int		 id;
};

/* A cell's content, y relative to the content top. */
struct cell {
	struct vitem	 it;
	double		 h;
};

/* Free a cell's boxes; the cell is left empty. */
void	cell_free(struct cell *ce);

/* The alignment of a column's rata (0 kiri, 1 tengah, 2 kanan). */
enum align	rata_align(int rata);

/* Paragraph s (from src, or NULL) in face f built for a cell: a word
 * is hyphenated only where the cell cannot hold it otherwise. */
void	cell_para_build(struct table *tb, struct para *p, const char *s,
	    const struct naskah_text *src, enum naskah_face f);

/* Paragraph s set into cell ce from y, in [x, x+w); returns new y. */
double	cell_para(struct table *tb, struct cell *ce, const char *s,
	    const struct naskah_text *src, enum naskah_face f, double x, double w,
	    enum align a, double y);

/* Split a target like "70 %" into its number and the rest. */
size_t	number_len(const char *s);

/* Is target s set on its digits (a number with a short unit)? */
int	aligned_target(const char *s);

/* Where figure s splits for alignment on its decimal comma: the
 * comma's offset, or the end of its number. */
size_t	decimal_split(const char *s);

/* Widen *head and *tail to the widths of figure s's two parts (split at
 * `split`) in face f, the widest of a column so far. */
void	widen_parts(struct table *tb, const char *s, size_t split,
	    enum naskah_face f, double *head, double *tail);

/*
 * Figure s (split at `split`: head, then tail) in face f on one line in
 * [x0, x1): the heads of a column right-aligned on one edge, the tails
 * after it, head_w + tail_w (the column's widest) centred.
 */
void	cell_aligned(struct table *tb, struct cell *ce, double x0, double x1,
	    const char *s, size_t split, enum naskah_face f, double head_w,
	    double tail_w);

/* Move a cell's boxes into row item it, its content vertically centred
 * in [top, top+h), or at the top when the row will be split over pages;
 * the cell is left empty. */
void	place(struct vitem *it, struct cell *ce, double top, double h, int at_top);

/*
 * The edges x[0..n] of n columns from the text's left: those with a
 * width (lebar, mm) keep it, the others share what is left, at least
 * min_free mm each.  A table wider than the text is warned about at
 * pos and runs past the right margin.
 */
void	column_edges(struct lctx *c, struct naskah_pos pos, const double *lebar,
	    size_t n, double min_free, double *x);

/* Is s a whole number (digits only, which never break)? */
int	all_digits(const char *s);

/* Grow *lebar (mm), a fixed column's width, to hold whole number s with
 * the cell's padding: a column of row numbers fits its thousandth row. */
void	widen_fixed(struct table *tb, double *lebar, const char *s);

/* A new table of the page's list, in the template's size and rules. */
void	table_init(struct table *tb, struct lctx *c);

/* The rules of a ruled row of cells between edges x[0..n]. */
void	row_rules(struct vitem *it, const double *x, size_t n, double h, double lw);

struct naskah_iku;
struct naskah_lampiran;
struct naskah_table;

/* layout_fit.c: column widths chosen for the cells (colwidth.h) */

/* A fraction "= parts x kali" in a cell w points wide inside its
 * padding: the widths of "=", a space and the tail ("x 100 %", NULL
 * when none; the caller frees it), and fw, the width its numerator
 * and denominator are broken at (at least 15 mm). */
struct fracgeo {
	double		 eq, sp, tw, fw;
	char		*tail;
};
void	frac_geo(struct table *tb, const struct naskah_iku *r, double w,
	    struct fracgeo *g);

/* Edges tb->x of the IKU table (nominal in, chosen out) for the rows of
 * lp in ngroups sasaran groups (every row its own without by_sasaran). */
void	table_iku_fit(struct table *tb, const struct naskah_lampiran *lp,
	    int by_sasaran, size_t ngroups);
/* Edges x of table t (nominal in, chosen out); head_w, tail_w: the
 * widest parts of each column's figures aligned on a decimal comma. */
void	table_any_fit(struct table *tb, const struct naskah_table *t,
	    double *x, const double *head_w, const double *tail_w);

/* layout_cells.c: the heading of IKU column k, {tahun} its year (the
 * caller frees it); the target column k shows for row r, or NULL. */
char	*table_col_title(const struct table *tb, size_t k);
const char *table_target(const struct table *tb, size_t k,
	    const struct naskah_iku *r);

#endif
