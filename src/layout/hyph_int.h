/* SPDX-License-Identifier: ISC */
/*
 * hyph_int.h - what hyph.c (libhyphen's parser) and hyphbin.c (the
 * compiled form) share.
 */
#ifndef NASKAH_HYPH_INT_H
#define NASKAH_HYPH_INT_H

#include <hyphen.h>

/*
 * A loaded set of patterns.  Parsed: dict is libhyphen's, freed with
 * hnj_hyphen_free, mem NULL.  Compiled: dict (dictlen bytes) holds the
 * levels and their states, whose strings and transitions point into
 * mem (memlen bytes), the file as read; both are mapped pages, freed by
 * hyphbin_free, never given to hnj_hyphen_free.  Either way libhyphen
 * only reads dict.
 */
struct naskah_hyphdict {
	HyphenDict	*dict;
	size_t		 dictlen;
	void		*mem;
	size_t		 memlen;
};

/* Unmap the compiled h's dict and mem (not h). */
void	hyphbin_free(struct naskah_hyphdict *h);

#endif
