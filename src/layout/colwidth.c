/* SPDX-License-Identifier: ISC */
/*
 * colwidth.c - column widths chosen for a table's cells (colwidth.h): a
 * greedy search on a grid of widths, each column's cells measured once
 * per width tried.
 */
#include <math.h>
#include <stdlib.h>

#include "base/xalloc.h"
#include "layout/colwidth.h"

/* One column's grid: widths w0 + j * step for j in [lo, hi], each with
 * the sample's cells measured there (NULL: not yet). */
struct colgrid {
	double		  w0;
	long		  lo, hi;
	struct cellfit	**fit;		/* hi - lo + 1 */
};

struct search {
	const struct colwidth	*cw;
	struct colgrid		*g;
	long			*at;	/* each column's j */
};

/* Column k's cells at grid point j, measured the first time. */
static const struct cellfit *
grid_fit(struct search *s, size_t k, long j)
{
	const struct colwidth *cw = s->cw;
	struct colgrid *g = &s->g[k];
	struct cellfit **f = &g->fit[j - g->lo];
	size_t i;

	if (*f != NULL)
		return *f;
	*f = xcalloc(cw->nrow ? cw->nrow : 1, sizeof(**f));
	for (i = 0; i < cw->nrow; i++)
		if (cw->merged == NULL || !cw->merged[k] || i == 0 ||
		    cw->group == NULL || cw->group[i])
			cw->measure(cw->ctx, i, k, g->w0 + (double)j * cw->step,
			    &(*f)[i]);
	return *f;
}

/* The sample's figures with the columns at s->at: a group is as tall
 * as its rows or its tallest merged cell, whichever is taller. */
static struct colcost
search_cost(struct search *s)
{
	const struct colwidth *cw = s->cw;
	struct colcost c = { 0, 0, 0 };
	double rows = 0, span = 0, rowh;
	size_t i, k;

	for (i = 0; i < cw->nrow; i++) {
		if (i > 0 && (cw->group == NULL || cw->group[i])) {
			c.height += rows > span ? rows : span;
			rows = span = 0;
		}
		for (rowh = 0, k = 0; k < cw->ncol; k++) {
			const struct cellfit *f = &grid_fit(s, k, s->at[k])[i];

			c.hyphens += f->hyphens;
			c.cells += f->h;
			if (cw->merged != NULL && cw->merged[k]) {
				if (f->h > span)
					span = f->h;
			} else if (f->h > rowh)
				rowh = f->h;
		}
		rows += rowh;
	}
	c.height += rows > span ? rows : span;
	return c;
}

static int
cost_less(const struct colcost *a, const struct colcost *b)
{
	if (a->hyphens != b->hyphens)
		return a->hyphens < b->hyphens;
	if (fabs(a->height - b->height) > 0.01)
		return a->height < b->height;
	return a->cells < b->cells - 0.01;
}

/* The sizes a move from d to r is tried at, largest first: all that
 * can move, then the powers of two below it up to 64; returns how
 * many (at most 8).  Largest first, so that a cell whose figures are
 * the same at both ends of a range is not set again inside it. */
static size_t
move_sizes(long most, long *v)
{
	size_t n = 0, i;
	long p;

	if (most <= 0)
		return 0;
	for (p = 1; p <= 64 && p * 2 <= most; p *= 2)
		v[n++] = p;
	v[n++] = most;
	for (i = 0; i < n / 2; i++) {
		p = v[i];
		v[i] = v[n - 1 - i];
		v[n - 1 - i] = p;
	}
	return n;
}

/* The best single move from a column d to another r, of the fewest
 * steps among the best; 0 when none lowers *best. */
static int
search_move(struct search *s, struct colcost *best, size_t *bd,
    size_t *br, long *bn)
{
	const struct colwidth *cw = s->cw;
	size_t d, r, i, ns;
	long most, v[8];
	int found = 0;

	for (d = 0; d < cw->ncol; d++)
		for (r = 0; r < cw->ncol; r++) {
			if (r == d)
				continue;
			most = s->at[d] - s->g[d].lo;
			if (s->g[r].hi - s->at[r] < most)
				most = s->g[r].hi - s->at[r];
			ns = move_sizes(most, v);
			for (i = 0; i < ns; i++) {
				struct colcost c;

				s->at[d] -= v[i];
				s->at[r] += v[i];
				c = search_cost(s);
				s->at[d] += v[i];
				s->at[r] -= v[i];
				if (cost_less(&c, best) || (found && *bd == d &&
				    *br == r && !cost_less(best, &c))) {
					*best = c;
					*bd = d;
					*br = r;
					*bn = v[i];
					found = 1;
				}
			}
		}
	return found;
}

