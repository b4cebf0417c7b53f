/* SPDX-License-Identifier: ISC */
/*
 * test_review_dasar.c - the family dasar hukum (src/review/
 * review_dasar.c) and its citation parser (src/review/citation.c):
 * every Mengingat item of the examples and of tests/regress read, each
 * rule made to speak at the offending word and shown silent on correct
 * text (the Contoh Raya examples' Mengingat).
 */
#include "test.h"
#include "test_review.h"
#include "review/citation.h"

/* A Mengingat item as written in the YAML file from line l, column 5. */
struct item_src {
	int		 line;
	const char	*raw;
};

/* examples/pasar-manna-2024.yaml, as written */
static const struct item_src pasar_manna[] = {
	{ 42, "Undang-Undang Darurat Nomor 4 Tahun 1956 tentang Pembentukan Daerah Otonom\n"
	    "    Kabupaten-Kabupaten Dalam Lingkungan Daerah Propinsi Sumatera Selatan\n"
	    "    (Lembaran Negara Republik Indonesia Tahun 1956 Nomor 55, Tambahan Lembaran\n"
	    "    Negara Republik Indonesia Nomor 1091);" },
	{ 46, "Undang-Undang Nomor 9 Tahun 1967 tentang Pembentukan Propinsi Bengkulu\n"
	    "    (Lembaran Negara Republik Indonesia Tahun 1967 Nomor 19, Tambahan Lembaran\n"
	    "    Negara Republik Indonesia Nomor 2828);" },
	{ 49, "Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan\n"
	    "    Perundang-undangan (Lembaran Negara Republik Indonesia Tahun 2011 Nomor 82,\n"
	    "    Tambahan Lembaran Negara Republik Indonesia Nomor 5234);" },
	{ 52, "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran\n"
	    "    Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara\n"
	    "    Republik Indonesia Nomor 5587) sebagaimana telah beberapa kali diubah,\n"
	    "    terakhir dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua\n"
	    "    atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah\n"
	    "    (Lembaran Negara Republik Indonesia Tahun 2015 Nomor 58, Tambahan Lembaran\n"
	    "    Negara Republik Indonesia Nomor 5679);" },
	{ 59, "Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tahapan, Tata Cara\n"
	    "    Penyusunan, Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan\n"
	    "    Daerah, (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 21, Tambahan\n"
	    "    Lembaran Negara Republik Indonesia Nomor 4817);" },
	{ 63, "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah\n"
	    "    (Lembaran Negara Republik Indonesia Tahun 2016 Nomor 114, Tambahan Lembaran\n"
	    "    Negara Republik Indonesia Nomor 5887);" },
	{ 66, "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan\n"
	    "    Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42, Tambahan\n"
	    "    Lembaran Negara Republik Indonesia Nomor 6322);" },
	{ 69, "Peraturan Pemerintah Nomor 13 Tahun 2019 tentang Laporan dan Evaluasi\n"
	    "    Penyelenggaraan Pemerintahan Daerah (Lembaran Negara Republik Indonesia\n"
	    "    Tahun 2019 Nomor 52, Tambahan Lembaran Negara Republik Indonesia Nomor\n"
	    "    6323);" },
	{ 73, "Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan\n"
	    "    Produk Hukum Daerah (Berita Negara Republik Indonesia Tahun 2015 Nomor\n"
	    "    2036) sebagaimana telah diubah dengan Peraturan Menteri Dalam Negeri Nomor\n"
	    "    120 Tahun 2018 tentang Perubahan atas Peraturan Menteri Dalam Negeri Nomor\n"
	    "    80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah (Berita Negara\n"
	    "    Republik Indonesia Tahun 2018 Nomor 157);" },
	{ 79, "Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi\n"
	    "    Birokrasi Nomor PER/09/M.PAN/5/2007 tentang Pedoman Umum Penetapan\n"
	    "    Indikator Kinerja Utama di Lingkungan Instansi Pemerintah;" },
	{ 82, "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor\n"
	    "    PER/20/M.PAN/11/2008 tentang Pedoman Penyusunan Indikator Kinerja Utama;" },
	{ 84, "Peraturan Daerah Kabupaten Bengkulu Selatan Nomor 3 tahun 2016 tentang\n"
	    "    Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Kabupaten Bengkulu\n"
	    "    Selatan Tahun 2016–2024 (Lembaran Daerah Kabupaten Bengkulu Selatan Tahun\n"
	    "    2016 Nomor 03) sebagaimana telah diubah dengan Peraturan Daerah Kabupaten\n"
	    "    Bengkulu Selatan Nomor 03 Tahun 2017 tentang Perubahan Rencana Pembangunan\n"
	    "    Jangka Menengah Daerah Kabupaten Bengkulu Selatan Tahun 2021-2026\n"
	    "    (Lembaran Daerah Kabupaten Bengkulu Selatan Tahun 2017, Nomor 03);" },
	{ 91, "Peraturan Daerah Kabupaten Bengkulu Selatan Nomor 9 Tahun 2016 tentang\n"
	    "    Pembentukan dan Susunan Perangkat Daerah Kabupaten Bengkulu Selatan\n"
	    "    (Lembaran Daerah Kabupaten Bengkulu Selatan Tahun 2016 Nomor 9)." },
};

