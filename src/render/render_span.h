/* SPDX-License-Identifier: ISC */
/*
 * render_span.h - the words of a page broken at a line's end, for the
 * text a PDF reader extracts.  Knows the layout's boxes, not libharu.
 */
#ifndef NASKAH_RENDER_SPAN_H
#define NASKAH_RENDER_SPAN_H

#include <stddef.h>

#include "layout/layout.h"

/*
 * A word broken over two lines, for text extraction: the text boxes
 * [first, last] of its first part read as the whole word, those of its
 * second part as nothing (whole NULL), so that pdftotext and copying
 * never join a part with a word of the neighbouring table cell
 * ("kualiIndeks").
 */
struct span {
	size_t		 first, last;
	char		*whole;		/* owned; NULL: reads as nothing */
};

struct spans {
	struct span	*v;
	size_t		 n, cap;
};

/* The words of page pg broken at a line's end (an added hyphen, or
 * one of their own), each as two spans, in the order of the boxes,
 * appended to sp (the caller frees each whole and sp->v). */
void	spans_broken_words(const struct naskah_page *pg, struct spans *sp);

#endif