/* A move of two donors at once: n[0] steps from d[0], n[1] from d[1],
 * to r. */
struct move2 {
	size_t		 d[2], r;
	long		 n[2];
};

/* Move m applied (sign 1) or undone (-1). */
static void
move2_apply(struct search *s, const struct move2 *m, long sign)
{
	s->at[m->d[0]] -= sign * m->n[0];
	s->at[m->d[1]] -= sign * m->n[1];
	s->at[m->r] += sign * (m->n[0] + m->n[1]);
}

/* The sizes a donor of a two-donor move is tried at: all it can
 * give, and half of that; returns how many. */
static size_t
move2_sizes(long most, long *v)
{
	size_t n = 0;

	if (most > 0)
		v[n++] = most;
	if (most / 2 > 0)
		v[n++] = most / 2;
	return n;
}

/* The best move of two donors to r, each giving all it can or half of
 * it (single moves take back what is too much), for when no single
 * donor can lower the cost: a cell that needs more than any one column
 * can spare.  0 when none lowers *best. */
static int
search_move2(struct search *s, size_t r, struct colcost *best,
    struct move2 *bm)
{
	const struct colwidth *cw = s->cw;
	struct move2 m;
	long v0[2], v1[2];
	size_t n0, n1, i, j;
	int found = 0;

	m.r = r;
	for (m.d[0] = 0; m.d[0] < cw->ncol; m.d[0]++)
		for (m.d[1] = m.d[0] + 1; m.d[1] < cw->ncol; m.d[1]++) {
			if (m.d[0] == r || m.d[1] == r)
				continue;
			n0 = move2_sizes(s->at[m.d[0]] - s->g[m.d[0]].lo, v0);
			n1 = move2_sizes(s->at[m.d[1]] - s->g[m.d[1]].lo, v1);
			for (i = 0; i < n0; i++)
				for (j = 0; j < n1; j++) {
					struct colcost c;

					m.n[0] = v0[i];
					m.n[1] = v1[j];
					if (s->at[r] + m.n[0] + m.n[1] >
					    s->g[r].hi)
						continue;
					move2_apply(s, &m, 1);
					c = search_cost(s);
					move2_apply(s, &m, -1);
					if (cost_less(&c, best)) {
						*best = c;
						*bm = m;
						found = 1;
					}
				}
		}
	return found;
}

/* A column short of its minimum: by how much, and which. */
struct shortfall {
	double		 need;
	size_t		 k;
};

static int
shortfall_cmp(const void *a, const void *b)
{
	const struct shortfall *x = a, *y = b;

	if (x->need != y->need)
		return x->need < y->need ? -1 : 1;
	return x->k < y->k ? -1 : x->k > y->k;
}

/* Whether column a has more spare width than b (the lower first among
 * equals): the order of the donors' heap. */
static int
spare_before(const struct colwidth *cw, const double *w, size_t a, size_t b)
{
	double x = w[a] - cw->minw[a], y = w[b] - cw->minw[b];

	return x > y || (x == y && a < b);
}

/* The donors' heap h[0..n) with its top moved down to its place. */
static void
spare_down(const struct colwidth *cw, const double *w, size_t *h, size_t n)
{
	size_t i = 0, c, t;

	while ((c = 2 * i + 1) < n) {
		if (c + 1 < n && spare_before(cw, w, h[c + 1], h[c]))
			c++;
		if (!spare_before(cw, w, h[c], h[i]))
			break;
		t = h[i];
		h[i] = h[c];
		h[c] = t;
		i = c;
	}
}

