/* SPDX-License-Identifier: ISC */
/*
 * load_iku.h - IKU rows from YAML, shared by every kind of document.
 */
#ifndef NASKAH_LOAD_IKU_H
#define NASKAH_LOAD_IKU_H

#include "model/model.h"
#include "load/schema.h"

/*
 * Row n (path names it in messages) into *r.  With target given by
 * year, r->target is that of `year`, an error when missing (year 0: no
 * year is needed).  Returns 0 after reporting errors; free the row with
 * naskah_iku_free either way.
 */
int	naskah_iku_load(struct schema *s, const struct ynode *n,
	    const char *path, int year, struct naskah_iku *r);

/* The figure of `year` in v, or NULL. */
const struct naskah_text *naskah_iku_year(const struct naskah_yearly *v,
	    size_t n, int year);

/* Row r's target of `year` when it gives targets by year (NULL when it
 * has none for that year); its one target when year is 0 or it gives
 * only one (NULL when it has none). */
const struct naskah_text *naskah_iku_target(const struct naskah_iku *r,
	    int year);

/* Free what a row owns (not the row); accepts NULL. */
void	naskah_iku_free(struct naskah_iku *r);

#endif
