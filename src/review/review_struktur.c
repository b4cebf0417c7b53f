/* SPDX-License-Identifier: ISC */
/*
 * review_struktur.c - the structure of the decree: the title and the line before Menimbang name
 * the signer's office, Menetapkan names the decree, the last diktum says
 * when it takes effect, a Lampiran named in a diktum exists and the
 * other way round, and references (huruf a, Diktum KESATU) point at
 * what exists.
 */
#include "review/review.h"

void
review_struktur(struct review *rv, const struct naskah_decree *doc)
{
	(void)rv;
	(void)doc;
}