/* Columns narrower than their minimum widened to it, as far as the
 * others have width above theirs: the smallest shortfall first, so
 * that as many as can be are; from the most spare first.  The
 * shortfalls sorted once (a column's changes only when it is widened)
 * and the donors in a heap: n log n in the columns. */
static void
widths_raise(const struct colwidth *cw, double *w)
{
	struct shortfall *sf = xcalloc(cw->ncol + 1, sizeof(*sf));
	size_t *h = xcalloc(cw->ncol + 1, sizeof(*h));
	size_t k, d, ns = 0, nh = 0, i;
	double need, give;

	for (d = 0; d < cw->ncol; d++)
		if (cw->minw[d] - w[d] > 1e-9) {
			sf[ns].need = cw->minw[d] - w[d];
			sf[ns++].k = d;
		}
	qsort(sf, ns, sizeof(*sf), shortfall_cmp);
	for (d = cw->ncol; d-- > 0; )
		if (w[d] - cw->minw[d] > 1e-9) {
			h[nh++] = d;
			for (i = nh - 1; i > 0 &&
			    spare_before(cw, w, h[i], h[(i - 1) / 2]);
			    i = (i - 1) / 2) {
				k = h[i];
				h[i] = h[(i - 1) / 2];
				h[(i - 1) / 2] = k;
			}
		}
	for (i = 0; i < ns; i++) {
		k = sf[i].k;
		while ((need = cw->minw[k] - w[k]) > 1e-9) {
			if (nh == 0)
				goto done;
			d = h[0];
			give = w[d] - cw->minw[d];
			if (give > need)
				give = need;
			w[d] -= give;
			w[k] += give;
			if (!(w[d] - cw->minw[d] > 1e-9))
				h[0] = h[--nh];
			spare_down(cw, w, h, nh);
		}
	}
done:
	free(sf);
	free(h);
}

size_t
colwidth_choose(const struct colwidth *cw, double *w, struct colcost *cost)
{
	struct search s;
	struct colcost best;
	double total = 0, spare;
	struct move2 m2;
	size_t k, moves = 0, d = 0, r = 0;
	long n = 0, cap;
	int found;

	s.cw = cw;
	s.g = xcalloc(cw->ncol ? cw->ncol : 1, sizeof(*s.g));
	s.at = xcalloc(cw->ncol ? cw->ncol : 1, sizeof(*s.at));
	widths_raise(cw, w);
	for (k = 0; k < cw->ncol; k++)
		total += w[k] > cw->minw[k] ? w[k] - cw->minw[k] : 0;
	for (k = 0; k < cw->ncol; k++) {
		struct colgrid *g = &s.g[k];

		spare = w[k] > cw->minw[k] ? w[k] - cw->minw[k] : 0;
		g->w0 = w[k];
		g->lo = -(long)floor(spare / cw->step + 1e-9);
		g->hi = (long)floor((total - spare) / cw->step + 1e-9);
		/* no wider than its widest cell on one line */
		cap = cw->maxw == NULL ? g->hi : cw->maxw[k] <= w[k] ? 0 :
		    (long)ceil((cw->maxw[k] - w[k]) / cw->step - 1e-9);
		if (cap < g->hi)
			g->hi = cap;
		g->fit = xcalloc((size_t)(g->hi - g->lo + 1), sizeof(*g->fit));
	}
	best = search_cost(&s);
	while (moves < COLWIDTH_MOVES && cw->step > 0 &&
	    cw->ncol <= COLWIDTH_COLS) {
		if (search_move(&s, &best, &d, &r, &n)) {
			s.at[d] -= n;
			s.at[r] += n;
		} else {
			for (found = 0, r = 0; r < cw->ncol && !found; r++)
				found = search_move2(&s, r, &best, &m2);
			if (!found)
				break;
			move2_apply(&s, &m2, 1);
		}
		moves++;
	}
	for (k = 0; k < cw->ncol; k++) {
		struct colgrid *g = &s.g[k];
		long j;

		w[k] = g->w0 + (double)s.at[k] * cw->step;
		for (j = g->lo; j <= g->hi; j++)
			free(g->fit[j - g->lo]);
		free(g->fit);
	}
	if (cost != NULL)
		*cost = best;
	free(s.g);
	free(s.at);
	return moves;
}
