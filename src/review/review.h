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
 * One review of one document: where findings go and which rules are
 * switched off.  Fields are set by whoever starts the review
 * (review_init); the families only pass it to review_report.
 */
struct review {
	struct naskah_diag	*d;
	unsigned char		 off[RULE__MAX];	/* 1: abaikan */
	int			 ketat;		/* findings are errors */
	unsigned		 count;		/* findings reported */
};

void	review_init(struct review *rv, struct naskah_diag *d);

/*
 * Report a finding of rule r at pos (the offending text's own
 * position); the varargs match r's message.  Nothing when r is off.
 */
void	review_report(struct review *rv, enum review_rule r,
	    struct naskah_pos pos, ...);

/* The families; each reads doc and reports through rv. */
void	review_struktur(struct review *rv, const struct naskah_decree *doc);
void	review_bentuk(struct review *rv, const struct naskah_decree *doc);
void	review_dasar_hukum(struct review *rv, const struct naskah_decree *doc);
void	review_acuan(struct review *rv, const struct naskah_decree *doc);
void	review_penandatangan(struct review *rv,
	    const struct naskah_decree *doc);
void	review_angka(struct review *rv, const struct naskah_decree *doc);
void	review_iku(struct review *rv, const struct naskah_decree *doc);

/* Every family over doc, in the order above. */
void	review_decree(struct review *rv, const struct naskah_decree *doc);

#endif
