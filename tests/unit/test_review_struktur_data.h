/* SPDX-License-Identifier: ISC */
/*
 * test_review_struktur_data.h - texts copied word for word from
 * examples/pasar-manna-2024.yaml, examples/keputusan-bupati-contoh-raya.yaml
 * and tests/regress/dasar.yaml, each with the line and column its value
 * starts at and the lines as written (folded scalars keep their breaks),
 * so that a finding's position can be checked against the file's.
 */
#ifndef TEST_REVIEW_STRUKTUR_DATA_H
#define TEST_REVIEW_STRUKTUR_DATA_H

struct ytext {
	int		 line, col;
	const char	*val;	/* folded, as the loader gives it */
	const char	*raw;	/* as written, from line:col */
};

/* pasar-manna-2024.yaml: judul */
static const struct ytext pm_judul[] = {
	{ 20, 10,
	    "KEPUTUSAN KECAMATAN PASAR MANNA KABUPATEN BENGKULU SELATAN",
	    "KEPUTUSAN KECAMATAN PASAR MANNA KABUPATEN BENGKULU SELATAN" },
};
/* pasar-manna-2024.yaml: tentang */
static const struct ytext pm_tentang[] = {
	{ 23, 12,
	    "PENETAPAN INDIKATOR KINERJA UTAMA KECAMATAN PASAR MANNA KABUPATEN BENGKULU SELATAN",
	    "PENETAPAN INDIKATOR KINERJA UTAMA KECAMATAN PASAR MANNA KABUPATEN BENGKULU SELATAN" },
};
/* pasar-manna-2024.yaml: pejabat */
static const struct ytext pm_pejabat[] = {
	{ 24, 12,
	    "KECAMATAN PASAR MANNA KABUPATEN BENGKULU SELATAN,",
	    "KECAMATAN PASAR MANNA KABUPATEN BENGKULU SELATAN," },
};
/* pasar-manna-2024.yaml: menimbang */
static const struct ytext pm_menimbang[] = {
	{ 27, 5,
	    "bahwa dalam rangka meningkatkan akuntabilitas kinerja Pemerintah Kabupaten Bengkulu Selatan, perlu menetapkan Indikator Kinerja Utama sebagai dasar pengukuran keberhasilan pencapaian suatu tujuan dan sasaran strategis yang telah ditetapkan;",
	    "bahwa dalam rangka meningkatkan akuntabilitas kinerja Pemerintah Kabupaten\n"
	    "    Bengkulu Selatan, perlu menetapkan Indikator Kinerja Utama sebagai dasar\n"
	    "    pengukuran keberhasilan pencapaian suatu tujuan dan sasaran strategis yang\n"
	    "    telah ditetapkan;" },
	{ 31, 5,
	    "bahwa berdasarkan ketentuan Pasal 4 ayat (3) Peraturan Menteri Negara Pendayagunaan Aparatur Negara Republik Indonesia Nomor PER/09/M.PAN/5/2007 tentang Pedoman Umum Penetapan Indikator Kinerja Utama di Lingkungan Instansi Pemerintah, perlu ditetapkan indikator kinerja utama Kecamatan Pasar Manna Kabupaten Bengkulu Selatan;",
	    "bahwa berdasarkan ketentuan Pasal 4 ayat (3) Peraturan Menteri Negara\n"
	    "    Pendayagunaan Aparatur Negara Republik Indonesia Nomor PER/09/M.PAN/5/2007\n"
	    "    tentang Pedoman Umum Penetapan Indikator Kinerja Utama di Lingkungan\n"
	    "    Instansi Pemerintah, perlu ditetapkan indikator kinerja utama Kecamatan\n"
	    "    Pasar Manna Kabupaten Bengkulu Selatan;" },
	{ 36, 5,
	    "bahwa berdasarkan pertimbangan sebagaimana dimaksud huruf a dan huruf b di atas, perlu menetapkan Keputusan Kecamatan Pasar Manna Kabupaten Bengkulu Selatan tentang Penetapan Indikator Kinerja Utama (IKU) di Kecamatan Pasar Manna Kabupaten Bengkulu Selatan.",
	    "bahwa berdasarkan pertimbangan sebagaimana dimaksud huruf a dan huruf b di\n"
	    "    atas, perlu menetapkan Keputusan Kecamatan Pasar Manna Kabupaten Bengkulu\n"
	    "    Selatan tentang Penetapan Indikator Kinerja Utama (IKU) di Kecamatan Pasar\n"
	    "    Manna Kabupaten Bengkulu Selatan." },
};
/* pasar-manna-2024.yaml: mengingat */
static const struct ytext pm_mengingat[] = {
	{ 42, 5,
	    "Undang-Undang Darurat Nomor 4 Tahun 1956 tentang Pembentukan Daerah Otonom Kabupaten-Kabupaten Dalam Lingkungan Daerah Propinsi Sumatera Selatan (Lembaran Negara Republik Indonesia Tahun 1956 Nomor 55, Tambahan Lembaran Negara Republik Indonesia Nomor 1091);",
	    "Undang-Undang Darurat Nomor 4 Tahun 1956 tentang Pembentukan Daerah Otonom\n"
	    "    Kabupaten-Kabupaten Dalam Lingkungan Daerah Propinsi Sumatera Selatan\n"
	    "    (Lembaran Negara Republik Indonesia Tahun 1956 Nomor 55, Tambahan Lembaran\n"
	    "    Negara Republik Indonesia Nomor 1091);" },
	{ 46, 5,
	    "Undang-Undang Nomor 9 Tahun 1967 tentang Pembentukan Propinsi Bengkulu (Lembaran Negara Republik Indonesia Tahun 1967 Nomor 19, Tambahan Lembaran Negara Republik Indonesia Nomor 2828);",
	    "Undang-Undang Nomor 9 Tahun 1967 tentang Pembentukan Propinsi Bengkulu\n"
	    "    (Lembaran Negara Republik Indonesia Tahun 1967 Nomor 19, Tambahan Lembaran\n"
	    "    Negara Republik Indonesia Nomor 2828);" },
	{ 49, 5,
	    "Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan (Lembaran Negara Republik Indonesia Tahun 2011 Nomor 82, Tambahan Lembaran Negara Republik Indonesia Nomor 5234);",
	    "Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan\n"
	    "    Perundang-undangan (Lembaran Negara Republik Indonesia Tahun 2011 Nomor 82,\n"
	    "    Tambahan Lembaran Negara Republik Indonesia Nomor 5234);" },
	{ 52, 5,
	    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2015 Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor 5679);",
	    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran\n"
	    "    Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara\n"
	    "    Republik Indonesia Nomor 5587) sebagaimana telah beberapa kali diubah,\n"
	    "    terakhir dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua\n"
	    "    atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah\n"
	    "    (Lembaran Negara Republik Indonesia Tahun 2015 Nomor 58, Tambahan Lembaran\n"
	    "    Negara Republik Indonesia Nomor 5679);" },
	{ 59, 5,
	    "Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tahapan, Tata Cara Penyusunan, Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah, (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 21, Tambahan Lembaran Negara Republik Indonesia Nomor 4817);",
	    "Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tahapan, Tata Cara\n"
	    "    Penyusunan, Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan\n"
	    "    Daerah, (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 21, Tambahan\n"
	    "    Lembaran Negara Republik Indonesia Nomor 4817);" },
	{ 63, 5,
	    "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah (Lembaran Negara Republik Indonesia Tahun 2016 Nomor 114, Tambahan Lembaran Negara Republik Indonesia Nomor 5887);",
	    "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah\n"
	    "    (Lembaran Negara Republik Indonesia Tahun 2016 Nomor 114, Tambahan Lembaran\n"
	    "    Negara Republik Indonesia Nomor 5887);" },
	{ 66, 5,
	    "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42, Tambahan Lembaran Negara Republik Indonesia Nomor 6322);",
	    "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan\n"
	    "    Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 42, Tambahan\n"
	    "    Lembaran Negara Republik Indonesia Nomor 6322);" },
	{ 69, 5,
	    "Peraturan Pemerintah Nomor 13 Tahun 2019 tentang Laporan dan Evaluasi Penyelenggaraan Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 52, Tambahan Lembaran Negara Republik Indonesia Nomor 6323);",
	    "Peraturan Pemerintah Nomor 13 Tahun 2019 tentang Laporan dan Evaluasi\n"
	    "    Penyelenggaraan Pemerintahan Daerah (Lembaran Negara Republik Indonesia\n"
	    "    Tahun 2019 Nomor 52, Tambahan Lembaran Negara Republik Indonesia Nomor\n"
	    "    6323);" },
	{ 73, 5,
	    "Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah (Berita Negara Republik Indonesia Tahun 2015 Nomor 2036) sebagaimana telah diubah dengan Peraturan Menteri Dalam Negeri Nomor 120 Tahun 2018 tentang Perubahan atas Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah (Berita Negara Republik Indonesia Tahun 2018 Nomor 157);",
	    "Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan\n"
	    "    Produk Hukum Daerah (Berita Negara Republik Indonesia Tahun 2015 Nomor\n"
	    "    2036) sebagaimana telah diubah dengan Peraturan Menteri Dalam Negeri Nomor\n"
	    "    120 Tahun 2018 tentang Perubahan atas Peraturan Menteri Dalam Negeri Nomor\n"
	    "    80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah (Berita Negara\n"
	    "    Republik Indonesia Tahun 2018 Nomor 157);" },
	{ 79, 5,
	    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor PER/09/M.PAN/5/2007 tentang Pedoman Umum Penetapan Indikator Kinerja Utama di Lingkungan Instansi Pemerintah;",
	    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi\n"
	    "    Birokrasi Nomor PER/09/M.PAN/5/2007 tentang Pedoman Umum Penetapan\n"
	    "    Indikator Kinerja Utama di Lingkungan Instansi Pemerintah;" },
	{ 82, 5,
	    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/20/M.PAN/11/2008 tentang Pedoman Penyusunan Indikator Kinerja Utama;",
	    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor\n"
	    "    PER/20/M.PAN/11/2008 tentang Pedoman Penyusunan Indikator Kinerja Utama;" },
	{ 84, 5,
	    "Peraturan Daerah Kabupaten Bengkulu Selatan Nomor 3 tahun 2016 tentang Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Kabupaten Bengkulu Selatan Tahun 2016–2024 (Lembaran Daerah Kabupaten Bengkulu Selatan Tahun 2016 Nomor 03) sebagaimana telah diubah dengan Peraturan Daerah Kabupaten Bengkulu Selatan Nomor 03 Tahun 2017 tentang Perubahan Rencana Pembangunan Jangka Menengah Daerah Kabupaten Bengkulu Selatan Tahun 2021-2026 (Lembaran Daerah Kabupaten Bengkulu Selatan Tahun 2017, Nomor 03);",
	    "Peraturan Daerah Kabupaten Bengkulu Selatan Nomor 3 tahun 2016 tentang\n"
	    "    Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Kabupaten Bengkulu\n"
	    "    Selatan Tahun 2016–2024 (Lembaran Daerah Kabupaten Bengkulu Selatan Tahun\n"
	    "    2016 Nomor 03) sebagaimana telah diubah dengan Peraturan Daerah Kabupaten\n"
	    "    Bengkulu Selatan Nomor 03 Tahun 2017 tentang Perubahan Rencana Pembangunan\n"
	    "    Jangka Menengah Daerah Kabupaten Bengkulu Selatan Tahun 2021-2026\n"
	    "    (Lembaran Daerah Kabupaten Bengkulu Selatan Tahun 2017, Nomor 03);" },
	{ 91, 5,
	    "Peraturan Daerah Kabupaten Bengkulu Selatan Nomor 9 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah Kabupaten Bengkulu Selatan (Lembaran Daerah Kabupaten Bengkulu Selatan Tahun 2016 Nomor 9).",
	    "Peraturan Daerah Kabupaten Bengkulu Selatan Nomor 9 Tahun 2016 tentang\n"
	    "    Pembentukan dan Susunan Perangkat Daerah Kabupaten Bengkulu Selatan\n"
	    "    (Lembaran Daerah Kabupaten Bengkulu Selatan Tahun 2016 Nomor 9)." },
};
/* pasar-manna-2024.yaml: diktum */
static const struct ytext pm_diktum[] = {
	{ 96, 5,
	    "Keputusan Kecamatan Pasar Manna Kabupaten Bengkulu Selatan tentang Penetapan Indikator Kinerja Utama Kecamatan Pasar Manna Kabupaten Bengkulu Selatan dengan rincian sebagaimana tercantum dalam Lampiran yang merupakan satu kesatuan dan bagian yang tidak terpisahkan dari Keputusan ini.",
	    "Keputusan Kecamatan Pasar Manna Kabupaten Bengkulu Selatan tentang\n"
	    "    Penetapan Indikator Kinerja Utama Kecamatan Pasar Manna Kabupaten Bengkulu\n"
	    "    Selatan dengan rincian sebagaimana tercantum dalam Lampiran yang merupakan\n"
	    "    satu kesatuan dan bagian yang tidak terpisahkan dari Keputusan ini." },
	{ 100, 5,
	    "Indikator Kinerja Utama sebagaimana dimaksud pada diktum KESATU, merupakan acuan kinerja yang digunakan oleh Kecamatan Pasar Manna Kabupaten Bengkulu Selatan dalam menetapkan rencana kinerja tahunan, menyampaikan rencana kerja dan anggaran, menyusun dokumen penetapan kinerja, menyusun laporan akuntabilitas kinerja serta melakukan evaluasi pencapaian kinerja sesuai dengan dokumen Rencana Strategis (Renstra) Kecamatan Pasar Manna Kabupaten Bengkulu Selatan Tahun 2021-2026.",
	    "Indikator Kinerja Utama sebagaimana dimaksud pada diktum KESATU,\n"
	    "    merupakan acuan kinerja yang digunakan oleh Kecamatan Pasar Manna\n"
	    "    Kabupaten Bengkulu Selatan dalam menetapkan rencana kinerja tahunan,\n"
	    "    menyampaikan rencana kerja dan anggaran, menyusun dokumen penetapan\n"
	    "    kinerja, menyusun laporan akuntabilitas kinerja serta melakukan evaluasi\n"
	    "    pencapaian kinerja sesuai dengan dokumen Rencana Strategis (Renstra)\n"
	    "    Kecamatan Pasar Manna Kabupaten Bengkulu Selatan Tahun 2021-2026." },
	{ 107, 5,
	    "Indikator Kinerja Utama sebagaimana dimaksud pada diktum KESATU, disusun dengan mengacu kepada Indikator Kinerja Utama Pemerintah Kabupaten Bengkulu Selatan.",
	    "Indikator Kinerja Utama sebagaimana dimaksud pada diktum KESATU, disusun\n"
	    "    dengan mengacu kepada Indikator Kinerja Utama Pemerintah Kabupaten\n"
	    "    Bengkulu Selatan." },
	{ 110, 5,
	    "Keputusan ini berlaku sejak tanggal ditetapkan, dengan ketentuan apabila terdapat kekeliruan dalam penetapannya akan diperbaiki sebagaimana mestinya.",
	    "Keputusan ini berlaku sejak tanggal ditetapkan, dengan ketentuan apabila\n"
	    "    terdapat kekeliruan dalam penetapannya akan diperbaiki sebagaimana\n"
	    "    mestinya." },
};
/* pasar-manna-2024.yaml: jabatan */
static const struct ytext pm_jabatan[] = {
	{ 119, 12,
	    "Camat Pasar Manna",
	    "Camat Pasar Manna" },
};
/* pasar-manna-2024.yaml: judul */
static const struct ytext pm_lampiran[] = {
	{ 127, 9,
	    "Indikator Kinerja Utama Kecamatan Pasar Manna Kabupaten Bengkulu Selatan",
	    "Indikator Kinerja Utama Kecamatan Pasar Manna Kabupaten Bengkulu Selatan" },
	{ 128, 9,
	    "Tahun Anggaran 2024",
	    "Tahun Anggaran 2024" },
};
/* keputusan-bupati-contoh-raya.yaml: judul */
static const struct ytext cr_judul[] = {
	{ 30, 10,
	    "KEPUTUSAN BUPATI CONTOH RAYA",
	    "KEPUTUSAN BUPATI CONTOH RAYA" },
};
/* keputusan-bupati-contoh-raya.yaml: tentang */
static const struct ytext cr_tentang[] = {
	{ 33, 12,
	    "PENETAPAN INDIKATOR KINERJA UTAMA PEMERINTAH KABUPATEN CONTOH RAYA TAHUN 2025-2029",
	    "PENETAPAN INDIKATOR KINERJA UTAMA PEMERINTAH KABUPATEN CONTOH RAYA TAHUN 2025-2029" },
};
/* keputusan-bupati-contoh-raya.yaml: pejabat */
static const struct ytext cr_pejabat[] = {
	{ 34, 12,
	    "BUPATI CONTOH RAYA,",
	    "BUPATI CONTOH RAYA," },
};
/* keputusan-bupati-contoh-raya.yaml: menimbang */
static const struct ytext cr_menimbang[] = {
	{ 37, 5,
	    "bahwa dalam rangka mengukur keberhasilan pencapaian tujuan dan sasaran strategis Rencana Pembangunan Jangka Menengah Daerah Kabupaten Contoh Raya Tahun 2025-2029, perlu ditetapkan Indikator Kinerja Utama Pemerintah Kabupaten Contoh Raya;",
	    "bahwa dalam rangka mengukur keberhasilan pencapaian tujuan dan sasaran\n"
	    "    strategis Rencana Pembangunan Jangka Menengah Daerah Kabupaten Contoh\n"
	    "    Raya Tahun 2025-2029, perlu ditetapkan Indikator Kinerja Utama\n"
	    "    Pemerintah Kabupaten Contoh Raya;" },
	{ 41, 5,
	    "bahwa berdasarkan ketentuan Pasal 3 ayat (1) Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007 tentang Pedoman Umum Penetapan Indikator Kinerja Utama di Lingkungan Instansi Pemerintah, setiap instansi pemerintah wajib menetapkan Indikator Kinerja Utama;",
	    "bahwa berdasarkan ketentuan Pasal 3 ayat (1) Peraturan Menteri Negara\n"
	    "    Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007 tentang\n"
	    "    Pedoman Umum Penetapan Indikator Kinerja Utama di Lingkungan Instansi\n"
	    "    Pemerintah, setiap instansi pemerintah wajib menetapkan Indikator\n"
	    "    Kinerja Utama;" },
	{ 46, 5,
	    "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Bupati tentang Penetapan Indikator Kinerja Utama Pemerintah Kabupaten Contoh Raya Tahun 2025-2029;",
	    "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan\n"
	    "    huruf b, perlu menetapkan Keputusan Bupati tentang Penetapan Indikator\n"
	    "    Kinerja Utama Pemerintah Kabupaten Contoh Raya Tahun 2025-2029;" },
};
/* keputusan-bupati-contoh-raya.yaml: mengingat */
static const struct ytext cr_mengingat[] = {
	{ 51, 5,
	    "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional (Lembaran Negara Republik Indonesia Tahun 2004 Nomor 104, Tambahan Lembaran Negara Republik Indonesia Nomor 4421);",
	    "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan\n"
	    "    Pembangunan Nasional (Lembaran Negara Republik Indonesia Tahun 2004\n"
	    "    Nomor 104, Tambahan Lembaran Negara Republik Indonesia Nomor 4421);" },
	{ 54, 5,
	    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 41, Tambahan Lembaran Negara Republik Indonesia Nomor 6856);",
	    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah\n"
	    "    (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan\n"
	    "    Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah\n"
	    "    beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023\n"
	    "    tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2\n"
	    "    Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang (Lembaran Negara\n"
	    "    Republik Indonesia Tahun 2023 Nomor 41, Tambahan Lembaran Negara\n"
	    "    Republik Indonesia Nomor 6856);" },
	{ 62, 5,
	    "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 80);",
	    "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas\n"
	    "    Kinerja Instansi Pemerintah (Lembaran Negara Republik Indonesia Tahun\n"
	    "    2014 Nomor 80);" },
	{ 65, 5,
	    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007 tentang Pedoman Umum Penetapan Indikator Kinerja Utama di Lingkungan Instansi Pemerintah;",
	    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor\n"
	    "    PER/09/M.PAN/5/2007 tentang Pedoman Umum Penetapan Indikator Kinerja\n"
	    "    Utama di Lingkungan Instansi Pemerintah;" },
	{ 68, 5,
	    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah (Berita Negara Republik Indonesia Tahun 2014 Nomor 1842);",
	    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi\n"
	    "    Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian\n"
	    "    Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja\n"
	    "    Instansi Pemerintah (Berita Negara Republik Indonesia Tahun 2014 Nomor\n"
	    "    1842);" },
};
/* keputusan-bupati-contoh-raya.yaml: menetapkan */
static const struct ytext cr_menetapkan[] = {
	{ 74, 13,
	    "KEPUTUSAN BUPATI TENTANG PENETAPAN INDIKATOR KINERJA UTAMA PEMERINTAH KABUPATEN CONTOH RAYA TAHUN 2025-2029.",
	    "KEPUTUSAN BUPATI TENTANG PENETAPAN INDIKATOR KINERJA UTAMA\n"
	    "  PEMERINTAH KABUPATEN CONTOH RAYA TAHUN 2025-2029." },
};
/* keputusan-bupati-contoh-raya.yaml: diktum */
static const struct ytext cr_diktum[] = {
	{ 78, 5,
	    "Menetapkan Indikator Kinerja Utama Pemerintah Kabupaten Contoh Raya Tahun 2025-2029 sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan Bupati ini.",
	    "Menetapkan Indikator Kinerja Utama Pemerintah Kabupaten Contoh Raya\n"
	    "    Tahun 2025-2029 sebagaimana tercantum dalam Lampiran yang merupakan\n"
	    "    bagian tidak terpisahkan dari Keputusan Bupati ini." },
	{ 81, 5,
	    "Indikator Kinerja Utama sebagaimana dimaksud dalam Diktum KESATU menjadi acuan dalam penyusunan Rencana Kerja Pemerintah Daerah, Perjanjian Kinerja, Laporan Kinerja Instansi Pemerintah dan evaluasi pencapaian kinerja Pemerintah Kabupaten Contoh Raya.",
	    "Indikator Kinerja Utama sebagaimana dimaksud dalam Diktum KESATU\n"
	    "    menjadi acuan dalam penyusunan Rencana Kerja Pemerintah Daerah,\n"
	    "    Perjanjian Kinerja, Laporan Kinerja Instansi Pemerintah dan evaluasi\n"
	    "    pencapaian kinerja Pemerintah Kabupaten Contoh Raya." },
	{ 85, 5,
	    "Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan.",
	    "Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan." },
};
/* keputusan-bupati-contoh-raya.yaml: jabatan */
static const struct ytext cr_jabatan[] = {
	{ 92, 12,
	    "BUPATI CONTOH RAYA,",
	    "BUPATI CONTOH RAYA," },
};
/* keputusan-bupati-contoh-raya.yaml: judul */
static const struct ytext cr_lampiran[] = {
	{ 97, 9,
	    "Indikator Kinerja Utama Pemerintah Kabupaten Contoh Raya",
	    "Indikator Kinerja Utama Pemerintah Kabupaten Contoh Raya" },
	{ 98, 9,
	    "Tahun 2025-2029",
	    "Tahun 2025-2029" },
};
/* dasar.yaml: judul */
static const struct ytext ds_judul[] = {
	{ 13, 10,
	    "KEPUTUSAN CAMAT CONTOH",
	    "KEPUTUSAN CAMAT CONTOH" },
};
/* dasar.yaml: tentang */
static const struct ytext ds_tentang[] = {
	{ 15, 12,
	    "PENETAPAN INDIKATOR KINERJA UTAMA",
	    "PENETAPAN INDIKATOR KINERJA UTAMA" },
};
/* dasar.yaml: pejabat */
static const struct ytext ds_pejabat[] = {
	{ 16, 12,
	    "CAMAT CONTOH,",
	    "CAMAT CONTOH," },
};
/* dasar.yaml: menimbang */
static const struct ytext ds_menimbang[] = {
	{ 18, 5,
	    "bahwa untuk mengukur keberhasilan pencapaian tujuan dan sasaran strategis perlu ditetapkan Indikator Kinerja Utama;",
	    "bahwa untuk mengukur keberhasilan pencapaian tujuan dan sasaran strategis perlu ditetapkan Indikator Kinerja Utama;" },
	{ 19, 5,
	    "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Camat tentang Penetapan Indikator Kinerja Utama;",
	    "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Camat tentang Penetapan Indikator Kinerja Utama;" },
};
/* dasar.yaml: mengingat */
static const struct ytext ds_mengingat[] = {
	{ 21, 5,
	    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
	    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;" },
	{ 22, 5,
	    "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan;",
	    "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan;" },
	{ 23, 5,
	    "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
	    "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;" },
};
/* dasar.yaml: diktum */
static const struct ytext ds_diktum[] = {
	{ 25, 5,
	    "Menetapkan Indikator Kinerja Utama sebagaimana tercantum dalam Lampiran.",
	    "Menetapkan Indikator Kinerja Utama sebagaimana tercantum dalam Lampiran." },
	{ 26, 5,
	    "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
	    "Keputusan ini mulai berlaku pada tanggal ditetapkan." },
};
/* dasar.yaml: jabatan */
static const struct ytext ds_jabatan[] = {
	{ 29, 12,
	    "CAMAT CONTOH,",
	    "CAMAT CONTOH," },
};
/* dasar.yaml: judul */
static const struct ytext ds_lampiran[] = {
	{ 33, 12,
	    "INDIKATOR KINERJA UTAMA TAHUN 2024",
	    "INDIKATOR KINERJA UTAMA TAHUN 2024" },
};

#endif
