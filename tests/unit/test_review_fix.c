/* SPDX-License-Identifier: ISC */
/*
 * test_review_fix.c - the mechanical fixes of the families struktur
 * and bentuk (review_struktur.c, review_bentuk.c; issue 15): each
 * finding with its saran line, exactly, and where two rules speak of
 * one text, each fix with the earlier ones' corrections in it, so that
 * applying them in turn reaches the text the rules want.
 */
#include "test.h"
#include "test_review.h"

/* Each finding as "L:C [rule]", then its fix as the command line
 * prints it, "  saran: 'FIX'", when it has one. */
static void
fix_sink(void *arg, enum naskah_sev sev, const char *file, int line,
    int col, enum naskah_msg msg, const char *text,
    const struct diag_finding *f)
{
	(void)sev;
	(void)file;
	(void)msg;
	(void)text;
	fprintf(arg, "%d:%d [%s]\n", line, col, f != NULL ? f->rule : "-");
	if (f != NULL && f->fix != NULL)
		fprintf(arg, "  saran: '%s'\n", f->fix);
}

/*
 * The findings of doc with their fixes: with only rule only speaking,
 * or (only < 0) the rules of struktur and bentuk; off, when not
 * RULE__MAX, is switched off besides.
 */
static char *
fixes(const struct naskah_decree *doc, int only, int off)
{
	struct tdiag td;
	struct review rv;
	char *s;
	int r;

	tdiag_open(&td);
	td.d.sink = fix_sink;
	review_init(&rv, &td.d);
	for (r = 0; r < RULE__MAX; r++)
		rv.off[r] = only >= 0 ? r != only :
		    review_rules[r].family != FAM_STRUKTUR &&
		    review_rules[r].family != FAM_BENTUK;
	if (off != RULE__MAX)
		rv.off[off] = 1;
	review_decree(&rv, doc);
	s = strdup(tdiag_text(&td));
	tdiag_close(&td);
	return s;
}

static void
expect(const struct naskah_decree *doc, int only, const char *want)
{
	char *s = fixes(doc, only, RULE__MAX);

	assert_string_equal(s, want);
	free(s);
}

/* judul-jabatan: the signer's office in the title, its region kept */
static void
test_judul_jabatan(void **state)
{
	struct naskah_decree doc;

	(void)state;
	memset(&doc, 0, sizeof(doc));
	doc.judul = review_tx("KEPUTUSAN KECAMATAN PASAR MANNA", 20, 10);
	doc.signer.jabatan = review_tx("CAMAT PASAR MANNA,", 119, 12);
	expect(&doc, RULE_JUDUL_JABATAN, "20:20 [judul-jabatan]\n"
	    "  saran: 'KEPUTUSAN CAMAT PASAR MANNA'\n");
	doc.judul = review_tx("KEPUTUSAN KECAMATAN PASAR MANNA KABUPATEN BENGKULU "
	    "SELATAN", 20, 10);
	expect(&doc, RULE_JUDUL_JABATAN, "20:20 [judul-jabatan]\n"
	    "  saran: 'KEPUTUSAN CAMAT PASAR MANNA KABUPATEN BENGKULU "
	    "SELATAN'\n");
	/* the office names its region: not twice */
	doc.signer.jabatan = review_tx("CAMAT PASAR MANNA KABUPATEN BENGKULU "
	    "SELATAN,", 119, 12);
	expect(&doc, RULE_JUDUL_JABATAN, "20:20 [judul-jabatan]\n"
	    "  saran: 'KEPUTUSAN CAMAT PASAR MANNA KABUPATEN BENGKULU "
	    "SELATAN'\n");
	/* a.n.: the office signed for */
	doc.judul = review_tx("KEPUTUSAN SEKRETARIS KECAMATAN", 5, 10);
	doc.signer.awalan = review_tx("a.n.", 30, 11);
	doc.signer.atas_nama = review_tx("CAMAT CONTOH,", 31, 14);
	doc.signer.jabatan = review_tx("SEKRETARIS KECAMATAN,", 32, 12);
	expect(&doc, RULE_JUDUL_JABATAN, "5:20 [judul-jabatan]\n"
	    "  saran: 'KEPUTUSAN CAMAT CONTOH'\n");
	/* with judul-kapital on the same title: both fix to the same text */
	memset(&doc, 0, sizeof(doc));
	doc.judul = review_tx("Keputusan Kecamatan Contoh", 20, 10);
	doc.signer.jabatan = review_tx("CAMAT CONTOH,", 119, 12);
	doc.pejabat = review_tx("CAMAT CONTOH,", 24, 12);
	doc.menetapkan = review_tx("KEPUTUSAN CAMAT CONTOH TENTANG UJI.", 95, 13);
	expect(&doc, -1, "20:20 [judul-jabatan]\n"
	    "  saran: 'KEPUTUSAN CAMAT CONTOH'\n"
	    "20:10 [judul-kapital]\n"
	    "  saran: 'KEPUTUSAN CAMAT CONTOH'\n");
}

