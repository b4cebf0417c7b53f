/* SPDX-License-Identifier: ISC */
/*
 * test_review_kinds.c - the reviewer over every kind of document, not
 * only the decree (issue 15): a Keputusan's Memperhatikan (bentuk), the
 * IKU rows of an LKjIP's and a book's pengukuran and Perjanjian Kinerja
 * blocks (angka and iku, each table once), a Peraturan's Pasal
 * (struktur) and pengundangan (bentuk, penandatangan).  Each document is parsed from
 * memory and reviewed through naskah_review; each rule speaks at the
 * offending value's line:col and is silent on correct text.
 */
#include <unistd.h>

#include "test.h"
#include "test_review.h"
#include "naskah.h"

/* The findings seen, one "line:col rule" a line ("file:line:col rule"
 * for a file other than the document's). */
struct found {
	char	 s[4096];
	size_t	 n;
};

static void
on_message(void *arg, const struct naskah_message *m)
{
	struct found *f = arg;
	const char *file = m->file != NULL ? strrchr(m->file, '/') : NULL;
	int k;

	file = file != NULL ? file + 1 : m->file;
	if (file != NULL && strcmp(file, "t.yaml") == 0)
		file = NULL;
	k = snprintf(f->s + f->n, sizeof(f->s) - f->n, "%s%s%d:%d %s\n",
	    file != NULL ? file : "", file != NULL ? ":" : "", m->line,
	    m->column, m->rule != NULL ? m->rule : m->text);
	assert_true(k > 0 && (size_t)k < sizeof(f->s) - f->n);
	f->n += (size_t)k;
}

/* The findings of yaml's review (the loader's messages too: none is
 * expected), its relative file names in basedir (NULL: here); the
 * count naskah_review returned in *count. */
static const char *
review_yaml_in(struct found *f, const char *yaml, const char *basedir,
    int *count)
{
	struct naskah_options o;
	struct naskah *ctx;
	struct naskah_doc *doc;

	memset(&o, 0, sizeof(o));
	memset(f, 0, sizeof(*f));
	o.datadir = ".";
	o.message = on_message;
	o.message_arg = f;
	ctx = naskah_new(&o);
	assert_non_null(ctx);
	doc = naskah_doc_parse(ctx, yaml, strlen(yaml), "t.yaml", basedir);
	if (doc == NULL)
		fail_msg("%s", f->s);
	*count = naskah_review(ctx, doc, 0);
	naskah_doc_free(doc);
	naskah_free(ctx);
	return f->s;
}

static const char *
review_yaml(struct found *f, const char *yaml, int *count)
{
	return review_yaml_in(f, yaml, NULL, count);
}

#define KEPUTUSAN(memperhatikan) \
	"naskah: 1\n" \
	"jenis: keputusan\n" \
	"keputusan: {judul: KEPUTUSAN CAMAT CONTOH, tahun: 2024, " \
	"tentang: UJI, pejabat: \"CAMAT CONTOH,\"}\n" \
	"menimbang: [\"bahwa a;\"]\n" \
	"mengingat: [\"Undang-Undang Nomor 1 Tahun 2000;\"]\n" \
	"memperhatikan:\n" \
	"  - Hasil rapat koordinasi tanggal 3 Januari 2024;\n" \
	"  - " memperhatikan "\n" \
	"menetapkan: KEPUTUSAN CAMAT CONTOH TENTANG UJI.\n" \
	"diktum: [Keputusan ini mulai berlaku pada tanggal ditetapkan.]\n" \
	"penetapan: {tempat: Contoh, tanggal: 2024-01-02}\n" \
	"penandatangan: {jabatan: \"CAMAT CONTOH,\", nama: NAMA CAMAT, " \
	"pangkat: Pembina, nip: 19730305 200803 2 001}\n" \
	"abaikan:\n" \
	"  - {aturan: dasar-lembaran, alasan: uji}\n"

/* memperhatikan-titik-koma: at the character where ";" should stand,
 * the last point too */
