/* SPDX-License-Identifier: ISC */
/*
 * layout_chart.c - an organisation chart (struktur organisasi) drawn
 * from its data: boxes for the positions, a tidy tree (every head
 * centred over its units, the units side by side in the order given),
 * staf positions on a row of their own beside their head's line.
 *
 * The chart fits the text area: text from the template's size down to
 * 8 pt, then the spacing tightened; a box with a longer word or NIP
 * than the others is wider where its row has room.  chart_fits says
 * whether that succeeds, for the caller to turn the page first; when
 * not even that is enough, the units of a position that have none of
 * their own are set in several stacked columns under it (chart_layout
 * only).  Text is never below 8 pt: a chart that fits in no way is an
 * error that asks to split it.
 */
#include <stdlib.h>
#include <string.h>

#include "base/units.h"
#include "model/book.h"
#include "layout/layout_int.h"
#include "base/xalloc.h"

#define MIN_SIZE	8.0	/* text is not set smaller while it can fit */
#define MAX_BOX		MM(48)	/* nor columns made wider */
#define MIN_BOX		MM(12)	/* the narrowest column a wrap tries */
#define SPACING		1.15	/* line spacing in a box */

/* The spacings tried: gap between columns and padding in a box. */
static const struct {
	double	hgap, pad, vgap;	/* vgap: times a box's height */
} spacing[] = {
	{ MM(3), MM(1.5), 0.6 },
	{ MM(1.5), MM(0.75), 0.4 },
	{ MM(1.5), MM(0.75), 0.25 },	/* rows closer still */
};
#define NSPACING (sizeof(spacing) / sizeof(spacing[0]))

struct cnode {
	size_t	*kid;		/* units below it, in input order */
	size_t	 nkid, capkid;
	size_t	*staf;		/* staf positions beside it */
	size_t	 nstaf, capstaf;
	double	 x;		/* centre */
	double	 hw;		/* half its box's width */
	int	 row;		/* 0 the head's row */
	int	 cols;		/* its units in this many stacked columns
				 * (1: tegak), 0 side by side */
	int	 leafkids;	/* its units have none of their own */
};

struct chart {
	struct lctx		*c;
	const struct naskah_chart *ch;
	struct cnode		*n;
	double			 size, w, h, pad, hgap, vgap;
	double			 slot;	/* next free leaf position */
	int			 rows;	/* the lowest row */
	int			 wrap;	/* leaf units in at most this many
					 * columns; 0 side by side */
	int			 tall;	/* the last try was too tall only */
	size_t			 depth;	/* the fewest rows any layout takes */
};

#define LW	0.6	/* the lines' width */

/* Place the subtree of i: leaves take the next slots, a head goes over
 * the middle of its units. */
static void
place(struct chart *t, size_t i, int row)
{
	struct cnode *n = &t->n[i];
	size_t k;
	int below = row + 1 + (n->nstaf > 0);

	n->row = row;
	n->cols = 0;
	for (k = 0; k < n->nstaf; k++)
		t->n[n->staf[k]].row = row + 1;
	if (t->wrap > 0 && n->nkid >= 2 && n->leafkids &&
	    !t->ch->post[i].tegak) {
		/* columns of `per` units each, left to right */
		size_t m = n->nkid < (size_t)t->wrap ? n->nkid :
		    (size_t)t->wrap;
		size_t per = (n->nkid + m - 1) / m;
		double x0 = t->slot * (t->w + t->hgap) + t->w / 2, x = x0;

		m = (n->nkid + per - 1) / per;
		n->cols = (int)m;
		for (k = 0; k < n->nkid; k++) {
			struct cnode *u = &t->n[n->kid[k]];

			if (k % per == 0) {
				x = t->slot * (t->w + t->hgap) + t->w / 2;
				t->slot += 1;
			}
			u->row = below + (int)(k % per);
			u->cols = 0;
			u->x = x;
		}
		n->x = (x0 + x) / 2;
		goto staf;
	}
	if (t->ch->post[i].tegak && n->nkid > 0) {
		n->cols = 1;
		/* one column: the units stacked under their head */
		n->x = t->slot * (t->w + t->hgap) + t->w / 2;
		t->slot += 1;
		for (k = 0; k < n->nkid; k++) {
			place(t, n->kid[k], below + (int)k);
			t->slot -= 1;	/* in the same column */
			t->n[n->kid[k]].x = n->x;
		}
		return;
	}
	if (n->nkid == 0) {
		n->x = t->slot * (t->w + t->hgap) + t->w / 2;
		t->slot += 1;
		return;
	}
	for (k = 0; k < n->nkid; k++)
		place(t, n->kid[k], below);
	n->x = (t->n[n->kid[0]].x + t->n[n->kid[n->nkid - 1]].x) / 2;
staf:
	/* staf boxes beside the head's line: right, then left, ... */
	for (k = 0; k < n->nstaf; k++)
		t->n[n->staf[k]].x = n->x + (k % 2 == 0 ? 1 : -1) *
		    (t->w + t->hgap) * (0.5 + (double)(k / 2));
}

