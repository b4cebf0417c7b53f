/* SPDX-License-Identifier: ISC */
/*
 * template.h - the fixed words and layout numbers of a document kind,
 * read from templates/<jenis>.yaml so that a region with other
 * conventions edits a file, not the code.  Texts are UTF-8 with the
 * inline markup of naskah.5; spacing is in points, distances in mm.
 */
#ifndef NASKAH_TEMPLATE_H
#define NASKAH_TEMPLATE_H

#include "model/columns.h"
#include "base/diag.h"
#include "model/idn.h"
#include "model/model.h"

/* A template's YAML tree: opaque to the model and the layout, owned by
 * the template and freed by its loader's free (load/template.c). */
struct ydoc;

/*
 * How a template's paragraphs are set: its "susun" section, every key
 * optional (naskah.5).  Justified lines may scale their glyphs by up to
 * 1 +- ekspansi, in steps of langkah, to even out their spaces (PDF Tz,
 * so the text stays extractable); with gantung, punctuation ending a
 * line hangs into the right margin; without pemenggalan no word is
 * hyphenated.  A region that forbids any of them turns it off.
 */
struct naskah_susun {
	double		 ekspansi;	/* a fraction: 0.02 is 2 %; 0: off */
	double		 langkah;	/* a fraction, > 0 */
	int		 gantung;
	int		 pemenggalan;
};

/* The values of a template without a "susun" section, as
 * microtype's defaults: 2 % in steps of 0.5 %, punctuation hanging. */
#define NASKAH_SUSUN_DEFAULT	{ 0.02, 0.005, 1, 1 }

/* What every template keeps of its file. */
struct naskah_tplfile {
	struct ydoc	*y;		/* owned; texts point into it */
	char		*path;
	struct naskah_texts texts;	/* every text of the file, in its
					 * order, with where it is written */
	struct naskah_susun susun;	/* its "susun" section */
	struct idn_date_style tanggal;	/* its "tanggal" section: how
					 * its dates are written (0s:
					 * "5 November 2021") */
};

/*
 * The words of a kop's contact lines: the optional "kop" section of a
 * decree's template (naskah.5), each word it does not give the
 * default's, so that a copy made before it existed keeps working.
 * laman and pos_el carry their colon ("Laman:"); pemisah joins the
 * parts of a line.  jenis is the kind of kop; a kepala daerah's kop
 * draws its lambang lambang_lebar mm wide (0: jarak.logo_lebar) and
 * lambang_jarak mm above the jabatan.
 */
struct naskah_kopkata {
	const char	*telepon, *faksimile, *kode_pos, *laman, *pos_el;
	const char	*pemisah;
	enum naskah_kop_jenis jenis;
	double		 lambang_lebar, lambang_jarak;
};

#define NASKAH_KOPKATA_DEFAULT	{ "Telepon", "Faksimile", "Kode Pos", \
	"Laman:", "Pos-el:", ", ", KOP_INSTANSI, 0, 3 }

/*
 * The words of a Peraturan (jenis: peraturan): the optional "peraturan"
 * section of a decree's template (naskah.5), defaults as for the kop.
 * penutup and berita_daerah take {sebutan} ("Peraturan Bupati"),
 * {daerah} ("Kabupaten Contoh Raya"), {DAERAH} (the same in capitals),
 * {tahun} and {nomor} (of the Berita Daerah).
 */
struct naskah_perdakata {
	const char	*bab, *bagian, *paragraf, *pasal;
	const char	*penutup, *diundangkan_di, *pada_tanggal;
	const char	*berita_daerah;
};

#define NASKAH_PERDAKATA_DEFAULT	{ "BAB", "Bagian", "Paragraf", \
	"Pasal", "Agar setiap orang mengetahuinya, memerintahkan " \
	"pengundangan {sebutan} ini dengan penempatannya dalam Berita " \
	"Daerah {daerah}.", "Diundangkan di", "pada tanggal", \
	"BERITA DAERAH {DAERAH} TAHUN {tahun} NOMOR {nomor}" }

/*
 * The words and measures of an electronic signature's appearance
 * (penandatangan.tte, issue 17): the optional "tte" section of a
 * decree's template (naskah.5), defaults as for the kop.  keterangan
 * stands beside the QR code (NULL or "": nothing); catatan_kaki is the
 * statement at the foot of every page, after uu_ite when the document's
 * tte.uu_ite (else cetak_uu_ite) says so; both are set ukuran points,
 * centred.  The QR code is qr_lebar mm square.
 */
struct naskah_ttekata {
	const char	*keterangan, *catatan_kaki, *uu_ite;
	int		 cetak_uu_ite;
	double		 ukuran, qr_lebar;
};

