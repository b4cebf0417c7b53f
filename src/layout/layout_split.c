/* SPDX-License-Identifier: ISC */
/*
 * layout_split.c - a block taller than a page (a table row), cut into
 * pages.
 *
 * The first time a block is measured for a cut, its boxes are indexed
 * once by their top.  Each cut then moves the boxes above it into a new
 * item (the head, set on the page) and leaves the rest where they are,
 * marked by how far down the block the rest now starts.  So a cut costs
 * what its page holds, and a row of 100 000 lines over 1 500 pages is
 * cut in linear time, where moving the rest at each page was quadratic.
 * The boxes keep their order: each page gets them in the order the
 * block was built, as a single cut of the whole block would.
 */
#include <stdlib.h>
#include <string.h>

#include "layout/layout_int.h"
#include "base/xalloc.h"

/* What a box of a block being cut is (vsplit.st). */
enum vstate {
	VS_ORDER = 0,		/* live, reached through the order */
	VS_GONE,		/* moved to an earlier page's piece */
	VS_SPAN,		/* a rule a cut ran across, live in span */
	VS__MAX
};

struct vsplit {
	size_t		 item;		/* the index of the block in the list */
	size_t		*order;		/* box indices by top, then index */
	size_t		 n;		/* entries in order */
	size_t		 pos;		/* order[pos..n): not yet cut */
	unsigned char	*st;		/* enum vstate of each box */
	size_t		 nst;		/* room in st */
	size_t		*span;		/* the VS_SPAN rules */
	size_t		 nspan, capspan;
	double		 yoff;		/* the rest's top, in the boxes' y */
	double		 x0, x1, lw;	/* the rules' extent, a rule's width */
};

/* One box of a head, and where it stood in the block. */
struct hbox {
	size_t		  k;
	struct naskah_box b;
};

/* Top and bottom of a box's ink, for finding clean cuts. */
static double
box_top(const struct naskah_box *b)
{
	return b->kind == BOX_TEXT ? b->y - 0.8 * b->size : b->y;
}

static double
box_bottom(const struct naskah_box *b)
{
	return b->kind == BOX_TEXT ? b->y + 0.25 * b->size : b->y2;
}

/* A box of the block for the one sort by top (then index) of a build:
 * qsort gives the comparator no context, so each entry carries the
 * boxes. */
struct sortctx {
	const struct naskah_box *box;
	size_t		 k;
};

static int
top_cmp(const void *a, const void *b)
{
	const struct sortctx *x = a, *y = b;
	double tx = box_top(&x->box[x->k]), ty = box_top(&y->box[y->k]);

	if (tx != ty)
		return tx < ty ? -1 : 1;
	return x->k < y->k ? -1 : x->k > y->k;
}

static int
index_cmp(const void *a, const void *b)
{
	const struct hbox *x = a, *y = b;

	return x->k < y->k ? -1 : x->k > y->k;
}

/* The cut state of item i of vl, made on first use (a block cut before
 * and not yet placed whole is made plain first). */
static struct vsplit *
split_get(struct vlist *vl, size_t i)
{
	struct vitem *it = &vl->v[i];
	struct vsplit *s;
	struct sortctx *t;
	size_t k;

	if (vl->cut != NULL && vl->cut->item == i)
		return vl->cut;
	vl_settle_any(vl);
	s = xcalloc(1, sizeof(*s));
	s->item = i;
	s->x0 = 1e9;
	s->x1 = -1e9;
	t = xmalloc((it->nbox + 1) * sizeof(*t));
	for (k = 0; k < it->nbox; k++) {
		t[k].box = it->box;
		t[k].k = k;
		if (it->box[k].kind == BOX_RULE) {
			if (it->box[k].x < s->x0)
				s->x0 = it->box[k].x;
			if (it->box[k].x2 > s->x1)
				s->x1 = it->box[k].x2;
			s->lw = it->box[k].size;
		}
	}
	qsort(t, it->nbox, sizeof(*t), top_cmp);
	s->order = xmalloc((it->nbox + 1) * sizeof(*s->order));
	for (k = 0; k < it->nbox; k++)
		s->order[k] = t[k].k;
	free(t);
	s->n = it->nbox;
	s->nst = it->cap > it->nbox ? it->cap : it->nbox + 1;
	s->st = xcalloc(s->nst, 1);
	vl->cut = s;
	return s;
}

