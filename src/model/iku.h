/* SPDX-License-Identifier: ISC */
/*
 * iku.h - what the layout asks of an IKU row (struct naskah_iku in
 * model.h); load/load_iku.h reads rows from YAML.
 */
#ifndef NASKAH_IKU_H
#define NASKAH_IKU_H

#include <stddef.h>

#include "model/columns.h"
#include "model/model.h"

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

/* The text an IKU row gives a column of content isi: its sasaran,
 * indikator, satuan, sumber_data, penanggung_jawab, alasan, penjelasan
 * (NULL when not given), or the name of its
 * arah (no source node); into *out, returning 1.  0 for a content that
 * is not one of those texts (nomor, formulasi, figures). */
int	naskah_iku_text(const struct naskah_iku *r, enum naskah_isi isi,
	    struct naskah_text *out);

#endif
