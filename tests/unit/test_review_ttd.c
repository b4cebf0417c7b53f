/* SPDX-License-Identifier: ISC */
/*
 * test_review_ttd.c - the reviewer's families penandatangan, angka and
 * iku (src/review/review_ttd.c, review_angka.c, review_iku.c): each
 * rule made to speak at the exact line:col of the offending text and
 * shown silent on correct text, over the signer and IKU rows of the
 * examples (pasar-manna-2024.yaml with iku-pasar-manna-2024.yaml, and
 * keputusan-bupati-contoh-raya.yaml), strings and positions copied.
 */
#include "test.h"
#include "test_review.h"
#include "model/book.h"
#include "review/review_text.h"

static void
expect(const struct naskah_decree *doc, const char *want)
{
	char *s = review_text_of(doc, 1u << FAM_PENANDATANGAN |
	    1u << FAM_ANGKA | 1u << FAM_IKU);

	assert_string_equal(s, want);
	free(s);
}

/* ---- penandatangan ---- */

/* pasar-manna-2024.yaml lines 116-123 */
static void
signer_pasar_manna(struct naskah_decree *doc)
{
	struct naskah_signer *sg = &doc->signer;

	memset(doc, 0, sizeof(*doc));
	doc->tanggal.year = 2024;
	doc->tanggal.month = 1;
	sg->jabatan = review_tx("Camat Pasar Manna", 119, 12);
	sg->nama = review_tx("MIMI HERAWATI", 120, 9);
	sg->gelar = review_tx("S.Pd.M.Si", 121, 10);
	sg->tampilkan_gelar = 1;
	sg->nip = review_tx("19730305 200803 2 001", 123, 8);
	strcpy(sg->nip_digits, "197303052008032001");
	sg->nip_valid = 1;
}

/* The example's gelar (Pasal 44 ayat 1) and its missing pangkat (ayat
 * 3) are found; written as the rules want, nothing. */
static void
test_ttd_pasar_manna(void **state)
{
	struct naskah_decree doc;

	(void)state;
	signer_pasar_manna(&doc);
	expect(&doc,
	    "naskah: t.yaml:121:10: warning: 'S.Pd.M.Si': the name of a "
	    "signer of a Keputusan or Peraturan is written without gelar\n"
	    "naskah: t.yaml:120:9: warning: 'MIMI HERAWATI' signs without "
	    "pangkat/golongan: a signer other than the Kepala Daerah, the "
	    "Wakil and the Sekretaris Daerah is written with it\n");
	doc.signer.tampilkan_gelar = 0;
	doc.signer.pangkat = review_tx("Pembina (IV/a)", 122, 12);
	expect(&doc, "");
}

/* ttd-gelar: a gelar written into the name itself */
static void
test_ttd_gelar_in_name(void **state)
{
	struct naskah_decree doc;

	(void)state;
	signer_pasar_manna(&doc);
	doc.signer.tampilkan_gelar = 0;
	doc.signer.pangkat = review_tx("Pembina (IV/a)", 122, 12);
	doc.signer.nama = review_tx("MIMI HERAWATI, S.Pd., M.Si.", 120, 9);
	expect(&doc, "naskah: t.yaml:120:24: warning: 'MIMI HERAWATI, "
	    "S.Pd., M.Si.': the name of a signer of a Keputusan or "
	    "Peraturan is written without gelar\n");
	doc.signer.nama = review_tx("Drs. MIMI HERAWATI", 120, 9);
	expect(&doc, "naskah: t.yaml:120:9: warning: 'Drs. MIMI "
	    "HERAWATI': the name of a signer of a Keputusan or Peraturan "
	    "is written without gelar\n");
	/* a gelar given but not shown is not printed */
	doc.signer.nama = review_tx("MIMI HERAWATI", 120, 9);
	expect(&doc, "");
}

/* ttd-nip: a Camat without NIP */
static void
test_ttd_nip(void **state)
{
	struct naskah_decree doc;

	(void)state;
	signer_pasar_manna(&doc);
	doc.signer.tampilkan_gelar = 0;
	doc.signer.pangkat = review_tx("Pembina (IV/a)", 122, 12);
	memset(&doc.signer.nip, 0, sizeof(doc.signer.nip));
	doc.signer.nip_valid = 0;
	expect(&doc, "naskah: t.yaml:120:9: warning: 'MIMI HERAWATI' signs "
	    "without a NIP: a signer other than the Kepala Daerah, the "
	    "Wakil and the Sekretaris Daerah is written with NIP\n");
}