static void
test_memperhatikan(void **state)
{
	struct found f;
	int n;

	(void)state;
	assert_string_equal(review_yaml(&f, KEPUTUSAN(
	    "Surat Sekretaris Daerah tanggal 2 Januari 2024."), &n),
	    "8:51 memperhatikan-titik-koma\n");
	assert_int_equal(n, 1);
	assert_string_equal(review_yaml(&f, KEPUTUSAN(
	    "Surat Sekretaris Daerah tanggal 2 Januari 2024"), &n),
	    "8:50 memperhatikan-titik-koma\n");
	assert_string_equal(review_yaml(&f, KEPUTUSAN(
	    "Surat Sekretaris Daerah tanggal 2 Januari 2024;"), &n), "");
	assert_int_equal(n, 0);
}

/* An LKjIP whose pengukuran and perbandingan both include rows.yaml:
 * one table at one place, reviewed once. */
static const char lkjip[] =
	"naskah: 1\n"
	"jenis: lkjip-lampiran\n"
	"judul: [LAMPIRAN LKJIP]\n"
	"isi:\n"
	"  - pengukuran_kinerja:\n"
	"      tahun: 2024\n"
	"      iku: {sertakan: rows.yaml}\n"
	"  - perbandingan_kinerja:\n"
	"      tahun: [2023, 2024]\n"
	"      iku: {sertakan: rows.yaml}\n";

static const char rows_bad[] =
	"- sasaran: Meningkatnya pelayanan\n"			/* 1 */
	"  indikator: Persentase pengaduan selesai\n"
	"  formulasi: Pengaduan selesai dibagi pengaduan masuk\n"
	"  satuan: \"%\"\n"
	"  target: {2024: 70 %}\n"				/* 5 */
	"  realisasi: {2024: \"87.5\"}\n"			/* 6 */
	"- sasaran: Meningkatnya pelayanan\n"
	"  indikator: Persentase pengaduan selesai\n"		/* 8 */
	"  formulasi: Pengaduan selesai dibagi pengaduan masuk\n"
	"  target: {2024: 95 %}\n"				/* 10 */
	"  realisasi: {2024: 120 %}\n"				/* 11 */
	"- sasaran: Meningkatnya ketertiban\n"
	"  indikator: Jumlah ketertiban umum\n"			/* 13 */
	"  target: {2024: 5}\n"
	"  realisasi: {2024: 80}\n"				/* 15 */
	"- sasaran: Meningkatnya partisipasi\n"
	"  indikator: \"-\"\n"					/* 17 */
	"  satuan: kegiatan\n"
	"  target: {2024: 4}\n";

static const char rows_good[] =
	"- sasaran: Meningkatnya pelayanan\n"
	"  indikator: Persentase pengaduan selesai\n"
	"  formulasi: Pengaduan selesai dibagi pengaduan masuk\n"
	"  satuan: \"%\"\n"
	"  target: {2024: 70}\n"
	"  realisasi: {2024: \"87,5\"}\n"
	"- sasaran: Meningkatnya ketertiban\n"
	"  indikator: Indeks ketenteraman\n"
	"  formulasi: Hasil survei ketenteraman\n"
	"  target: {2024: \"0,75\"}\n"
	"  realisasi: {2024: \"0,8\"}\n";

/* The files of a test: name and text, ending with a NULL name. */
struct tfile {
	const char	*name, *text;
};

/* The review of yaml with the files fs in a directory of their own. */
static const char *
review_files(struct found *f, const char *yaml, const struct tfile *fs,
    int *count)
{
	char dir[] = "/tmp/test_review_kinds.XXXXXX", path[64];
	FILE *fp;
	size_t i;

	assert_non_null(mkdtemp(dir));
	for (i = 0; fs[i].name != NULL; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, fs[i].name);
		assert_non_null(fp = fopen(path, "w"));
		assert_true(fputs(fs[i].text, fp) >= 0);
		assert_int_equal(fclose(fp), 0);
	}
	review_yaml_in(f, yaml, dir, count);
	for (i = 0; fs[i].name != NULL; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, fs[i].name);
		assert_int_equal(remove(path), 0);
	}
	assert_int_equal(rmdir(dir), 0);
	return f->s;
}

