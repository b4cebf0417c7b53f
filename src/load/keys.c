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

/* what a decree and a Peraturan share, before their own keys */
#define SETUP_KEYS \
	CHOICE("naskah", KEY_REQ, version, 1, "KEYS/naskah"), \
	CHOICE("kertas", 0, naskah_paper_names, PAPER__MAX, "KEYS/kertas"), \
	MAP("margin", 0, KM_MARGIN, "KEYS/margin"), \
	{ "huruf", KT_TEXT_OR_MAP, 0, KM_FACES, NULL, 0, "KEYS/huruf" }, \
	TXT("templat", 0, "KEYS/templat"), \
	FREE("templat_ubah", 0, "KEYS/templat_ubah"), \
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
	LIST("lampiran", KEY_NONEMPTY, KM_LAMPIRAN, "KEYS/lampiran")

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

/* a book's and an LKjIP appendix's own keys; their parts and blocks
 * are read by load_book.c and load_blocks.c alone (not described) */
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
	END
};

static const struct keydef lkjip[] = {
	BOOK_SETUP_KEYS,
	CHOICE("jenis", KEY_REQ, jenis_lkjip, 1, "KEYS/jenis"),
	BOOL("melintang", 0, "BOOKS/lampiran"),
	TXTS("judul", 0, "BOOKS/lampiran"),
	LIST("isi", KEY_REQ | KEY_NONEMPTY, KM_NONE, "BOOKS/lampiran"),
	BOOL("sumber", 0, "KEYS/sumber"),	/* issue 17: the source in the PDF */
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

/* blocks: read by load_book.c and load_blocks.c alone */
#define BLOCKS(n, f, d)	LIST(n, (f) | KEY_NONEMPTY, KM_NONE, d)

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
	    "Exactly one key: bab or pasal.", 1 },
	[KM_BAB] = { "bab", bab, "PERATURAN/batang_tubuh",
	    "Either pasal or bagian, not both." },
	[KM_BAGIAN] = { "bagian", bagian, "PERATURAN/batang_tubuh",
	    "Either pasal or paragraf, not both." },
	[KM_PARAGRAF] = { "paragraf", paragraf, "PERATURAN/batang_tubuh",
	    NULL },
	[KM_PASAL] = { "pasal", pasal, "PERATURAN/pasal",
	    "teks with huruf or angka, or ayat alone." },
	[KM_BUTIR] = { "ayat", butir, "PERATURAN/pasal", NULL },
	[KM_UNDANG] = { "pengundangan", undang, "PERATURAN/pengundangan",
	    NULL },
	[KM_BERITA] = { "berita_daerah", berita, "PERATURAN/pengundangan",
	    NULL },
	[KM_BOOK] = { "buku_dokumen", book, "KEYS/jenis",
	    "The blocks of its parts (isi) are checked by naskah check "
	    "only." },
	[KM_PART] = { "bagian_buku", part, "BOOKS/bagian", NULL, 1 },
	[KM_SAMPUL] = { "sampul", sampul, "BOOKS/sampul", NULL },
	[KM_PENGANTAR] = { "kata_pengantar", pengantar,
	    "BOOKS/kata_pengantar", NULL },
	[KM_BAB_BUKU] = { "bab_buku", bab_buku, "BOOKS/bab", NULL },
	[KM_SUBBAB] = { "subbab", subbab, "BOOKS/bab.subbab",
	    "How deep subbab nest is checked by naskah check." },
	[KM_LAMPIRAN_BUKU] = { "lampiran_buku", lampiran_buku,
	    "BOOKS/lampiran", NULL },
	[KM_LKJIP] = { "lkjip_dokumen", lkjip, "KEYS/jenis",
	    "An LKjIP appendix (naskah(5), LKJIP APPENDIX); its blocks (isi) "
	    "are checked by naskah check only." },
};

const struct keymap *
keymap_get(enum keymap_id id)
{
	return id > KM_NONE && id < KM__MAX ? &keymaps[id] : NULL;
}
