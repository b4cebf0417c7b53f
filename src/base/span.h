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

/*
 * The same positions, for many offsets of one span: the first
 * SPANCUR_SCANS are found as naskah_span_pos finds them, the rest
 * through an index of the span's characters made then (in time linear
 * in the span, but for a sort, and about 12 bytes a character),
 * each in time logarithmic in the span.  So a text with thousands of
 * messages costs what it holds, not thousands of times that.  Start
 * with { sp, NULL, 0 }; naskah_spancur_done frees the index (a NULL
 * or finished cursor too).
 */
#define SPANCUR_SCANS	8
struct naskah_spanidx;
struct naskah_spancur {
	const struct naskah_span *sp;
	struct naskah_spanidx	 *idx;
	unsigned		  asked;
};
struct naskah_pos naskah_spancur_pos(struct naskah_spancur *cur, size_t off);
void	naskah_spancur_done(struct naskah_spancur *cur);

#endif
