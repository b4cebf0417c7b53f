/* SPDX-License-Identifier: ISC */
/*
 * colwidth.h - a table's column widths chosen for its cells (private to
 * layout/): width moves from columns that can spare it to columns whose
 * cells would otherwise be hyphenated or take more lines, the total
 * unchanged, no column below its minimum.  Knows no fonts: the caller
 * measures a cell at a width.
 */
#ifndef NASKAH_COLWIDTH_H
#define NASKAH_COLWIDTH_H

#include <stddef.h>

/* A cell set at one width: its height (points) and hyphenated lines. */
struct cellfit {
	double		 h;
	int		 hyphens;
};

/* Cell (row, col) of the sample set in a column w points wide (rules
 * to rules); into *out. */
typedef void	(*colwidth_measure)(void *ctx, size_t row, size_t col,
		    double w, struct cellfit *out);

struct colwidth {
	size_t		 ncol;
	size_t		 nrow;		/* rows of the sample */
	const double	*minw;		/* per column: never narrower */
	const double	*maxw;		/* per column: no cell gains from a
					   wider one; NULL: unknown */
	const int	*merged;	/* per column: its cell spans a group's
					   rows and is measured on the group's
					   first row only; NULL: none */
	const int	*group;		/* per row: 1 where a group starts;
					   NULL: each row its own */
	double		 step;		/* widths move in multiples of it */
	colwidth_measure measure;
	void		*ctx;
};

/* The figures of a choice: hyphens, then height, then the cells'
 * heights added up, the less the better.  The last tells a move that
 * takes a line off a cell that is not (yet) its row's tallest from
 * one that changes nothing, so that moves which only together lower a
 * row are made one after the other. */
struct colcost {
	long		 hyphens;
	double		 height;	/* the sample's, groups included */
	double		 cells;		/* every cell's height */
};

/*
 * Widths w[0..ncol) (the nominal ones in, the chosen ones out) moved in
 * steps among columns while that lowers the sample's colcost; the sum
 * of w is unchanged and no column goes below its minimum (one narrower
 * is first widened to it from the others' spare width, as far as it
 * goes) nor grows past its maxw.
 * At most COLWIDTH_MOVES moves are made, each the best of at most
 * ncol * (ncol - 1) * 8 trials from one donor or, when none of those
 * lowers the cost, ncol * (ncol - 1) * (ncol - 2) / 2 * 4 from two;
 * each cell is measured once per width it is tried at: the cost is
 * linear in the sample's rows.  A table of more than COLWIDTH_COLS
 * columns is not searched (its widths are only raised to their
 * minimums): the trials grow as the fourth power of the columns.  The
 * figures of the choice go to *cost when it is not NULL.  Returns the
 * moves.
 */
#define COLWIDTH_MOVES	32
#define COLWIDTH_COLS	32
size_t	colwidth_choose(const struct colwidth *cw, double *w,
	    struct colcost *cost);

#endif