/* The NIP's size: the text's, a little smaller, never below 8 pt
 * unless the text is. */
static double
nip_size(double size)
{
	double s = size * 0.85;

	return s >= MIN_SIZE ? s : size < MIN_SIZE ? size : MIN_SIZE;
}

/* The NIP line as printed (caller frees). */
static char *
nip_line(const struct naskah_post *ps)
{
	return xasprintf("NIP. %s", ps->nip.s);
}

/* The NIP's number alone, without the word before it (caller frees). */
static char *
nip_number(const struct naskah_post *ps)
{
	return xstrdup(ps->nip.s);
}

/*
 * The lines of box i's text, centred in its width, from y (it NULL:
 * measure only); returns their height.  The NIP is one line, "NIP." and
 * its number, or when that is wider than the box two: "NIP." over the
 * number, which is never broken.
 */
static double
box_text(struct chart *t, size_t i, double x, double y, struct vitem *it)
{
	struct lctx *c = t->c;
	const struct naskah_post *ps = &t->ch->post[i];
	const struct naskah_text *tx[4] = { &ps->jabatan, &ps->nama, &ps->nip,
	    &ps->nip };
	double yy = y, inner = 2 * t->n[i].hw - 2 * t->pad;
	int split = 0;
	size_t k, j;

	for (k = 0; k < 4; k++) {
		struct para p;
		struct lines ls = { NULL, 0, 0 };
		char *s;

		if (tx[k]->s == NULL || *tx[k]->s == '\0' || (k == 3 && !split))
			continue;
		s = k < 2 ? xstrdup(tx[k]->s) : k == 3 ? nip_number(ps) :
		    nip_line(ps);
		para_build(c, &p, s, tx[k], k == 0 ? FACE_BOLD : FACE_REGULAR,
		    k >= 2 ? nip_size(t->size) : t->size);
		if (k == 2 && para_natural(&p) > inner + 0.01) {
			/* "NIP." alone, the number on the next line */
			para_free(&p);
			free(s);
			s = xstrdup("NIP.");
			para_build(c, &p, s, tx[k], FACE_REGULAR,
			    nip_size(t->size));
			split = 1;
		}
		para_break(c, &p, k >= 2 ? 1e6 : inner, ALIGN_CENTER, &ls);
		for (j = 0; j < ls.n; j++) {
			if (it != NULL)
				para_emit(c, &p, &ls.v[j], x + t->pad, inner,
				    ALIGN_CENTER, yy + baseline_off(c, p.size,
				    SPACING), it);
			yy += line_height(c, p.size, SPACING);
		}
		free(ls.v);
		para_free(&p);
		free(s);
	}
	return yy - y;
}

/* The widest unbreakable unit of box i at size: a word of its jabatan
 * or nama, or its NIP's number (with full: the whole NIP line). */
static double
unit_width(struct chart *t, size_t i, int full)
{
	const struct naskah_post *ps = &t->ch->post[i];
	const struct naskah_text *tx[2] = { &ps->jabatan, &ps->nama };
	double m = 0, w;
	size_t k, j;

	for (k = 0; k < 2; k++) {
		struct para p;

		if (tx[k]->s == NULL)
			continue;
		para_build(t->c, &p, tx[k]->s, tx[k], k == 0 ? FACE_BOLD :
		    FACE_REGULAR, t->size);
		/* a word: the boxes between two spaces */
		for (j = 0, w = 0; j <= p.nit; j++)
			if (j < p.nit && p.it[j].kind == ITEM_BOX)
				w += p.it[j].w;
			else if (j == p.nit || p.it[j].kind == ITEM_GLUE) {
				if (w > m)
					m = w;
				w = 0;
			}
		para_free(&p);
	}
	if (ps->nip.s != NULL && *ps->nip.s != '\0') {
		struct para p;
		char *s = full ? nip_line(ps) : nip_number(ps);

		para_build(t->c, &p, s, &ps->nip, FACE_REGULAR,
		    nip_size(t->size));
		if ((w = para_natural(&p)) > m)
			m = w;
		para_free(&p);
		free(s);
	}
	return m;
}

