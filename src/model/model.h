/* SPDX-License-Identifier: ISC */
/*
 * model.h - the document model: what a decree says, with the source
 * position of every piece of text, independent of YAML and of layout.
 *
 * A struct naskah_decree owns everything reachable from it but the
 * text its naskah_texts point at: that belongs to the YAML files it was
 * read from, which whoever loaded it keeps as long as the model (see
 * load/load.h); naskah_decree_free releases the model.
 */
#ifndef NASKAH_MODEL_H
#define NASKAH_MODEL_H

#include <stddef.h>

#include "base/diag.h"
#include "model/idn.h"
#include "model/setup.h"
#include "model/text.h"

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

/*
 * The appearance of an electronic signature (penandatangan.tte, issue
 * 17): a QR code of tautan, the verification address, where the wet
 * signature would go, and the template's statement at the foot of every
 * page, after its UU ITE sentence when uu_ite is 1 (-1: as the template
 * says).  present 0: signed in ink, none of it.
 */
struct naskah_tte {
	int			present;
	struct naskah_pos	pos;
	struct naskah_text	tautan;
	int			uu_ite;
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
	struct naskah_tte	tte;		/* issue 17 */
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
	char			*path;		/* owned: "lampiran[1].iku[2]",
						 * for messages */
	struct naskah_pos	tpos;		/* of target: {year: ...} */
	struct naskah_text	sasaran;
	struct naskah_text	indikator;
	enum naskah_formula_kind formula;	/* NONE: not given */
	struct naskah_text	formulasi;	/* FORMULA_TEXT */
	struct naskah_text	pembilang;	/* FORMULA_FRACTION */
	struct naskah_text	penyebut;
	struct naskah_text	kali;		/* e.g. "100 %", may be absent */
	struct naskah_text	target;		/* the decree's year's */
	struct naskah_text	satuan, sumber_data, penanggung_jawab;
	struct naskah_text	alasan, penjelasan;	/* NULL: not given */
	int			arah;		/* enum naskah_arah */
	struct naskah_yearly	*targets;	/* target: {2024: 80, ...} */
	size_t			 ntargets;
	struct naskah_yearly	*realisasi;	/* realisasi: {2024: 85} */
	size_t			 nrealisasi;
	int			has_desimal;	/* desimal: given */
	int			desimal;	/* places of its capaian,
						 * over its table's */
};

struct naskah_lampiran {
	struct naskah_pos	pos;
	struct naskah_texts	judul;		/* centred title lines */
	int			 melintang;	/* on landscape pages */
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
	char			*gen;		/* owned: the generated diktum
						 * (mencabut) or tentang (mengubah) */
};

struct naskah_perda;	/* model/perda.h */

/* An official who initials a draft (paraf:, issue 17), in the order
 * the document gives; nama may be absent. */
struct naskah_paraf {
	struct naskah_text	jabatan, nama;
};

struct naskah_decree {
	struct naskah_setup	 setup;		/* its paper, fonts, kop, ... */
	int			 version;
	char			*path;		/* set when part of a book: its file
					   name for messages (owned) */
	struct naskah_text	 judul;		/* KEPUTUSAN ... */
	struct naskah_text	 nomor;		/* may be empty: blank room */
	struct naskah_text	 tahun;
	struct naskah_text	 tentang;
	struct naskah_text	 pejabat;	/* "CAMAT ...," line */
	int			 rahmat;	/* DENGAN RAHMAT ... */
	int			 has_rahmat;	/* rahmat given: else the
						 * template's pembukaan */

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
	/* jenis: peraturan: its batang tubuh and pengundangan in place
	 * of the diktum (owned); NULL for a Keputusan */
	struct naskah_perda	*perda;
	/* issue 17: status: konsep, a draft (the KONSEP mark on every
	 * page, the paraf box, KONSEP in the PDF's title); the officials
	 * who initial it (paraf:, owned; printed only in a draft) */
	int			 konsep;
	struct naskah_paraf	*paraf;
	size_t			 nparaf;
};

/* The PDF information of decree doc (naskah_info_make). */
static inline void
naskah_decree_info(struct naskah_info *out, const struct naskah_decree *doc)
{
	naskah_info_make(out, &doc->setup, doc->judul.s, doc->tentang.s,
	    doc->signer.jabatan.s);
}

/* Edit distance between two short strings (for "did you mean"). */
int	naskah_edit_distance(const char *a, const char *b);

#endif