/* pejabat-jabatan, then jabatan-kapital and jabatan-koma on its line */
static void
test_pejabat_jabatan(void **state)
{
	struct naskah_decree doc;

	(void)state;
	memset(&doc, 0, sizeof(doc));
	doc.judul = review_tx("KEPUTUSAN CAMAT PASAR MANNA", 20, 10);
	doc.signer.jabatan = review_tx("CAMAT PASAR MANNA,", 119, 12);
	doc.pejabat = review_tx("KECAMATAN PASAR MANNA,", 24, 12);
	expect(&doc, RULE_PEJABAT_JABATAN, "24:12 [pejabat-jabatan]\n"
	    "  saran: 'CAMAT PASAR MANNA,'\n");
	doc.pejabat = review_tx("KECAMATAN PASAR MANNA KABUPATEN BENGKULU SELATAN,",
	    24, 12);
	expect(&doc, RULE_PEJABAT_JABATAN, "24:12 [pejabat-jabatan]\n"
	    "  saran: 'CAMAT PASAR MANNA KABUPATEN BENGKULU SELATAN,'\n");
	doc.menetapkan = review_tx("KEPUTUSAN CAMAT PASAR MANNA TENTANG UJI.", 95, 13);
	doc.pejabat = review_tx("Kecamatan Pasar Manna", 24, 12);
	expect(&doc, -1, "24:12 [pejabat-jabatan]\n"
	    "  saran: 'CAMAT PASAR MANNA,'\n"
	    "24:12 [jabatan-kapital]\n"
	    "  saran: 'CAMAT PASAR MANNA,'\n"
	    "24:32 [jabatan-koma]\n"
	    "  saran: 'CAMAT PASAR MANNA,'\n");
}

/* menetapkan-kosong: the Menetapkan the rule wants */
static void
test_menetapkan_kosong(void **state)
{
	struct naskah_decree doc;

	(void)state;
	memset(&doc, 0, sizeof(doc));
	doc.judul = review_tx("KEPUTUSAN CAMAT CONTOH", 20, 10);
	doc.signer.jabatan = review_tx("CAMAT CONTOH,", 119, 12);
	doc.tentang = review_tx("Penetapan Indikator Kinerja Utama.", 22, 12);
	doc.menetapkan = review_tx(" ", 95, 13);
	expect(&doc, RULE_MENETAPKAN_KOSONG, "95:13 [menetapkan-kosong]\n"
	    "  saran: 'KEPUTUSAN CAMAT CONTOH TENTANG PENETAPAN INDIKATOR "
	    "KINERJA UTAMA.'\n");
	/* the title with the signer's office, as judul-jabatan fixes it */
	doc.judul = review_tx("KEPUTUSAN KECAMATAN CONTOH KABUPATEN CONTOH RAYA", 20,
	    10);
	expect(&doc, RULE_MENETAPKAN_KOSONG, "95:13 [menetapkan-kosong]\n"
	    "  saran: 'KEPUTUSAN CAMAT CONTOH KABUPATEN CONTOH RAYA TENTANG "
	    "PENETAPAN INDIKATOR KINERJA UTAMA.'\n");
	/* no tentang: nothing to write it from */
	doc.tentang = review_tx("", 22, 12);
	expect(&doc, RULE_MENETAPKAN_KOSONG, "95:13 [menetapkan-kosong]\n");
	doc.tentang = review_tx(" .", 22, 12);
	expect(&doc, RULE_MENETAPKAN_KOSONG, "95:13 [menetapkan-kosong]\n");
}