/* examples/keputusan-bupati-contoh-raya.yaml, as written */
static const struct item_src kepbup[] = {
	{ 51, "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan\n"
	    "    Pembangunan Nasional (Lembaran Negara Republik Indonesia Tahun 2004\n"
	    "    Nomor 104, Tambahan Lembaran Negara Republik Indonesia Nomor 4421);" },
	{ 54, "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah\n"
	    "    (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan\n"
	    "    Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah\n"
	    "    beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023\n"
	    "    tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2\n"
	    "    Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang (Lembaran Negara\n"
	    "    Republik Indonesia Tahun 2023 Nomor 41, Tambahan Lembaran Negara\n"
	    "    Republik Indonesia Nomor 6856);" },
	{ 62, "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas\n"
	    "    Kinerja Instansi Pemerintah (Lembaran Negara Republik Indonesia Tahun\n"
	    "    2014 Nomor 80);" },
	{ 65, "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor\n"
	    "    PER/09/M.PAN/5/2007 tentang Pedoman Umum Penetapan Indikator Kinerja\n"
	    "    Utama di Lingkungan Instansi Pemerintah;" },
	{ 68, "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi\n"
	    "    Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian\n"
	    "    Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja\n"
	    "    Instansi Pemerintah (Berita Negara Republik Indonesia Tahun 2014 Nomor\n"
	    "    1842);" },
};

/* examples/peraturan-bupati-contoh-raya-iku.yaml, as written */
static const struct item_src perbup[] = {
	{ 48, "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia\n"
	    "    Tahun 1945;" },
	{ 50, "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah\n"
	    "    (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan\n"
	    "    Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah\n"
	    "    beberapa kali diubah, terakhir dengan Undang-Undang Nomor 9 Tahun\n"
	    "    2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014\n"
	    "    tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun\n"
	    "    2015 Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor\n"
	    "    5679);" },
	{ 58, "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas\n"
	    "    Kinerja Instansi Pemerintah (Lembaran Negara Republik Indonesia Tahun\n"
	    "    2014 Nomor 80);" },
	{ 61, "Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang\n"
	    "    Pembentukan Produk Hukum Daerah (Berita Negara Republik Indonesia\n"
	    "    Tahun 2015 Nomor 2036) sebagaimana telah diubah dengan Peraturan\n"
	    "    Menteri Dalam Negeri Nomor 120 Tahun 2018 tentang Perubahan atas\n"
	    "    Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang\n"
	    "    Pembentukan Produk Hukum Daerah (Berita Negara Republik Indonesia\n"
	    "    Tahun 2018 Nomor 157);" },
	{ 68, "Peraturan Daerah Kabupaten Contoh Raya Nomor 4 Tahun 2021 tentang\n"
	    "    Rencana Pembangunan Jangka Menengah Daerah Kabupaten Contoh Raya\n"
	    "    Tahun 2021–2026 (Lembaran Daerah Kabupaten Contoh Raya Tahun 2021\n"
	    "    Nomor 4)." },
};