/* A node's place, for sorting by row, then by x. */
struct okey {
	int	row;
	double	x;
	size_t	i;
};

static int
okey_cmp(const void *a, const void *b)
{
	const struct okey *p = a, *q = b;

	if (p->row != q->row)
		return p->row < q->row ? -1 : 1;
	return p->x < q->x ? -1 : p->x > q->x ? 1 : 0;
}

/* Leftmost and rightmost x anything of the chart reaches: boxes, and
 * the line down a stacked column's left side. */
static void
extent(struct chart *t, double *lo, double *hi)
{
	size_t i, k;

	*lo = 1e12;
	*hi = -1e12;
	for (i = 0; i < t->ch->npost; i++) {
		struct cnode *n = &t->n[i];
		double l = n->x - n->hw;

		if (n->cols > 0) {
			for (k = 0; k < n->nkid; k++)
				if (t->n[n->kid[k]].x - t->n[n->kid[k]].hw < l)
					l = t->n[n->kid[k]].x -
					    t->n[n->kid[k]].hw;
			l -= t->hgap / 2;
		}
		if (l < *lo)
			*lo = l;
		if (n->x + n->hw > *hi)
			*hi = n->x + n->hw;
	}
}

/* No two boxes of a row closer than the gap, no staf box over its
 * head's line. */
static int
rows_clear(struct chart *t)
{
	size_t i, k, np = t->ch->npost;
	struct okey *o;
	int ok = 1;

	for (i = 0; i < np; i++)
		for (k = 0; k < t->n[i].nstaf; k++) {
			struct cnode *s = &t->n[t->n[i].staf[k]];
			double d = s->x > t->n[i].x ? s->x - t->n[i].x :
			    t->n[i].x - s->x;

			if (d < s->hw + t->hgap / 2 - 0.01)
				return 0;
		}
	o = xcalloc(np, sizeof(*o));
	for (i = 0; i < np; i++)
		o[i] = (struct okey){ t->n[i].row, t->n[i].x, i };
	qsort(o, np, sizeof(*o), okey_cmp);
	for (i = 1; i < np && ok; i++)
		if (o[i].row == o[i - 1].row && o[i].x - o[i - 1].x <
		    t->n[o[i].i].hw + t->n[o[i - 1].i].hw + t->hgap - 0.01)
			ok = 0;
	free(o);
	return ok;
}

/* A staf box wider than a column moves out from its head's line, so
 * that the line passes beside it. */
static void
staf_widen(struct chart *t)
{
	size_t i, k;

	for (i = 0; i < t->ch->npost; i++)
		for (k = 0; k < t->n[i].nstaf; k++) {
			struct cnode *s = &t->n[t->n[i].staf[k]];
			double half = (t->w + t->hgap) / 2, off;

			if (s->hw + t->hgap / 2 > half)
				half = s->hw + t->hgap / 2;
			off = (t->w + t->hgap) * (double)(k / 2) + half;
			s->x = t->n[i].x + (k % 2 == 0 ? off : -off);
		}
}

/* The boxes' common height, the rows' gap and the lowest row; returns
 * the chart's height. */
static double
chart_height(struct chart *t, size_t sp)
{
	double h = 0, bh;
	size_t i;

	t->rows = 0;
	for (i = 0; i < t->ch->npost; i++) {
		if ((bh = box_text(t, i, 0, 0, NULL)) > h)
			h = bh;
		if (t->n[i].row > t->rows)
			t->rows = t->n[i].row;
	}
	t->h = h + 2 * t->pad;
	t->vgap = t->h * spacing[sp].vgap;
	return (t->rows + 1) * t->h + t->rows * t->vgap + 2 * LW;
}

/* The units of a position in stacked columns all as wide as the
 * widest of them, so that a column's line keeps clear of the next. */
