/* SPDX-License-Identifier: ISC */
/*
 * review_text.h - what the rules of the families share
 * about reading the texts of a decree: words compared without regard
 * to case or runs of blanks, the signer's office, capitals.
 */
#ifndef NASKAH_REVIEW_TEXT_H
#define NASKAH_REVIEW_TEXT_H
#include <stddef.h>

#include "model/model.h"

/*
 * The length of the part of s that reads p (ASCII case ignored, any
 * run of blanks equal to one) and ends at a word's end; 0 when s does
 * not begin so.  Both NULL-safe.
 */
size_t	rvt_prefix(const char *s, const char *p);

/*
 * A set of such prefixes, read once: rvt_prefixes_any(x, s) is 1 when
 * rvt_prefix(s, p) is not 0 for one of them, in time logarithmic in
 * the set for each character it reads of s (at most as many as the
 * longest of them has).  The prefixes are copied; NULL ones are left
 * out.
 */
struct rvt_prefixes {
	char	**v;		/* each as read: case and blanks made one */
	size_t	  n;
	int	  blank;	/* one of them is empty or blank (it reads
				   leading blanks before no word) */
};
void	rvt_prefixes_make(struct rvt_prefixes *x, char *const *p, size_t n);
int	rvt_prefixes_any(const struct rvt_prefixes *x, const char *s);
void	rvt_prefixes_free(struct rvt_prefixes *x);

/* The offset of the first word of s that has a lower-case ASCII
 * letter and no digit (a number such as "1/kpts/2024" is written as
 * it is), or (size_t)-1 when there is none. */
size_t	rvt_lower_word(const char *s);

/* The offset of the last character of s that is not blank; (size_t)-1
 * for an empty or blank s. */
size_t	rvt_last(const char *s);

/*
 * The office the decree is made in, in capitals without its final
 * comma: the jabatan signed for (atas_nama, a.n.) when there is one,
 * else the signer's jabatan; NULL when neither is given.  Caller frees.
 */
char	*rvt_office(const struct naskah_decree *doc);

/* t is absent, or only blanks. */
int	rvt_empty(const struct naskah_text *t);
/* The kind of the title: the length of its first word when that is
 * KEPUTUSAN, PERATURAN or INSTRUKSI (any case), else 0. */
size_t	rvt_kind(const char *judul);

/*
 * The first n bytes of s (n (size_t)-1: all of it) in capitals, for a
 * fix (caller frees): ASCII letters only, so that a multi-byte UTF-8
 * letter is left as it is written (its bytes are never touched), and
 * a word with a digit ("1/kpts/2024") as written, as rvt_lower_word
 * reads it.
 */
char	*rvt_upper(const char *s, size_t n);

/* "KEPUTUSAN CAMAT PASAR MANNA": the title's kind and the signer's
 * office, in capitals (caller frees); NULL without a kind or an
 * office. */
char	*rvt_decree_name(const struct naskah_decree *doc);

/*
 * The fixes of the rules that want the signer's office (caller frees;
 * NULL when the text names it already, or without a kind or office):
 * rvt_judul_fix the title, "KEPUTUSAN CAMAT PASAR MANNA"; rvt_pejabat_fix
 * the line before Menimbang, "CAMAT PASAR MANNA,".  Both in capitals;
 * a region the text names after the wrong office ("... KABUPATEN
 * BENGKULU SELATAN") is kept when the office names none.
 */
char	*rvt_judul_fix(const struct naskah_decree *doc);
char	*rvt_pejabat_fix(const struct naskah_decree *doc);

#endif