/* the Mengingat values of the YAML files in tests/regress (folded) */
static const char *const regress_items[] = {
	/* tests/regress/baris-nomor.yaml */
	"Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
	"Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan;",
	/* tests/regress/butir-tunggal.yaml */
	"Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
	/* tests/regress/custom-font.yaml */
	"Undang-Undang Nomor 23 Tahun 2014;",
	/* tests/regress/dasar.yaml */
	/* tests/regress/diktum-pasal.yaml */
	/* tests/regress/full-options.yaml */
	"Peraturan Menteri Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007;",
	/* tests/regress/gaya-huruf.yaml */
	/* tests/regress/hard-60-letters.yaml */
	"Undang-Undang Nomor 1 Tahun 2000;",
	/* tests/regress/hard-addresses.yaml */
	/* tests/regress/hard-identifiers.yaml */
	"Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/20/M.PAN/11/2008/PEDOMAN/PENYUSUNAN/INDIKATOR/KINERJA/UTAMA;",
	/* tests/regress/hard-long-mengingat.yaml */
	"Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 41, Tambahan Lembaran Negara Republik Indonesia Nomor 6856) juncto Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan (Lembaran Negara Republik Indonesia Tahun 2018 Nomor 73, Tambahan Lembaran Negara Republik Indonesia Nomor 6206);",
	/* tests/regress/hard-markup.yaml */
	/* tests/regress/hard-names.yaml */
	/* tests/regress/hard-one-word.yaml */
	"Pancasila;",
	/* tests/regress/hard-page-end.yaml */
	"Peraturan Pemerintah Nomor 1 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 2 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 3 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 4 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 5 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 6 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 7 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 8 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 9 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 10 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 11 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 13 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 14 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 15 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 16 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 17 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 18 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 19 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 20 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 21 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 22 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 23 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 24 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 25 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor 26 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	/* tests/regress/hard-paragraphs.yaml */
	"Undang-Undang Nomor 9 Tahun 1967 tentang Pembentukan Propinsi Bengkulu (Lembaran Negara Republik Indonesia Tahun 1967 Nomor 19, Tambahan Lembaran Negara Republik Indonesia Nomor 2828);",
	"Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2015 Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor 5679);",
	"Surat Sekretaris Daerah Nomor 050/123/B.PEM/2024 dan Nomor 900.1.3/456/SETDA/2024 tanggal 12.03.2024 atas nama NIP 19730305 200803 2 001 tentang pagu Rp 1.250.000.000,00 untuk Tahun Anggaran 2024 dalam Rencana Strategis 2021-2026 Nomor 03/RENSTRA-KEC/2021;",
	/* tests/regress/iku-indikator.yaml */
	/* tests/regress/include.yaml */
	/* tests/regress/keputusan-bupati.yaml */
	/* tests/regress/kolom-alasan.yaml */
	/* tests/regress/kolom-iku.yaml */
	/* tests/regress/kolom-target-tahun.yaml */
	/* tests/regress/kop-kata.yaml */
	/* tests/regress/kop-lengkap.yaml */
	/* tests/regress/lampiran-melintang.yaml */
	/* tests/regress/last-line.yaml */
	/* tests/regress/libharu-0x1033.yaml */
	"1 9 tenun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran N{n}ra Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan Pemerintah Nomor Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun Nomor",
	"Nomor 17 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor",
	"18 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Pemerintah Nomor Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Neg19 tentang Pengelolaan Keuangan Daerah (Lembaran NegaraRbpue lik Inaerah (Lembaran Negara Republik Indonesia Tahun 2283 Nomor 42);",
	"Peraturan 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	"Peraturan 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 No%or 42);",
	"Peraturan Pemerintah Nomor Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonor Tahun tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42);",
	/* tests/regress/long-table.yaml */
	/* tests/regress/long-token.yaml */
	/* tests/regress/mengubah.yaml */
	/* tests/regress/mixed-scripts.yaml */
	/* tests/regress/nomor-kosong-tengah.yaml */
	/* tests/regress/nomor-kosong.yaml */
	/* tests/regress/peraturan-walikota.yaml */
	"Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;",
	/* tests/regress/susun-mati.yaml */
	"Undang-Undang Darurat Nomor 4 Tahun 1956 tentang Pembentukan Daerah Otonom Kabupaten-Kabupaten Dalam Lingkungan Daerah Propinsi Sumatera Selatan (Lembaran Negara Republik Indonesia Tahun 1956 Nomor 55, Tambahan Lembaran Negara Republik Indonesia Nomor 1091);",
	"Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
	/* tests/regress/tanggal-lama.yaml */
	/* tests/regress/templat-batam.yaml */
	"Undang-Undang Nomor 53 Tahun 1999 tentang Pembentukan Kabupaten Pelalawan, Kabupaten Rokan Hulu, Kabupaten Rokan Hilir, Kabupaten Siak, Kabupaten Karimun, Kabupaten Natuna, Kabupaten Kuantan Singingi, dan Kota Batam;",
	/* tests/regress/templat-kulon-progo.yaml */
	/* tests/regress/templat-majalengka.yaml */
	/* tests/regress/templat-surabaya.yaml */
	"Peraturan Walikota Surabaya Nomor 68 Tahun 2011 tentang Tata Naskah Dinas di Lingkungan Pemerintah Kota Surabaya;",
	/* tests/regress/templat-ubah-daftar.yaml */
	/* tests/regress/templat-ubah.yaml */
	/* tests/regress/two-lampiran.yaml */
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* raw folded as YAML folds a plain scalar: a line break and the next
 * line's indentation become one space.  Caller frees. */