static void
wrap_even(struct chart *t)
{
	size_t i, k;
	double hw;

	for (i = 0; i < t->ch->npost; i++) {
		struct cnode *n = &t->n[i];

		if (n->cols < 2)
			continue;
		for (k = 0, hw = 0; k < n->nkid; k++)
			if (t->n[n->kid[k]].hw > hw)
				hw = t->n[n->kid[k]].hw;
		for (k = 0; k < n->nkid; k++)
			t->n[n->kid[k]].hw = hw;
	}
}

/*
 * Lay the chart out in width x height points at text size `size` with
 * spacing sp: the columns share the width (at most MAX_BOX each), a box
 * is as wide as its widest word or NIP needs.  Returns 1 when it fits:
 * no two boxes of a row overlap and nothing passes the width or the
 * height; t->tall is 1 when only the height failed.
 */
static int
chart_try(struct chart *t, double width, double height, double size,
    size_t sp)
{
	const struct naskah_chart *ch = t->ch;
	double lo, hi, span, need;
	size_t i;
	int round, full;

	t->size = size;
	t->tall = 0;
	t->pad = spacing[sp].pad;
	/* the span in columns: place at unit pitch */
	t->w = 0;
	t->hgap = 1;
	t->slot = 0;
	place(t, ch->root, 0);
	for (i = 0, lo = 1e12, hi = -1e12; i < ch->npost; i++) {
		if (t->n[i].x < lo)
			lo = t->n[i].x;
		if (t->n[i].x > hi)
			hi = t->n[i].x;
	}
	span = hi - lo;
	t->hgap = spacing[sp].hgap;
	t->w = (width - span * t->hgap) / (span + 1);
	if (t->w > MAX_BOX)
		t->w = MAX_BOX;
	for (round = 0; round < 3; round++) {
		if (t->w <= 2 * t->pad)
			return 0;
		t->slot = 0;
		place(t, ch->root, 0);
		/* boxes wide enough for "NIP. number" on one line if there
		 * is room, else for the number alone */
		for (full = 1; full >= 0; full--) {
			for (i = 0; i < ch->npost; i++) {
				need = unit_width(t, i, full) + 2 * t->pad;
				t->n[i].hw = (need > t->w ? need : t->w) / 2;
			}
			wrap_even(t);
			staf_widen(t);
			if (!rows_clear(t))
				continue;
			extent(t, &lo, &hi);
			if (hi - lo <= width + 0.01) {
				t->tall = chart_height(t, sp) > height + 0.01;
				return !t->tall;
			}
		}
		if (!rows_clear(t))
			return 0;
		t->w -= (hi - lo - width) / (span + 1) + 0.01;
	}
	return 0;
}

/*
 * Find the largest size that fits at the first spacing that can; 0
 * when none down to MIN_SIZE does.  With wrap, when none does side by
 * side, the largest size with the most columns of leaf units that fit
 * (at most as many as MIN_BOX columns fill the width, so that the
 * search stays linear in the chart's size).
 */
static int
chart_plan(struct chart *t, double width, double height, double size,
    int wrap)
{
	size_t sp, i, most = 0;
	double s, rows, pitch = line_height(t->c, MIN_SIZE, SPACING) +
	    2 * spacing[NSPACING - 1].pad;
	int m, cap;

	/* the rows of one-line boxes a page holds; a chart deeper than
	 * that fits no way (and place's recursion stays that shallow) */
	rows = (height + pitch * spacing[NSPACING - 1].vgap) / (pitch *
	    (1 + spacing[NSPACING - 1].vgap));
	if ((double)t->depth > rows + 0.01)
		return 0;
	if (size < MIN_SIZE)
		size = MIN_SIZE;
	t->wrap = 0;
	for (sp = 0; sp < NSPACING; sp++)
		for (s = size; s >= MIN_SIZE - 0.01; s -= 0.5)
			if (chart_try(t, width, height, s, sp))
				return 1;
	if (!wrap)
		return 0;
	for (i = 0; i < t->ch->npost; i++)
		if (t->n[i].leafkids && t->n[i].nkid > most)
			most = t->n[i].nkid;
	cap = (int)((width + spacing[NSPACING - 1].hgap) /
	    (MIN_BOX + spacing[NSPACING - 1].hgap));
	if ((size_t)cap > most)
		cap = (int)most;
	/* more rows than a page holds: no try can fit */
	if (cap < 1 || (double)((most + (size_t)cap - 1) / (size_t)cap) + 1 >
	    rows + 0.01)
		return 0;
	for (s = size; s >= MIN_SIZE - 0.01; s -= 0.5)
		for (sp = 0; sp < NSPACING; sp++)
			for (m = cap; m >= 1; m--) {
				t->wrap = m;
				if (chart_try(t, width, height, s, sp))
					return 1;
				if (t->tall)	/* fewer columns: taller */
					break;
			}
	t->wrap = 0;
	return 0;
}

