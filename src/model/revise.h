/* SPDX-License-Identifier: ISC */
/*
 * revise.h - the words a revoking decree (mencabut) adds, from the
 * template.
 */
#ifndef NASKAH_REVISE_H
#define NASKAH_REVISE_H

#include "model/model.h"
#include "model/template.h"

/*
 * With doc->mencabut, put the template's kata.pencabutan, filled with
 * the revoked decree's judul, nomor, tanggal and tentang, as a diktum
 * before the last one; with doc->mengubah and no tentang of its own,
 * make the tentang from kata.perubahan.  The words are made at the
 * first call (later calls put the same words back) and owned by doc.
 */
void	naskah_revise(struct naskah_decree *doc, const struct naskah_tpl *t);
/*
 * Take out what naskah_revise put in, keeping its words (a layout made
 * while they were in may point at them): the decree is again as it was
 * loaded, for its dump and a diff.
 */
void	naskah_unrevise(struct naskah_decree *doc);

#endif