static char *
fold(const char *raw)
{
	char *v = strdup(raw), *o = v;
	const char *p;

	for (p = raw; *p != '\0'; p++) {
		if (*p == '\n') {
			*o++ = ' ';
			while (p[1] == ' ')
				p++;
		} else
			*o++ = *p;
	}
	*o = '\0';
	return v;
}

/* The text of src with its span, so that positions are exact. */
static struct naskah_text
item_text(const struct item_src *src)
{
	struct naskah_text t;

	memset(&t, 0, sizeof(t));
	t.s = fold(src->raw);
	t.span.at.line = src->line;
	t.span.at.col = 5;
	t.span.val = t.s;
	t.span.vlen = strlen(t.s);
	t.span.raw = src->raw;
	t.span.rawlen = strlen(src->raw);
	t.span.rawat = t.span.at;
	return t;
}

/* What the family says about a Mengingat of n items. */
static char *
review_items(const struct item_src *src, size_t n)
{
	struct naskah_clause *c = calloc(n + 1, sizeof(*c));
	struct naskah_decree doc;
	struct tdiag td;
	struct review rv;
	char *s;
	size_t i;

	memset(&doc, 0, sizeof(doc));
	for (i = 0; i < n; i++)
		c[i].text = item_text(&src[i]);
	doc.mengingat.v = c;
	doc.mengingat.n = n;
	tdiag_open(&td);
	review_init(&rv, &td.d);
	review_dasar_hukum(&rv, &doc);
	s = strdup(tdiag_text(&td));
	tdiag_close(&td);
	for (i = 0; i < n; i++)
		free((char *)c[i].text.s);
	free(c);
	return s;
}

static void
parse(const char *s, struct citation *c)
{
	citation_parse(s, strlen(s), c);
}

static int
nomor_is(const char *s, const struct cite_reg *r, const char *want)
{
	return r->nomor_len == strlen(want) &&
	    strncmp(s + r->nomor_off, want, r->nomor_len) == 0;
}

