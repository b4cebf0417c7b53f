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

const char *const review_diktum_names[RVD__MAX] = {
	[RVD_ANY] = "", [RVD_KESATU] = "kesatu", [RVD_PERTAMA] = "pertama",
	[RVD_PASAL] = "pasal",
};

enum review_diktum
review_diktum_find(const char *gaya)
{
	int i;

	for (i = RVD_ANY + 1; gaya != NULL && i < RVD__MAX; i++)
		if (strcmp(review_diktum_names[i], gaya) == 0)
			return (enum review_diktum)i;
	return RVD_ANY;
}

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

/* A finding of r at pos with fix (or NULL), its message's arguments
 * in ap. */
static void
report(struct review *rv, enum review_rule r, struct naskah_pos pos,
    const char *fix, va_list ap)
{
	enum naskah_sev sev = review_rules[r].sev;
	struct diag_finding f = { review_rules[r].name, fix };

	if (rv->off[r])
		return;
	if (rv->tingkat[r] != 0)
		sev = (enum naskah_sev)(rv->tingkat[r] - 1);
	if (rv->ketat)
		sev = SEV_ERROR;
	rv->count++;
	naskah_diag_finding(rv->d, sev, pos, &f, review_rules[r].msg, ap);
}

void
review_report(struct review *rv, enum review_rule r, struct naskah_pos pos,
    ...)
{
	va_list ap;

	va_start(ap, pos);
	report(rv, r, pos, NULL, ap);
	va_end(ap);
}

void
review_report_fix(struct review *rv, enum review_rule r,
    struct naskah_pos pos, const char *fix, ...)
{
	va_list ap;

	va_start(ap, fix);
	report(rv, r, pos, fix, ap);
	va_end(ap);
}

/* The rule whose name is nearest to name (for "did you mean"), or
 * NULL when none is near. */
static const char *
rule_near(const char *name)
{
	const char *best = NULL;
	int r, dist, bestd = 4;

	for (r = 0; r < RULE__MAX; r++) {
		dist = naskah_edit_distance(review_rules[r].name, name);
		if (dist < bestd) {
			bestd = dist;
			best = review_rules[r].name;
		}
	}
	return best;
}

int
review_abaikan(struct review *rv, const struct naskah_abaikan *a)
{
	const struct naskah_abaikan_item *it;
	enum review_rule r;
	const char *near;
	size_t i;
	int ok = 1;

	for (i = 0; i < a->n; i++) {
		it = &a->v[i];
		if ((r = review_rule_find(it->aturan.s)) == RULE__MAX) {
			near = rule_near(it->aturan.s);
			if (near != NULL)
				naskah_diag(rv->d, SEV_ERROR, it->aturan.span.at,
				    MSG_RV_ABAIKAN_HINT, it->aturan.s, near);
			else
				naskah_diag(rv->d, SEV_ERROR, it->aturan.span.at,
				    MSG_RV_ABAIKAN_UNKNOWN, it->aturan.s);
			ok = 0;
			continue;
		}
		rv->off[r] = it->tingkat == ABAIKAN_OFF;
		rv->tingkat[r] = it->tingkat == ABAIKAN_GALAT ? 1 + SEV_ERROR :
		    it->tingkat == ABAIKAN_PERINGATAN ? 1 + SEV_WARNING : 0;
	}
	return ok;
}
