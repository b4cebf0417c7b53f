/* SPDX-License-Identifier: ISC */
/*
 * text.h - a piece of text of the model with where it was written.
 */
#ifndef NASKAH_TEXT_H
#define NASKAH_TEXT_H

#include <stddef.h>

#include "base/diag.h"
#include "base/span.h"

/* A piece of text from the input (inline markup not yet parsed). */
struct naskah_text {
	const char		*s;	/* NULL when absent */
	struct naskah_span	 span;	/* where it was written: span.at,
					 * line 0 when generated */
};

struct naskah_texts {
	struct naskah_text	*v;
	size_t			 n;
	size_t			 cap;
};

/* Source position of byte off of a text's value (the start of the
 * text when off is past its end or the text was generated). */
static inline struct naskah_pos
naskah_text_pos(const struct naskah_text *t, size_t off)
{
	return naskah_span_pos(&t->span, off);
}

/* The text of ts whose value is s itself (the same pointer, not an
 * equal string), or NULL. */
const struct naskah_text *naskah_texts_find(const struct naskah_texts *ts,
		    const char *s);

#endif