/* keputusan-bupati-contoh-raya.yaml lines 91-93: a Bupati, no NIP, no
 * pangkat: correct; a NIP or pangkat under a Kepala Daerah or whoever
 * acts for one is found; a Sekda may carry them. */
static void
test_ttd_kepala_daerah(void **state)
{
	struct naskah_decree doc;

	(void)state;
	memset(&doc, 0, sizeof(doc));
	doc.signer.jabatan = review_tx("BUPATI CONTOH RAYA,", 92, 12);
	doc.signer.nama = review_tx("ANDI SETIAWAN", 93, 9);
	expect(&doc, "");
	doc.signer.nip = review_tx("19700101 199003 1 001", 94, 8);
	expect(&doc, "naskah: t.yaml:94:8: warning: '19700101 199003 1 001': "
	    "BUPATI CONTOH RAYA, signs without gelar, NIP and pangkat\n");
	/* Plt. Bupati (ayat 4) */
	memset(&doc.signer.nip, 0, sizeof(doc.signer.nip));
	doc.signer.awalan = review_tx("Plt.", 91, 11);
	doc.signer.pangkat = review_tx("Pembina Utama Muda (IV/c)", 95, 12);
	expect(&doc, "naskah: t.yaml:95:12: warning: 'Pembina Utama Muda "
	    "(IV/c)': BUPATI CONTOH RAYA, signs without gelar, NIP and "
	    "pangkat\n");
	/* a.n. Bupati, the Sekretaris Daerah signs: NIP and pangkat fine */
	doc.signer.awalan = review_tx("a.n.", 91, 11);
	doc.signer.atas_nama = review_tx("BUPATI CONTOH RAYA,", 92, 14);
	doc.signer.jabatan = review_tx("SEKRETARIS DAERAH,", 93, 12);
	doc.signer.nip = review_tx("19700101 199003 1 001", 94, 8);
	expect(&doc, "");
	/* Wakil Wali Kota, written in any case */
	memset(&doc.signer, 0, sizeof(doc.signer));
	doc.signer.jabatan = review_tx("Wakil Wali Kota Contoh,", 92, 12);
	doc.signer.nama = review_tx("ANDI SETIAWAN", 93, 9);
	expect(&doc, "");
	/* the words of a literal block's jabatan, a line apart (rvt_prefix) */
	doc.signer.jabatan = review_tx("WAKIL\nWALI  KOTA CONTOH,", 92, 12);
	expect(&doc, "");
}

/* rvt_prefixes_any is 1 exactly when rvt_prefix is not 0 for one of
 * the set: named cases (case, runs of blanks, a word's end, a trailing
 * blank, an empty label), then 20 000 random strings against 40 random
 * labels over a small alphabet, where prefixes and near misses abound. */
