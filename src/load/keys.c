/* SPDX-License-Identifier: ISC */
/*
 * keys.c - the table of the keys of every mapping of a document: what
 * the loader accepts, and what `naskah schema` describes.  doc names a
 * key's entry in naskah.5 as tools/keydoc.py finds it: the section
 * (.SH) and the tag of its .TP paragraph.
 */
#include <stddef.h>
#include <string.h>

#include "model/capaian.h"
#include "model/columns.h"
#include "model/setup.h"
#include "load/keys.h"

#define TXT(n, f, d)	{ n, KT_TEXT, f, KM_NONE, NULL, 0, d }
#define TXTS(n, f, d)	{ n, KT_TEXTS, f, KM_NONE, NULL, 0, d }
#define INT(n, f, d)	{ n, KT_INT, f, KM_NONE, NULL, 0, d }
#define NUM(n, f, d)	{ n, KT_NUM, f, KM_NONE, NULL, 0, d }
#define BOOL(n, f, d)	{ n, KT_BOOL, f, KM_NONE, NULL, 0, d }
#define DATE(n, f, d)	{ n, KT_DATE, f, KM_NONE, NULL, 0, d }
#define FREE(n, f, d)	{ n, KT_MAP_FREE, f, KM_NONE, NULL, 0, d }
#define CHOICE(n, f, names, count, d) \
			{ n, KT_CHOICE, f, KM_NONE, names, count, d }
#define MAP(n, f, m, d)	{ n, KT_MAP, f, m, NULL, 0, d }
#define LIST(n, f, m, d) { n, KT_LIST, f, m, NULL, 0, d }
#define END		{ NULL, KT__MAX, 0, KM_NONE, NULL, 0, NULL }

/* a list of clauses: texts, or {label, teks} */
#define CLAUSES(n, f, d) LIST(n, (f) | KEY_ITEM_TEXT | KEY_NONEMPTY, \
			    KM_CLAUSE, d)

static const char *const jenis_keputusan[] = { "keputusan" };
static const char *const jenis_peraturan[] = { "peraturan" };
static const char *const version[] = { "1" };
static const char *const tingkat[] = { "peringatan", "galat" };
static const char *const status_names[] = { "final", "konsep" };

/* what a decree and a Peraturan share, before their own keys */
#define SETUP_KEYS \
	CHOICE("naskah", KEY_REQ, version, 1, "KEYS/naskah"), \
	CHOICE("kertas", 0, naskah_paper_names, PAPER__MAX, "KEYS/kertas"), \
	MAP("margin", 0, KM_MARGIN, "KEYS/margin"), \
	{ "huruf", KT_TEXT_OR_MAP, 0, KM_FACES, NULL, 0, "KEYS/huruf" }, \
	TXT("templat", 0, "KEYS/templat"), \
	{ "templat_ubah", KT_TEMPLATE, 0, KM_NONE, NULL, 0, \
	    "KEYS/templat_ubah" }, \
	MAP("metadata", 0, KM_META, "KEYS/metadata"), \
	MAP("kop", 0, KM_KOP, "KEYS/kop"), \
	LIST("abaikan", 0, KM_ABAIKAN, "KEYS/abaikan")
/* and after them */
#define DECREE_KEYS \
	CLAUSES("menimbang", KEY_REQ, "KEYS/menimbang"), \
	CLAUSES("mengingat", KEY_REQ, "KEYS/mengingat"), \
	CLAUSES("memperhatikan", 0, "KEYS/memperhatikan"), \
	MAP("penetapan", KEY_REQ, KM_PENETAPAN, "KEYS/penetapan"), \
	MAP("penandatangan", KEY_REQ, KM_SIGNER, "KEYS/penandatangan"), \
	TXTS("tembusan", 0, "KEYS/tembusan"), \
	LIST("lampiran", KEY_NONEMPTY, KM_LAMPIRAN, "KEYS/lampiran"), \
	/* issue 17: a draft and who initials it */ \
	CHOICE("status", 0, status_names, 2, "KEYS/status"), \
	LIST("paraf", KEY_NONEMPTY, KM_PARAF, "KEYS/paraf")

static const struct keydef decree[] = {
	SETUP_KEYS,
	CHOICE("jenis", KEY_REQ, jenis_keputusan, 1, "KEYS/jenis"),
	MAP("keputusan", KEY_REQ, KM_KEPUTUSAN, "KEYS/keputusan"),
	DECREE_KEYS,
	TXT("menetapkan", 0, "KEYS/menetapkan"),
	CLAUSES("diktum", KEY_REQ, "KEYS/diktum"),
	MAP("mencabut", 0, KM_REF, "KEYS/mencabut"),
	MAP("mengubah", 0, KM_REF, "KEYS/mengubah"),
	BOOL("sumber", 0, "KEYS/sumber"),	/* issue 17: the source in the PDF */
	BOOL("arsip", 0, "KEYS/arsip"),		/* issue 17: PDF/A */
	END
};

