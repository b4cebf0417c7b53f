/* SPDX-License-Identifier: ISC */
/*
 * span.h - a value read from a source file with the bytes it was
 * written as, so that the line and column of any byte of the value can
 * be found after the file's parsed form is gone (a warning inside a
 * paragraph points at the word, also in block scalars, quoted scalars
 * with escapes and included files).
 */
#ifndef NASKAH_SPAN_H
#define NASKAH_SPAN_H

#include <stddef.h>

#include "base/diag.h"

struct naskah_span {
	struct naskah_pos  at;		/* where the value starts; line 0:
					 * not from a file */
	const char	  *val;		/* the value (escapes resolved,
					 * lines folded), or NULL */
	size_t		   vlen;
	const char	  *raw;		/* the value as written, or NULL */
	size_t		   rawlen;
	struct naskah_pos  rawat;	/* where raw starts (lines counted
					 * at \n, columns in characters) */
};

/*
 * The position of byte off of sp's value: the same occurrence of the
 * same character in the text as written, or sp->at when there is none
 * (the value is not written literally there, or off is past its end).
 */
struct naskah_pos naskah_span_pos(const struct naskah_span *sp, size_t off);

#endif
