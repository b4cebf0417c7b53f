/* SPDX-License-Identifier: ISC */
/*
 * columns.h - a template's column list and a document's choice among
 * the columns (the types in model/columns.h) read from YAML.
 */
#ifndef NASKAH_LOAD_COLUMNS_H
#define NASKAH_LOAD_COLUMNS_H

#include "model/columns.h"
#include "load/schema.h"

/*
 * The list of columns n ([{isi, judul, lebar, rata, tahun}], and
 * kelompok with COLS_KELOMPOK in ph) into *out; each isi must be in
 * `allowed` (ISI_BIT set), a judul may hold only the placeholders of
 * `ph` (PH_ bits), a kelompok none.  Returns 0 after reporting
 * errors under path; *out is to be freed with naskah_colspecs_free
 * either way.
 */
int	naskah_colspecs_load(struct schema *s, const struct ynode *n,
	    const char *path, unsigned allowed, unsigned ph,
	    struct naskah_colspecs *out);

/* kolom: n into *out, each name in `allowed`.  Returns 0 after
 * reporting errors; free with naskah_colsel_free either way. */
int	naskah_colsel_load(struct schema *s, const struct ynode *n,
	    const char *path, unsigned allowed, struct naskah_colsel *out);

#endif