/* menetapkan-titik, after judul-kapital on the same text */
static void
test_menetapkan_titik(void **state)
{
	struct naskah_decree doc;

	(void)state;
	memset(&doc, 0, sizeof(doc));
	doc.menetapkan = review_tx("KEPUTUSAN CAMAT CONTOH TENTANG PENETAPAN IKU;",
	    95, 13);
	expect(&doc, RULE_MENETAPKAN_TITIK, "95:57 [menetapkan-titik]\n"
	    "  saran: 'KEPUTUSAN CAMAT CONTOH TENTANG PENETAPAN IKU.'\n");
	doc.menetapkan = review_tx("KEPUTUSAN CAMAT CONTOH TENTANG PENETAPAN IKU",
	    95, 13);
	expect(&doc, RULE_MENETAPKAN_TITIK, "95:56 [menetapkan-titik]\n"
	    "  saran: 'KEPUTUSAN CAMAT CONTOH TENTANG PENETAPAN IKU.'\n");
	doc.menetapkan = review_tx("KEPUTUSAN CAMAT CONTOH TENTANG Penetapan IKU;",
	    95, 13);
	expect(&doc, -1, "95:44 [judul-kapital]\n"
	    "  saran: 'KEPUTUSAN CAMAT CONTOH TENTANG PENETAPAN IKU;'\n"
	    "95:57 [menetapkan-titik]\n"
	    "  saran: 'KEPUTUSAN CAMAT CONTOH TENTANG PENETAPAN IKU.'\n");
}

/* menimbang-bahwa, where it is mechanical, and menimbang-titik-koma
 * after it; mengingat-titik-koma */
static void
test_bahwa_titik_koma(void **state)
{
	struct naskah_clause c[5], m[2];
	struct naskah_decree doc;

	(void)state;
	memset(&doc, 0, sizeof(doc));
	memset(c, 0, sizeof(c));
	memset(m, 0, sizeof(m));
	c[0].text = review_tx("Bahwa kinerja perlu diukur;", 10, 5);
	c[1].text = review_tx("untuk mengukur kinerja perlu ditetapkan IKU;", 11, 5);
	c[2].text = review_tx("IKU perlu ditetapkan;", 12, 5);
	c[3].text = review_tx("Dalam rangka akuntabilitas, perlu ditetapkan IKU.",
	    13, 5);
	/* a name, not the capital of a sentence: no mechanical fix */
	c[4].text = review_tx("Peraturan Menteri mewajibkan IKU", 14, 5);
	doc.menimbang.v = c;
	doc.menimbang.n = 5;
	expect(&doc, RULE_MENIMBANG_BAHWA,
	    "10:5 [menimbang-bahwa]\n"
	    "  saran: 'bahwa kinerja perlu diukur;'\n"
	    "11:5 [menimbang-bahwa]\n"
	    "  saran: 'bahwa untuk mengukur kinerja perlu ditetapkan IKU;'\n"
	    "12:5 [menimbang-bahwa]\n"
	    "  saran: 'bahwa IKU perlu ditetapkan;'\n"
	    "13:5 [menimbang-bahwa]\n"
	    "  saran: 'bahwa dalam rangka akuntabilitas, perlu ditetapkan "
	    "IKU.'\n"
	    "14:5 [menimbang-bahwa]\n");
	/* the fix of the point's end has its "bahwa" too */
	expect(&doc, -1,
	    "10:5 [menimbang-bahwa]\n"
	    "  saran: 'bahwa kinerja perlu diukur;'\n"
	    "11:5 [menimbang-bahwa]\n"
	    "  saran: 'bahwa untuk mengukur kinerja perlu ditetapkan IKU;'\n"
	    "12:5 [menimbang-bahwa]\n"
	    "  saran: 'bahwa IKU perlu ditetapkan;'\n"
	    "13:5 [menimbang-bahwa]\n"
	    "  saran: 'bahwa dalam rangka akuntabilitas, perlu ditetapkan "
	    "IKU.'\n"
	    "14:5 [menimbang-bahwa]\n"
	    "13:53 [menimbang-titik-koma]\n"
	    "  saran: 'bahwa dalam rangka akuntabilitas, perlu ditetapkan "
	    "IKU;'\n"
	    "14:36 [menimbang-titik-koma]\n"
	    "  saran: 'Peraturan Menteri mewajibkan IKU;'\n");
	/* "; dan" ends a list: the writer's to end */
	c[0].text = review_tx("bahwa kinerja perlu diukur; dan", 10, 5);
	doc.menimbang.n = 1;
	expect(&doc, RULE_MENIMBANG_TITIK_KOMA,
	    "10:35 [menimbang-titik-koma]\n");
	doc.menimbang.n = 0;
	m[0].text = review_tx("Undang-Undang Nomor 23 Tahun 2014,", 20, 5);
	m[1].text = review_tx("Peraturan Pemerintah Nomor 17 Tahun 2018.", 21, 5);
	doc.mengingat.v = m;
	doc.mengingat.n = 2;
	expect(&doc, RULE_MENGINGAT_TITIK_KOMA,
	    "20:38 [mengingat-titik-koma]\n"
	    "  saran: 'Undang-Undang Nomor 23 Tahun 2014;'\n"
	    "21:45 [mengingat-titik-koma]\n"
	    "  saran: 'Peraturan Pemerintah Nomor 17 Tahun 2018;'\n");
}