static const struct keydef margin[] = {
	NUM("kiri", 0, "KEYS/margin"),
	NUM("kanan", 0, "KEYS/margin"),
	NUM("atas", 0, "KEYS/margin"),
	NUM("bawah", 0, "KEYS/margin"),
	END
};

static const struct keydef faces[] = {
	TXT("biasa", KEY_REQ, "KEYS/huruf"),
	TXT("tebal", 0, "KEYS/huruf"),
	TXT("miring", 0, "KEYS/huruf"),
	TXT("tebal_miring", 0, "KEYS/huruf"),
	END
};

static const struct keydef meta[] = {
	TXT("judul", 0, "KEYS/metadata.judul"),
	TXT("subjek", 0, "KEYS/metadata.subjek"),
	TXT("penulis", 0, "KEYS/metadata.penulis"),
	TXT("kata_kunci", 0, "KEYS/metadata.kata_kunci"),
	DATE("tanggal", 0, "KEYS/metadata.tanggal"),
	END
};

static const struct keydef kop[] = {
	TXT("pemerintah", 0, "KEYS/kop.pemerintah"),
	TXT("instansi", KEY_REQ, "KEYS/kop.instansi"),
	TXTS("alamat", 0, "KEYS/kop.alamat"),
	TXT("logo", 0, "KEYS/kop.logo"),
	TXT("telepon", 0, "KEYS/kop.telepon"),
	TXT("faksimile", 0, "KEYS/kop.faksimile"),
	TXT("kode_pos", 0, "KEYS/kop.kode_pos"),
	TXT("laman", 0, "KEYS/kop.laman"),
	TXT("email", 0, "KEYS/kop.email"),
	TXT("wilayah", 0, "KEYS/kop.wilayah"),
	END
};

static const struct keydef keputusan[] = {
	TXT("judul", KEY_REQ, "KEYS/keputusan.judul"),
	TXT("nomor", KEY_NULL, "KEYS/keputusan.nomor"),
	INT("tahun", KEY_REQ, "KEYS/keputusan.tahun"),
	TXT("tentang", KEY_REQ_NEW, "KEYS/keputusan.tentang"),
	TXT("pejabat", KEY_REQ, "KEYS/keputusan.pejabat"),
	BOOL("rahmat", 0, "KEYS/keputusan.rahmat"),
	END
};

static const struct keydef clause[] = {
	TXT("label", 0, "KEYS/menimbang"),
	TXT("teks", KEY_REQ, "KEYS/menimbang"),
	END
};

static const struct keydef penetapan[] = {
	TXT("tempat", KEY_REQ, "KEYS/penetapan.tempat"),
	DATE("tanggal", KEY_REQ, "KEYS/penetapan.tanggal"),
	END
};

static const struct keydef signer[] = {
	TXT("awalan", 0, "KEYS/penandatangan.awalan"),
	TXT("atas_nama", 0, "KEYS/penandatangan.atas_nama"),
	TXT("jabatan", KEY_REQ, "KEYS/penandatangan.jabatan"),
	TXT("nama", KEY_REQ, "KEYS/penandatangan.nama"),
	TXT("gelar", 0, "KEYS/penandatangan.gelar"),
	BOOL("tampilkan_gelar", 0, "KEYS/penandatangan.tampilkan_gelar"),
	TXT("pangkat", 0, "KEYS/penandatangan.pangkat"),
	TXT("nip", 0, "KEYS/penandatangan.nip"),
	MAP("tte", 0, KM_TTE, "KEYS/penandatangan.tte"),	/* issue 17 */
	END
};

/* issue 17: an official who initials a draft */
static const struct keydef paraf[] = {
	TXT("jabatan", KEY_REQ, "KEYS/paraf"),
	TXT("nama", 0, "KEYS/paraf"),
	END
};

/* issue 17: the electronic signature's appearance */
static const struct keydef tte[] = {
	TXT("tautan", KEY_REQ, "KEYS/penandatangan.tte.tautan"),
	BOOL("uu_ite", 0, "KEYS/penandatangan.tte.uu_ite"),
	END
};