static void
test_prefixes(void **state)
{
	static char *named[] = { "KESATU", "KEDUA", "KEDUA PULUH",
	    "kedua  puluh satu", " PERTAMA", "KE-2", "KESEPULUH ", "", "   ",
	    "\xc3\x89TAT", NULL };
	static const char *const q[] = { "KESATU", "kesatu berlaku",
	    "KESATUAN", "KEDUA PULUH", "KEDUA\tPULUH SATU,", "KEDUA PULUHAN",
	    "KE-2.", "KE-", "  PERTAMA;", "PERTAMAX", "KESEPULUH  A",
	    "KESEPULUH.", "\xc3\x89TAT", "\xc3\x89TATS", "", "  ", NULL };
	static const char alpha[] = "KESAkea -.\t";
	struct rvt_prefixes x;
	char *labels[40], s[16];
	unsigned long r = 12345;
	size_t i, k, n;
	int want;

	(void)state;
	rvt_prefixes_make(&x, named, sizeof(named) / sizeof(named[0]));
	for (i = 0; q[i] != NULL; i++) {
		for (want = 0, k = 0; named[k] != NULL; k++)
			want |= rvt_prefix(q[i], named[k]) != 0;
		if (rvt_prefixes_any(&x, q[i]) != want)
			fail_msg("'%s': %d, want %d", q[i], !want, want);
	}
	assert_false(rvt_prefixes_any(&x, NULL));
	rvt_prefixes_free(&x);
	for (k = 0; k < 40; k++) {
		r = r * 1103515245 + 12345;
		n = 1 + (r >> 16) % 7;
		labels[k] = calloc(n + 1, 1);
		for (i = 0; i < n; i++) {
			r = r * 1103515245 + 12345;
			labels[k][i] = alpha[(r >> 16) % (sizeof(alpha) - 1)];
		}
	}
	rvt_prefixes_make(&x, labels, 40);
	for (k = 0; k < 20000; k++) {
		r = r * 1103515245 + 12345;
		n = (r >> 16) % 12;
		for (i = 0; i < n; i++) {
			r = r * 1103515245 + 12345;
			s[i] = alpha[(r >> 16) % (sizeof(alpha) - 1)];
		}
		s[n] = '\0';
		for (want = 0, i = 0; i < 40; i++)
			want |= rvt_prefix(s, labels[i]) != 0;
		if (rvt_prefixes_any(&x, s) != want)
			fail_msg("'%s': %d, want %d", s, !want, want);
	}
	rvt_prefixes_free(&x);
	for (k = 0; k < 40; k++)
		free(labels[k]);
}

/* nip-tmt: a TMT after the decree's date */
static void
test_nip_tmt(void **state)
{
	struct naskah_decree doc;

	(void)state;
	signer_pasar_manna(&doc);
	doc.signer.tampilkan_gelar = 0;
	doc.signer.pangkat = review_tx("Pembina (IV/a)", 122, 12);
	doc.signer.nip = review_tx("19730305 202503 2 001", 123, 8);
	strcpy(doc.signer.nip_digits, "197303052025032001");
	expect(&doc, "naskah: t.yaml:123:17: warning: NIP '19730305 202503 2 "
	    "001': TMT 2025-03 (digits 9-14) is after the date of the "
	    "decree\n");
	doc.signer.nip = review_tx("197303052024012001", 123, 8);
	strcpy(doc.signer.nip_digits, "197303052024012001");
	expect(&doc, "");
}

/* ttd-sama over the people of a book's documents */
static char *
same_text(const struct review_person *v, size_t n)
{
	struct tdiag td;
	struct review rv;
	char *s;

	tdiag_open(&td);
	review_init(&rv, &td.d);
	review_persons_same(&rv, v, n);
	s = strdup(tdiag_text(&td));
	tdiag_close(&td);
	return s;
}

static void
test_ttd_sama(void **state)
{
	/* as the Pasar Manna decree, book and chart write the Camat
	 * (pasar-manna-2024.yaml 120-123, pasar-manna-2024-buku.yaml 60-61,
	 * 274-275), and two Bupati without NIP */
	struct naskah_text nama[6], nip[6], gelar;
	struct review_person v[6];
	char *s;
	size_t i;

	(void)state;
	nama[0] = review_tx("MIMI HERAWATI", 120, 9);
	nip[0] = review_tx("19730305 200803 2 001", 123, 8);
	gelar = review_tx("S.Pd.M.Si", 121, 10);
	nama[1] = review_tx("MIMI HERAWATI, S.Pd.M.Si", 60, 19);
	nip[1] = review_tx("NIP.19730305 200803 2 001", 61, 18);
	nama[2] = review_tx("Mimi  Herawati, S.Pd.M.Si", 274, 25);
	nip[2] = review_tx("19730305 200803 2 001", 275, 24);
	nama[3] = review_tx("ANDI SETIAWAN", 30, 9);
	nip[3] = review_tx("", 31, 8);
	nama[4] = review_tx("ANDI SETIAWAN", 40, 9);
	nip[4] = review_tx("", 41, 8);
	nama[5] = review_tx("Drs. BUDI SANTOSO", 50, 9);
	nip[5] = review_tx("19700101 199003 1 001", 51, 8);
	for (i = 0; i < 6; i++) {
		v[i].nama = &nama[i];
		v[i].nip = &nip[i];
		v[i].gelar = NULL;
		v[i].file = NULL;
	}
	v[0].gelar = &gelar;
	s = same_text(v, 6);
	assert_string_equal(s, "");
	free(s);
	/* the same NIP under another name; the same name with another
	 * NIP; another gelar */
	nama[1] = review_tx("MIMI HERAWATY, S.Pd.M.Si", 60, 19);
	nip[5] = review_tx("19700101 199003 1 001", 51, 8);
	nama[4] = review_tx("BUDI SANTOSO", 40, 9);
	nip[4] = review_tx("19700101 199003 1 002", 41, 8);
	nama[2] = review_tx("Mimi Herawati, S.Pd., M.Si.", 274, 25);
	s = same_text(v, 6);
	assert_string_equal(s,
	    "naskah: t.yaml:60:19: warning: 'MIMI HERAWATY, S.Pd.M.Si' is "
	    "written 'MIMI HERAWATI' at line 120: the same signer is "
	    "written the same way in every document\n"
	    "naskah: t.yaml:51:8: warning: '19700101 199003 1 001' is "
	    "written '19700101 199003 1 002' at line 41: the same signer "
	    "is written the same way in every document\n"
	    "naskah: t.yaml:274:40: warning: 'Mimi Herawati, S.Pd., M.Si.' "
	    "is written 'S.Pd.M.Si' at line 121: the same signer is "
	    "written the same way in every document\n");
	free(s);
}