/* The review of lkjip with rows in rows.yaml. */
static const char *
review_lkjip(struct found *f, const char *rows, int *count)
{
	const struct tfile fs[] = { { "rows.yaml", rows }, { NULL, NULL } };

	return review_files(f, lkjip, fs, count);
}

/* angka and iku over an LKjIP's IKU rows, at each value's line:col in
 * the file it is written in; each finding once (count included) */
static void
test_lkjip(void **state)
{
	struct found f;
	int n;

	(void)state;
	assert_string_equal(review_lkjip(&f, rows_bad, &n),
	    "rows.yaml:6:24 koma-desimal\n"
	    "rows.yaml:5:21 satuan-ganda\n"
	    "rows.yaml:10:21 persen-spasi\n"
	    "rows.yaml:11:25 persen-spasi\n"
	    "rows.yaml:11:21 persen-rentang\n"
	    "rows.yaml:15:21 capaian-rentang\n"
	    "rows.yaml:13:14 iku-tanpa-ukuran\n"
	    "rows.yaml:17:14 iku-tanpa-indikator\n"
	    "rows.yaml:8:14 indikator-ganda\n");
	assert_int_equal(n, 9);
	assert_string_equal(review_lkjip(&f, rows_good, &n), "");
	assert_int_equal(n, 0);
}

/* A book whose decree (d.yaml) and pengukuran include one file of
 * rows: reviewed once, with the decree */
static const char decree_rows[] = KEPUTUSAN(
	"Surat Sekretaris Daerah tanggal 2 Januari 2024;")
	"lampiran:\n"
	"  - judul: [INDIKATOR KINERJA UTAMA]\n"
	"    iku: {sertakan: rows.yaml}\n";

static const char buku_decree[] =
	"naskah: 1\n"
	"jenis: buku\n"
	"bagian:\n"
	"  - keputusan: d.yaml\n"
	"  - lampiran:\n"
	"      isi:\n"
	"        - pengukuran_kinerja:\n"
	"            tahun: 2024\n"
	"            iku: {sertakan: rows.yaml}\n";

static void
test_buku_decree(void **state)
{
	const struct tfile fs[] = { { "rows.yaml", rows_bad },
	    { "d.yaml", decree_rows }, { NULL, NULL } };
	struct found f;
	char *alone;
	int n, nalone;

	(void)state;
	/* the decree alone: the Lampiran no diktum names, then its rows */
	alone = strdup(review_files(&f, decree_rows, fs, &nalone));
	assert_true(strncmp(alone, "16:5 lampiran-acuan\n", 20) == 0);
	assert_non_null(strstr(alone, "rows.yaml:5:21 satuan-ganda\n"));
	/* the book: the same findings, the decree's now named by its file,
	 * and as many: its pengukuran's rows are the decree's */
	review_files(&f, buku_decree, fs, &n);
	assert_true(strncmp(f.s, "d.yaml:", 7) == 0);
	assert_string_equal(f.s + 7, alone);
	assert_int_equal(n, nalone);
	free(alone);
}

/* A book's own Perjanjian Kinerja rows (no decree) */
static const char buku[] =
	"naskah: 1\n"
	"jenis: buku\n"
	"bagian:\n"
	"  - lampiran:\n"
	"      isi:\n"
	"        - perjanjian_kinerja:\n"
	"            tahun: 2024\n"
	"            iku:\n"
	"              - sasaran: Meningkatnya pelayanan\n"
	"                indikator: Indeks Kepuasan Masyarakat\n"
	"                formulasi: Hasil survei IKM\n"
	"                target: {2024: 80 %}\n"		/* 12 */
	"            pihak_pertama: {tanggal: \"Contoh, 2 Januari 2024\", "
	"jabatan: Camat Contoh, nama: NAMA CAMAT}\n"
	"            pihak_kedua: {jabatan: Bupati Contoh, nama: NAMA "
	"BUPATI}\n";

static void
test_buku(void **state)
{
	struct found f;
	int n;

	(void)state;
	assert_string_equal(review_yaml(&f, buku, &n),
	    "12:35 persen-spasi\n");
	assert_int_equal(n, 1);
}

