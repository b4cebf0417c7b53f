/* SPDX-License-Identifier: ISC */
/*
 * hyph.h - the hyphenation interface between layout and libhyphen.
 *
 * Layout asks a naskah_hyph where a word may break; the real one wraps
 * libhyphen with the Indonesian patterns (hyph.c), tests use their own.
 */
#ifndef NASKAH_HYPH_H
#define NASKAH_HYPH_H

#include <stddef.h>

struct naskah_hyph {
	const void	*ctx;
	/*
	 * Mark the break points of word (UTF-8, n bytes, letters only, as
	 * written): brk[i] = 1 when a hyphen may follow the character
	 * ending at byte i.  brk has n entries and is zeroed by the caller.
	 */
	void		(*points)(const void *ctx, const char *word, size_t n,
			    char *brk);
};

struct naskah_hyphdict;

/*
 * Load a libhyphen pattern file (ISO-8859-1), keeping only the patterns
 * that can match some word of text[0..ntext): the result is the same
 * as with every pattern, and loading takes a fraction of the time.
 * With ntext 0 every pattern is loaded.  A pattern given twice is kept
 * once.  NULL (errno set) on failure.
 */
struct naskah_hyphdict *naskah_hyphdict_load(const char *path,
		    const char *const *text, size_t ntext);
void	naskah_hyphdict_free(struct naskah_hyphdict *h);
/* Fill h from dict (h->ctx points at dict, which must outlive h). */
void	naskah_hyphdict_iface(const struct naskah_hyphdict *dict,
	    struct naskah_hyph *h);

#endif
