/* SPDX-License-Identifier: ISC */
/*
 * model.h - the document model: what a decree says, with the source
 * position of every piece of text, independent of YAML and of layout.
 *
 * A struct naskah_decree owns everything reachable from it, including the
 * parsed YAML tree its texts point into; naskah_decree_free releases it all.
 */
#ifndef NASKAH_MODEL_H
#define NASKAH_MODEL_H

#include <stddef.h>

#include "base/diag.h"
#include "base/span.h"
#include "model/idn.h"
#include "yaml/ytree.h"

/* A piece of text from the input (inline markup not yet parsed). */
struct naskah_text {
	const char		*s;	/* NULL when absent */
	struct naskah_span	 span;	/* where it was written: span.at,
					 * line 0 when generated */
};

/* One numbered point of Menimbang, Mengingat, diktum, ... */
struct naskah_clause {
	struct naskah_text label;	/* own label, or absent: generated */
	struct naskah_text text;
};

struct naskah_clauses {
	struct naskah_clause	*v;
	size_t			 n;
	size_t			 cap;
};

struct naskah_texts {
	struct naskah_text	*v;
	size_t			 n;
	size_t			 cap;
};

enum naskah_paper {
	PAPER_F4 = 0,		/* 215 x 330 mm */
	PAPER_F4_210,		/* 210 x 330 mm */
	PAPER_A4,		/* 210 x 297 mm */
	PAPER__MAX
};

enum naskah_family {
	FAMILY_BOOKMAN = 0,
	FAMILY_ARIAL,
	FAMILY_TIMES,
	FAMILY_CUSTOM,		/* .ttf files named in the YAML */
	FAMILY__MAX
};

enum naskah_face {
	FACE_REGULAR = 0,
	FACE_BOLD,
	FACE_ITALIC,
	FACE_BOLDITALIC,
	FACE__MAX
};

extern const char *const naskah_paper_names[PAPER__MAX];
extern const char *const naskah_family_names[FAMILY__MAX];
/* Face names (keys of huruf), ending with NULL. */
extern const char *const naskah_face_names[FACE__MAX + 1];

struct naskah_kop {
	struct naskah_text	pemerintah;
	struct naskah_text	instansi;
	struct naskah_texts	alamat;		/* one or more lines */
	struct naskah_text	logo;		/* path, relative to the YAML */
};

struct naskah_signer {
	struct naskah_text	awalan;		/* "Plt.", "Plh.", "a.n." */
	struct naskah_text	atas_nama;	/* jabatan after "a.n." */
	struct naskah_text	jabatan;
	struct naskah_text	nama;
	struct naskah_text	gelar;
	int			tampilkan_gelar;
	struct naskah_text	pangkat;
	struct naskah_text	nip;
	char			nip_digits[19];	/* bare digits when valid */
	int			nip_valid;
};

enum naskah_formula_kind {
	FORMULA_NONE = 0,
	FORMULA_TEXT,
	FORMULA_FRACTION,
	FORMULA__MAX
};

/* A figure written for one year ("2024: 80 %"). */
struct naskah_yearly {
	int			year;
	struct naskah_text	v;	/* empty: not reported */
};

/* One IKU row; see naskah(5) and load_iku.c. */
struct naskah_iku {
	struct naskah_pos	pos;
	struct naskah_text	sasaran;
	struct naskah_text	indikator;
	enum naskah_formula_kind formula;
	struct naskah_text	formulasi;	/* FORMULA_TEXT */
	struct naskah_text	pembilang;	/* FORMULA_FRACTION */
	struct naskah_text	penyebut;
	struct naskah_text	kali;		/* e.g. "100 %", may be absent */
	struct naskah_text	target;		/* the decree's year's */
	struct naskah_text	satuan, sumber_data, penanggung_jawab;
	int			arah;		/* enum naskah_arah */
	struct naskah_yearly	*targets;	/* target: {2024: 80, ...} */
	size_t			 ntargets;
	struct naskah_yearly	*realisasi;	/* realisasi: {2024: 85} */
	size_t			 nrealisasi;
};