static const struct keydef lampiran[] = {
	TXTS("judul", KEY_REQ, "KEYS/lampiran[].judul"),
	LIST("iku", KEY_REQ | KEY_NONEMPTY, KM_IKU, "KEYS/lampiran[].iku"),
	BOOL("melintang", 0, "KEYS/lampiran[].melintang"),
	END
};

static const struct keydef iku[] = {
	TXT("sasaran", KEY_REQ, "KEYS/lampiran[].iku[].sasaran"),
	TXT("indikator", KEY_REQ, "KEYS/lampiran[].iku[].indikator"),
	{ "formulasi", KT_TEXT_OR_MAP, 0, KM_FRACTION, NULL, 0,
	    "KEYS/lampiran[].iku[].formulasi" },
	{ "target", KT_TEXT_OR_YEARLY, 0, KM_NONE, NULL, 0,
	    "KEYS/lampiran[].iku[].target" },
	TXT("satuan", 0, "LAMPIRAN AND THE IKU TABLE/satuan"),
	CHOICE("arah", 0, naskah_arah_names, ARAH__MAX,
	    "LAMPIRAN AND THE IKU TABLE/arah"),
	{ "realisasi", KT_YEARLY, 0, KM_NONE, NULL, 0,
	    "LAMPIRAN AND THE IKU TABLE/realisasi" },
	TXT("sumber_data", 0, "LAMPIRAN AND THE IKU TABLE/sumber_data"),
	TXT("penanggung_jawab", 0,
	    "LAMPIRAN AND THE IKU TABLE/penanggung_jawab"),
	INT("desimal", 0, "LAMPIRAN AND THE IKU TABLE/desimal"),
	TXT("alasan", 0, "KEYS/lampiran[].iku[].alasan"),
	TXT("penjelasan", 0, "KEYS/lampiran[].iku[].penjelasan"),
	END
};

static const struct keydef fraction[] = {
	TXT("pembilang", KEY_REQ, "KEYS/lampiran[].iku[].formulasi"),
	TXT("penyebut", KEY_REQ, "KEYS/lampiran[].iku[].formulasi"),
	TXT("kali", 0, "KEYS/lampiran[].iku[].formulasi"),
	END
};

static const struct keydef ref[] = {
	TXT("berkas", 0, "KEYS/mencabut"),
	TXT("judul", 0, "KEYS/mencabut"),
	TXT("nomor", 0, "KEYS/mencabut"),
	DATE("tanggal", 0, "KEYS/mencabut"),
	TXT("tentang", 0, "KEYS/mencabut"),
	END
};

static const struct keydef abaikan[] = {
	TXT("aturan", KEY_REQ, "KEYS/aturan"),
	TXT("alasan", KEY_REQ, "KEYS/alasan"),
	CHOICE("tingkat", 0, tingkat, 2, "KEYS/tingkat"),
	END
};

static const struct keydef perda[] = {
	SETUP_KEYS,
	CHOICE("jenis", KEY_REQ, jenis_peraturan, 1, "KEYS/jenis"),
	MAP("peraturan", KEY_REQ, KM_PERATURAN, "PERATURAN/peraturan"),
	DECREE_KEYS,
	TXT("menetapkan", KEY_REQ, "KEYS/menetapkan"),
	MAP("batang_tubuh", KEY_REQ, KM_BATANG, "PERATURAN/batang_tubuh"),
	MAP("pengundangan", KEY_REQ, KM_UNDANG, "PERATURAN/pengundangan"),
	BOOL("sumber", 0, "KEYS/sumber"),	/* issue 17: the source in the PDF */
	BOOL("arsip", 0, "KEYS/arsip"),		/* issue 17: PDF/A */
	END
};

static const struct keydef peraturan[] = {
	TXT("judul", KEY_REQ, "KEYS/keputusan.judul"),
	TXT("nomor", KEY_NULL, "KEYS/keputusan.nomor"),
	INT("tahun", KEY_REQ, "KEYS/keputusan.tahun"),
	TXT("tentang", KEY_REQ, "KEYS/keputusan.tentang"),
	TXT("pejabat", KEY_REQ, "KEYS/keputusan.pejabat"),
	BOOL("rahmat", 0, "KEYS/keputusan.rahmat"),
	TXT("sebutan", KEY_REQ, "PERATURAN/peraturan"),
	END
};

/* the items of a Pasal, of an ayat, of a point */
#define BUTIR_LISTS \
	LIST("huruf", KEY_ITEM_TEXT | KEY_NONEMPTY, KM_BUTIR, \
	    "PERATURAN/pasal"), \
	LIST("angka", KEY_ITEM_TEXT | KEY_NONEMPTY, KM_BUTIR, \
	    "PERATURAN/pasal")