/*
 * t->depth: the rows of the chart's deepest post as place puts them with
 * no unit stacked (a unit a row under its head, under its head's staf
 * when it has any), walked breadth first, without recursion.
 */
static void
chart_depth(struct chart *t)
{
	size_t *queue, *row, head = 0, tail = 0, i, k;
	const struct cnode *n;

	t->depth = 0;
	if (t->ch->npost == 0)
		return;
	queue = xcalloc(t->ch->npost, sizeof(*queue));
	row = xcalloc(t->ch->npost, sizeof(*row));
	queue[tail++] = t->ch->root;
	t->depth = 1;
	while (head < tail) {
		i = queue[head++];
		n = &t->n[i];
		if (n->nstaf > 0 && row[i] + 2 > t->depth)
			t->depth = row[i] + 2;
		for (k = 0; k < n->nkid && tail < t->ch->npost; k++) {
			row[n->kid[k]] = row[i] + 1 + (n->nstaf > 0);
			if (row[n->kid[k]] + 1 > t->depth)
				t->depth = row[n->kid[k]] + 1;
			queue[tail++] = n->kid[k];
		}
	}
	free(queue);
	free(row);
}

/* The tree of the chart's positions into t (chart_free frees it). */
static void
chart_init(struct chart *t, struct lctx *c, const struct naskah_chart *ch)
{
	size_t i;

	memset(t, 0, sizeof(*t));
	t->c = c;
	t->ch = ch;
	t->n = xcalloc(ch->npost, sizeof(*t->n));
	for (i = 0; i < ch->npost; i++) {
		size_t p = ch->post[i].parent;

		if (p == (size_t)-1)
			continue;
		if (ch->post[i].staf)
			VEC_PUSH(t->n[p].staf, t->n[p].nstaf, t->n[p].capstaf, i);
		else
			VEC_PUSH(t->n[p].kid, t->n[p].nkid, t->n[p].capkid, i);
	}
	chart_depth(t);
	/* a position whose units have no units or staf of their own */
	for (i = 0; i < ch->npost; i++)
		t->n[i].leafkids = 1;
	for (i = 0; i < ch->npost; i++) {
		size_t p = ch->post[i].parent;

		if (p != (size_t)-1 && !ch->post[i].staf &&
		    (t->n[i].nkid > 0 || t->n[i].nstaf > 0))
			t->n[p].leafkids = 0;
	}
}

static void
chart_free(struct chart *t)
{
	size_t i;

	for (i = 0; i < t->ch->npost; i++) {
		free(t->n[i].kid);
		free(t->n[i].staf);
	}
	free(t->n);
}

int
chart_fits(struct lctx *c, const struct naskah_chart *ch, double size)
{
	struct chart t;
	int ok;

	chart_init(&t, c, ch);
	ok = chart_plan(&t, c->width, c->bottom - c->top, size, 0);
	chart_free(&t);
	return ok;
}