/* the parser over every example item: kinds, numbers, chains */
static void
test_parse_examples(void **state)
{
	struct citation c;
	char *s;
	size_t i;

	(void)state;
	for (i = 0; i < NELEM(pasar_manna); i++) {
		s = fold(pasar_manna[i].raw);
		parse(s, &c);
		assert_int_not_equal(c.reg.kind, CITE_NONE);
		assert_true(c.reg.tahun > 0);
		free(s);
	}
	s = fold(pasar_manna[0].raw);
	parse(s, &c);
	assert_int_equal(c.reg.kind, CITE_UU_DARURAT);
	assert_true(nomor_is(s, &c.reg, "4"));
	assert_int_equal(c.reg.tahun, 1956);
	assert_int_equal(c.reg.pub[PUB_LN].tahun, 1956);
	assert_int_equal(c.reg.pub[PUB_LN].nomor, 55);
	assert_int_equal(c.reg.pub[PUB_TLN].nomor, 1091);
	assert_int_equal(c.chain, CHAIN_NONE);
	assert_int_equal(strncmp(s + c.reg.tentang_off, "tentang Pemb", 12), 0);
	free(s);
	s = fold(pasar_manna[3].raw);	/* UU 23/2014, beberapa kali */
	parse(s, &c);
	assert_int_equal(c.reg.kind, CITE_UU);
	assert_true(nomor_is(s, &c.reg, "23"));
	assert_int_equal(c.reg.tahun, 2014);
	assert_int_equal(c.reg.pub[PUB_TLN].nomor, 5587);
	assert_int_equal(c.chain, CHAIN_MANY);
	assert_int_equal(c.last.kind, CITE_UU);
	assert_true(nomor_is(s, &c.last, "9"));
	assert_int_equal(c.last.tahun, 2015);
	assert_int_equal(c.last.pub[PUB_LN].nomor, 58);
	free(s);
	s = fold(pasar_manna[8].raw);	/* Permendagri 80/2015, once */
	parse(s, &c);
	assert_int_equal(c.reg.kind, CITE_PERMEN);
	assert_int_equal(strncmp(s + c.reg.issuer_off, "Dalam Negeri",
	    c.reg.issuer_len), 0);
	assert_int_equal(c.reg.pub[PUB_BN].nomor, 2036);
	assert_int_equal(c.chain, CHAIN_ONCE);
	assert_true(nomor_is(s, &c.last, "120"));
	assert_int_equal(c.last.tahun, 2018);
	free(s);
	s = fold(pasar_manna[9].raw);	/* a code with its year */
	parse(s, &c);
	assert_int_equal(c.reg.kind, CITE_PERMEN);
	assert_true(nomor_is(s, &c.reg, "PER/09/M.PAN/5/2007"));
	assert_int_equal(c.reg.tahun, 2007);
	free(s);
	s = fold(pasar_manna[11].raw);	/* Perda, "tahun", LD "2017, Nomor" */
	parse(s, &c);
	assert_int_equal(c.reg.kind, CITE_PERDA_KAB);
	assert_int_equal(c.reg.tahun, 2016);
	assert_true(c.reg.tahun_lower);
	assert_int_equal(c.last.kind, CITE_PERDA_KAB);
	assert_int_equal(cite_nomor_value(s, &c.last), 3);
	assert_int_equal(c.last.pub[PUB_LD].tahun, 2017);
	assert_int_equal(c.last.pub[PUB_LD].nomor, 3);
	free(s);
	s = fold(perbup[0].raw);	/* Pasal 18 ayat (6) UUD */
	parse(s, &c);
	assert_int_equal(c.reg.kind, CITE_UUD);
	assert_int_equal(c.reg.tahun, 1945);
	assert_int_equal(c.reg.nomor_len, 0);
	free(s);
	s = fold(kepbup[1].raw);	/* a Perppu inside the last tentang */
	parse(s, &c);
	assert_int_equal(c.chain, CHAIN_MANY);
	assert_int_equal(c.last.kind, CITE_UU);
	assert_int_equal(c.last.tahun, 2023);
	assert_int_equal(c.last.pub[PUB_TLN].nomor, 6856);
	free(s);
	for (i = 0; i < NELEM(kepbup); i++) {
		s = fold(kepbup[i].raw);
		parse(s, &c);
		assert_int_not_equal(c.reg.kind, CITE_NONE);
		free(s);
	}
}

