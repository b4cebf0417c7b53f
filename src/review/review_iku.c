/* SPDX-License-Identifier: ISC */
/*
 * review_iku.c - the IKU content of a table (a decree's lampiran, an
 * LKjIP's or a book's pengukuran): an indicator
 * without a measurable formula or unit, a sasaran without an
 * indicator, an indicator repeated.
 *
 * The loader refuses a row without sasaran or indikator, or with an
 * empty one; what reaches the review without an indicator is a row
 * whose indikator is a placeholder ("-", "–", "—", "n/a", "...", "?").
 * An indicator is repeated when two rows of one lampiran write it
 * alike (in any case, with any run of spaces); found by sorting,
 * O(n log n).  Two lampiran (or pengukuran) are two tables (another
 * year, a summary): an indicator in both is not repeated.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/xalloc.h"
#include "review/review.h"
#include "review/review_text.h"

/* t says nothing: blank or a placeholder. */
static int
placeholder(const struct naskah_text *t)
{
	static const char *const ph[] = { "-", "\xe2\x80\x93",
	    "\xe2\x80\x94", "n/a", "...", "\xe2\x80\xa6", "?", NULL };
	const char *s;
	size_t i, n;

	if (rvt_empty(t))
		return 1;
	s = t->s;
	while (isspace((unsigned char)*s))
		s++;
	n = strlen(s);
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	for (i = 0; ph[i] != NULL; i++)
		if (strlen(ph[i]) == n && strncasecmp(s, ph[i], n) == 0)
			return 1;
	return 0;
}

static void
row_check(struct review *rv, const struct naskah_iku *r)
{
	if (placeholder(&r->indikator)) {
		const struct naskah_text *at = r->indikator.s != NULL ?
		    &r->indikator : &r->sasaran;

		review_report(rv, RULE_IKU_TANPA_INDIKATOR,
		    at->s != NULL ? at->span.at : r->pos,
		    r->sasaran.s != NULL ? r->sasaran.s : "");
		return;
	}
	if (r->formula == FORMULA_NONE && rvt_empty(&r->satuan))
		review_report(rv, RULE_IKU_TANPA_UKURAN, r->indikator.span.at,
		    r->indikator.s);
}

/* An indicator with its order and its key. */
struct ind {
	const struct naskah_text *t;
	size_t		 i;
	char		*key;	/* lower case, one space */
};

static char *
fold(const char *s)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;
	int sp = 0;

	for (; *s != '\0'; s++) {
		if (isspace((unsigned char)*s)) {
			sp = o != out;
			continue;
		}
		if (sp)
			*o++ = ' ';
		sp = 0;
		*o++ = (char)tolower((unsigned char)*s);
	}
	*o = '\0';
	return out;
}

static int
by_key(const void *a, const void *b)
{
	const struct ind *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c != 0 ? c : (x->i > y->i) - (x->i < y->i);
}

/* Each repeat among the rows rows[0..nrows) reported at itself,
 * naming the first's line, in the order of the rows. */
static void
indikator_ganda(struct review *rv, const struct naskah_iku *rows,
    size_t nrows)
{
	struct ind *v;
	const struct naskah_text **first, **orig;
	size_t n = 0, i, g;

	if (nrows < 2)
		return;
	v = xcalloc(nrows, sizeof(*v));
	orig = xcalloc(nrows, sizeof(*orig));
	first = xcalloc(nrows, sizeof(*first));
	for (i = 0; i < nrows; i++) {
		const struct naskah_text *t = &rows[i].indikator;

		if (placeholder(t))
			continue;
		orig[n] = v[n].t = t;
		v[n].i = n;
		v[n].key = fold(t->s);
		n++;
	}
	qsort(v, n, sizeof(*v), by_key);
	for (g = 0, i = 1; i < n; i++) {
		if (strcmp(v[g].key, v[i].key) != 0)
			g = i;
		else
			first[v[i].i] = v[g].t;
	}
	for (i = 0; i < n; i++)
		if (first[i] != NULL)
			review_report(rv, RULE_INDIKATOR_GANDA,
			    orig[i]->span.at, orig[i]->s,
			    first[i]->span.at.line);
	for (i = 0; i < n; i++)
		free(v[i].key);
	free(v);
	free(orig);
	free(first);
}

void
review_iku_rows(struct review *rv, const struct naskah_iku *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		row_check(rv, &v[i]);
	indikator_ganda(rv, v, n);
}

void
review_iku(struct review *rv, const struct naskah_decree *doc)
{
	size_t l;

	for (l = 0; l < doc->nlampiran; l++)
		review_iku_rows(rv, doc->lampiran[l].iku,
		    doc->lampiran[l].niku);
}
