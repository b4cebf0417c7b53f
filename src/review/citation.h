/* SPDX-License-Identifier: ISC */
/*
 * citation.h - one Mengingat item read as the regulation it cites
 * (UU 12/2011 Lampiran II, C.4 Dasar Hukum): its kind, issuer, Nomor,
 * Tahun and tentang, the Lembaran Negara / Tambahan Lembaran Negara /
 * Berita Negara / Lembaran Daerah / Berita Daerah it was published in,
 * and the last regulation of its amendment chain ("sebagaimana telah
 * diubah dengan …", "sebagaimana telah beberapa kali diubah, terakhir
 * dengan …"), which belongs to the same item.  Every part carries its
 * byte offset in the item's text so that a finding points at it.
 *
 * Pure: no allocation, no output; the cost is linear in the text's
 * length (each search runs once over the text with a fixed set of
 * short phrases).
 */
#ifndef NASKAH_CITATION_H
#define NASKAH_CITATION_H
#include <stddef.h>

enum cite_kind {
	CITE_NONE,		/* no kind of regulation recognised */
	CITE_UUD,		/* Undang-Undang Dasar ... Tahun 1945 */
	CITE_TAP_MPR,		/* Ketetapan Majelis Permusyawaratan Rakyat */
	CITE_UU,
	CITE_UU_DARURAT,
	CITE_PERPPU,		/* Peraturan Pemerintah Pengganti UU */
	CITE_PP,
	CITE_PERPRES,
	CITE_KEPPRES,		/* also Instruksi Presiden */
	CITE_PERMEN,		/* also Peraturan Kepala/Badan/Lembaga */
	CITE_KEPMEN,
	CITE_PERDA_PROV,
	CITE_PERDA_KAB,		/* kabupaten/kota, or "Peraturan Daerah" */
	CITE_PERGUB,
	CITE_PERKADA,		/* Peraturan Bupati / Walikota */
	CITE_KEPGUB,
	CITE_KEPKADA,		/* Keputusan Bupati / Walikota */
	CITE__MAX
};

enum cite_pub_kind {
	PUB_LN,			/* Lembaran Negara */
	PUB_TLN,		/* Tambahan Lembaran Negara */
	PUB_BN,			/* Berita Negara */
	PUB_LD,			/* Lembaran Daerah */
	PUB_TLD,		/* Tambahan Lembaran Daerah */
	PUB_BD,			/* Berita Daerah */
	PUB__MAX
};

/* The first publication part of one kind (n counts them all). */
struct cite_pub {
	unsigned	 n;		/* 0: not cited */
	size_t		 off;		/* its first word */
	long		 tahun;		/* 0: no "Tahun YYYY" */
	long		 nomor;		/* -1: no "Nomor N" */
};

/* One regulation named in the item. */
struct cite_reg {
	enum cite_kind	 kind;
	size_t		 off, len;	/* the kind's words */
	size_t		 issuer_off, issuer_len;	/* between the kind
					 * and "Nomor": "Dalam Negeri" */
	size_t		 nomor_off, nomor_len;	/* len 0: no Nomor */
	long		 tahun;		/* 0: none */
	size_t		 tahun_off;	/* the word "Tahun", or the year
					 * inside a code "PER/09/.../2007" */
	int		 tahun_lower;	/* written "tahun" */
	size_t		 tentang_off;	/* 0: no tentang */
	struct cite_pub	 pub[PUB__MAX];
};

enum cite_chain {
	CHAIN_NONE,
	CHAIN_ONCE,		/* "sebagaimana telah diubah dengan" */
	CHAIN_MANY		/* "... beberapa kali diubah, terakhir
				 * dengan" */
};

struct citation {
	struct cite_reg	 reg;		/* the regulation cited */
	enum cite_chain	 chain;
	size_t		 chain_off;	/* "sebagaimana" */
	struct cite_reg	 last;		/* the chain's last regulation */
};

/*
 * Read the item s[0..n) into *c: the regulation named at its first word
 * (after "Pasal ..." for articles of the UUD), CITE_NONE when none is;
 * the chain's regulation is the one named right after its "dengan".
 */
void		 citation_parse(const char *s, size_t n, struct citation *c);

/* The kind's name in Indonesian ("Peraturan Pemerintah"). */
const char	*cite_kind_name(enum cite_kind k);

/*
 * The kind's level in the hierarchy (UU 12/2011 Pasal 7-8), 0 the
 * highest; -1 for CITE_NONE.  Kinds of one level are ordered by year.
 */
int		 cite_kind_level(enum cite_kind k);

/* The Nomor as a number when it is one ("03": 3), else -1. */
long		 cite_nomor_value(const char *s, const struct cite_reg *r);

#endif
