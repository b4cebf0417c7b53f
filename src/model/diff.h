/* SPDX-License-Identifier: ISC */
/*
 * diff.h - the changes between two versions of a decree (naskah diff).
 *
 * naskah_diff_changes computes the list once; naskah_changes_print writes
 * it as the terminal's change list and diff_pdf.c builds the PDF's
 * table from the same list.
 */
#ifndef NASKAH_DIFF_H
#define NASKAH_DIFF_H

#include "base/xalloc.h"
#include "model/model.h"

/* The part of the decree a change is in, in the order it is listed. */
enum naskah_diff_section {
	DIFF_KEPUTUSAN = 0,	/* judul, nomor, tahun, tentang, pejabat */
	DIFF_MENIMBANG,		/* clauses */
	DIFF_MENGINGAT,
	DIFF_MEMPERHATIKAN,
	DIFF_DIKTUM,
	DIFF_PENETAPAN,		/* tempat, tanggal */
	DIFF_PENANDATANGAN,	/* the signer's fields */
	DIFF_MENGUBAH,		/* the decree it amends */
	DIFF_MENCABUT,		/* the decree it revokes */
	DIFF_LAMPIRAN,		/* IKU rows */
	DIFF__MAX
};

/* The field that changed; DIFF_FIELD_NONE: a whole clause or row. */
enum naskah_diff_field {
	DIFF_FIELD_NONE = 0,
	DIFF_FIELD_JUDUL,
	DIFF_FIELD_NOMOR,
	DIFF_FIELD_TAHUN,
	DIFF_FIELD_TENTANG,
	DIFF_FIELD_PEJABAT,
	DIFF_FIELD_TEMPAT,
	DIFF_FIELD_TANGGAL,
	DIFF_FIELD_AWALAN,
	DIFF_FIELD_JABATAN,
	DIFF_FIELD_NAMA,
	DIFF_FIELD_GELAR,
	DIFF_FIELD_PANGKAT,
	DIFF_FIELD_NIP,
	DIFF_FIELD_SASARAN,
	DIFF_FIELD_INDIKATOR,
	DIFF_FIELD_FORMULASI,
	DIFF_FIELD_TARGET,
	DIFF_FIELD_SATUAN,
	DIFF_FIELD__MAX
};

/* Names as the YAML and the change list write them ("menimbang"). */
extern const char *const naskah_diff_section_names[DIFF__MAX];
extern const char *const naskah_diff_field_names[DIFF_FIELD__MAX];

/*
 * One change.  mark is '~' (changed: old -> new), '-' (removed: old),
 * '+' (added: new) or '>' (an IKU row that now stands elsewhere).
 */
struct naskah_change {
	enum naskah_diff_section section;
	size_t			 lampiran;	/* DIFF_LAMPIRAN: its number,
						 * from 1 */
	enum naskah_diff_field	 field;
	size_t			 item;		/* clause or IKU row number,
						 * from 1 (the new one, but for
						 * a removal or a move); 0 none */
	size_t			 to;		/* '>': the row's new number */
	size_t			 was;		/* a field of an IKU row: the
						 * row's number in the old
						 * decree */
	char			 mark;
	char			*old, *new;	/* owned; NULL when absent; a
						 * whole row: its indikator */
	const struct naskah_iku	*row;		/* a whole row (+, -, >), or
						 * the new row a field of which
						 * changed: borrowed from a or
						 * b */
	struct naskah_date	 date[2];	/* DIFF_FIELD_TANGGAL: old and
						 * new (year 0: absent) */
};

struct naskah_changes {
	struct naskah_change	*v;
	size_t			 n;
	size_t			 cap;
};

/*
 * Append to out what changed from decree a to decree b, section by
 * section.  The list borrows IKU rows from a and b: free it before
 * them, with naskah_changes_free.
 */
void	naskah_diff_changes(const struct naskah_decree *a,
	    const struct naskah_decree *b, struct naskah_changes *out);
/*
 * Append the list to b, one line each under its section heading:
 * "~ name: old -> new", "- ..." removed, "+ ..." added, "> iku 3 ->
 * iku 1" moved; a field of an IKU row is named by the row's number (its
 * old one too when it differs) and indikator: "~ iku 5 -> iku 6
 * (Persentase ...) target: "80" -> "85"".
 */
void	naskah_changes_print(struct naskah_buf *b,
	    const struct naskah_changes *cs);
/*
 * An IKU row's name in the list: its indikator, cut after at most
 * NASKAH_DIFF_NAME_MAX characters at a space (within a character where
 * there is none) and then "...".  Caller frees.
 */
#define NASKAH_DIFF_NAME_MAX 60
char	*naskah_diff_row_name(const struct naskah_iku *r);
/* Release the list's texts and array (cs may be NULL). */
void	naskah_changes_free(struct naskah_changes *cs);

#endif
