/*
 * layout_chart.c - an organisation chart (struktur organisasi) drawn
 * from its data: boxes for the positions, a tidy tree (every head
 * centred over its units, the units side by side in the order given),
 * staf positions on a row of their own beside their head's line, and
 * the text made smaller until the chart fits the width of the page.
 */
#include <stdlib.h>
#include <string.h>

#include "book.h"
#include "layout_int.h"
#include "xalloc.h"

#define MM(x)	((x) * 72.0 / 25.4)
#define MIN_SIZE	5.5	/* text is never set smaller */
#define MAX_BOX		MM(48)	/* nor boxes made wider */

struct cnode {
	size_t	*kid;		/* units below it, in input order */
	size_t	 nkid, capkid;
	size_t	*staf;		/* staf positions beside it */
	size_t	 nstaf, capstaf;
	double	 x;		/* centre */
	int	 row;		/* 0 the head's row */
};

struct chart {
	struct lctx		*c;
	const struct naskah_chart *ch;
	struct cnode		*n;
	double			 size, w, h, pad, hgap, vgap;
	double			 slot;	/* next free leaf position */
};

/* Place the subtree of i: leaves take the next slots, a head goes over
 * the middle of its units. */
static void
place(struct chart *t, size_t i, int row)
{
	struct cnode *n = &t->n[i];
	size_t k;
	int below = row + 1 + (n->nstaf > 0);

	n->row = row;
	for (k = 0; k < n->nstaf; k++)
		t->n[n->staf[k]].row = row + 1;
	if (t->ch->post[i].tegak && n->nkid > 0) {
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
	/* staf boxes beside the head's line: right, then left, ... */
	for (k = 0; k < n->nstaf; k++)
		t->n[n->staf[k]].x = n->x + (k % 2 == 0 ? 1 : -1) *
		    (t->w + t->hgap) * (0.5 + (double)(k / 2));
}

/* The lines of one box's text, set in width w at size; returns height. */
static double
box_text(struct chart *t, const struct naskah_post *ps, double x, double y,
    struct vitem *it)
{
	struct lctx *c = t->c;
	const struct naskah_text *tx[3] = { &ps->jabatan, &ps->nama, &ps->nip };
	double yy = y;
	size_t k, j;

	for (k = 0; k < 3; k++) {
		struct para p;
		struct lines ls = { NULL, 0, 0 };
		char *s;

		if (tx[k]->s == NULL || *tx[k]->s == '\0')
			continue;
		s = k == 2 ? xasprintf("NIP. %s", tx[k]->s) : xstrdup(tx[k]->s);
		para_build(c, &p, s, tx[k], k == 0 ? FACE_BOLD : FACE_REGULAR,
		    k == 2 ? t->size * 0.85 : t->size);
		para_break(c, &p, t->w - 2 * t->pad, ALIGN_CENTER, &ls);
		for (j = 0; j < ls.n; j++) {
			if (it != NULL)
				para_emit(c, &p, &ls.v[j], x + t->pad,
				    t->w - 2 * t->pad, ALIGN_CENTER,
				    yy + baseline_off(c, p.size, 1.15), it);
			yy += line_height(c, p.size, 1.15);
		}
		free(ls.v);
		para_free(&p);
		free(s);
	}
	return yy - y;
}

/* The widest single word of the chart at size s (it must fit a box). */
static double
widest_word(struct chart *t, double s)
{
	double m = 0, w;
	size_t i, k, j;

	for (i = 0; i < t->ch->npost; i++) {
		const struct naskah_text *tx[3] = { &t->ch->post[i].jabatan,
		    &t->ch->post[i].nama, &t->ch->post[i].nip };

		for (k = 0; k < 3; k++) {
			struct para p;

			if (tx[k]->s == NULL)
				continue;
			/* the NIP is set smaller, and is one word */
			para_build(t->c, &p, tx[k]->s, tx[k], k == 0 ?
			    FACE_BOLD : FACE_REGULAR, k == 2 ? s * 0.85 : s);
			for (j = 0; j < p.nit; j++)
				if (p.it[j].kind == ITEM_BOX &&
				    (w = p.it[j].w) > m)
					m = w;
			para_free(&p);
		}
	}
	return m;
}

static void
rule(struct vitem *it, double x1, double y1, double x2, double y2, double lw)
{
	vi_rule(it, x1, y1, x2, y2, lw);
}

void
chart_layout(struct lctx *c, const struct naskah_chart *ch, double size)
{
	struct chart t;
	struct vitem *it;
	size_t i, k, leaves = 0;
	double lw = 0.6, minx = 1e9, maxx = -1e9, dx, h = 0;
	int rows = 0;

	memset(&t, 0, sizeof(t));
	t.c = c;
	t.ch = ch;
	t.n = xcalloc(ch->npost, sizeof(*t.n));
	for (i = 0; i < ch->npost; i++) {
		size_t p = ch->post[i].parent;

		if (p == (size_t)-1)
			continue;
		if (ch->post[i].staf)
			VEC_PUSH(t.n[p].staf, t.n[p].nstaf, t.n[p].capstaf, i);
		else
			VEC_PUSH(t.n[p].kid, t.n[p].nkid, t.n[p].capkid, i);
	}
	for (i = 0; i < ch->npost; i++) {
		size_t p = ch->post[i].parent;

		if (ch->post[i].staf || (p != (size_t)-1 && ch->post[p].tegak))
			continue;	/* not a column of its own */
		if (t.n[i].nkid == 0 || ch->post[i].tegak)
			leaves++;
	}
	if (leaves == 0)	/* a head with only staff under it */
		leaves = 1;
	/* box width from the page, text size from the box */
	t.hgap = MM(3);
	t.w = (c->width - (double)(leaves - 1) * t.hgap) / (double)leaves;
	if (t.w > MAX_BOX)
		t.w = MAX_BOX;
	t.pad = MM(1.5);
	t.size = size;
	while (t.size > MIN_SIZE && widest_word(&t, t.size) > t.w - 2 * t.pad)
		t.size -= 0.5;
	for (i = 0; i < ch->npost; i++) {
		double bh = box_text(&t, &ch->post[i], 0, 0, NULL);

		if (bh > h)
			h = bh;
	}
	t.h = h + 2 * t.pad;
	t.vgap = t.h * 0.6;
	place(&t, ch->root, 0);
	for (i = 0; i < ch->npost; i++) {
		if (t.n[i].x - t.w / 2 < minx)
			minx = t.n[i].x - t.w / 2;
		if (t.n[i].x + t.w / 2 > maxx)
			maxx = t.n[i].x + t.w / 2;
		if (t.n[i].row > rows)
			rows = t.n[i].row;
	}
	/* centred on the text area */
	dx = c->left + (c->width - (maxx - minx)) / 2 - minx;
	it = vl_add(c, VI_BLOCK, (rows + 1) * t.h + rows * t.vgap + 2 * lw);
	it->keep = KEEP_BLOCK;
	for (i = 0; i < ch->npost; i++) {
		struct cnode *n = &t.n[i];
		double x0 = n->x + dx - t.w / 2, y0 = lw + n->row *
		    (t.h + t.vgap), th;

		rule(it, x0, y0, x0 + t.w, y0, lw);
		rule(it, x0, y0 + t.h, x0 + t.w, y0 + t.h, lw);
		rule(it, x0, y0, x0, y0 + t.h, lw);
		rule(it, x0 + t.w, y0, x0 + t.w, y0 + t.h, lw);
		th = box_text(&t, &ch->post[i], x0, 0, NULL);
		box_text(&t, &ch->post[i], x0, y0 + (t.h - th) / 2, it);
		/* lines down to the units: a bar over them, a drop to each */
		if (n->nkid > 0 || n->nstaf > 0) {
			double xc = n->x + dx, yb = y0 + t.h;
			int below = n->row + 1 + (n->nstaf > 0);
			double ytop = lw + below * (t.h + t.vgap);
			double bar = ytop - t.vgap / 2;

			if (n->nkid > 0 && ch->post[i].tegak) {
				/* a line down the column's left side, a tick to
				 * each unit */
				double lx = xc - t.w / 2 - t.hgap / 2;
				double last = lw + t.n[n->kid[n->nkid - 1]].row *
				    (t.h + t.vgap) + t.h / 2;

				rule(it, xc, yb, xc, yb + t.vgap / 2, lw);
				rule(it, lx, yb + t.vgap / 2, xc, yb + t.vgap / 2,
				    lw);
				rule(it, lx, yb + t.vgap / 2, lx, last, lw);
				for (k = 0; k < n->nkid; k++) {
					double ky = lw + t.n[n->kid[k]].row *
					    (t.h + t.vgap) + t.h / 2;

					rule(it, lx, ky, xc - t.w / 2, ky, lw);
				}
			} else if (n->nkid > 0) {
				double a = t.n[n->kid[0]].x + dx;
				double b = t.n[n->kid[n->nkid - 1]].x + dx;

				rule(it, xc, yb, xc, bar, lw);
				rule(it, a < xc ? a : xc, bar, b > xc ? b : xc,
				    bar, lw);
				for (k = 0; k < n->nkid; k++) {
					double kx = t.n[n->kid[k]].x + dx;

					rule(it, kx, bar, kx, ytop, lw);
				}
			}
			for (k = 0; k < n->nstaf; k++) {
				struct cnode *s = &t.n[n->staf[k]];
				double sy = lw + s->row * (t.h + t.vgap) + t.h / 2;
				double sx = s->x + dx, edge = sx < xc ?
				    sx + t.w / 2 : sx - t.w / 2;

				/* the head's line goes on down past the
				 * staf row; a dashed-free branch to it */
				if (n->nkid == 0)
					rule(it, xc, yb, xc, sy, lw);
				rule(it, xc, sy, edge, sy, lw);
			}
		}
	}
	for (i = 0; i < ch->npost; i++) {
		free(t.n[i].kid);
		free(t.n[i].staf);
	}
	free(t.n);
}
