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
 * hnj_hyphen_free, mem NULL.  Compiled: mem (one allocation) holds the
 * file as read and after it dict, the levels and their states, whose
 * strings and transitions point into the file; never given to
 * hnj_hyphen_free.  Either way libhyphen only reads dict.
 */
struct naskah_hyphdict {
	HyphenDict	*dict;
	void		*mem;
};

#endif
