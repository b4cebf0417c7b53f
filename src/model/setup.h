/* SPDX-License-Identifier: ISC */
/*
 * setup.h - the page set-up of a document: paper, margins, fonts,
 * template, PDF metadata and the kop (letterhead).  A decree file has
 * one; a book has one and maybe a decree (with its own); the layout and
 * the PDF writer take it.
 */
#ifndef NASKAH_SETUP_H
#define NASKAH_SETUP_H

#include "model/abaikan.h"
#include "model/idn.h"
#include "model/text.h"

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

struct ynode;

/*
 * The kinds of kop (issue 14; naskah.5, "kop (optional)"): an
 * instansi's (logo at the left, the names and the address centred
 * beside it, a double rule under them) and a kepala daerah's (the
 * lambang centred at the top, the jabatan under it, no address, no
 * rule).
 */
enum naskah_kop_jenis {
	KOP_INSTANSI,
	KOP_KEPALA_DAERAH,
	KOP__MAX
};

extern const char *const naskah_kop_jenis_names[KOP__MAX];

struct naskah_kop {
	struct naskah_text	pemerintah;
	struct naskah_text	instansi;
	struct naskah_texts	alamat;		/* one or more lines */
	struct naskah_text	logo;		/* path, relative to the YAML */
	/* the contact lines under the address; each may be absent */
	struct naskah_text	telepon, faksimile, kode_pos, laman, email;
	/* under the jabatan of a kepala daerah's kop ("PROVINSI
	 * BENGKULU"; issue 14); an instansi's kop prints none */
	struct naskah_text	wilayah;
};

/* One key of a decree's templat_ubah: as written: its path from the
 * mapping ("gaya.label_mengingat", "kolom_iku[2].judul"; owned) and its
 * value.  For the tree dump; the template reads the YAML itself. */
struct naskah_tplkey {
	char			*key;
	struct naskah_text	 value;
};

struct naskah_setup {
	char			*dir;		/* owned: directory of the YAML
						 * file, where relative paths
						 * start */
	char			*confine;	/* owned: real path of the
						 * directory every file named
						 * must be in, or NULL */
	enum naskah_paper	 paper;
	double			 page_w, page_h;	/* points */
	double			 margin[4];	/* left, right, top, bottom, pt */
	enum naskah_family	 family;
	int			 has_family;	/* huruf: given; else the
						 * template's gaya.huruf */
	struct naskah_text	 font_path[FACE__MAX];	/* FAMILY_CUSTOM */
	struct naskah_text	 template_path;
	/* a decree's templat_ubah: mapping, single template keys read over
	 * its template; borrowed from the document's tree, or NULL */
	const struct ynode	*template_over;
	struct naskah_tplkey	*tplkeys;	/* owned: its keys */
	size_t			 ntplkeys, captplkeys;

	struct naskah_text	 meta_title, meta_subject, meta_author,
				 meta_keywords;
	char			*title;		/* owned: the PDF's title when
						 * metadata has none (a book's
						 * cover), or NULL */
	int			 has_meta_date;
	struct naskah_date	 meta_date;

	int			 has_kop;
	struct naskah_kop	 kop;
	/* the reviewer's rules it switches off (abaikan:) */
	struct naskah_abaikan	 abaikan;
	/* issue 17: sumber: tidak, the PDF carries no source files */
	int			 no_source;
	/* issue 17: arsip: ya, the PDF is PDF/A */
	int			 pdfa;
};

/*
 * Issue 17: a file a PDF carries as an embedded file (its source): the
 * name it is extracted under, relative and '/'-separated, UTF-8; its
 * bytes; its media type; source for the document's own YAML file.
 */
struct naskah_embed {
	const char		*name;
	const void		*data;
	size_t			 len;
	const char		*mime;
	int			 source;
};

/* What a PDF says about itself: its document information, and the
 * bytes its file identifier is derived from with the pages. */
struct naskah_info {
	char			*title;		/* owned; "" when none */
	const char		*subject;	/* NULL: none */
	const char		*author;	/* NULL: none */
	const char		*keywords;	/* NULL: none */
	int			 has_date;
	struct naskah_date	 date;
	const char		*seed;		/* the document's own source,
						 * set by the caller */
	size_t			 seedlen;
	/* issue 17: the files it carries, in the order of their names
	 * (strcmp), set and kept by the caller; none when 0 */
	const struct naskah_embed *embed;
	size_t			 nembed;
	/* issue 17: PDF/A (2b, or 3b when it carries files), with the sRGB
	 * profile at icc as its output intent */
	int			 pdfa;
	const char		*icc;
};

/*
 * The information of a document with set-up su: its metadata, else
 * su->title or "judul tentang" as the title, tentang as the subject,
 * the kop's instansi or the signer's jabatan as the author (judul,
 * tentang, jabatan: a decree's, or NULL).  Clear it with
 * naskah_info_clear.
 */
void	naskah_info_make(struct naskah_info *out, const struct naskah_setup *su,
	    const char *judul, const char *tentang, const char *jabatan);
void	naskah_info_clear(struct naskah_info *info);
/* A draft's (status: konsep, issue 17): "[word] title" as info's title. */
void	naskah_info_konsep(struct naskah_info *info, const char *word);

/* Free what s owns, not s itself; accepts NULL. */
void	naskah_setup_clear(struct naskah_setup *s);
/* Free s and what it owns; accepts NULL. */
void	naskah_setup_free(struct naskah_setup *s);

#endif
