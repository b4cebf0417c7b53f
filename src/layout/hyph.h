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
#include <stdio.h>

struct naskah_hyph {
	void		*ctx;
	/*
	 * Mark the break points of word (UTF-8, n bytes, letters only, as
	 * written): brk[i] = 1 when a hyphen may follow the character
	 * ending at byte i.  brk has n entries and is zeroed by the caller.
	 */
	void		(*points)(void *ctx, const char *word, size_t n,
			    char *brk);
};

struct naskah_hyphdict;

/*
 * The patterns of the libhyphen file path (ISO-8859-1, ".dic"): from the
 * compiled file beside it (".hyb", made at build time by
 * naskah_hyphdict_write) when it is there and sound, else parsed from
 * path, with the same points either way.  A pattern given twice counts
 * once, the first.  NULL (errno set) on failure.
 */
struct naskah_hyphdict *naskah_hyphdict_load(const char *path);
/* The patterns of path parsed by libhyphen, never the compiled file. */
struct naskah_hyphdict *naskah_hyphdict_parse(const char *path);
/* The compiled patterns at path; NULL with errno set: EINVAL when the
 * file is damaged, or from another version or another kind of machine. */
struct naskah_hyphdict *naskah_hyphdict_read(const char *path);
/* h compiled, onto f: 0, or -1 with errno set (ENOTSUP for patterns
 * with replacements, which the compiled form does not keep). */
int	naskah_hyphdict_write(const struct naskah_hyphdict *h, FILE *f);
void	naskah_hyphdict_free(struct naskah_hyphdict *h);
/* Fill h from dict (h->ctx points at dict, which must outlive h). */
void	naskah_hyphdict_iface(struct naskah_hyphdict *dict,
	    struct naskah_hyph *h);

/*
 * A cache of the points of the words asked of in (whose ctx must
 * outlive it): a word asked again is answered from the cache, with the
 * same points.  Bounded by max_bytes: a word of n bytes takes 2n (the
 * word and its points; a longer word than max_bytes / 2 is never kept),
 * and when a new word would pass max_bytes the cache is emptied first;
 * its table takes 16 bytes a slot, fewer than four slots a word kept.
 */
struct naskah_hyphcache;

struct naskah_hyphcache *naskah_hyphcache_new(const struct naskah_hyph *in,
		    size_t max_bytes);
void	naskah_hyphcache_free(struct naskah_hyphcache *c);
/* Fill h from c (h->ctx points at c). */
void	naskah_hyphcache_iface(struct naskah_hyphcache *c,
	    struct naskah_hyph *h);

#endif
