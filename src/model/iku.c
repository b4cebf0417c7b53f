/* SPDX-License-Identifier: ISC */
/*
 * iku.c - what the layout asks of an IKU row: its figure of a year, its
 * target, the text of a column.
 */
#include <stdlib.h>
#include <string.h>

#include "model/capaian.h"
#include "model/iku.h"

const struct naskah_text *
naskah_iku_year(const struct naskah_yearly *v, size_t n, int year)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (v[i].year == year)
			return &v[i].v;
	return NULL;
}

const struct naskah_text *
naskah_iku_target(const struct naskah_iku *r, int year)
{
	if (year != 0 && r->ntargets > 0)
		return naskah_iku_year(r->targets, r->ntargets, year);
	return r->target.s != NULL ? &r->target : NULL;
}

void
naskah_iku_free(struct naskah_iku *r)
{
	if (r == NULL)
		return;
	free(r->path);
	free(r->targets);
	free(r->realisasi);
}

int
naskah_iku_text(const struct naskah_iku *r, enum naskah_isi isi,
    struct naskah_text *out)
{
	switch (isi) {
	case ISI_SASARAN:
		*out = r->sasaran;
		return 1;
	case ISI_INDIKATOR:
		*out = r->indikator;
		return 1;
	case ISI_SATUAN:
		*out = r->satuan;
		return 1;
	case ISI_SUMBER_DATA:
		*out = r->sumber_data;
		return 1;
	case ISI_PENANGGUNG_JAWAB:
		*out = r->penanggung_jawab;
		return 1;
	case ISI_ALASAN:
		*out = r->alasan;
		return 1;
	case ISI_PENJELASAN:
		*out = r->penjelasan;
		return 1;
	case ISI_ARAH:
		out->s = naskah_arah_names[r->arah];
		memset(&out->span, 0, sizeof(out->span));
		return 1;
	default:
		return 0;
	}
}