#define PERATURAN(pasal2, lampiran_ref, undang_jabatan) \
	PERATURAN_SEKDA(pasal2, lampiran_ref, undang_jabatan, "NAMA SEKDA")
#define PERATURAN_SEKDA(pasal2, lampiran_ref, undang_jabatan, sekda) \
	"naskah: 1\n" \
	"jenis: peraturan\n" \
	"peraturan: {judul: PERATURAN BUPATI CONTOH, nomor: \"7\", " \
	"tahun: 2024, tentang: UJI, pejabat: \"BUPATI CONTOH,\", " \
	"rahmat: ya, sebutan: Peraturan Bupati}\n" \
	"menimbang: [\"bahwa a;\"]\n" \
	"mengingat: [\"Undang-Undang Nomor 1 Tahun 2000;\"]\n" \
	"menetapkan: PERATURAN BUPATI TENTANG UJI.\n" \
	"batang_tubuh:\n" \
	"  pasal:\n" \
	"    - teks: IKU tercantum dalam " lampiran_ref " yang merupakan " \
	"bagian tidak terpisahkan dari Peraturan Bupati ini.\n" \
	"    - teks: " pasal2 "\n" \
	"penetapan: {tempat: Contoh, tanggal: 2024-01-02}\n" \
	"penandatangan: {jabatan: \"BUPATI CONTOH,\", nama: NAMA BUPATI}\n" \
	"pengundangan:\n" \
	"  tempat: Contoh\n" \
	"  tanggal: 2024-01-02\n" \
	"  jabatan: " undang_jabatan "\n" \
	"  nama: " sekda "\n" \
	"  berita_daerah: {daerah: Kabupaten Contoh, tahun: 2024, " \
	"nomor: \"7\"}\n" \
	"lampiran:\n" \
	"  - judul: [INDIKATOR KINERJA UTAMA]\n" \
	"    iku:\n" \
	"      - sasaran: Meningkatnya pelayanan\n" \
	"        indikator: Indeks Kepuasan Masyarakat\n" \
	"        formulasi: Hasil survei IKM\n" \
	"        target: {2024: \"82\"}\n" \
	"abaikan:\n" \
	"  - {aturan: dasar-lembaran, alasan: uji}\n"

/* pasal-berlaku, pasal-lampiran-ada, pasal-lampiran-acuan, the
 * pengundangan's jabatan line (jabatan-kapital, jabatan-koma) and its
 * signer's name (ttd-gelar) */
static void
test_peraturan(void **state)
{
	struct found f;
	int n;

	(void)state;
	assert_string_equal(review_yaml(&f, PERATURAN(
	    "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.",
	    "Lampiran", "\"SEKRETARIS DAERAH KABUPATEN CONTOH,\""), &n), "");
	assert_int_equal(n, 0);
	assert_string_equal(review_yaml(&f, PERATURAN(
	    "Hal lain diatur oleh Perangkat Daerah.",
	    "Lampiran II", "Sekretaris Daerah Kabupaten Contoh"), &n),
	    "10:13 pasal-berlaku\n"
	    "9:33 pasal-lampiran-ada\n"
	    "16:12 jabatan-kapital\n"
	    "16:45 jabatan-koma\n");
	assert_int_equal(n, 4);
	assert_string_equal(review_yaml(&f, PERATURAN(
	    "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.",
	    "dokumen", "\"SEKRETARIS DAERAH KABUPATEN CONTOH,\""), &n),
	    "20:5 pasal-lampiran-acuan\n");
	/* ttd-gelar: the pengundangan's signer, at the gelar */
	assert_string_equal(review_yaml(&f, PERATURAN_SEKDA(
	    "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.",
	    "Lampiran", "\"SEKRETARIS DAERAH KABUPATEN CONTOH,\"",
	    "\"NAMA SEKDA, S.H.\""), &n), "17:22 ttd-gelar\n");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_memperhatikan),
		cmocka_unit_test(test_lkjip),
		cmocka_unit_test(test_buku),
		cmocka_unit_test(test_buku_decree),
		cmocka_unit_test(test_peraturan),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