/* review_book_ttd: the decree's signer against a signature of the
 * book (pasar-manna-2024-buku.yaml 60-61) */
static void
test_book_ttd(void **state)
{
	struct naskah_decree doc;
	struct naskah_block b;
	struct naskah_part part;
	struct naskah_book bk;
	struct tdiag td;
	struct review rv;

	(void)state;
	signer_pasar_manna(&doc);
	doc.path = (char *)"pasar-manna-2024.yaml";
	memset(&b, 0, sizeof(b));
	b.kind = BLOCK_TTD;
	b.nama = review_tx("MIMI HERAWATI, S.Pd.M.Si", 60, 19);
	b.nip = review_tx("NIP.19730305 200803 2 001", 61, 18);
	memset(&part, 0, sizeof(part));
	part.kind = PART_KATA_PENGANTAR;
	part.isi.v = &b;
	part.isi.n = 1;
	memset(&bk, 0, sizeof(bk));
	bk.part = &part;
	bk.npart = 1;
	bk.decree = &doc;
	tdiag_open(&td);
	review_init(&rv, &td.d);
	review_book_ttd(&rv, &bk);
	assert_string_equal(tdiag_text(&td), "");
	b.nip = review_tx("NIP.19730305 200803 2 002", 61, 18);
	review_book_ttd(&rv, &bk);
	assert_string_equal(tdiag_text(&td), "naskah: t.yaml:61:18: warning: "
	    "'NIP.19730305 200803 2 002' is written '19730305 200803 2 001' "
	    "at pasar-manna-2024.yaml line 123: the same signer is written "
	    "the same way in every document\n");
	tdiag_close(&td);
}

/* ---- angka and iku: the rows of the examples ---- */

static struct naskah_yearly py_target[7][5];

/* Row of iku-pasar-manna-2024.yaml starting at line l (indikator at
 * l + 1, satuan, target and realisasi lines given). */
static void
row_years(struct naskah_iku *r, struct naskah_yearly *y, int tl,
    const char *const *v, const int *col, size_t n, int year)
{
	size_t i;

	for (i = 0; i < n; i++) {
		y[i].year = 2022 + (int)i;
		y[i].v = review_tx(v[i], tl, col[i]);
		if (y[i].year == year)
			r->target = y[i].v;
	}
	r->targets = y;
	r->ntargets = n;
}

static const char *const akip[] = { "76", "78", "80", "82", "85" };
static const int akip_col[] = { 18, 28, 38, 48, 58 };

