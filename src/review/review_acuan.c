/* SPDX-License-Identifier: ISC */
/*
 * review_acuan.c - references inside the decree point at what exists:
 * "huruf a dan huruf b" in a Menimbang point at earlier points,
 * "Diktum KESATU" in a diktum at one of its diktum.  References to
 * another regulation ("huruf a Peraturan Menteri ...") are not the
 * decree's own and are left alone.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "model/idn.h"
#include "model/perda.h"
#include "review/review.h"
#include "review/review_text.h"

/* "huruf x" of Menimbang point i names an earlier point (a .. i). */
static void
acuan_huruf(struct review *rv, const struct naskah_decree *doc)
{
	struct perda_ref *r;
	size_t i, k, n;

	for (i = 0; i < doc->menimbang.n; i++) {
		const struct naskah_text *t = &doc->menimbang.v[i].text;
		struct naskah_spancur cur = { &t->span, NULL, 0 };

		perda_refs_scan(t->s, "Keputusan", &r, &n);
		for (k = 0; k < n; k++) {
			char *a, *b;

			if (r[k].external || r[k].pasal != 0 || r[k].ayat != 0
			    || r[k].huruf == 0 || (size_t)r[k].huruf <= i)
				continue;
			a = idn_letters(r[k].huruf);
			b = idn_letters((int)i + 1);
			review_report(rv, RULE_ACUAN_HURUF, naskah_spancur_pos(
			    &cur, r[k].off + (strncmp(t->s + r[k].off,
			    "huruf ", 6) == 0 ? 6 : 0)), a, b);
			free(a);
			free(b);
		}
		naskah_spancur_done(&cur);
		free(r);
	}
}

/* The labels of the diktum: its own, and those of the template's
 * gaya.diktum (KESATU, KEDUA or PERTAMA, KEDUA; both when it is not
 * known; none under pasal, where a diktum is referred to as "Pasal n"),
 * as one set of prefixes. */
static void
labels_make(struct rvt_prefixes *l, const struct naskah_clauses *ds,
    enum review_diktum gaya)
{
	char **v = xcalloc(ds->n * 3 + 1, sizeof(*v));
	size_t i;

	for (i = 0; i < ds->n; i++) {
		const char *own = ds->v[i].label.s;

		if (own != NULL)
			v[3 * i] = xstrndup(own, strcspn(own, ":"));
		if (gaya == RVD_ANY || gaya == RVD_KESATU)
			v[3 * i + 1] = idn_diktum("kesatu", (int)i + 1);
		if (gaya == RVD_ANY || gaya == RVD_PERTAMA)
			v[3 * i + 2] = idn_diktum("pertama", (int)i + 1);
	}
	rvt_prefixes_make(l, v, ds->n * 3);
	for (i = 0; i < ds->n * 3; i++)
		free(v[i]);
	free(v);
}

/*
 * "Diktum KESATU" names one of the diktum, as the template labels them
 * (rv->diktum: "Diktum PERTAMA" is right under gaya.diktum: pertama,
 * wrong under kesatu).  Only an ordinal word (KE..., PERTAMA) is taken
 * for a label: "diktum ini" is not one.  Cost: each reference is read
 * against the sorted labels, logarithmic in them for each character
 * (8 000 diktum each naming a label none has took 1.1 s when each was
 * compared with every label).
 */
static void
acuan_diktum(struct review *rv, const struct naskah_decree *doc)
{
	struct rvt_prefixes l;
	size_t d, i, j, w;

	labels_make(&l, &doc->diktum, rv->diktum);
	for (d = 0; d < doc->diktum.n; d++) {
		const struct naskah_text *t = &doc->diktum.v[d].text;
		struct naskah_spancur cur = { &t->span, NULL, 0 };

		for (i = 0; t->s != NULL && t->s[i] != '\0'; i++) {
			const char *s = t->s + i;
			char *word;

			if ((i > 0 && isalnum((unsigned char)s[-1])) ||
			    rvt_prefix(s, "diktum") == 0 || s[6] != ' ')
				continue;
			j = 7;
			if ((strncmp(s + j, "KE", 2) != 0 &&
			    strncmp(s + j, "PERTAMA", 7) != 0) ||
			    rvt_prefixes_any(&l, s + j))
				continue;
			for (w = j; isupper((unsigned char)s[w]); w++)
				;
			word = xasprintf("Diktum %.*s", (int)(w - j), s + j);
			review_report(rv, RULE_ACUAN_DIKTUM,
			    naskah_spancur_pos(&cur, i + j), word,
			    (int)doc->diktum.n);
			free(word);
		}
		naskah_spancur_done(&cur);
	}
	rvt_prefixes_free(&l);
}

/*
 * Under gaya.diktum: pasal a diktum is "Pasal n": a reference of the
 * decree's own ("sebagaimana dimaksud dalam Pasal 1", not "Pasal 4
 * Peraturan Menteri ...") names one it has.
 */
static void
acuan_pasal(struct review *rv, const struct naskah_decree *doc)
{
	struct perda_ref *r;
	size_t d, k, n;

	for (d = 0; d < doc->diktum.n; d++) {
		const struct naskah_text *t = &doc->diktum.v[d].text;
		struct naskah_spancur cur = { &t->span, NULL, 0 };

		perda_refs_scan(t->s, "Keputusan", &r, &n);
		for (k = 0; k < n; k++) {
			char *word;

			if (r[k].external || r[k].pasal <= 0 ||
			    (size_t)r[k].pasal <= doc->diktum.n)
				continue;
			word = xasprintf("Pasal %d", r[k].pasal);
			review_report(rv, RULE_ACUAN_DIKTUM,
			    naskah_spancur_pos(&cur, r[k].off), word,
			    (int)doc->diktum.n);
			free(word);
		}
		naskah_spancur_done(&cur);
		free(r);
	}
}

void
review_acuan(struct review *rv, const struct naskah_decree *doc)
{
	acuan_huruf(rv, doc);
	if (doc->perda != NULL)
		return;
	acuan_diktum(rv, doc);
	if (rv->diktum == RVD_PASAL)
		acuan_pasal(rv, doc);
}