#define PASAL_LIST \
	LIST("pasal", KEY_ITEM_TEXT | KEY_NONEMPTY, KM_PASAL, "PERATURAN/pasal")

static const struct keydef batang[] = {
	LIST("bab", KEY_NONEMPTY, KM_BAB, "PERATURAN/batang_tubuh"),
	PASAL_LIST,
	END
};

static const struct keydef bab[] = {
	TXT("judul", KEY_REQ, "PERATURAN/batang_tubuh"),
	PASAL_LIST,
	LIST("bagian", KEY_NONEMPTY, KM_BAGIAN, "PERATURAN/batang_tubuh"),
	END
};

static const struct keydef bagian[] = {
	TXT("judul", KEY_REQ, "PERATURAN/batang_tubuh"),
	PASAL_LIST,
	LIST("paragraf", KEY_NONEMPTY, KM_PARAGRAF,
	    "PERATURAN/batang_tubuh"),
	END
};

static const struct keydef paragraf[] = {
	TXT("judul", KEY_REQ, "PERATURAN/batang_tubuh"),
	PASAL_LIST,
	END
};

static const struct keydef pasal[] = {
	INT("nomor", 0, "PERATURAN/pasal"),
	TXT("teks", 0, "PERATURAN/pasal"),
	LIST("ayat", KEY_ITEM_TEXT | KEY_NONEMPTY, KM_BUTIR, "PERATURAN/pasal"),
	BUTIR_LISTS,
	END
};

static const struct keydef butir[] = {
	TXT("teks", KEY_REQ, "PERATURAN/pasal"),
	BUTIR_LISTS,
	END
};

static const struct keydef undang[] = {
	TXT("tempat", KEY_REQ, "PERATURAN/pengundangan"),
	DATE("tanggal", KEY_REQ, "PERATURAN/pengundangan"),
	TXT("jabatan", KEY_REQ, "PERATURAN/pengundangan"),
	TXT("nama", KEY_REQ, "PERATURAN/pengundangan"),
	TXT("pangkat", 0, "PERATURAN/pengundangan"),
	TXT("nip", 0, "PERATURAN/pengundangan"),
	MAP("berita_daerah", KEY_REQ, KM_BERITA, "PERATURAN/pengundangan"),
	END
};

static const struct keydef berita[] = {
	TXT("daerah", KEY_REQ, "PERATURAN/pengundangan"),
	INT("tahun", KEY_REQ, "PERATURAN/pengundangan"),
	TXT("nomor", KEY_REQ, "PERATURAN/pengundangan"),
	END
};

static const char *const jenis_buku[] = { "buku" };
static const char *const jenis_lkjip[] = { "lkjip-lampiran" };

/* a book's and an LKjIP appendix's own keys */
#define BOOK_SETUP_KEYS \
	CHOICE("naskah", KEY_REQ, version, 1, "BOOKS/naskah"), \
	CHOICE("kertas", 0, naskah_paper_names, PAPER__MAX, "BOOKS/kertas"), \
	MAP("margin", 0, KM_MARGIN, "BOOKS/margin"), \
	{ "huruf", KT_TEXT_OR_MAP, 0, KM_FACES, NULL, 0, "BOOKS/huruf" }, \
	TXT("templat", 0, "BOOKS/templat"), \
	MAP("metadata", 0, KM_META, "BOOKS/metadata"), \
	LIST("abaikan", 0, KM_ABAIKAN, "KEYS/abaikan")

static const struct keydef book[] = {
	BOOK_SETUP_KEYS,
	CHOICE("jenis", KEY_REQ, jenis_buku, 1, "BOOKS/jenis"),
	MAP("kop", 0, KM_KOP, "BOOKS/kop"),
	LIST("bagian", KEY_REQ | KEY_NONEMPTY, KM_PART, "BOOKS/bagian"),
	BOOL("sumber", 0, "KEYS/sumber"),	/* issue 17: the source in the PDF */
	BOOL("arsip", 0, "KEYS/arsip"),		/* issue 17: PDF/A */
	END
};

static const struct keydef lkjip[] = {
	BOOK_SETUP_KEYS,
	CHOICE("jenis", KEY_REQ, jenis_lkjip, 1, "KEYS/jenis"),
	BOOL("melintang", 0, "BOOKS/lampiran"),
	TXTS("judul", 0, "BOOKS/lampiran"),
	LIST("isi", KEY_REQ | KEY_NONEMPTY | KEY_ITEM_TEXT, KM_BLOCK,
	    "BOOKS/lampiran"),
	BOOL("sumber", 0, "KEYS/sumber"),	/* issue 17: the source in the PDF */
	BOOL("arsip", 0, "KEYS/arsip"),		/* issue 17: PDF/A */
	END
};