static void
pasar_manna_rows(struct naskah_iku r[7], struct naskah_yearly re[7][3])
{
	static const char *const sasaran[7] = {
	    "Meningkatnya Kualitas Perencanaan, Penganggaran, Dan Evaluasi "
	    "Kinerja Perangkat Daerah",
	    "Terselenggaranya Urusan Umum Dan Kepegawaian",
	    "Pengelolaan Keuangan Dan Barang Milik Daerah",
	    "Meningkatnya Kualitas Penyediaan Jasa Penunjang Urusan "
	    "Pemerintah Daerah",
	    "Meningkatnya Pelayanan Publik Di Kecamatan",
	    "Meningkatnya Kualitas Pemberdayaan Masyarakat Desa Dan "
	    "Kelurahan",
	    "Meningkatnya Kualitas Pelayanan Fasilitasi Rekomendasi "
	    "Pembinaan Dan Pengawasan Dan Pemerintahan Desa" };
	static const char *const indikator[7] = {
	    "Nilai Laporan Akuntabilitas Kinerja Instansi Pemerintah (AKIP)",
	    "Nilai Laporan Akuntabilitas Kinerja Instansi Pemerintah (AKIP)",
	    "Nilai Laporan Akuntabilitas Kinerja Instansi Pemerintah (AKIP)",
	    "Nilai Laporan Akuntabilitas Kinerja Instansi Pemerintah (AKIP)",
	    "Indeks Kepuasan Masyarakat (IKM)",
	    "Persentase Desa Dan Kelurahan Yang Di Berdayakan",
	    "Persentase Desa Dan Kelurahan Yang Mempunyai Tata Kelola Yang "
	    "Bagus Dan Baik" };
	static const int line[7] = { 9, 15, 21, 27, 33, 42, 51 };
	static const int tline[7] = { 13, 19, 25, 31, 40, 49, 58 };
	static const char *const satuan[7] = { "nilai", "nilai", "nilai",
	    "nilai", "indeks", "%", "%" };
	static const char *const pct[] = { "60 %", "65 %", "70 %", "72 %",
	    "75 %" };
	static const int pct_col[] = { 18, 30, 42, 54, 66 };
	static const char *const t7[] = { "80", "83", "85", "87", "90" };
	static const char *const real[7][3] = {
	    { "76,10", "79,35", "82,47" }, { "74,20", "77,05", "78,10" },
	    { "77,80", "78,90", "80" }, { "80,15", "83,40", "85,25" },
	    { "72,50", "75,10", "76,92" }, { "58,0", "61,5", "64,3" },
	    { "80", "84", "87" } };
	size_t i, k;

	memset(r, 0, 7 * sizeof(*r));
	for (i = 0; i < 7; i++) {
		r[i].sasaran = review_tx(sasaran[i], line[i], 12);
		r[i].indikator = review_tx(indikator[i], line[i] + 1, 14);
		r[i].satuan = review_tx(satuan[i], line[i] + 3 + (i >= 4 ? 3 : 0),
		    12);
		if (i < 4) {
			r[i].formula = FORMULA_TEXT;
			r[i].formulasi = review_tx("Hasil evaluasi AKIP", line[i] + 2,
			    14);
		} else
			r[i].formula = FORMULA_FRACTION;
		row_years(&r[i], py_target[i], tline[i],
		    i == 5 ? pct : i == 6 ? t7 : akip,
		    i == 5 ? pct_col : akip_col, 5, 2024);
		for (k = 0; k < 3; k++) {
			re[i][k].year = 2022 + (int)k;
			re[i][k].v = review_tx(real[i][k], tline[i] + 1,
			    22 + 14 * (int)k);
		}
		r[i].realisasi = re[i];
		r[i].nrealisasi = 3;
	}
}

/* The Pasar Manna IKU rows: the target "70 %" beside the Satuan "%"
 * (reported once, at the decree's year's figure), and the one AKIP
 * indicator measuring four sasaran. */
