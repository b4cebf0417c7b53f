/* SPDX-License-Identifier: ISC */
/*
 * review_iku.c - the IKU content: an indicator without a measurable formula or unit, a
 * sasaran without an indicator, an indicator repeated.
 */
#include "review/review.h"

void
review_iku(struct review *rv, const struct naskah_decree *doc)
{
	(void)rv;
	(void)doc;
}