/* in the order of naskah_part_names */
static const struct keydef part[] = {
	MAP("sampul", 0, KM_SAMPUL, "BOOKS/sampul"),
	TXT("keputusan", 0, "BOOKS/keputusan"),
	MAP("kata_pengantar", 0, KM_PENGANTAR, "BOOKS/kata_pengantar"),
	{ "daftar_isi", KT_EMPTY, 0, KM_NONE, NULL, 0, "BOOKS/daftar_isi" },
	MAP("bab", 0, KM_BAB_BUKU, "BOOKS/bab"),
	MAP("lampiran", 0, KM_LAMPIRAN_BUKU, "BOOKS/lampiran"),
	END
};

/* blocks (issue 16: KM_BLOCK below): a text is a paragraph */
#define BLOCKS(n, f, d)	LIST(n, (f) | KEY_NONEMPTY | KEY_ITEM_TEXT, \
			    KM_BLOCK, d)

static const struct keydef sampul[] = {
	TXTS("judul", KEY_REQ, "BOOKS/sampul"),
	TXT("logo", KEY_NULL, "BOOKS/sampul"),
	TXTS("instansi", 0, "BOOKS/sampul"),
	END
};

static const struct keydef pengantar[] = {
	BOOL("kop", 0, "BOOKS/kata_pengantar"),
	BLOCKS("isi", KEY_REQ, "BOOKS/kata_pengantar"),
	END
};

static const struct keydef bab_buku[] = {
	TXTS("judul", KEY_REQ, "BOOKS/bab"),
	BLOCKS("isi", 0, "BOOKS/bab"),
	LIST("subbab", KEY_NONEMPTY, KM_SUBBAB, "BOOKS/bab.subbab"),
	END
};

static const struct keydef subbab[] = {
	TXT("judul", KEY_REQ, "BOOKS/bab.subbab"),
	BLOCKS("isi", 0, "BOOKS/bab.subbab"),
	LIST("subbab", KEY_NONEMPTY, KM_SUBBAB, "BOOKS/bab.subbab"),
	END
};

static const struct keydef lampiran_buku[] = {
	TXTS("judul", 0, "BOOKS/lampiran"),
	BLOCKS("isi", KEY_REQ, "BOOKS/lampiran"),
	BOOL("melintang", 0, "BOOKS/lampiran"),
	END
};

/*
 * issue 16: the blocks of isi (load_book.c, load_blocks.c): a text is
 * a paragraph, anything else a mapping of one key, in the order of
 * load_book.c's block names.
 */
static const char *const rata[] = { "kiri", "tengah", "kanan" };
/* a choice of a table's columns, t an enum naskah_ltable (-1: the
 * decree's IKU table) */
#define KOLOM(n, t, d)	{ n, KT_COLSEL, 0, KM_NONE, naskah_isi_names, t, d }
#define ITEMS(n, d)	LIST(n, KEY_NONEMPTY | KEY_ITEM_TEXT, KM_ITEM, d)

static const struct keydef block[] = {
	TXT("paragraf", 0, "BOOKS/text"),
	ITEMS("daftar", "BOOKS/daftar"),
	ITEMS("daftar_huruf", "BOOKS/daftar_huruf"),
	LIST("istilah", KEY_NONEMPTY, KM_ISTILAH, "BOOKS/istilah"),
	TXT("kutipan", 0, "BOOKS/kutipan"),
	{ "tabel_iku", KT_TEXT_OR_MAP, 0, KM_TABEL_IKU, NULL, 0,
	    "BOOKS/tabel_iku" },
	MAP("ttd", 0, KM_TTD, "BOOKS/ttd"),
	{ "ganti_halaman", KT_ANY, 0, KM_NONE, NULL, 0,
	    "BOOKS/ganti_halaman" },
	{ "bagan", KT_LIST_OR_MAP, 0, KM_BAGAN, NULL, 0, "BOOKS/bagan" },
	MAP("gambar", 0, KM_GAMBAR, "BOOKS/gambar"),
	MAP("tabel", 0, KM_TABEL, "BOOKS/tabel"),
	MAP("pengukuran_kinerja", 0, KM_PENGUKURAN,
	    "BOOKS/pengukuran_kinerja"),
	MAP("perbandingan_kinerja", 0, KM_PERBANDINGAN,
	    "BOOKS/perbandingan_kinerja"),
	MAP("realisasi_anggaran", 0, KM_ANGGARAN, "BOOKS/realisasi_anggaran"),
	MAP("perbandingan_renstra", 0, KM_RENSTRA,
	    "BOOKS/perbandingan_renstra"),
	MAP("perjanjian_kinerja", 0, KM_PERJANJIAN,
	    "BOOKS/perjanjian_kinerja"),
	TXT("judul", 0, "BOOKS/judul"),
	END
};

