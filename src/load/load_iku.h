/* SPDX-License-Identifier: ISC */
/*
 * load_iku.h - IKU rows from YAML, shared by every kind of document.
 */
#ifndef NASKAH_LOAD_IKU_H
#define NASKAH_LOAD_IKU_H

#include "model/iku.h"
#include "load/schema.h"

/*
 * Row n (path names it in messages, and r->path keeps it) into *r.
 * formulasi and target may be absent (the layout requires them where a
 * column prints them).  With target given by year, r->target is that of
 * `year`; with need_year, its absence is an error here (year 0: no year
 * is needed).  Returns 0 after reporting errors; free the row with
 * naskah_iku_free either way.
 */
int	naskah_iku_load(struct schema *s, const struct ynode *n,
	    const char *path, int year, int need_year, struct naskah_iku *r);

#endif
