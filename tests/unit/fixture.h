/* SPDX-License-Identifier: ISC */
/*
 * fixture.h - a small valid decree in YAML, and a way to load it
 * with one line changed, for loader and layout tests.
 */
#ifndef NASKAH_FIXTURE_H
#define NASKAH_FIXTURE_H

#include <assert.h>
#include <string.h>

#include "load/load.h"
#include "model/model.h"
#include "base/xalloc.h"

static const char fixture_yaml[] =
    "naskah: 1\n"
    "jenis: keputusan\n"
    "kop:\n"
    "  pemerintah: PEMERINTAH KABUPATEN CONTOH\n"
    "  instansi: KECAMATAN CONTOH\n"
    "  alamat: Jl. Contoh No. 1\n"
    "keputusan:\n"
    "  judul: KEPUTUSAN CAMAT CONTOH\n"
    "  nomor: \"\"\n"
    "  tahun: 2024\n"
    "  tentang: PENETAPAN INDIKATOR KINERJA UTAMA\n"
    "  pejabat: CAMAT CONTOH,\n"
    "menimbang:\n"
    "  - bahwa satu dua tiga;\n"
    "  - bahwa empat lima enam.\n"
    "mengingat:\n"
    "  - Undang-Undang Nomor 1 Tahun 2000;\n"
    "  - label: 2a.\n"
    "    teks: Peraturan Pemerintah Nomor 2 Tahun 2001.\n"
    "diktum:\n"
    "  - Menetapkan Indikator Kinerja Utama.\n"
    "  - Keputusan ini mulai berlaku pada tanggal ditetapkan.\n"
    "penetapan:\n"
    "  tempat: Contoh\n"
    "  tanggal: 2024-01-05\n"
    "penandatangan:\n"
    "  jabatan: CAMAT CONTOH,\n"
    "  nama: NAMA CAMAT\n"
    "  nip: 19730305 200803 2 001\n";

/* A decree of a test with the YAML it was read from, which the model's
 * texts point into: kept until fixture_decree_free. */
struct fixture_kept {
	const struct naskah_decree	*doc;
	struct ydoc			*y;
	struct naskah_yfiles		 files;
};

#define FIXTURE_KEPT	16

static inline struct fixture_kept *
fixture_kept(void)
{
	static struct fixture_kept kept[FIXTURE_KEPT];

	return kept;
}

/* naskah_decree_load of y, which passes to the fixture (freed with
 * the decree, or now when the load fails). */
static inline struct naskah_decree *
fixture_decree_load(struct ydoc *y, const char *path, struct naskah_diag *d)
{
	struct naskah_decree *doc;
	struct fixture_kept *kept = fixture_kept(), k;
	size_t i;

	memset(&k, 0, sizeof(k));
	k.y = y;
	doc = naskah_decree_load(y, path, &k.files, d);
	if (doc == NULL) {
		naskah_yfiles_free(&k.files);
		ydoc_free(y);
		return NULL;
	}
	k.doc = doc;
	for (i = 0; i < FIXTURE_KEPT && kept[i].doc != NULL; i++)
		;
	assert(i < FIXTURE_KEPT);
	kept[i] = k;
	return doc;
}

static inline void
fixture_decree_free(struct naskah_decree *doc)
{
	struct fixture_kept *kept = fixture_kept();
	size_t i;

	if (doc == NULL)
		return;
	for (i = 0; i < FIXTURE_KEPT && kept[i].doc != doc; i++)
		;
	naskah_decree_free(doc);
	if (i < FIXTURE_KEPT) {
		naskah_yfiles_free(&kept[i].files);
		ydoc_free(kept[i].y);
		memset(&kept[i], 0, sizeof(kept[i]));
	}
}

/* The fixture with extra YAML appended; caller frees. */
static inline char *
fixture_with(const char *extra)
{
	return xasprintf("%s%s", fixture_yaml, extra);
}

#endif