static void
test_rows_pasar_manna(void **state)
{
	struct naskah_iku r[7];
	struct naskah_yearly re[7][3];
	struct naskah_lampiran lp;
	struct naskah_decree doc;
	static const char *const bare[] = { "60", "65", "70", "72", "75" };
	size_t i;

	(void)state;
	pasar_manna_rows(r, re);
	memset(&lp, 0, sizeof(lp));
	lp.iku = r;
	lp.niku = 7;
	memset(&doc, 0, sizeof(doc));
	doc.lampiran = &lp;
	doc.nlampiran = 1;
	expect(&doc,
	    "naskah: t.yaml:49:45: warning: '70 %' writes its unit, which "
	    "the Satuan column already gives ('%'): write the figure "
	    "alone\n"
	    "naskah: t.yaml:16:14: warning: the indicator 'Nilai Laporan "
	    "Akuntabilitas Ki\xe2\x80\xa6ja Instansi Pemerintah (AKIP)' is "
	    "already given at line 10: each indicator measures its own "
	    "sasaran\n"
	    "naskah: t.yaml:22:14: warning: the indicator 'Nilai Laporan "
	    "Akuntabilitas Ki\xe2\x80\xa6ja Instansi Pemerintah (AKIP)' is "
	    "already given at line 10: each indicator measures its own "
	    "sasaran\n"
	    "naskah: t.yaml:28:14: warning: the indicator 'Nilai Laporan "
	    "Akuntabilitas Ki\xe2\x80\xa6ja Instansi Pemerintah (AKIP)' is "
	    "already given at line 10: each indicator measures its own "
	    "sasaran\n");
	/* corrected: the figures without their unit, one AKIP row */
	for (i = 0; i < 5; i++)
		py_target[5][i].v = review_tx(bare[i], 49, 18 + 12 * (int)i);
	r[5].target = py_target[5][2].v;
	lp.iku = r + 3;
	lp.niku = 4;
	expect(&doc, "");
}

/* The Contoh Raya rows (keputusan-bupati-contoh-raya.yaml 99-125): no
 * Satuan column, formulas everywhere, one sasaran with two indicators:
 * only "5,20 %" and "9,80 %" depart, from EYD's "1%". */
static void
test_rows_contoh_raya(void **state)
{
	struct naskah_iku r[5];
	struct naskah_lampiran lp;
	struct naskah_decree doc;

	(void)state;
	memset(r, 0, sizeof(r));
	r[0].sasaran = review_tx("Meningkatnya kualitas sumber daya manusia", 100, 17);
	r[0].indikator = review_tx("Indeks Pembangunan Manusia (IPM)", 101, 20);
	r[0].formula = FORMULA_TEXT;
	r[0].target = review_tx("73,10", 103, 18);
	r[1].sasaran = review_tx("Meningkatnya pertumbuhan ekonomi daerah", 104, 17);
	r[1].indikator = review_tx("Laju pertumbuhan ekonomi", 105, 20);
	r[1].formula = FORMULA_FRACTION;
	r[1].target = review_tx("5,20 %", 110, 18);
	r[2].sasaran = review_tx("Menurunnya kemiskinan", 111, 17);
	r[2].indikator = review_tx("Persentase penduduk miskin", 112, 20);
	r[2].formula = FORMULA_FRACTION;
	r[2].target = review_tx("9,80 %", 117, 18);
	r[3].sasaran = review_tx("Meningkatnya akuntabilitas kinerja pemerintah "
	    "daerah", 118, 17);
	r[3].indikator = review_tx("Nilai Sistem Akuntabilitas Kinerja Instansi "
	    "Pemerintah (SAKIP)", 119, 20);
	r[3].formula = FORMULA_TEXT;
	r[3].target = review_tx("70,50", 121, 18);
	r[4].sasaran = r[3].sasaran;
	r[4].sasaran.span.at.line = 122;
	r[4].indikator = review_tx("Opini Badan Pemeriksa Keuangan atas Laporan "
	    "Keuangan Pemerintah Daerah", 123, 20);
	r[4].formula = FORMULA_TEXT;
	r[4].target = review_tx("WTP", 125, 17);
	memset(&lp, 0, sizeof(lp));
	lp.iku = r;
	lp.niku = 5;
	memset(&doc, 0, sizeof(doc));
	doc.lampiran = &lp;
	doc.nlampiran = 1;
	expect(&doc,
	    "naskah: t.yaml:110:23: warning: '5,20 %': % is written without "
	    "a space after its number (\"70%\")\n"
	    "naskah: t.yaml:117:23: warning: '9,80 %': % is written without "
	    "a space after its number (\"70%\")\n");
	r[1].target = review_tx("5,20%", 110, 18);
	r[2].target = review_tx("9,80%", 117, 18);
	expect(&doc, "");
}

