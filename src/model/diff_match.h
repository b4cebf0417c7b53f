/* SPDX-License-Identifier: ISC */
/*
 * diff_match.h - the matching naskah diff does on long lists, in time
 * O(N log N) and memory O(N) for N items: the clauses that are once in
 * each version (patience diff's anchors), and which IKU row of a
 * Lampiran's new version each old row is.  diff.c makes the list of
 * changes from them.
 */
#ifndef NASKAH_DIFF_MATCH_H
#define NASKAH_DIFF_MATCH_H

#include <stddef.h>

#include "model/model.h"

/*
 * The anchors of old clauses [i0, n) of a and new ones [j0, m) of b:
 * of the texts that are there once in each, the longest run in the
 * same order in both.  Their indexes go to ai (old) and bj (new), each
 * with room for n - i0, in order; returns how many.
 */
size_t	diff_anchors(const struct naskah_clauses *a, size_t i0, size_t n,
	    const struct naskah_clauses *b, size_t j0, size_t m, size_t *ai,
	    size_t *bj);
/* The formulasi of a row as one text, for comparing and printing;
 * caller frees. */
char	*diff_formula_text(const struct naskah_iku *r);
/*
 * Pair the IKU rows of a (old) with those of b (new): identical rows
 * first, then the likest pairs (indikator alike weighs 3, sasaran and
 * formulasi 2, target 1; 3 at least), for each likeness from 8 down
 * each old row in order with the first new row not yet taken.  ft
 * holds the old rows' diff_formula_text, then the new rows'.  Sets
 * pair[i] to old row i's new row + 1 (0: none) and taken[j] to 1 when
 * new row j is paired; both zeroed by the caller.
 */
void	diff_pair_rows(const struct naskah_lampiran *a,
	    const struct naskah_lampiran *b, char *const *ft, size_t *pair,
	    int *taken);

#endif
