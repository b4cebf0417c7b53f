/* SPDX-License-Identifier: ISC */
/*
 * text.c - texts of the model.
 */
#include "model/model.h"

const struct naskah_text *
naskah_texts_find(const struct naskah_texts *ts, const char *s)
{
	size_t i;

	for (i = 0; i < ts->n; i++)
		if (ts->v[i].s == s)
			return &ts->v[i];
	return NULL;
}