double
vl_clean_cut(struct vlist *vl, size_t i, double limit)
{
	struct vsplit *s = split_get(vl, i);
	const struct vitem *it = &vl->v[i];
	double best = 0, cut, lim = s->yoff + limit, *top, *bot;
	size_t j, k, n = 0, m = 0, lo, hi, *cand;

	/* what starts above the limit, in order of top: the ink merged
	 * into disjoint stretches (touching ones stay two), and the cuts
	 * to try, one below each box */
	for (j = s->pos; j < s->n; j++) {
		k = s->order[j];
		if (s->st[k] != VS_ORDER || it->box[k].kind == BOX_RULE)
			continue;
		if (box_top(&it->box[k]) >= lim)
			break;
		n++;
	}
	top = xmalloc((n + 1) * sizeof(*top));
	bot = xmalloc((n + 1) * sizeof(*bot));
	cand = xmalloc((n + 1) * sizeof(*cand));
	for (j = s->pos, n = 0; j < s->n; j++) {
		k = s->order[j];
		if (s->st[k] != VS_ORDER || it->box[k].kind == BOX_RULE)
			continue;
		if (box_top(&it->box[k]) >= lim)
			break;
		cand[n++] = k;
		if (m > 0 && box_top(&it->box[k]) < bot[m - 1]) {
			if (box_bottom(&it->box[k]) > bot[m - 1])
				bot[m - 1] = box_bottom(&it->box[k]);
		} else {
			top[m] = box_top(&it->box[k]);
			bot[m++] = box_bottom(&it->box[k]);
		}
	}
	for (j = 0; j < n; j++) {
		cut = box_bottom(&it->box[cand[j]]) + 0.5;
		if (cut - s->yoff > limit || cut - s->yoff <= best)
			continue;
		/* the last stretch starting above the cut must end by it */
		for (lo = 0, hi = m; lo < hi;) {
			size_t mid = lo + (hi - lo) / 2;

			if (top[mid] < cut)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo == 0 || bot[lo - 1] <= cut)
			best = cut - s->yoff;
	}
	free(top);
	free(bot);
	free(cand);
	return best;
}

/* Box k, a rule, is live in span from now. */
static void
span_add(struct vsplit *s, size_t k)
{
	s->st[k] = VS_SPAN;
	VEC_PUSH(s->span, s->nspan, s->capspan, k);
}

/* Appends b to it's boxes as a rule kept in span. */
static void
split_push_span(struct vitem *it, struct vsplit *s, struct naskah_box b)
{
	VEC_PUSH(it->box, it->nbox, it->cap, b);
	if (s->nst < it->cap) {
		s->st = xrealloc(s->st, it->cap);
		memset(s->st + s->nst, 0, it->cap - s->nst);
		s->nst = it->cap;
	}
	span_add(s, it->nbox - 1);
}

/*
 * Rule k at the cut y (in the boxes' y): one across it leaves its part
 * above in the head and goes on below it (in span from now); one that
 * starts by the cut goes to the head whole.  Returns 1 when the rule
 * stays (crossing, or below the cut).
 */
static int
cut_rule(struct vitem *it, struct vsplit *s, size_t k, double y,
    struct hbox **h, size_t *nh, size_t *caph)
{
	struct hbox e = { k, it->box[k] };

	if (it->box[k].y < y && it->box[k].y2 > y) {
		e.b.y2 = y;
		VEC_PUSH(*h, *nh, *caph, e);
		it->box[k].y = y;
		if (s->st[k] != VS_SPAN)
			span_add(s, k);
		return 1;
	}
	if (it->box[k].y > y + 0.01)
		return 1;
	VEC_PUSH(*h, *nh, *caph, e);
	s->st[k] = VS_GONE;
	return 0;
}