/* One row in one lampiran, for the rules below. */
struct one {
	struct naskah_iku	r;
	struct naskah_lampiran	lp;
	struct naskah_decree	doc;
};

static void
one_row(struct one *o, const char *indikator, const char *satuan,
    const char *target)
{
	memset(o, 0, sizeof(*o));
	o->r.sasaran = review_tx("Meningkatnya pelayanan", 5, 14);
	o->r.indikator = review_tx(indikator, 6, 16);
	if (satuan != NULL)
		o->r.satuan = review_tx(satuan, 7, 13);
	o->r.formula = FORMULA_TEXT;
	o->r.formulasi = review_tx("Hasil survei", 8, 16);
	o->r.target = review_tx(target, 9, 13);
	o->lp.iku = &o->r;
	o->lp.niku = 1;
	o->doc.lampiran = &o->lp;
	o->doc.nlampiran = 1;
}

/* koma-desimal: "87.5"; thousands "1.000" and "12.500.000" are not */
static void
test_koma_desimal(void **state)
{
	static const char *const fine[] = { "87,5", "1.000", "12.500.000",
	    "1.000,5", "87", "WTP", "-3,5" };
	struct one o;
	size_t i;

	(void)state;
	one_row(&o, "Indeks Kepuasan Masyarakat", "indeks", "87.5");
	expect(&o.doc, "naskah: t.yaml:9:15: warning: '87.5': Indonesian "
	    "writes the decimal mark as a comma ('87,5')\n");
	one_row(&o, "Indeks Kepuasan Masyarakat", "indeks", "0.750");
	expect(&o.doc, "naskah: t.yaml:9:14: warning: '0.750': Indonesian "
	    "writes the decimal mark as a comma ('0,750')\n");
	for (i = 0; i < sizeof(fine) / sizeof(fine[0]); i++) {
		one_row(&o, "Indeks Kepuasan Masyarakat", "indeks", fine[i]);
		expect(&o.doc, "");
	}
}

/* satuan-ganda in words: "80 nilai" under Satuan "nilai" */
static void
test_satuan_ganda(void **state)
{
	struct one o;

	(void)state;
	one_row(&o, "Nilai AKIP", "Nilai", "80 nilai");
	expect(&o.doc, "naskah: t.yaml:9:16: warning: '80 nilai' writes its "
	    "unit, which the Satuan column already gives ('Nilai'): write "
	    "the figure alone\n");
	one_row(&o, "Persentase desa mandiri", "persen", "70%");
	expect(&o.doc, "naskah: t.yaml:9:15: warning: '70%' writes its "
	    "unit, which the Satuan column already gives ('persen'): write "
	    "the figure alone\n");
	one_row(&o, "Nilai AKIP", "nilai", "80");
	expect(&o.doc, "");
}

/* persen-rentang: a share above 100% or below 0 */
static void
test_persen_rentang(void **state)
{
	struct one o;

	(void)state;
	one_row(&o, "Persentase desa mandiri", "%", "120");
	expect(&o.doc, "naskah: t.yaml:9:13: warning: '120' is not a share "
	    "between 0% and 100%, as a persentase is\n");
	one_row(&o, "Persentase desa mandiri", NULL, "-5%");
	expect(&o.doc, "naskah: t.yaml:9:13: warning: '-5%' is not a share "
	    "between 0% and 100%, as a persentase is\n");
	one_row(&o, "Persentase desa mandiri", "%", "100");
	expect(&o.doc, "");
	/* a rate of change may fall below 0 */
	one_row(&o, "Laju pertumbuhan ekonomi", "%", "-2,07");
	expect(&o.doc, "");
	/* a Persentase counted in other units is not bounded */
	one_row(&o, "Persentase desa mandiri", "desa", "120");
	expect(&o.doc, "");
}

/* capaian-rentang: realisasi ten times apart from its target */
static void
test_capaian_rentang(void **state)
{
	struct naskah_yearly re[2];
	struct one o;

	(void)state;
	one_row(&o, "Indeks Kepuasan Masyarakat", "indeks", "85");
	re[0].year = 2023;
	re[0].v = review_tx("84", 10, 24);
	re[1].year = 2024;
	re[1].v = review_tx("0,87", 10, 36);
	o.r.realisasi = re;
	o.r.nrealisasi = 2;
	expect(&o.doc, "naskah: t.yaml:10:36: warning: realisasi '0,87' is "
	    "more than ten times apart from its target '85' of 2024: check "
	    "the unit and the decimal comma\n");
	re[1].v = review_tx("87", 10, 36);
	expect(&o.doc, "");
}

