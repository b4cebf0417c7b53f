/* SPDX-License-Identifier: ISC */
/*
 * review_angka.c - numbers and units: a unit both in a figure and in its Satuan column,
 * the spacing of %, the decimal comma, a figure outside a sane range.
 */
#include "review/review.h"

void
review_angka(struct review *rv, const struct naskah_decree *doc)
{
	(void)rv;
	(void)doc;
}