/* Moves into *h what of it lies above y (in the boxes' y). */
static void
cut_collect(struct vitem *it, struct vsplit *s, double y, struct hbox **h,
    size_t *nh, size_t *caph)
{
	size_t i, j, k, keep = 0;

	for (i = 0; i < s->nspan; i++)
		if (cut_rule(it, s, s->span[i], y, h, nh, caph))
			s->span[keep++] = s->span[i];
	s->nspan = keep;
	for (; s->pos < s->n; s->pos++) {
		k = s->order[s->pos];
		if (s->st[k] != VS_ORDER)
			continue;
		if (it->box[k].kind == BOX_RULE) {
			if (it->box[k].y > y + 0.01)
				break;
			cut_rule(it, s, k, y, h, nh, caph);
			continue;
		}
		if (box_top(&it->box[k]) >= y - 0.01)
			break;
		VEC_PUSH(*h, *nh, *caph, ((struct hbox){ k, it->box[k] }));
		s->st[k] = VS_GONE;
	}
	/* past the first box that stays, rules that start by the cut
	 * still go up with the head */
	for (j = s->pos; j < s->n; j++) {
		k = s->order[j];
		if (box_top(&it->box[k]) > y + 0.01)
			break;
		if (s->st[k] == VS_ORDER && it->box[k].kind == BOX_RULE)
			cut_rule(it, s, k, y, h, nh, caph);
	}
}

void
vl_split(struct vlist *vl, size_t i, double cut, struct vitem *head)
{
	struct vsplit *s = split_get(vl, i);
	struct vitem *it = &vl->v[i];
	struct hbox *h = NULL;
	size_t nh = 0, caph = 0, k;
	double y = s->yoff + cut;

	cut_collect(it, s, y, &h, &nh, &caph);
	/* the head keeps the block's order */
	qsort(h, nh, sizeof(*h), index_cmp);
	*head = *it;
	head->box = xmalloc((nh + 1) * sizeof(*head->box));
	head->cap = nh + 1;
	head->nbox = 0;
	for (k = 0; k < nh; k++) {
		h[k].b.y -= s->yoff;
		h[k].b.y2 -= s->yoff;
		head->box[head->nbox++] = h[k].b;
	}
	free(h);
	head->h = cut;
	head->keep = KEEP_NO;
	it->h -= cut;
	/* both pieces closed by a rule across the rules' width */
	if (s->x1 > s->x0) {
		vi_rule(head, s->x0, cut, s->x1, cut, s->lw);
		split_push_span(it, s, box_make(BOX_RULE, s->x0, y, s->x1, y,
		    s->lw));
	}
	s->yoff = y;
}

void
vl_settle(struct vlist *vl, size_t i)
{
	struct vsplit *s = vl->cut;
	struct vitem *it;
	size_t k, n = 0;

	if (s == NULL || s->item != i)
		return;
	it = &vl->v[i];
	for (k = 0; k < it->nbox; k++)
		if (s->st[k] != VS_GONE) {
			it->box[n] = it->box[k];
			it->box[n].y -= s->yoff;
			it->box[n++].y2 -= s->yoff;
		}
	it->nbox = n;
	free(s->order);
	free(s->st);
	free(s->span);
	free(s);
	vl->cut = NULL;
}

void
vl_settle_any(struct vlist *vl)
{
	if (vl->cut != NULL)
		vl_settle(vl, vl->cut->item);
}

const struct naskah_box *
vl_scan(const struct vlist *vl, size_t i, size_t *cur, double from,
    double upto)
{
	const struct vsplit *s = vl->cut;
	const struct vitem *it = &vl->v[i];
	size_t k;

	if (s == NULL || s->item != i)
		return *cur < it->nbox ? &it->box[(*cur)++] : NULL;
	if (*cur < s->pos)
		*cur = s->pos;
	for (; *cur < s->n; ++*cur) {
		k = s->order[*cur];
		if (s->st[k] != VS_ORDER || it->box[k].kind == BOX_RULE)
			continue;
		if (box_top(&it->box[k]) > upto)
			return NULL;
		if (box_top(&it->box[k]) - s->yoff >= from - 0.01) {
			++*cur;
			return &it->box[k];
		}
	}
	return NULL;
}