/* iku-tanpa-ukuran: neither formulasi nor satuan */
static void
test_iku_tanpa_ukuran(void **state)
{
	struct one o;

	(void)state;
	one_row(&o, "Kualitas pelayanan", NULL, "Baik");
	o.r.formula = FORMULA_NONE;
	expect(&o.doc, "naskah: t.yaml:6:16: warning: the indicator "
	    "'Kualitas pelayanan' has neither a formulasi nor a satuan: an "
	    "IKU is measurable\n");
	o.r.satuan = review_tx("predikat", 7, 13);
	expect(&o.doc, "");
	one_row(&o, "Kualitas pelayanan", NULL, "Baik");
	expect(&o.doc, "");
}

/* iku-tanpa-indikator: a placeholder for the indicator */
static void
test_iku_tanpa_indikator(void **state)
{
	struct one o;

	(void)state;
	one_row(&o, "-", NULL, "80");
	expect(&o.doc, "naskah: t.yaml:6:16: warning: the sasaran "
	    "'Meningkatnya pelayanan' has no indicator\n");
	one_row(&o, "n/a", NULL, "80");
	expect(&o.doc, "naskah: t.yaml:6:16: warning: the sasaran "
	    "'Meningkatnya pelayanan' has no indicator\n");
	one_row(&o, "Nilai SAKIP", NULL, "80");
	expect(&o.doc, "");
}

/* indikator-ganda within a lampiran, in any case and spacing; the same
 * indicator in another lampiran (another table) is not repeated */
static void
test_indikator_ganda(void **state)
{
	struct naskah_iku r[4];
	struct naskah_lampiran lp[2];
	struct naskah_decree doc;
	size_t i;

	(void)state;
	memset(r, 0, sizeof(r));
	memset(lp, 0, sizeof(lp));
	memset(&doc, 0, sizeof(doc));
	r[0].indikator = review_tx("Nilai SAKIP", 6, 16);
	r[1].indikator = review_tx("Indeks Kepuasan Masyarakat", 16, 16);
	r[2].indikator = review_tx("nilai  sakip", 26, 16);
	r[3].indikator = review_tx("Nilai SAKIP", 36, 16);
	for (i = 0; i < 4; i++) {
		r[i].sasaran = review_tx("Meningkatnya pelayanan", 5 + 10 * (int)i,
		    14);
		r[i].formula = FORMULA_TEXT;
	}
	lp[0].iku = r;
	lp[0].niku = 3;
	lp[1].iku = r + 3;
	lp[1].niku = 1;
	doc.lampiran = lp;
	doc.nlampiran = 2;
	expect(&doc, "naskah: t.yaml:26:16: warning: the indicator 'nilai  "
	    "sakip' is already given at line 6: each indicator measures "
	    "its own sasaran\n");
	r[2].indikator = review_tx("Nilai SAKIP Kecamatan", 26, 16);
	expect(&doc, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_prefixes),
		cmocka_unit_test(test_ttd_pasar_manna),
		cmocka_unit_test(test_ttd_gelar_in_name),
		cmocka_unit_test(test_ttd_nip),
		cmocka_unit_test(test_ttd_kepala_daerah),
		cmocka_unit_test(test_nip_tmt),
		cmocka_unit_test(test_ttd_sama),
		cmocka_unit_test(test_book_ttd),
		cmocka_unit_test(test_rows_pasar_manna),
		cmocka_unit_test(test_rows_contoh_raya),
		cmocka_unit_test(test_koma_desimal),
		cmocka_unit_test(test_satuan_ganda),
		cmocka_unit_test(test_persen_rentang),
		cmocka_unit_test(test_capaian_rentang),
		cmocka_unit_test(test_iku_tanpa_ukuran),
		cmocka_unit_test(test_iku_tanpa_indikator),
		cmocka_unit_test(test_indikator_ganda),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