static const struct keydef item[] = {
	TXT("teks", KEY_REQ, "BOOKS/daftar"),
	ITEMS("daftar", "BOOKS/daftar"),
	ITEMS("daftar_huruf", "BOOKS/daftar_huruf"),
	END
};

static const struct keydef istilah[] = {
	TXT("istilah", KEY_REQ, "BOOKS/istilah"),
	TXT("arti", KEY_REQ, "BOOKS/istilah"),
	END
};

static const struct keydef tabel_iku[] = {
	INT("lampiran", KEY_REQ, "BOOKS/tabel_iku"),
	KOLOM("kolom", -1, "BOOKS/tabel_iku"),
	END
};

static const struct keydef ttd[] = {
	TXTS("baris", 0, "BOOKS/ttd"),
	TXT("nama", KEY_REQ, "BOOKS/ttd"),
	TXT("nip", 0, "BOOKS/ttd"),
	END
};

static const struct keydef bagan[] = {
	LIST("jabatan", KEY_REQ | KEY_NONEMPTY, KM_JABATAN, "BOOKS/bagan"),
	BOOL("melintang", 0, "BOOKS/melintang"),
	END
};

static const struct keydef jabatan[] = {
	TXT("id", KEY_REQ, "BOOKS/id"),
	TXT("jabatan", KEY_REQ, "BOOKS/jabatan"),
	TXT("nama", 0, "BOOKS/nama"),
	TXT("nip", 0, "BOOKS/nip"),
	TXT("atasan", 0, "BOOKS/atasan"),
	BOOL("staf", 0, "BOOKS/staf"),
	BOOL("tegak", 0, "BOOKS/tegak"),
	END
};

static const struct keydef gambar[] = {
	TXT("berkas", KEY_REQ, "BOOKS/gambar"),
	TXT("keterangan", 0, "BOOKS/gambar"),
	NUM("lebar", 0, "BOOKS/gambar"),
	END
};

static const struct keydef tabel[] = {
	LIST("kolom", KEY_REQ | KEY_NONEMPTY | KEY_ITEM_TEXT, KM_KOLOM,
	    "BOOKS/tabel"),
	{ "baris", KT_ROWS, KEY_REQ, KM_NONE, NULL, 0, "BOOKS/tabel" },
	END
};

static const struct keydef kolom[] = {
	TXT("judul", KEY_REQ, "BOOKS/tabel"),
	NUM("lebar", 0, "BOOKS/tabel"),
	CHOICE("rata", 0, rata, 3, "BOOKS/tabel"),
	END
};

/* what pengukuran_kinerja, perbandingan_kinerja and
 * perbandingan_renstra share after tahun */
#define UKUR_KEYS(t, d) \
	LIST("iku", KEY_REQ | KEY_NONEMPTY, KM_IKU, d), \
	INT("desimal", 0, d), \
	CHOICE("pembulatan", 0, naskah_pembulatan_names, PEMBULATAN__MAX, d), \
	TXT("kosong", 0, d), \
	LIST("predikat", KEY_NONEMPTY, KM_PREDIKAT, d), \
	KOLOM("kolom", t, d)

static const struct keydef pengukuran[] = {
	INT("tahun", KEY_REQ, "BOOKS/pengukuran_kinerja"),
	UKUR_KEYS(LTABLE_PENGUKURAN, "BOOKS/pengukuran_kinerja"),
	END
};

static const struct keydef perbandingan[] = {
	LIST("tahun", KEY_REQ | KEY_NONEMPTY | KEY_ITEM_TEXT, KM_NONE,
	    "BOOKS/perbandingan_kinerja"),
	UKUR_KEYS(LTABLE_PERBANDINGAN, "BOOKS/perbandingan_kinerja"),
	END
};

static const struct keydef renstra[] = {
	INT("tahun", KEY_REQ, "BOOKS/perbandingan_renstra"),
	INT("tahun_akhir", KEY_REQ, "BOOKS/perbandingan_renstra"),
	UKUR_KEYS(LTABLE_RENSTRA, "BOOKS/perbandingan_renstra"),
	END
};

