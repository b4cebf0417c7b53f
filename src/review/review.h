/* SPDX-License-Identifier: ISC */
/*
 * review.h - the reviewer of official writing (issue 15): rules that
 * read a loaded document (the model, never YAML) and report where it
 * departs from the Tata Naskah Dinas rules, each finding at the
 * position of the offending text.  A finding never stops a render.
 *
 * Every rule is one row of rules.def with a stable name, its family,
 * its default severity, its source and its message (messages.def, in
 * both languages).  A family of rules is one function below, in its
 * own file, reporting through review_report() only.
 */
#ifndef NASKAH_REVIEW_H
#define NASKAH_REVIEW_H
#include <stddef.h>
#include "base/diag.h"
#include "model/abaikan.h"
#include "model/model.h"

enum review_family {
	FAM_STRUKTUR,		/* structure: title, Menetapkan, diktum,
				 * lampiran */
	FAM_BENTUK,		/* punctuation and form, capitals */
	FAM_DASAR_HUKUM,	/* Mengingat: order, citations, repeats */
	FAM_ACUAN,		/* references to what exists */
	FAM_PENANDATANGAN,	/* the signer: gelar, pangkat, NIP */
	FAM_ANGKA,		/* numbers and units */
	FAM_IKU,		/* IKU content */
	FAM__MAX
};
extern const char *const review_family_names[FAM__MAX];

enum review_rule {
#define R(id, name, family, sev, source, msg) id,
#include "review/rules.def"
#undef R
	RULE__MAX
};

struct review_rule_info {
	const char		*name;	/* stable, short: "menimbang-bahwa" */
	enum review_family	 family;
	enum naskah_sev		 sev;	/* SEV_WARNING or SEV_ERROR */
	const char		*source;	/* "Permendagri 1/2023 Lamp. ..." */
	enum naskah_msg		 msg;
};
extern const struct review_rule_info review_rules[RULE__MAX];

/* The rule named name (RULE__MAX: none). */
enum review_rule review_rule_find(const char *name);

/*
 * How the template labels the diktum (its gaya.diktum, template.def),
 * and so how a diktum refers to another: "Diktum KESATU", "Diktum
 * PERTAMA", or "Pasal 1".  RVD_ANY: not known (a review without a
 * template): KESATU and PERTAMA are both taken.
 */
enum review_diktum {
	RVD_ANY,
	RVD_KESATU,
	RVD_PERTAMA,
	RVD_PASAL,
	RVD__MAX
};
extern const char *const review_diktum_names[RVD__MAX];

/* The style named gaya ("kesatu", "pertama", "pasal"); RVD_ANY for
 * NULL or another name. */
enum review_diktum review_diktum_find(const char *gaya);

/*
 * One review of one document: where findings go and which rules are
 * switched off.  Fields are set by whoever starts the review
 * (review_init); the families only pass it to review_report.
 */
struct review {
	struct naskah_diag	*d;
	unsigned char		 off[RULE__MAX];	/* 1: abaikan */
	/* abaikan's tingkat: 0 the rule's own severity, else 1 +
	 * the severity (SEV_WARNING or SEV_ERROR) it is given */
	unsigned char		 tingkat[RULE__MAX];
	int			 ketat;		/* findings are errors */
	enum review_diktum	 diktum;	/* the template's gaya.diktum */
	unsigned		 count;		/* findings reported */
};

void	review_init(struct review *rv, struct naskah_diag *d);

/*
 * Report a finding of rule r at pos (the offending text's own
 * position); the varargs match r's message.  Nothing when r is off.
 */
void	review_report(struct review *rv, enum review_rule r,
	    struct naskah_pos pos, ...);

/*
 * The same with a suggested replacement fix of the offending text (a
 * mechanical fix: "KEPUTUSAN CAMAT PASAR MANNA"), or NULL when none.
 */
void	review_report_fix(struct review *rv, enum review_rule r,
	    struct naskah_pos pos, const char *fix, ...);

/*
 * Apply an abaikan (a template's, then the document's, which wins) to
 * rv: each rule named is switched off or given its tingkat.  A name
 * that is no rule is an error at the name, with the nearest rule's as
 * a hint.  Returns 0 after such an error.
 */
int	review_abaikan(struct review *rv, const struct naskah_abaikan *a);

/* The families; each reads doc and reports through rv. */
void	review_struktur(struct review *rv, const struct naskah_decree *doc);
void	review_bentuk(struct review *rv, const struct naskah_decree *doc);
void	review_dasar_hukum(struct review *rv, const struct naskah_decree *doc);
void	review_acuan(struct review *rv, const struct naskah_decree *doc);
void	review_penandatangan(struct review *rv,
	    const struct naskah_decree *doc);
void	review_angka(struct review *rv, const struct naskah_decree *doc);
void	review_iku(struct review *rv, const struct naskah_decree *doc);

/* angka and iku over one IKU table, rows v[0..n): a decree's lampiran,
 * an LKjIP's or a book's pengukuran, a Perjanjian Kinerja's rows. */
void	review_angka_rows(struct review *rv, const struct naskah_iku *v,
	    size_t n);
void	review_iku_rows(struct review *rv, const struct naskah_iku *v,
	    size_t n);

/*
 * penandatangan across a book (review_ttd.c, rule ttd-sama): a person as
 * one place of a book writes them: a name (perhaps with ", gelar"
 * after it or a title before it), a NIP as written (perhaps with
 * "NIP."; NULL or without 18 digits: not compared) and a gelar of its
 * own (NULL: the part of the name after a comma); file names the
 * file it is written in when its positions do not (NULL: they do, or
 * it is the document's own).
 */
struct review_person {
	const struct naskah_text	*nama;
	const struct naskah_text	*nip;
	const struct naskah_text	*gelar;
	const char			*file;
};

/*
 * Report where one NIP is written with two names, or one name (titles
 * and gelar aside) with two NIPs or two gelar (both given), at the
 * later one, naming the first.  By sorting, O(n log n).
 */
void	review_persons_same(struct review *rv,
	    const struct review_person *v, size_t n);

struct naskah_book;	/* model/book.h */
/* review_persons_same over the people of book bk: its decree's signer,
 * its signatures (ttd), the two sides of its Perjanjian Kinerja and
 * the posts of its organisation charts. */
void	review_book_ttd(struct review *rv, const struct naskah_book *bk);

/* Every family over doc, in the order above. */
void	review_decree(struct review *rv, const struct naskah_decree *doc);

/*
 * What a book (or an LKjIP) has of its own, beside its decree, which
 * review_decree reads (review_book.c): angka and iku over the IKU rows
 * of its pengukuran, perbandingan, renstra and Perjanjian Kinerja
 * blocks, each table once (one file of rows included by several
 * blocks, or by the decree's lampiran too, is reviewed once), and
 * review_book_ttd.  decree_file names the file of the decree's rows
 * whose positions name none (NULL: the book's own).
 */
void	review_book(struct review *rv, const struct naskah_book *bk,
	    const char *decree_file);

#endif
