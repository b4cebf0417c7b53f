/* SPDX-License-Identifier: ISC */
/*
 * columns.h - the columns a template gives a table: which content each
 * prints (isi), its heading, width and alignment.  The decree's IKU
 * table and the LKjIP tables read them from their templates, so a
 * region that prints other columns edits a YAML file, not the code.
 */
#ifndef NASKAH_COLUMNS_H
#define NASKAH_COLUMNS_H

#include <stddef.h>

#include "base/diag.h"

/* What a column prints. */
enum naskah_isi {
	ISI_NOMOR = 0,		/* the row's (or sasaran group's) number */
	ISI_SASARAN,
	ISI_INDIKATOR,
	ISI_FORMULASI,
	ISI_SATUAN,
	ISI_ARAH,		/* naik / turun */
	ISI_SUMBER_DATA,
	ISI_PENANGGUNG_JAWAB,
	ISI_TARGET,		/* the year's target */
	ISI_TARGET_AKHIR,	/* the last Renstra year's target */
	ISI_REALISASI,
	ISI_CAPAIAN,
	ISI_PREDIKAT,
	ISI_PROGRAM,		/* program or kegiatan */
	ISI_PAGU,
	ISI_ANGGARAN,
	ISI_PERSEN,		/* realisasi / pagu */
	ISI_ALASAN,		/* why the indicator was chosen */
	ISI_PENJELASAN,		/* what it means */
	ISI__MAX
};

extern const char *const naskah_isi_names[ISI__MAX];

/* The bit of isi in a set of allowed contents. */
#define ISI_BIT(i)	(1u << (i))

/* The tables of the LKjIP and the Perjanjian Kinerja. */
enum naskah_ltable {
	LTABLE_PENGUKURAN = 0,	/* pengukuran_kinerja */
	LTABLE_PERBANDINGAN,	/* perbandingan_kinerja: by year */
	LTABLE_RENSTRA,		/* perbandingan_renstra: target akhir */
	LTABLE_ANGGARAN,	/* realisasi_anggaran */
	LTABLE_PK_IKU,		/* perjanjian_kinerja: its IKU */
	LTABLE_PK_PROGRAM,	/* perjanjian_kinerja: its programs */
	LTABLE__MAX
};

extern const char *const naskah_ltable_names[LTABLE__MAX];

/* The contents the decree's IKU table may print. */
#define NASKAH_IKU_COLUMNS (ISI_BIT(ISI_NOMOR) | ISI_BIT(ISI_SASARAN) | \
	ISI_BIT(ISI_INDIKATOR) | ISI_BIT(ISI_FORMULASI) | \
	ISI_BIT(ISI_SATUAN) | ISI_BIT(ISI_ARAH) | ISI_BIT(ISI_SUMBER_DATA) | \
	ISI_BIT(ISI_PENANGGUNG_JAWAB) | ISI_BIT(ISI_TARGET) | \
	ISI_BIT(ISI_ALASAN) | ISI_BIT(ISI_PENJELASAN))

/* The contents each table may print (ISI_BIT set). */
extern const unsigned naskah_ltable_allowed[LTABLE__MAX];

struct naskah_colspec {
	enum naskah_isi		 isi;
	const char		*judul;		/* heading; "{tahun}" is the
						 * year (repeated per year
						 * where a table compares
						 * years) */
	struct naskah_pos	 judul_at;	/* where judul is written
						 * (line 0: nowhere) */
	double			 lebar;		/* mm; 0: a share of the rest */
	int			 rata;		/* 0 kiri, 1 tengah, 2 kanan */
	int			 tahun;		/* the year shown; 0: the
						 * table's */
	const char		*kelompok;	/* NULL, or the heading it
						 * shares with the columns
						 * beside it of the same
						 * kelompok, set over their
						 * own judul */
};

struct naskah_colspecs {
	struct naskah_colspec	*v;		/* owned; texts point into
						 * the template's tree */
	size_t			 n;
};

/* The placeholders a table fills in its headings. */
#define PH_TAHUN	1u	/* {tahun} */
#define PH_TAHUN_AKHIR	2u	/* {tahun_akhir} */
/* Not a placeholder: the table's columns may be grouped (kelompok)
 * under one heading, as the decree's IKU table sets them. */
#define COLS_KELOMPOK	0x100u

/* The placeholders each LKjIP table fills (PH_ bits). */
extern const unsigned naskah_ltable_placeholders[LTABLE__MAX];

/* A document's choice among a template's columns: kolom: [isi, ...]. */
struct naskah_colsel {
	enum naskah_isi		*v;		/* owned */
	struct naskah_pos	*pos;		/* owned: where each is named */
	size_t			 n;		/* 0: all the template's */
};

void	naskah_colsel_free(struct naskah_colsel *c);

/*
 * The columns of the template's list `all` that sel chooses, in sel's
 * order (all of them when sel is empty; every column of a content, in
 * the template's order, when it has several), into *out, whose v is owned
 * and whose texts are all's.  Returns (size_t)-1, or the index in sel
 * of a content the template has no column for (out is then empty).
 */
size_t	naskah_colspecs_select(const struct naskah_colsel *sel,
	    const struct naskah_colspecs *all, struct naskah_colspecs *out);

/* Free what out owns (not out); accepts NULL. */
void	naskah_colspecs_free(struct naskah_colspecs *c);

#endif
