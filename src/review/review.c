/* SPDX-License-Identifier: ISC */
/*
 * review.c - the table of rules and the one way findings are reported.
 */
#include <stdarg.h>
#include <string.h>

#include "review/review.h"

const char *const review_family_names[FAM__MAX] = {
	[FAM_STRUKTUR] = "struktur",
	[FAM_BENTUK] = "bentuk",
	[FAM_DASAR_HUKUM] = "dasar-hukum",
	[FAM_ACUAN] = "acuan",
	[FAM_PENANDATANGAN] = "penandatangan",
	[FAM_ANGKA] = "angka",
	[FAM_IKU] = "iku",
};

const struct review_rule_info review_rules[RULE__MAX] = {
#define R(id, name, family, sev, source, msg) \
	[id] = { name, family, sev, source, msg },
#include "review/rules.def"
#undef R
};

enum review_rule
review_rule_find(const char *name)
{
	int r;

	for (r = 0; r < RULE__MAX; r++)
		if (strcmp(review_rules[r].name, name) == 0)
			return (enum review_rule)r;
	return RULE__MAX;
}

void
review_init(struct review *rv, struct naskah_diag *d)
{
	memset(rv, 0, sizeof(*rv));
	rv->d = d;
}

void
review_report(struct review *rv, enum review_rule r, struct naskah_pos pos,
    ...)
{
	enum naskah_sev sev = review_rules[r].sev;
	va_list ap;

	if (rv->off[r])
		return;
	if (rv->ketat)
		sev = SEV_ERROR;
	rv->count++;
	va_start(ap, pos);
	naskah_diagv(rv->d, sev, pos, review_rules[r].msg, ap);
	va_end(ap);
}