static const struct keydef perjanjian[] = {
	INT("tahun", KEY_REQ, "BOOKS/perjanjian_kinerja"),
	LIST("iku", KEY_REQ | KEY_NONEMPTY, KM_IKU,
	    "BOOKS/perjanjian_kinerja"),
	KOLOM("kolom", LTABLE_PK_IKU, "BOOKS/perjanjian_kinerja"),
	LIST("program", KEY_NONEMPTY, KM_PROGRAM, "BOOKS/perjanjian_kinerja"),
	{ "kolom_program", KT_COLSEL, KEY_WITH_PREV, KM_NONE,
	    naskah_isi_names, LTABLE_PK_PROGRAM, "BOOKS/perjanjian_kinerja" },
	MAP("pihak_pertama", KEY_REQ, KM_PIHAK, "BOOKS/perjanjian_kinerja"),
	MAP("pihak_kedua", KEY_REQ, KM_PIHAK, "BOOKS/perjanjian_kinerja"),
	END
};

static const struct keydef predikat[] = {
	NUM("minimal", 0, "BOOKS/pengukuran_kinerja"),
	NUM("lebih_dari", 0, "BOOKS/pengukuran_kinerja"),
	TXT("predikat", KEY_REQ, "BOOKS/pengukuran_kinerja"),
	END
};

static const struct keydef pihak[] = {
	TXT("tanggal", 0, "BOOKS/perjanjian_kinerja"),
	TXTS("jabatan", KEY_REQ, "BOOKS/perjanjian_kinerja"),
	TXT("nama", KEY_REQ, "BOOKS/perjanjian_kinerja"),
	TXT("nip", 0, "BOOKS/perjanjian_kinerja"),
	END
};

static const struct keydef program[] = {
	TXT("program", KEY_REQ, "BOOKS/perjanjian_kinerja"),
	TXT("anggaran", KEY_REQ, "BOOKS/perjanjian_kinerja"),
	END
};

static const struct keydef anggaran[] = {
	LIST("baris", KEY_REQ | KEY_NONEMPTY, KM_ANGGARAN_BARIS,
	    "BOOKS/realisasi_anggaran"),
	INT("desimal", 0, "BOOKS/realisasi_anggaran"),
	KOLOM("kolom", LTABLE_ANGGARAN, "BOOKS/realisasi_anggaran"),
	END
};

static const struct keydef anggaran_baris[] = {
	TXT("program", KEY_REQ, "BOOKS/realisasi_anggaran"),
	TXT("pagu", KEY_REQ, "BOOKS/realisasi_anggaran"),
	TXT("realisasi", KEY_REQ, "BOOKS/realisasi_anggaran"),
	END
};