struct naskah_lampiran {
	struct naskah_pos	pos;
	struct naskah_texts	judul;		/* centred title lines */
	struct naskah_iku	*iku;
	size_t			 niku;
	size_t			 capiku;
};

/* An earlier decree this one revokes (mencabut) or amends (mengubah). */
struct naskah_ref {
	int			 present;
	struct naskah_pos	 pos;
	struct naskah_text	 judul, nomor, tentang;
	struct naskah_date	 tanggal;
	struct ydoc		*y;		/* owned: its YAML (berkas) */
	char			*gen;		/* owned: the generated diktum
						 * (mencabut) or tentang (mengubah) */
};

struct naskah_decree {
	struct ydoc		*y;		/* owned; texts point into it */
	char			*dir;		/* directory of the YAML file */
	char			*path;		/* set when part of a book: its file
					   name for messages (owned) */
	int			 version;
	enum naskah_paper	 paper;
	double			 page_w, page_h;	/* points */
	double			 margin[4];	/* left, right, top, bottom, pt */
	enum naskah_family	 family;
	struct naskah_text	 font_path[FACE__MAX];	/* FAMILY_CUSTOM */
	struct naskah_text	 template_path;

	struct naskah_text	 meta_title, meta_subject, meta_author,
				 meta_keywords;
	char			*title;		/* owned: the PDF's title when
						 * metadata has none (a book's
						 * cover), or NULL */
	int			 has_meta_date;
	struct naskah_date	 meta_date;

	int			 has_kop;
	struct naskah_kop	 kop;

	struct naskah_text	 judul;		/* KEPUTUSAN ... */
	struct naskah_text	 nomor;		/* may be empty: blank room */
	struct naskah_text	 tahun;
	struct naskah_text	 tentang;
	struct naskah_text	 pejabat;	/* "CAMAT ...," line */
	int			 rahmat;	/* DENGAN RAHMAT ... */

	struct naskah_clauses	 menimbang;
	struct naskah_clauses	 mengingat;
	struct naskah_clauses	 memperhatikan;
	struct naskah_text	 menetapkan;
	struct naskah_clauses	 diktum;

	struct naskah_text	 tempat;
	struct naskah_date	 tanggal;
	struct naskah_signer	 signer;
	struct naskah_ref	 mencabut;
	struct naskah_ref	 mengubah;
	struct naskah_texts	 tembusan;

	struct naskah_lampiran	*lampiran;
	size_t			 nlampiran;
	size_t			 caplampiran;
};

/*
 * Build the model from a parsed YAML tree (ownership of y passes to the
 * result, also on failure).  path is the YAML file's name, used to find
 * the logo and fonts.  Returns NULL after reporting errors to d;
 * warnings do not make it fail.
 */
struct naskah_decree *naskah_decree_load(struct ydoc *y, const char *path,
		    struct naskah_diag *d);
void	naskah_decree_free(struct naskah_decree *doc);
/*
 * The keys a book shares with a decree (kertas, margin, huruf, templat,
 * metadata, kop) read from mapping root into a new model that owns y and
 * holds nothing else; paper is the kertas when none is given.  Problems
 * go to d; the model is returned anyway.
 */
struct naskah_decree *naskah_setup_load(struct ydoc *y, const struct ynode *root,
		    const char *path, enum naskah_paper paper,
		    struct naskah_diag *d, int *ok);

/* Source position of byte off of a text's value (the start of the
 * text when off is past its end or the text was generated). */
static inline struct naskah_pos
naskah_text_pos(const struct naskah_text *t, size_t off)
{
	return naskah_span_pos(&t->span, off);
}

/* The text of ts whose value is s itself (the same pointer, not an
 * equal string), or NULL. */
const struct naskah_text *naskah_texts_find(const struct naskah_texts *ts,
		    const char *s);

/* Edit distance between two short strings (for "did you mean"). */
int	naskah_edit_distance(const char *a, const char *b);

#endif