/* judul-kapital: ASCII letters in capitals; the bytes of a multi-byte
 * letter and a word with a digit as written */
static void
test_judul_kapital(void **state)
{
	struct naskah_decree doc;

	(void)state;
	memset(&doc, 0, sizeof(doc));
	doc.tentang = review_tx("Penetapan IKU Desa Sukamaju", 22, 12);
	expect(&doc, RULE_JUDUL_KAPITAL, "22:12 [judul-kapital]\n"
	    "  saran: 'PENETAPAN IKU DESA SUKAMAJU'\n");
	doc.tentang = review_tx("Penetapan IKU Kelurahan Pétak 1/kpts/2024", 22, 12);
	expect(&doc, RULE_JUDUL_KAPITAL, "22:12 [judul-kapital]\n"
	    "  saran: 'PENETAPAN IKU KELURAHAN PéTAK 1/kpts/2024'\n");
}

/* lampiran-kapital on each line, lampiran-tanda-baca on the last one
 * with its capitals */
static void
test_lampiran(void **state)
{
	struct naskah_text jt[2];
	struct naskah_lampiran lp;
	struct naskah_decree doc;

	(void)state;
	memset(&doc, 0, sizeof(doc));
	memset(&lp, 0, sizeof(lp));
	jt[0] = review_tx("Indikator Kinerja Utama", 127, 9);
	jt[1] = review_tx("Tahun Anggaran 2024.", 128, 9);
	lp.judul.v = jt;
	lp.judul.n = 2;
	lp.pos.line = 126;
	lp.pos.col = 5;
	doc.lampiran = &lp;
	doc.nlampiran = 1;
	expect(&doc, RULE_LAMPIRAN_KAPITAL, "127:9 [lampiran-kapital]\n"
	    "  saran: 'INDIKATOR KINERJA UTAMA'\n"
	    "128:9 [lampiran-kapital]\n"
	    "  saran: 'TAHUN ANGGARAN 2024.'\n");
	expect(&doc, RULE_LAMPIRAN_TANDA_BACA, "128:28 [lampiran-tanda-baca]\n"
	    "  saran: 'Tahun Anggaran 2024'\n");
	/* lampiran-acuan (no diktum names it) has no mechanical fix */
	expect(&doc, -1, "126:5 [lampiran-acuan]\n"
	    "127:9 [lampiran-kapital]\n"
	    "  saran: 'INDIKATOR KINERJA UTAMA'\n"
	    "128:9 [lampiran-kapital]\n"
	    "  saran: 'TAHUN ANGGARAN 2024.'\n"
	    "128:28 [lampiran-tanda-baca]\n"
	    "  saran: 'TAHUN ANGGARAN 2024'\n");
}

/* jabatan-kapital, then jabatan-koma with its capitals (without them
 * when jabatan-kapital is switched off) */
static void
test_jabatan(void **state)
{
	struct naskah_decree doc;
	char *s;

	(void)state;
	memset(&doc, 0, sizeof(doc));
	doc.signer.jabatan = review_tx("Camat Pasar Manna", 119, 12);
	expect(&doc, RULE_JABATAN_KAPITAL, "119:12 [jabatan-kapital]\n"
	    "  saran: 'CAMAT PASAR MANNA'\n");
	expect(&doc, -1, "119:12 [jabatan-kapital]\n"
	    "  saran: 'CAMAT PASAR MANNA'\n"
	    "119:28 [jabatan-koma]\n"
	    "  saran: 'CAMAT PASAR MANNA,'\n");
	s = fixes(&doc, -1, RULE_JABATAN_KAPITAL);
	assert_string_equal(s, "119:28 [jabatan-koma]\n"
	    "  saran: 'Camat Pasar Manna,'\n");
	free(s);
	doc.signer.jabatan = review_tx("CAMAT PASAR MANNA.", 119, 12);
	expect(&doc, RULE_JABATAN_KOMA, "119:29 [jabatan-koma]\n"
	    "  saran: 'CAMAT PASAR MANNA,'\n");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_judul_jabatan),
		cmocka_unit_test(test_pejabat_jabatan),
		cmocka_unit_test(test_menetapkan_kosong),
		cmocka_unit_test(test_menetapkan_titik),
		cmocka_unit_test(test_bahwa_titik_koma),
		cmocka_unit_test(test_judul_kapital),
		cmocka_unit_test(test_lampiran),
		cmocka_unit_test(test_jabatan),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
