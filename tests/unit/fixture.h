/* SPDX-License-Identifier: ISC */
/*
 * fixture.h - a small valid decree in YAML, and a way to load it
 * with one line changed, for loader and layout tests.
 */
#ifndef NASKAH_FIXTURE_H
#define NASKAH_FIXTURE_H

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

/* The fixture with extra YAML appended; caller frees. */
static inline char *
fixture_with(const char *extra)
{
	return xasprintf("%s%s", fixture_yaml, extra);
}

#endif
