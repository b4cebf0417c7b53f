/* SPDX-License-Identifier: ISC */
/*
 * columns.c - the contents a table's columns may print, and a
 * document's choice among a template's columns (columns.h).
 */
#include <stdlib.h>
#include <string.h>

#include "model/columns.h"
#include "base/xalloc.h"

const char *const naskah_isi_names[ISI__MAX] = {
	[ISI_NOMOR] = "nomor",
	[ISI_SASARAN] = "sasaran",
	[ISI_INDIKATOR] = "indikator",
	[ISI_FORMULASI] = "formulasi",
	[ISI_SATUAN] = "satuan",
	[ISI_ARAH] = "arah",
	[ISI_SUMBER_DATA] = "sumber_data",
	[ISI_PENANGGUNG_JAWAB] = "penanggung_jawab",
	[ISI_TARGET] = "target",
	[ISI_TARGET_AKHIR] = "target_akhir",
	[ISI_REALISASI] = "realisasi",
	[ISI_CAPAIAN] = "capaian",
	[ISI_PREDIKAT] = "predikat",
	[ISI_PROGRAM] = "program",
	[ISI_PAGU] = "pagu",
	[ISI_ANGGARAN] = "anggaran",
	[ISI_PERSEN] = "persen",
	[ISI_ALASAN] = "alasan",
	[ISI_PENJELASAN] = "penjelasan",
};

const char *const naskah_ltable_names[LTABLE__MAX] = {
	[LTABLE_PENGUKURAN] = "pengukuran_kinerja",
	[LTABLE_PERBANDINGAN] = "perbandingan_kinerja",
	[LTABLE_RENSTRA] = "perbandingan_renstra",
	[LTABLE_ANGGARAN] = "realisasi_anggaran",
	[LTABLE_PK_IKU] = "perjanjian_kinerja",
	[LTABLE_PK_PROGRAM] = "perjanjian_program",
};

/* What an IKU row gives every table that lists rows. */
#define ROW_BITS (ISI_BIT(ISI_NOMOR) | ISI_BIT(ISI_SASARAN) | \
	ISI_BIT(ISI_INDIKATOR) | ISI_BIT(ISI_FORMULASI) | \
	ISI_BIT(ISI_SATUAN) | ISI_BIT(ISI_ARAH) | ISI_BIT(ISI_SUMBER_DATA) | \
	ISI_BIT(ISI_PENANGGUNG_JAWAB))

const unsigned naskah_ltable_allowed[LTABLE__MAX] = {
	[LTABLE_PENGUKURAN] = ROW_BITS | ISI_BIT(ISI_TARGET) |
	    ISI_BIT(ISI_REALISASI) | ISI_BIT(ISI_CAPAIAN) |
	    ISI_BIT(ISI_PREDIKAT),
	[LTABLE_PERBANDINGAN] = ROW_BITS | ISI_BIT(ISI_REALISASI) |
	    ISI_BIT(ISI_CAPAIAN),
	[LTABLE_RENSTRA] = ROW_BITS | ISI_BIT(ISI_TARGET) |
	    ISI_BIT(ISI_TARGET_AKHIR) | ISI_BIT(ISI_REALISASI) |
	    ISI_BIT(ISI_CAPAIAN) | ISI_BIT(ISI_PREDIKAT),
	[LTABLE_ANGGARAN] = ISI_BIT(ISI_NOMOR) | ISI_BIT(ISI_PROGRAM) |
	    ISI_BIT(ISI_PAGU) | ISI_BIT(ISI_REALISASI) | ISI_BIT(ISI_PERSEN),
	[LTABLE_PK_IKU] = ROW_BITS | ISI_BIT(ISI_TARGET),
	[LTABLE_PK_PROGRAM] = ISI_BIT(ISI_NOMOR) | ISI_BIT(ISI_PROGRAM) |
	    ISI_BIT(ISI_ANGGARAN),
};

const unsigned naskah_ltable_placeholders[LTABLE__MAX] = {
	[LTABLE_PENGUKURAN] = PH_TAHUN,
	[LTABLE_PERBANDINGAN] = PH_TAHUN,
	[LTABLE_RENSTRA] = PH_TAHUN | PH_TAHUN_AKHIR,
	[LTABLE_ANGGARAN] = 0,
	[LTABLE_PK_IKU] = PH_TAHUN,
	[LTABLE_PK_PROGRAM] = PH_TAHUN,
};

size_t
naskah_colspecs_select(const struct naskah_colsel *sel,
    const struct naskah_colspecs *all, struct naskah_colspecs *out)
{
	size_t i, k;

	memset(out, 0, sizeof(*out));
	/* room for every column once per name, even if a content were
	 * named twice (naskah_colsel_load does not let it) */
	out->v = xcalloc(all->n * (sel->n + 1) + 1, sizeof(*out->v));
	if (sel->n == 0) {
		memcpy(out->v, all->v, all->n * sizeof(*out->v));
		out->n = all->n;
		return (size_t)-1;
	}
	for (i = 0; i < sel->n; i++) {
		/* every column of that content (a target of two years is
		 * two columns) */
		size_t found = 0;

		for (k = 0; k < all->n; k++)
			if (all->v[k].isi == sel->v[i]) {
				out->v[out->n++] = all->v[k];
				found++;
			}
		if (found == 0) {
			out->n = 0;
			return i;
		}
	}
	return (size_t)-1;
}

void
naskah_colspecs_free(struct naskah_colspecs *c)
{
	if (c == NULL)
		return;
	free(c->v);
	memset(c, 0, sizeof(*c));
}

void
naskah_colsel_free(struct naskah_colsel *c)
{
	if (c == NULL)
		return;
	free(c->v);
	free(c->pos);
	memset(c, 0, sizeof(*c));
}