/* the parser over tests/regress: nothing crashes, odd text included */
static void
test_parse_regress(void **state)
{
	struct citation c;
	size_t i, known = 0;

	(void)state;
	for (i = 0; i < NELEM(regress_items); i++) {
		parse(regress_items[i], &c);
		known += c.reg.kind != CITE_NONE;
		assert_true(c.reg.off <= strlen(regress_items[i]));
	}
	assert_true(known > NELEM(regress_items) / 2);
	/* every prefix of every example item, in a buffer of its own
	 * length (no NUL): nothing is read past the end */
	for (i = 0; i < NELEM(pasar_manna) + NELEM(kepbup); i++) {
		const char *raw = i < NELEM(pasar_manna) ? pasar_manna[i].raw :
		    kepbup[i - NELEM(pasar_manna)].raw;
		char *v = fold(raw);
		size_t k, n = strlen(v);

		for (k = 0; k <= n; k++) {
			char *b = malloc(k + 1);

			memcpy(b, v, k);
			citation_parse(b, k, &c);
			assert_true(c.reg.off <= k && c.chain_off <= k);
			free(b);
		}
		free(v);
	}
	parse("", &c);
	assert_int_equal(c.reg.kind, CITE_NONE);
	parse("Surat Sekretaris Daerah Nomor 1 tentang Peraturan Daerah "
	    "Nomor 2 Tahun 2020;", &c);	/* not a regulation's own name */
	assert_int_equal(c.reg.kind, CITE_NONE);
	parse("  Keputusan Bupati Contoh Nomor 1 Tahun 2020;", &c);
	assert_int_equal(c.reg.kind, CITE_KEPKADA);
	assert_int_equal(c.reg.off, 2);
	parse("Undang-Undang", &c);
	assert_int_equal(c.reg.kind, CITE_UU);
	parse("Undang-Undang Nomor", &c);
	assert_int_equal(c.reg.nomor_len, 0);
	parse("Peraturan Pemerintah Nomor 1 Tahun 2000 (Lembaran", &c);
	assert_int_equal(c.reg.pub[PUB_LN].n, 0);
	parse("Peraturan Pemerintah Nomor 1 Tahun 2000 (Lembaran Negara", &c);
	assert_int_equal(c.reg.pub[PUB_LN].n, 1);
	assert_int_equal(c.reg.pub[PUB_LN].nomor, -1);
	parse("Undang-Undang Nomor 1 Tahun 2000 sebagaimana telah diubah", &c);
	assert_int_equal(c.chain, CHAIN_NONE);
}

/* the Contoh Raya examples are written correctly: nothing to say */
static void
test_silent_examples(void **state)
{
	char *s;

	(void)state;
	s = review_items(kepbup, NELEM(kepbup));
	assert_string_equal(s, "");
	free(s);
	s = review_items(perbup, NELEM(perbup));
	assert_string_equal(s, "");
	free(s);
}

/* the real Pasar Manna decree: its departures, at their words */
static void
test_pasar_manna(void **state)
{
	char *s;

	(void)state;
	s = review_items(pasar_manna, NELEM(pasar_manna));
	assert_string_equal(s,
	    "naskah: t.yaml:84:57: warning: the citation of Peraturan Daerah "
	    "Kabupaten/Kota wants \"Tahun\": a regulation is cited as "
	    "\"Nomor ... Tahun ...\"\n"
	    "naskah: t.yaml:80:36: warning: Peraturan Menteri Nomor "
	    "PER/09/M.PAN/5/2007 is cited after Peraturan Menteri Nomor 80 "
	    "Tahun 2015: regulations of one level are cited by year, then by "
	    "number\n");
	free(s);
}

#define UU23 "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan " \
	"Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, " \
	"Tambahan Lembaran Negara Republik Indonesia Nomor 5587)"
#define PP18 "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat " \
	"Daerah (Lembaran Negara Republik Indonesia Tahun 2016 Nomor 114, " \
	"Tambahan Lembaran Negara Republik Indonesia Nomor 5887);"
#define PP12 "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan " \
	"Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 " \
	"Nomor 42, Tambahan Lembaran Negara Republik Indonesia Nomor 6322);"