#define NASKAH_TTEKATA_DEFAULT	{ "Ditandatangani secara elektronik", \
	"Dokumen ini telah ditandatangani secara elektronik menggunakan " \
	"sertifikat elektronik yang diterbitkan oleh Balai Besar " \
	"Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara " \
	"(BSSN).", "UU ITE No. 11 Tahun 2008 Pasal 5 ayat (1): " \
	"\"Informasi Elektronik dan/atau Dokumen Elektronik dan/atau " \
	"hasil cetaknya merupakan alat bukti hukum yang sah.\"", 0, 8, 22 }

/*
 * The words of a draft (status: konsep, issue 17): the optional
 * "konsep" section of a decree's template (naskah.5), defaults as for
 * the kop.  tanda is the word printed across every page and put before
 * the PDF's title; no, jabatan, nama and paraf head the columns of the
 * paraf box, set ukuran points.
 */
struct naskah_konsepkata {
	const char	*tanda, *no, *jabatan, *nama, *paraf;
	double		 ukuran;
};

#define NASKAH_KONSEPKATA_DEFAULT	{ "KONSEP", "No.", "Jabatan", \
	"Nama", "Paraf", 7 }

struct naskah_tpl {
	struct naskah_tplfile file;
	struct naskah_colspecs kolom_iku;	/* the lampiran's IKU table */
	struct naskah_kopkata kop;		/* its "kop" section */
	int		 pembukaan_rahmat;	/* its optional "pembukaan"
						 * section: DENGAN RAHMAT
						 * when the decree does not
						 * say (issue 14) */
	struct naskah_perdakata peraturan;	/* its "peraturan" section */
	struct naskah_ttekata tte;		/* its "tte" section (issue 17) */
	struct naskah_konsepkata konsep;	/* its "konsep" section */
	struct naskah_abaikan abaikan;		/* its optional "abaikan":
						 * rules its region does not
						 * follow */
#define T(sec, key) const char *sec##_##key;
#define C(sec, key, choices) const char *sec##_##key;
#define N(sec, key, lo, hi) double sec##_##key;
#define OT(sec, key, def) T(sec, key)
#define OC(sec, key, choices, def) C(sec, key, choices)
#define ON(sec, key, lo, hi, def) N(sec, key, lo, hi)
#include "model/template.def"
#undef T
#undef C
#undef N
#undef OT
#undef OC
#undef ON
};

/* The fixed words and numbers of a book (jenis: buku), from
 * templates/buku.yaml; the same rules as for naskah_tpl. */
struct naskah_btpl {
	struct naskah_tplfile file;
#define T(sec, key) const char *sec##_##key;
#define C(sec, key, choices) const char *sec##_##key;
#define N(sec, key, lo, hi) double sec##_##key;
#include "model/template_buku.def"
#undef T
#undef C
#undef N
};

/* The fixed words of the list of changes (naskah diff --pdf), from
 * templates/perubahan.yaml; the same rules as for naskah_tpl. */
struct naskah_ptpl {
	struct naskah_tplfile file;
#define T(sec, key) const char *sec##_##key;
#define C(sec, key, choices) const char *sec##_##key;
#define N(sec, key, lo, hi) double sec##_##key;
#include "model/template_perubahan.def"
#undef T
#undef C
#undef N
};

/*
 * Where a template's loader looks beyond the file it is given (NULL
 * for none): the data directory, whose templates/NAME.yaml a
 * "dasar: NAME" names; a document's overrides (its templat_ubah:
 * mapping), read over the template; the real path of the directory a
 * template inside it must take its bases from (--root).
 */
struct ynode;
struct naskah_tplsrc {
	const char		*datadir;
	const struct ynode	*over;
	const char		*root;
};

/*
 * The LKjIP's template (templates/lkjip.yaml): the columns of each
 * table, the orientation of a lkjip-lampiran's pages, its few words.
 */
struct naskah_ltpl {
	struct naskah_tplfile	 file;
	int			 melintang;	/* landscape pages */
	const char		*kata_jumlah;	/* the total row */
	const char		*kata_pihak_pertama, *kata_pihak_kedua;
	struct naskah_colspecs	 kolom[LTABLE__MAX];
};

struct naskah_ltpl *naskah_ltpl_load(const char *path,
	    const struct naskah_tplsrc *src, struct naskah_diag *d);
void	naskah_ltpl_free(struct naskah_ltpl *t);

/*
 * Load the template at path.  Errors (unknown or missing keys, values
 * out of range) are reported with the template's own file name; returns
 * NULL then.  Free with naskah_tpl_free.
 */
struct naskah_tpl *naskah_tpl_load(const char *path,
	    const struct naskah_tplsrc *src, struct naskah_diag *d);
void	naskah_tpl_free(struct naskah_tpl *t);
struct naskah_btpl *naskah_btpl_load(const char *path,
	    const struct naskah_tplsrc *src, struct naskah_diag *d);
void	naskah_btpl_free(struct naskah_btpl *t);
struct naskah_ptpl *naskah_ptpl_load(const char *path,
	    const struct naskah_tplsrc *src, struct naskah_diag *d);
void	naskah_ptpl_free(struct naskah_ptpl *t);

#endif
