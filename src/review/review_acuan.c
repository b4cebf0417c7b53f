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

		perda_refs_scan(t->s, "Keputusan", &r, &n);
		for (k = 0; k < n; k++) {
			char *a, *b;

			if (r[k].external || r[k].pasal != 0 || r[k].ayat != 0
			    || r[k].huruf == 0 || (size_t)r[k].huruf <= i)
				continue;
			a = idn_letters(r[k].huruf);
			b = idn_letters((int)i + 1);
			review_report(rv, RULE_ACUAN_HURUF, naskah_text_pos(t,
			    r[k].off + (strncmp(t->s + r[k].off, "huruf ",
			    6) == 0 ? 6 : 0)), a, b);
			free(a);
			free(b);
		}
		free(r);
	}
}

/* The labels of the diktum: its own, or KESATU and PERTAMA styles
 * (the template's gaya.diktum is not in the model). */
struct labels {
	char	**v;	/* 3 per diktum: own (or NULL), kesatu, pertama */
	size_t	  n;
};

static void
labels_make(struct labels *l, const struct naskah_clauses *ds)
{
	size_t i;

	l->n = ds->n * 3;
	l->v = xcalloc(l->n + 1, sizeof(*l->v));
	for (i = 0; i < ds->n; i++) {
		const char *own = ds->v[i].label.s;

		if (own != NULL)
			l->v[3 * i] = xstrndup(own, strcspn(own, ":"));
		l->v[3 * i + 1] = idn_diktum("kesatu", (int)i + 1);
		l->v[3 * i + 2] = idn_diktum("pertama", (int)i + 1);
	}
}

static void
labels_free(struct labels *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

/* Does s begin with one of the labels? */
static int
labels_match(const struct labels *l, const char *s)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->v[i] != NULL && rvt_prefix(s, l->v[i]) != 0)
			return 1;
	return 0;
}

/*
 * "Diktum KESATU" names one of the diktum.  Only an ordinal word
 * (KE..., PERTAMA) is taken for a label: "diktum ini" is not one.
 * Cost: each reference is compared with the 3 labels of every diktum;
 * a decree has tens of diktum at most, and a reference is found at a
 * word, so this stays linear in the text times that small number.
 */
static void
acuan_diktum(struct review *rv, const struct naskah_decree *doc)
{
	struct labels l;
	size_t d, i, j, w;

	labels_make(&l, &doc->diktum);
	for (d = 0; d < doc->diktum.n; d++) {
		const struct naskah_text *t = &doc->diktum.v[d].text;

		for (i = 0; t->s != NULL && t->s[i] != '\0'; i++) {
			const char *s = t->s + i;
			char *word;

			if ((i > 0 && isalnum((unsigned char)s[-1])) ||
			    rvt_prefix(s, "diktum") == 0 || s[6] != ' ')
				continue;
			j = 7;
			if ((strncmp(s + j, "KE", 2) != 0 &&
			    strncmp(s + j, "PERTAMA", 7) != 0) ||
			    labels_match(&l, s + j))
				continue;
			for (w = j; isupper((unsigned char)s[w]); w++)
				;
			word = xstrndup(s + j, w - j);
			review_report(rv, RULE_ACUAN_DIKTUM,
			    naskah_text_pos(t, i + j), word,
			    (int)doc->diktum.n);
			free(word);
		}
	}
	labels_free(&l);
}

void
review_acuan(struct review *rv, const struct naskah_decree *doc)
{
	acuan_huruf(rv, doc);
	if (doc->perda == NULL)
		acuan_diktum(rv, doc);
}
