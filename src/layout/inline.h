/* SPDX-License-Identifier: ISC */
/*
 * inline.h - the inline markup of naskah texts: *italic*, **bold**,
 * ***bold italic***, and \* \\ for literal characters.
 *
 * An asterisk opens emphasis only when followed by a non-space and
 * closes it only when preceded by a non-space; other asterisks are
 * literal.  An opened mark that is never closed is an error.
 */
#ifndef NASKAH_INLINE_H
#define NASKAH_INLINE_H

#include <stddef.h>

#include "model/model.h"

/* A stretch of text in one face. */
struct naskah_run {
	enum naskah_face face;
	char		*text;		/* owned by the run list */
	size_t		 len;
	size_t		 src;		/* byte offset in the source text */
};

struct naskah_runs {
	struct naskah_run *v;
	size_t		   n;
	size_t		   cap;
};

/*
 * Parse s into runs, starting from face base (emphasis adds to it).
 * Returns 1, or 0 with *bad set to the byte offset of an unclosed mark
 * and *mark to its text ("*", "**" or "***").  Runs are appended to out
 * either way; release them with naskah_runs_free.
 */
int	naskah_inline_parse(const char *s, enum naskah_face base,
	    struct naskah_runs *out, size_t *bad, const char **mark);
void	naskah_runs_free(struct naskah_runs *r);

#endif
