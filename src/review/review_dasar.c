/* SPDX-License-Identifier: ISC */
/*
 * review_dasar.c - the legal bases (Mengingat): the order of the hierarchy of
 * regulations and by year and number within a level, citations well
 * formed, a regulation cited twice, amendment chains.
 */
#include "review/review.h"

void
review_dasar_hukum(struct review *rv, const struct naskah_decree *doc)
{
	(void)rv;
	(void)doc;
}
