/* SPDX-License-Identifier: ISC */
/*
 * render_span.c - which boxes of a page spell a word broken at a line's
 * end, so that text extraction reads it whole (see render_span.h).
 */
#include <stdlib.h>
#include <string.h>

#include "render/render_span.h"
#include "base/xalloc.h"

/* How many boxes after a line its paragraph's next line may come. */
#define NEXT_LINE_MAX	256

/* The pieces of line box l (text boxes after it, up to the next line
 * box) that spell its last word (last) or its first: their index range
 * in [*a, *b]; 0 if they do not spell it exactly. */
static int
word_boxes(const struct naskah_page *pg, size_t l, const char *w, size_t wl,
    int last, size_t *a, size_t *b)
{
	size_t e, i, got = 0;

	for (e = l + 1; e < pg->nbox && pg->box[e].kind != BOX_LINE; e++)
		;
	if (last) {
		for (i = e; i > l + 1 && got < wl; i--) {
			const struct naskah_box *x = &pg->box[i - 1];
			size_t n;

			if (x->kind != BOX_TEXT)
				continue;
			n = strlen(x->text);
			if (got == 0)
				*b = i - 1;
			if (n > wl - got || memcmp(w + wl - got - n, x->text,
			    n) != 0)
				return 0;
			got += n;
			*a = i - 1;
		}
	} else
		for (i = l + 1; i < e && got < wl; i++) {
			const struct naskah_box *x = &pg->box[i];
			size_t n;

			if (x->kind != BOX_TEXT)
				continue;
			n = strlen(x->text);
			if (got == 0)
				*a = i;
			if (n > wl - got || memcmp(w + got, x->text, n) != 0)
				return 0;
			got += n;
			*b = i;
		}
	return got == wl && wl > 0;
}

static int
span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	return x->first < y->first ? -1 : x->first > y->first;
}

void
spans_broken_words(const struct naskah_page *pg, struct spans *sp)
{
	size_t i, j, a1 = 0, b1 = 0, a2 = 0, b2 = 0, n1, n2;
	const char *t1, *t2, *w1, *e2;

	for (i = 0; i < pg->nbox; i++) {
		const struct naskah_box *l = &pg->box[i];
		struct span s;

		if (l->kind != BOX_LINE || l->text == NULL ||
		    (n1 = strlen(l->text)) == 0 || l->text[n1 - 1] != '-')
			continue;
		/* the paragraph's next line: the next line box just below
		 * it, across the same stretch (a label on its own line box
		 * may come between); looked for among the boxes soon after */
		for (j = i + 1; j < pg->nbox && j < i + NEXT_LINE_MAX; j++) {
			const struct naskah_box *m = &pg->box[j];

			if (m->kind == BOX_LINE && m->y > l->y + 0.01 &&
			    m->y <= l->y + 3 * l->size && m->x < l->x2 &&
			    m->x2 > l->x)
				break;
		}
		if (j >= pg->nbox || j >= i + NEXT_LINE_MAX)
			continue;
		t1 = l->text;
		t2 = pg->box[j].text;
		w1 = strrchr(t1, ' ') != NULL ? strrchr(t1, ' ') + 1 : t1;
		n1 = strlen(w1);
		if (n1 < 2)	/* a dash standing alone */
			continue;
		e2 = strchr(t2, ' ') != NULL ? strchr(t2, ' ') : t2 + strlen(t2);
		n2 = (size_t)(e2 - t2);
		/* a word over three lines is left as it is */
		if (*e2 == '\0' && n2 > 0 && t2[n2 - 1] == '-')
			continue;
		if (!word_boxes(pg, i, w1, n1, 1, &a1, &b1) ||
		    !word_boxes(pg, j, t2, n2, 0, &a2, &b2))
			continue;
		s.first = a1;
		s.last = b1;
		s.whole = xasprintf("%.*s%.*s", (int)(n1 - (l->hyphen != 0)),
		    w1, (int)n2, t2);
		VEC_PUSH(sp->v, sp->n, sp->cap, s);
		s.first = a2;
		s.last = b2;
		s.whole = NULL;
		VEC_PUSH(sp->v, sp->n, sp->cap, s);
	}
	if (sp->n > 1)
		qsort(sp->v, sp->n, sizeof(sp->v[0]), span_cmp);
}