static const struct keymap keymaps[KM__MAX] = {
	[KM_DECREE] = { "keputusan_dokumen", decree, "KEYS/jenis", NULL },
	[KM_MARGIN] = { "margin", margin, "KEYS/margin", NULL },
	[KM_FACES] = { "huruf", faces, "KEYS/huruf", NULL },
	[KM_META] = { "metadata", meta, "KEYS/metadata", NULL },
	[KM_KOP] = { "kop", kop, "KEYS/kop", NULL },
	[KM_KEPUTUSAN] = { "keputusan", keputusan, "KEYS/keputusan",
	    NULL },
	[KM_CLAUSE] = { "butir", clause, "KEYS/menimbang", NULL },
	[KM_PENETAPAN] = { "penetapan", penetapan, "KEYS/penetapan", NULL },
	[KM_SIGNER] = { "penandatangan", signer, "KEYS/penandatangan",
	    NULL },
	[KM_LAMPIRAN] = { "lampiran", lampiran, "KEYS/lampiran", NULL },
	[KM_IKU] = { "iku", iku, "KEYS/lampiran[].iku", NULL },
	[KM_FRACTION] = { "formulasi", fraction,
	    "KEYS/lampiran[].iku[].formulasi", NULL },
	[KM_REF] = { "rujukan", ref, "KEYS/mencabut", NULL },
	[KM_ABAIKAN] = { "abaikan", abaikan, "KEYS/abaikan", NULL },
	[KM_PERDA] = { "peraturan_dokumen", perda, "PERATURAN/peraturan",
	    NULL },
	[KM_PERATURAN] = { "peraturan", peraturan, "PERATURAN/peraturan",
	    NULL },
	[KM_BATANG] = { "batang_tubuh", batang, "PERATURAN/batang_tubuh",
	    "Tepat satu kunci: bab atau pasal.", 1 },
	[KM_BAB] = { "bab", bab, "PERATURAN/batang_tubuh",
	    "pasal atau bagian, tidak keduanya." },
	[KM_BAGIAN] = { "bagian", bagian, "PERATURAN/batang_tubuh",
	    "pasal atau paragraf, tidak keduanya." },
	[KM_PARAGRAF] = { "paragraf", paragraf, "PERATURAN/batang_tubuh",
	    NULL },
	[KM_PASAL] = { "pasal", pasal, "PERATURAN/pasal",
	    "teks dengan huruf atau angka, atau ayat saja." },
	[KM_BUTIR] = { "ayat", butir, "PERATURAN/pasal", NULL },
	[KM_UNDANG] = { "pengundangan", undang, "PERATURAN/pengundangan",
	    NULL },
	[KM_BERITA] = { "berita_daerah", berita, "PERATURAN/pengundangan",
	    NULL },
	[KM_BOOK] = { "buku_dokumen", book, "KEYS/jenis", NULL },
	[KM_PART] = { "bagian_buku", part, "BOOKS/bagian", NULL, 1 },
	[KM_SAMPUL] = { "sampul", sampul, "BOOKS/sampul", NULL },
	[KM_PENGANTAR] = { "kata_pengantar", pengantar,
	    "BOOKS/kata_pengantar", NULL },
	[KM_BAB_BUKU] = { "bab_buku", bab_buku, "BOOKS/bab", NULL },
	[KM_SUBBAB] = { "subbab", subbab, "BOOKS/bab.subbab",
	    "Kedalaman subbab diperiksa oleh naskah check." },
	[KM_LAMPIRAN_BUKU] = { "lampiran_buku", lampiran_buku,
	    "BOOKS/lampiran", NULL },
	[KM_TTE] = { "tte", tte, "KEYS/penandatangan.tte", NULL },	/* issue 17 */
	[KM_PARAF] = { "paraf", paraf, "KEYS/paraf", NULL },	/* issue 17 */
	[KM_LKJIP] = { "lkjip_dokumen", lkjip, "KEYS/jenis",
	    "Lampiran LKjIP (naskah(5), LKJIP APPENDIX)." },
	/* issue 16: the blocks */
	[KM_BLOCK] = { "blok", block, "BOOKS/text", NULL, 1 },
	[KM_ITEM] = { "butir_daftar", item, "BOOKS/daftar", NULL },
	[KM_ISTILAH] = { "istilah", istilah, "BOOKS/istilah", NULL },
	[KM_TABEL_IKU] = { "tabel_iku", tabel_iku, "BOOKS/tabel_iku", NULL },
	[KM_TTD] = { "ttd", ttd, "BOOKS/ttd", NULL },
	[KM_BAGAN] = { "bagan", bagan, "BOOKS/bagan", NULL },
	[KM_JABATAN] = { "jabatan_bagan", jabatan, "BOOKS/jabatan",
	    "Tepat satu jabatan tanpa atasan (pimpinan); diperiksa oleh "
	    "naskah check." },
	[KM_GAMBAR] = { "gambar", gambar, "BOOKS/gambar", NULL },
	[KM_TABEL] = { "tabel", tabel, "BOOKS/tabel", NULL },
	[KM_KOLOM] = { "kolom_tabel", kolom, "BOOKS/tabel", NULL },
	[KM_PENGUKURAN] = { "pengukuran_kinerja", pengukuran,
	    "BOOKS/pengukuran_kinerja", NULL },
	[KM_PERBANDINGAN] = { "perbandingan_kinerja", perbandingan,
	    "BOOKS/perbandingan_kinerja", NULL },
	[KM_RENSTRA] = { "perbandingan_renstra", renstra,
	    "BOOKS/perbandingan_renstra", NULL },
	[KM_PERJANJIAN] = { "perjanjian_kinerja", perjanjian,
	    "BOOKS/perjanjian_kinerja", NULL },
	[KM_PREDIKAT] = { "predikat", predikat, "BOOKS/pengukuran_kinerja",
	    "Tepat satu dari minimal dan lebih_dari." },
	[KM_PIHAK] = { "pihak", pihak, "BOOKS/perjanjian_kinerja", NULL },
	[KM_PROGRAM] = { "program", program, "BOOKS/perjanjian_kinerja",
	    NULL },
	[KM_ANGGARAN] = { "realisasi_anggaran", anggaran,
	    "BOOKS/realisasi_anggaran", NULL },
	[KM_ANGGARAN_BARIS] = { "baris_anggaran", anggaran_baris,
	    "BOOKS/realisasi_anggaran", NULL },
};

const struct keymap *
keymap_get(enum keymap_id id)
{
	return id > KM_NONE && id < KM__MAX ? &keymaps[id] : NULL;
}