/* The lines from box i down to its units and across to its staf. */
static void
connectors(struct chart *t, size_t i, double dx, struct vitem *it)
{
	const double lw = LW;
	const struct naskah_chart *ch = t->ch;
	struct cnode *n = &t->n[i];
	double xc = n->x + dx, yb = lw + n->row * (t->h + t->vgap) + t->h;
	int below = n->row + 1 + (n->nstaf > 0);
	double ytop = lw + below * (t->h + t->vgap), bar = ytop - t->vgap / 2;
	size_t k;

	if (n->cols >= 2) {
		/* a bar over the columns, a line down each column's left
		 * side, a tick to each unit */
		double l0 = 0, l1 = 0;
		size_t j0;

		for (j0 = 0; j0 < n->nkid; ) {
			struct cnode *u = &t->n[n->kid[j0]];
			double lx = u->x + dx - u->hw - t->hgap / 2, ky = 0;

			if (j0 == 0)
				l0 = lx;
			l1 = lx;
			for (k = j0; k < n->nkid && t->n[n->kid[k]].x == u->x;
			    k++) {
				ky = lw + t->n[n->kid[k]].row * (t->h +
				    t->vgap) + t->h / 2;
				vi_rule(it, lx, ky, lx + t->hgap / 2, ky, lw);
			}
			vi_rule(it, lx, bar, lx, ky, lw);
			j0 = k;
		}
		vi_rule(it, xc, yb, xc, bar, lw);
		vi_rule(it, l0 < xc ? l0 : xc, bar, l1 > xc ? l1 : xc, bar, lw);
	} else if (n->nkid > 0 && ch->post[i].tegak) {
		/* a line down the column's left side, a tick to each unit */
		double lx = xc - n->hw, last;

		for (k = 0; k < n->nkid; k++)
			if (t->n[n->kid[k]].x + dx - t->n[n->kid[k]].hw < lx)
				lx = t->n[n->kid[k]].x + dx - t->n[n->kid[k]].hw;
		lx -= t->hgap / 2;
		last = lw + t->n[n->kid[n->nkid - 1]].row * (t->h + t->vgap) +
		    t->h / 2;
		vi_rule(it, xc, yb, xc, yb + t->vgap / 2, lw);
		vi_rule(it, lx, yb + t->vgap / 2, xc, yb + t->vgap / 2, lw);
		vi_rule(it, lx, yb + t->vgap / 2, lx, last, lw);
		for (k = 0; k < n->nkid; k++) {
			struct cnode *u = &t->n[n->kid[k]];
			double ky = lw + u->row * (t->h + t->vgap) + t->h / 2;

			vi_rule(it, lx, ky, u->x + dx - u->hw, ky, lw);
		}
	} else if (n->nkid > 0) {
		double a = t->n[n->kid[0]].x + dx;
		double b = t->n[n->kid[n->nkid - 1]].x + dx;

		vi_rule(it, xc, yb, xc, bar, lw);
		vi_rule(it, a < xc ? a : xc, bar, b > xc ? b : xc, bar, lw);
		for (k = 0; k < n->nkid; k++) {
			double kx = t->n[n->kid[k]].x + dx;

			vi_rule(it, kx, bar, kx, ytop, lw);
		}
	}
	for (k = 0; k < n->nstaf; k++) {
		struct cnode *s = &t->n[n->staf[k]];
		double sy = lw + s->row * (t->h + t->vgap) + t->h / 2;
		double sx = s->x + dx, edge = sx < xc ? sx + s->hw :
		    sx - s->hw;

		/* the head's line goes on down past the staf row; a
		 * branch to it */
		if (n->nkid == 0)
			vi_rule(it, xc, yb, xc, sy, lw);
		vi_rule(it, xc, sy, edge, sy, lw);
	}
}

void
chart_layout(struct lctx *c, const struct naskah_chart *ch, double size)
{
	struct chart t;
	struct vitem *it;
	size_t i;
	double lo, hi, dx, height = c->bottom - c->top;

	chart_init(&t, c, ch);
	if (!chart_plan(&t, c->width, height, size, 1)) {
		naskah_diag(c->d, SEV_ERROR, ch->post[ch->root].pos,
		    MSG_CHART_BIG);
		chart_free(&t);
		return;
	}
	/* centred on the text area */
	extent(&t, &lo, &hi);
	dx = c->left + (c->width - (hi - lo)) / 2 - lo;
	it = vl_add(c, VI_BLOCK, (t.rows + 1) * t.h + t.rows * t.vgap +
	    2 * LW);
	it->keep = KEEP_BLOCK;
	for (i = 0; i < ch->npost; i++) {
		struct cnode *n = &t.n[i];
		double x0 = n->x + dx - n->hw, x1 = n->x + dx + n->hw;
		double y0 = LW + n->row * (t.h + t.vgap), th;

		vi_rule(it, x0, y0, x1, y0, LW);
		vi_rule(it, x0, y0 + t.h, x1, y0 + t.h, LW);
		vi_rule(it, x0, y0, x0, y0 + t.h, LW);
		vi_rule(it, x1, y0, x1, y0 + t.h, LW);
		th = box_text(&t, i, x0, 0, NULL);
		box_text(&t, i, x0, y0 + (t.h - th) / 2, it);
		connectors(&t, i, dx, it);
	}
	chart_free(&t);
}
