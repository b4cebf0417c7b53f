/* SPDX-License-Identifier: ISC */
/*
 * review_run.c - a whole review: every family over a document.
 */
#include "review/review.h"

void
review_decree(struct review *rv, const struct naskah_decree *doc)
{
	review_struktur(rv, doc);
	review_bentuk(rv, doc);
	review_dasar_hukum(rv, doc);
	review_acuan(rv, doc);		/* struktur's helper: references */
	review_penandatangan(rv, doc);
	review_angka(rv, doc);
	review_iku(rv, doc);
}
