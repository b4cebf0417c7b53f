/* SPDX-License-Identifier: ISC */
/*
 * layout_kern.c - text drawn where it was measured.  text_width counts
 * the kerning between glyphs; a text box is drawn with its glyphs'
 * advances alone.  So a text is set as boxes split where kerning moves
 * a glyph: no box has kerning inside, each starts where text_width put
 * its first glyph, and the reader's positions are the layout's.
 */
#include <stdlib.h>
#include <string.h>

#include "layout/layout_int.h"
#include "base/utf8.h"
#include "base/xalloc.h"

/* Width of a piece of glyphs whose advances sum to sum font units (no
 * kerning inside it), scaled by 1 + ex, with tc points of letter
 * spacing after each: text_width's figure, computed as it computes it. */
static double
piece_width(long sum, double size, double tc, double ex, const char *s,
    size_t len)
{
	double w = sum * size / 1000.0 * (1 + ex);

	if (tc != 0)
		w += tc * utf8_length(s, len);
	return w;
}

/* A box of kind from (x, y) to (x2, y2) at size, all else zero. */
struct naskah_box
box_make(enum naskah_box_kind kind, double x, double y, double x2,
    double y2, double size)
{
	struct naskah_box b;

	memset(&b, 0, sizeof(b));
	b.kind = kind;
	b.x = x;
	b.y = y;
	b.x2 = x2;
	b.y2 = y2;
	b.size = size;
	return b;
}

struct naskah_box *
text_box_add(struct naskah_box **box, size_t *n, size_t *cap, double x,
    double y, enum naskah_face f, double size, const char *s, size_t len,
    double w)
{
	struct naskah_box b = box_make(BOX_TEXT, x, y, x + w, y, size);

	b.face = f;
	b.text = xstrndup(s, len);
	VEC_PUSH(*box, *n, *cap, b);
	return &(*box)[*n - 1];
}

void
box_add_moved(struct naskah_box **box, size_t *n, size_t *cap,
    const struct naskah_box *src, size_t count, double dy)
{
	struct naskah_box b;
	size_t k;

	for (k = 0; k < count; k++) {
		b = src[k];
		b.y += dy;
		b.y2 += dy;
		b.text = b.text != NULL ? xstrdup(b.text) : NULL;
		VEC_PUSH(*box, *n, *cap, b);
	}
}

void
vitem_free(struct vitem *it)
{
	size_t k;

	for (k = 0; k < it->nbox; k++)
		free(it->box[k].text);
	free(it->box);
	it->box = NULL;
	it->nbox = it->cap = 0;
}

void
vi_rule(struct vitem *it, double x1, double y1, double x2, double y2,
    double lw)
{
	struct naskah_box b = box_make(BOX_RULE, x1, y1, x2, y2, lw);

	VEC_PUSH(it->box, it->nbox, it->cap, b);
}

static void
piece_put(struct naskah_box **box, size_t *n, size_t *cap, double x,
    double y, enum naskah_face f, double size, double tc, double ex,
    const char *s, size_t len, double w)
{
	struct naskah_box *b = text_box_add(box, n, cap, x, y, f, size, s,
	    len, w);

	b->tracking = tc;
	b->expand = ex;
}

double
text_put(struct lctx *c, struct naskah_box **box, size_t *n, size_t *cap,
    double x, double y, enum naskah_face f, double size, double tc,
    double ex, const char *s, size_t len)
{
	size_t i = 0, k, start = 0;
	uint32_t cp, prev = 0;
	int kn, gw;
	long sum = 0;
	double w;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		k = k ? k : 1;
		if (prev != 0 && (kn = text_kern(c, f, prev, cp)) != 0) {
			w = piece_width(sum, size, tc, ex, s + start,
			    i - start);
			piece_put(box, n, cap, x, y, f, size, tc, ex,
			    s + start, i - start, w);
			x += w + kn * size / 1000.0 * (1 + ex);
			start = i;
			sum = 0;
		}
		if ((gw = c->m->width(c->m->ctx, f, cp)) > 0)
			sum += gw;
		prev = cp;
		i += k;
	}
	w = piece_width(sum, size, tc, ex, s + start, len - start);
	piece_put(box, n, cap, x, y, f, size, tc, ex, s + start, len - start,
	    w);
	return x + w;
}

double
emit_kerned(struct lctx *c, struct vitem *it, double x, double y,
    enum naskah_face f, double size, double tc, double ex, const char *s,
    size_t len)
{
	return text_put(c, &it->box, &it->nbox, &it->cap, x, y, f, size, tc,
	    ex, s, len);
}