#define PP13 "Peraturan Pemerintah Nomor 13 Tahun 2019 tentang Laporan " \
	"(Lembaran Negara Republik Indonesia Tahun 2019 Nomor 52, Tambahan " \
	"Lembaran Negara Republik Indonesia Nomor 6323);"

/* The one finding of items, which must name rule's words. */
static void
expect(const struct item_src *v, size_t n, const char *want)
{
	char *s = review_items(v, n);

	if (want[0] == '\0')
		assert_string_equal(s, "");
	else if (strstr(s, want) == NULL) {
		fprintf(stderr, "got: %s", s);
		fail();
	}
	if (want[0] != '\0')	/* one finding only */
		assert_null(strchr(strchr(s, '\n') + 1, '\n'));
	free(s);
}

/* dasar-hierarki: a higher kind after a lower one */
static void
test_hierarki(void **state)
{
	struct item_src v[] = { { 10, PP18 }, { 11, UU23 ";" } };
	struct item_src ok[] = { { 10, UU23 ";" }, { 11, PP18 } };

	(void)state;
	expect(v, 2, "t.yaml:11:5: warning: Undang-Undang Nomor 23 Tahun "
	    "2014 is cited after Peraturan Pemerintah Nomor 18 Tahun 2016: "
	    "the legal bases follow the hierarchy");
	expect(ok, 2, "");
}

/* dasar-kronologi: within a level by year, then by number */
static void
test_kronologi(void **state)
{
	struct item_src v[] = { { 10, PP12 }, { 11, PP18 } };
	struct item_src n[] = { { 10, PP13 }, { 11, PP12 } };
	struct item_src ok[] = { { 10, PP18 }, { 11, PP12 }, { 12, PP13 } };
	struct item_src men[] = {	/* two ministries: no one sequence */
		{ 10, "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 "
		    "tentang Tata Cara;" },
		{ 11, "Peraturan Menteri Keuangan Nomor 5 Tahun 2017 tentang "
		    "Pedoman;" },
	};

	(void)state;
	expect(v, 2, "t.yaml:11:35: warning: Peraturan Pemerintah Nomor 18 "
	    "Tahun 2016 is cited after Peraturan Pemerintah Nomor 12 Tahun "
	    "2019: regulations of one level");
	expect(n, 2, "t.yaml:11:35: warning: Peraturan Pemerintah Nomor 12 "
	    "Tahun 2019 is cited after Peraturan Pemerintah Nomor 13");
	expect(ok, 3, "");
	expect(men, 2, "");
}

/* dasar-nomor-tahun: "Nomor ... Tahun ..." where the kind has them */
static void
test_nomor_tahun(void **state)
{
	struct item_src none[] = { { 10, "Peraturan Presiden tentang "
	    "Kinerja;" } };
	struct item_src lower[] = { { 10, "Peraturan Daerah Kabupaten "
	    "Contoh Nomor 3 tahun 2016 tentang RPJMD;" } };
	struct item_src code[] = { { 10, "Peraturan Menteri Negara "
	    "Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007;" } };

	(void)state;
	expect(none, 1, "t.yaml:10:5: warning: the citation of Peraturan "
	    "Presiden wants \"Nomor\"");
	expect(lower, 1, "t.yaml:10:47: warning: the citation of Peraturan "
	    "Daerah Kabupaten/Kota wants \"Tahun\"");
	expect(code, 1, "");
}

/* dasar-lembaran: UU and PP with their LN and TLN */
static void
test_lembaran(void **state)
{
	struct item_src bare[] = { { 10, "Undang-Undang Nomor 23 Tahun 2014 "
	    "tentang Pemerintahan Daerah;" } };
	struct item_src ln[] = { { 11, "Peraturan Pemerintah Nomor 18 Tahun 2016 "
	    "tentang Perangkat Daerah (Lembaran Negara Republik Indonesia "
	    "Tahun 2016 Nomor 114);" } };
	struct item_src old[] = { { 10, "Undang-Undang Nomor 1 Tahun 1945 "
	    "tentang Komite Nasional Daerah;" } };

	(void)state;
	expect(bare, 1, "t.yaml:10:5: warning: Undang-Undang Nomor 23 Tahun "
	    "2014 is cited without its Lembaran Negara:");
	expect(ln, 1, "t.yaml:11:5: warning: Peraturan Pemerintah Nomor "
	    "18 Tahun 2016 is cited without its Tambahan Lembaran Negara:");
	expect(old, 1, "");
}

