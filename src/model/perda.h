/* SPDX-License-Identifier: ISC */
/*
 * perda.h - the Peraturan of a kepala daerah (jenis: peraturan): its
 * batang tubuh (BAB, Bagian, Paragraf, Pasal numbered through the whole
 * text, ayat, huruf and angka lists), its pengundangan, and the check of
 * the cross-references in its texts (doc/peraturan.md).
 *
 * A struct naskah_perda hangs from a naskah_decree (its perda) and is
 * owned by it; its texts point into the YAML as a decree's do.
 */
#ifndef NASKAH_PERDA_H
#define NASKAH_PERDA_H

#include <stddef.h>

#include "base/diag.h"
#include "model/idn.h"
#include "model/text.h"

/* What the points under an item are. */
enum perda_list {
	PERDA_LIST_NONE = 0,
	PERDA_LIST_AYAT,	/* (1), (2): a Pasal's ayat */
	PERDA_LIST_HURUF,	/* a., b. (deeper: a), b)) */
	PERDA_LIST_ANGKA,	/* 1., 2. (deeper: 1), 2)) */
	PERDA_LIST__MAX
};
extern const char *const perda_list_names[PERDA_LIST__MAX];

/* A Pasal, an ayat or a point of a list: its text (may be absent in a
 * Pasal of ayat) and the points under it. */
struct perda_item {
	struct naskah_pos	 pos;
	struct naskah_text	 teks;
	enum perda_list		 list;
	struct perda_item	*kid;
	size_t			 nkid;
};

enum perda_level {
	PERDA_ROOT = 0,		/* the batang tubuh */
	PERDA_BAB,
	PERDA_BAGIAN,
	PERDA_PARAGRAF,
	PERDA_LEVEL__MAX
};
extern const char *const perda_level_names[PERDA_LEVEL__MAX];

/* A BAB, Bagian or Paragraf: its title, numbered within its parent
 * (1-based), and either groups of the next level or the Pasal
 * [first, first + npasal) of the Peraturan. */
struct perda_group {
	enum perda_level	 level;
	struct naskah_pos	 pos;
	int			 nomor;
	struct naskah_text	 judul;
	struct perda_group	*kid;
	size_t			 nkid;
	size_t			 first, npasal;
};

/* Diundangkan di ... pada tanggal ..., by the sekretaris daerah, in the
 * Berita Daerah of daerah, year tahun, number nomor. */
struct perda_pengundangan {
	struct naskah_pos	 pos;
	struct naskah_text	 tempat;
	struct naskah_date	 tanggal;
	struct naskah_text	 jabatan, nama, pangkat, nip;
	struct naskah_text	 daerah;	/* "Kabupaten Contoh Raya" */
	struct naskah_text	 tahun, nomor;	/* of the Berita Daerah */
};

struct naskah_perda {
	struct naskah_text	 sebutan;	/* "Peraturan Bupati" */
	struct perda_group	 root;
	struct perda_item	*pasal;		/* Pasal i is number i + 1 */
	size_t			 npasal, cappasal;
	struct perda_pengundangan undang;
};

void	naskah_perda_free(struct naskah_perda *p);

/*
 * A reference found in a text: "Pasal 3 ayat (2) huruf b" at byte off,
 * len bytes long; 0 for a part not named (pasal 0: the Pasal the text
 * is in), huruf as a letter number (a = 1), external when it names a
 * place in another regulation ("Pasal 4 Peraturan Menteri ...").
 */
struct perda_ref {
	size_t	off, len;
	int	pasal, ayat, huruf, angka;
	int	external;
};

/*
 * The references of s, in order, into *out (caller frees; *n set).
 * A chain of references joined by ",", "dan", "atau", "dan/atau" or
 * "sampai dengan" that is followed by the name of a regulation
 * (Undang-Undang, Peraturan, Keputusan, ...) is external, unless the
 * name is self ("Peraturan Bupati") followed by "ini".
 */
void	perda_refs_scan(const char *s, const char *self,
	    struct perda_ref **out, size_t *n);

/*
 * Check every reference of the Peraturan's texts (its Pasal, and its
 * Menimbang, where "huruf b" is one of the Menimbang's points) against
 * what it has: an error at the reference for each that names a Pasal,
 * ayat, huruf or angka it does not have.  Returns 1 when all exist.
 */
struct naskah_clauses;
int	perda_refs_check(const struct naskah_perda *p,
	    const struct naskah_clauses *menimbang, struct naskah_diag *d);

#endif
