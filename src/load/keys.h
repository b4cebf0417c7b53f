/* SPDX-License-Identifier: ISC */
/*
 * keys.h - the keys of every mapping of a document, in one table
 * (keys.c): the loader checks a mapping's keys against its entry
 * (schema_keys), and `naskah schema` writes the JSON Schema from the
 * same entries (keys_json.c), so the two cannot disagree.
 *
 * A key's type says what the JSON Schema accepts; the code that reads
 * the value still checks it (and more: ranges, dates, references).
 */
#ifndef NASKAH_KEYS_H
#define NASKAH_KEYS_H

/* The mappings, one each; KM_X is described by keymaps[KM_X]. */
enum keymap_id {
	KM_NONE = 0,		/* no mapping: the type needs none */
	/* the decree (jenis: keputusan, the default) */
	KM_DECREE,
	KM_MARGIN,
	KM_FACES,		/* huruf as a mapping of faces */
	KM_META,
	KM_KOP,
	KM_KEPUTUSAN,
	KM_CLAUSE,		/* an item of menimbang, mengingat, diktum */
	KM_PENETAPAN,
	KM_SIGNER,
	KM_LAMPIRAN,
	KM_IKU,			/* an IKU row */
	KM_FRACTION,		/* its formulasi as a fraction */
	KM_REF,			/* mencabut, mengubah */
	KM_ABAIKAN,
	/* jenis: peraturan */
	KM_PERDA,
	KM_PERATURAN,
	KM_BATANG,		/* batang_tubuh */
	KM_BAB,
	KM_BAGIAN,
	KM_PARAGRAF,
	KM_PASAL,
	KM_BUTIR,		/* an ayat, or a point of huruf or angka */
	KM_UNDANG,		/* pengundangan */
	KM_BERITA,		/* pengundangan.berita_daerah */
	/* jenis: buku and lkjip-lampiran: their top level only */
	KM_BOOK,
	KM_LKJIP,
	/* a book's parts; their blocks (isi) are not described */
	KM_PART,		/* an item of bagian: one key */
	KM_SAMPUL,
	KM_PENGANTAR,		/* kata_pengantar */
	KM_BAB_BUKU,
	KM_SUBBAB,
	KM_LAMPIRAN_BUKU,
	KM_TTE,			/* penandatangan.tte (issue 17) */
	KM_PARAF,		/* an item of paraf (issue 17) */
	/* issue 16: the blocks of a book's parts and of an LKjIP (isi) */
	KM_BLOCK,		/* an item of isi that is no text: one key */
	KM_ITEM,		/* a point of daftar, daftar_huruf */
	KM_ISTILAH,
	KM_TABEL_IKU,
	KM_TTD,
	KM_BAGAN,		/* bagan's long form */
	KM_JABATAN,		/* a position of a chart */
	KM_GAMBAR,
	KM_TABEL,
	KM_KOLOM,		/* a column of tabel */
	KM_PENGUKURAN,		/* pengukuran_kinerja */
	KM_PERBANDINGAN,	/* perbandingan_kinerja */
	KM_RENSTRA,		/* perbandingan_renstra */
	KM_PERJANJIAN,		/* perjanjian_kinerja */
	KM_PREDIKAT,		/* a step of their predikat scale */
	KM_PIHAK,		/* pihak_pertama, pihak_kedua */
	KM_PROGRAM,		/* a program of the perjanjian */
	KM_ANGGARAN,		/* realisasi_anggaran */
	KM_ANGGARAN_BARIS,
	KM__MAX
};

enum keytype {
	KT_TEXT,	/* a scalar */
	KT_TEXTS,	/* a text or a list of texts */
	KT_INT,		/* a whole number */
	KT_NUM,		/* a number, a decimal comma accepted */
	KT_BOOL,	/* ya/tidak (true/false, yes/no, on/off) */
	KT_CHOICE,	/* one of names, any case */
	KT_DATE,	/* a date in words or YYYY-MM-DD */
	KT_MAP,		/* the mapping ref */
	KT_LIST,	/* a list of mappings ref */
	KT_TEXT_OR_MAP,	/* a text, or the mapping ref */
	KT_YEARLY,	/* a mapping of years (2024:) to texts */
	KT_TEXT_OR_YEARLY,
	KT_MAP_FREE,	/* a mapping whose keys are checked elsewhere */
	KT_EMPTY,	/* nothing, or an empty mapping (daftar_isi:) */
	KT_ANY,		/* anything or nothing (ganti_halaman:) */
	KT_ROWS,	/* a list of rows, each a list of texts */
	KT_LIST_OR_MAP,	/* the mapping ref, or the list its first key
			   holds (bagan) */
	KT_TEMPLATE,	/* the keys of a decree's template, section by
			   section (model/template.def) */
	KT_COLSEL,	/* a list of contents of a table's columns: those
			   of LKjIP table nnames (enum naskah_ltable), or
			   of the decree's IKU table for -1 */
	KT__MAX
};

#define KEY_REQ		0x1	/* required */
#define KEY_ITEM_TEXT	0x2	/* KT_LIST: an item may be a text */
#define KEY_NULL	0x4	/* may be left empty (nomor:) */
#define KEY_NONEMPTY	0x8	/* KT_LIST: at least one item */
#define KEY_REQ_NEW	0x10	/* required unless the document amends
				   another (mengubah) */
#define KEY_WITH_PREV	0x20	/* only beside the key before it */

struct keydef {
	const char		*name;	/* NULL ends a table */
	enum keytype		 type;
	unsigned		 flags;	/* KEY_* */
	enum keymap_id		 ref;	/* KT_MAP, KT_LIST, KT_TEXT_OR_MAP */
	const char *const	*names;	/* KT_CHOICE: names[0..nnames) */
	int			 nnames;
	const char		*doc;	/* its entry in naskah.5 */
};

struct keymap {
	const char		*name;	/* in the JSON Schema's definitions */
	const struct keydef	*keys;	/* ending with a NULL name */
	const char		*doc;	/* its entry in naskah.5, or NULL */
	const char		*note;	/* what the schema cannot say */
	int			 one;	/* exactly one of its keys */
};

const struct keymap	*keymap_get(enum keymap_id id);
/* The description of naskah.5's entry doc (keydoc.inc), or NULL. */
const char		*keydoc_get(const char *doc);
struct naskah_buf;
/* The JSON Schema (draft-07) of the documents whose mappings keys.c
 * describes, appended to b. */
void			 keys_schema(struct naskah_buf *b);

#endif