/* dasar-lembaran-bentuk: a publication part with its Tahun and Nomor */
static void
test_lembaran_bentuk(void **state)
{
	struct item_src v[] = { { 10, "Undang-Undang Nomor 23 Tahun 2014 "
	    "tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia "
	    "Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor "
	    "5587);" } };

	(void)state;
	expect(v, 1, "t.yaml:10:68: warning: the Lembaran Negara is cited "
	    "without \"Tahun\": write \"Lembaran Negara ... Tahun ... "
	    "Nomor ...\"");
}

/* dasar-ganda: the same regulation twice, also inside a chain */
static void
test_ganda(void **state)
{
	struct item_src v[] = { { 10, UU23 ";" }, { 11, PP18 },
	    { 12, PP18 } };
	struct item_src chain[] = { { 10, UU23 " sebagaimana telah diubah "
	    "dengan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 "
	    "Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
	    "2014 tentang Pemerintahan Daerah (Lembaran Negara Republik "
	    "Indonesia Tahun 2014 Nomor 246, Tambahan Lembaran Negara "
	    "Republik Indonesia Nomor 5589);" }, { 11, "Peraturan Pemerintah "
	    "Pengganti Undang-Undang Nomor 2 Tahun 2014 tentang Perubahan "
	    "(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 246, "
	    "Tambahan Lembaran Negara Republik Indonesia Nomor 5589);" } };

	(void)state;
	expect(v, 3, "t.yaml:12:5: warning: Peraturan Pemerintah Nomor 18 "
	    "Tahun 2016 is already cited above");
	expect(chain, 2, "t.yaml:11:5: warning: Peraturan Pemerintah "
	    "Pengganti Undang-Undang Nomor 2 Tahun 2014 is already cited");
	expect(v, 2, "");
}

/* dasar-ubah-urutan, dasar-ubah-kedua: amendment chains */
static void
test_ubah(void **state)
{
	struct item_src older[] = { { 10, UU23 " sebagaimana telah diubah "
	    "dengan Undang-Undang Nomor 9 Tahun 2013 tentang Perubahan atas "
	    "Undang-Undang Nomor 23 Tahun 2014 (Lembaran Negara Republik "
	    "Indonesia Tahun 2013 Nomor 58, Tambahan Lembaran Negara "
	    "Republik Indonesia Nomor 5679);" } };
	struct item_src kedua[] = { { 10, UU23 " sebagaimana telah diubah\n"
	    "    dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan "
	    "Kedua atas Undang-Undang Nomor 23 Tahun 2014 (Lembaran Negara "
	    "Republik Indonesia Tahun 2015 Nomor 58, Tambahan Lembaran Negara "
	    "Republik Indonesia Nomor 5679);" } };

	(void)state;
	expect(older, 1, "t.yaml:10:235: warning: Undang-Undang Nomor 9 "
	    "Tahun 2013 is older than "
	    "Undang-Undang Nomor 23 Tahun 2014, which it is said to amend");
	expect(kedua, 1, "t.yaml:11:53: warning: \"sebagaimana telah diubah "
	    "dengan\" names a Perubahan Kedua:");
	expect(perbup + 1, 1, "");	/* "beberapa kali ..., terakhir" */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_examples),
		cmocka_unit_test(test_parse_regress),
		cmocka_unit_test(test_silent_examples),
		cmocka_unit_test(test_pasar_manna),
		cmocka_unit_test(test_hierarki),
		cmocka_unit_test(test_kronologi),
		cmocka_unit_test(test_nomor_tahun),
		cmocka_unit_test(test_lembaran),
		cmocka_unit_test(test_lembaran_bentuk),
		cmocka_unit_test(test_ganda),
		cmocka_unit_test(test_ubah),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
