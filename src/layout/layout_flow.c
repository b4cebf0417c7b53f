/* SPDX-License-Identifier: ISC */
/*
 * layout_flow.c - what every document's layout is made of: the page
 * area, paragraphs set into a block or into the vertical list line by
 * line, labelled clauses, and paths of the files a document names.
 */
#include <stdlib.h>
#include <string.h>

#include "base/units.h"
#include "layout/layout_int.h"
#include "base/xalloc.h"

/*
 * Set s (inline markup allowed) into block item it from y on, within
 * [x, x+width); returns the new y.  src locates s for messages.
 */
double
block_para(struct lctx *c, struct vitem *it, const char *s,
    const struct naskah_text *src, enum naskah_face face, double size,
    double spacing, double x, double width, enum align a, double y)
{
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	size_t i;

	para_build(c, &p, s, src, face, size);
	para_break(c, &p, width, a, &ls);
	for (i = 0; i < ls.n; i++) {
		para_emit(c, &p, &ls.v[i], x, width, a,
		    y + baseline_off(c, size, spacing), it);
		y += line_height(c, size, spacing);
	}
	if (ls.n == 0)
		y += line_height(c, size, spacing);
	free(ls.v);
	para_free(&p);
	return y;
}

/*
 * Why no page break may follow line k of n (KEEP_NO if one may): at
 * least two lines of a paragraph on each side of a break (no orphans,
 * no widows), and no hyphen on the last line of a page.
 */
static enum keep_reason
keep_line(const struct line *ln, size_t k, size_t n)
{
	if (k + 1 < 2 && k + 1 < n)
		return KEEP_ORPHAN;
	if (n - (k + 1) < 2 && k + 1 < n)
		return KEEP_WIDOW;
	if (ln->hyphen)
		return KEEP_HYPHEN;
	return KEEP_NO;
}

/*
 * A hanging clause: labels drawn on its first line (each may be NULL),
 * text justified in [xt, right).  Each line becomes one list item.  The
 * first label wraps in its column, [lx[0], lx[1]) less 2 mm, when it is
 * wider (a diktum's ordinal past the column's cap, label_column), and
 * the clause has as many lines as it needs, kept together.
 */
void
flow_clause(struct lctx *c, const char *const label[3], const double lx[3],
    const char *s, const struct naskah_text *src, double xt,
    enum keep_reason keep_last)
{
	double size = c->tpl->ukuran_huruf, sp = c->tpl->spasi_baris;
	double lh = line_height(c, size, sp), bo = baseline_off(c, size, sp);
	double room = lx[1] - lx[0] - MM(2), lw = 1e6;
	struct para p, lp, l0;
	struct lines ls = { NULL, 0, 0 }, lls = { NULL, 0, 0 },
	    l0s = { NULL, 0, 0 };
	struct vitem *it;
	size_t i, j, n;
	int has0 = label[0] != NULL && *label[0] != '\0';

	para_build(c, &p, s, src, FACE_REGULAR, size);
	para_break(c, &p, c->right - xt, ALIGN_JUSTIFY, &ls);
	if (has0) {
		para_build(c, &l0, label[0], NULL, FACE_REGULAR, size);
		if (room > 0 && para_natural(&l0) > room)
			lw = room;
		para_break(c, &l0, lw, ALIGN_LEFT, &l0s);
	}
	n = ls.n > l0s.n ? ls.n : l0s.n;
	for (i = 0; i < n || i == 0; i++) {
		it = vl_add(c, VI_BLOCK, lh);
		it->keep = i < ls.n ? keep_line(&ls.v[i], i, ls.n) :
		    ls.n > 0 ? KEEP_NO : KEEP_HEADING;
		if (i + 1 < l0s.n && it->keep == KEEP_NO)
			it->keep = KEEP_BLOCK;	/* the label goes on */
		if (i + 1 >= n && keep_last)
			it->keep = keep_last;
		if (i < ls.n)
			para_emit(c, &p, &ls.v[i], xt, c->right - xt,
			    ALIGN_JUSTIFY, bo, it);
		if (i < l0s.n)
			para_emit(c, &l0, &l0s.v[i], lx[0], lw, ALIGN_LEFT,
			    bo, it);
		if (i != 0)
			continue;
		for (j = 1; j < 3; j++) {
			if (label[j] == NULL || *label[j] == '\0')
				continue;
			para_build(c, &lp, label[j], NULL, FACE_REGULAR, size);
			para_break(c, &lp, 1e6, ALIGN_LEFT, &lls);
			if (lls.n > 0)
				para_emit(c, &lp, &lls.v[0], lx[j], 1e6,
				    ALIGN_LEFT, bo, it);
			para_free(&lp);
		}
	}
	if (has0)
		para_free(&l0);
	free(ls.v);
	free(lls.v);
	free(l0s.v);
	para_free(&p);
}

void
flow_para(struct lctx *c, const char *s, const struct naskah_text *src,
    enum naskah_face base, double size, double x, double width,
    enum align a, enum keep_reason keep_all)
{
	double sp = c->tpl->spasi_baris;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	struct vitem *it;
	size_t i;

	para_build(c, &p, s, src, base, size);
	para_break(c, &p, width, a, &ls);
	for (i = 0; i < ls.n; i++) {
		it = vl_add(c, VI_BLOCK, line_height(c, size, sp));
		it->keep = keep_all ? keep_all : keep_line(&ls.v[i], i, ls.n);
		para_emit(c, &p, &ls.v[i], x, width, a,
		    baseline_off(c, size, sp), it);
	}
	free(ls.v);
	para_free(&p);
}

/* Path of a file named in the YAML, relative to the YAML's directory. */
char *
doc_path(const struct naskah_setup *su, const char *p)
{
	if (p[0] == '/' || strcmp(su->dir, ".") == 0)
		return xstrdup(p);
	return xasprintf("%s/%s", su->dir, p);
}

void
layout_page_area(struct lctx *c, const struct naskah_setup *su)
{
	c->setup = su;
	c->page_w = su->page_w;
	c->page_h = su->page_h;
	c->left = su->margin[0];
	c->right = su->page_w - su->margin[1];
	c->width = c->right - c->left;
	c->top = su->margin[2];
	c->bottom = su->page_h - su->margin[3];
}

void
layout_turn(struct lctx *c, int landscape)
{
	const struct naskah_setup *su = c->setup;

	if (!c->failed)
		vl_paginate(c);
	vl_free(&c->vl);
	layout_page_area(c, su);
	if (!landscape)
		return;
	/* as a book turns a page (book_turn_page): the binding margin
	 * (left) at the top */
	c->page_w = su->page_h;
	c->page_h = su->page_w;
	c->top = su->margin[0];
	c->bottom = c->page_h - su->margin[1];
	c->left = su->margin[2];
	c->right = c->page_w - su->margin[3];
	c->width = c->right - c->left;
}
