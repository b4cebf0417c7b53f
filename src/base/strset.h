/* SPDX-License-Identifier: ISC */
/*
 * strset.h - a set of strings, each with a number, kept as a crit-bit
 * tree (D. J. Bernstein's; A. Langley's notes): adding or finding a
 * string of n bytes costs O(n), whatever strings the set holds.  A hash
 * table costs as much only on average: strings chosen to collide (YAML
 * keys crafted for FNV-1a's low bits) made it quadratic.
 */
#ifndef NASKAH_STRSET_H
#define NASKAH_STRSET_H

#include <stddef.h>

struct strset_inner;
struct strset_leaf;

/* Zero-initialise.  It keeps pointers to the strings added, which
 * must outlive it (or its strset_free). */
struct strset {
	struct strset_inner	*inner;
	size_t			 ninner, capinner;
	struct strset_leaf	*leaf;
	size_t			 nleaf, capleaf;
	size_t			 root;	/* a node's reference; 0: empty */
};

/*
 * Add key, a NUL-terminated string, with the number val.  Returns 1, or
 * 0 when s holds key already: *was is then the number it was added with
 * and s is unchanged.
 */
int	strset_add(struct strset *s, const char *key, size_t val,
	    size_t *was);

/* Forget every string; s is empty and may be used again.  NULL is
 * fine. */
void	strset_free(struct strset *s);

#endif
