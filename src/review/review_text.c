/* SPDX-License-Identifier: ISC */
/*
 * review_text.c - reading the decree's texts for the rules
 * (review_text.h).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "review/review_text.h"

static int
blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

size_t
rvt_prefix(const char *s, const char *p)
{
	size_t i = 0, j = 0;

	if (s == NULL || p == NULL)
		return 0;
	while (blank(p[j]))
		j++;
	while (blank(s[i]))
		i++;
	while (p[j] != '\0') {
		if (blank(p[j])) {
			if (!blank(s[i]))
				return 0;
			while (blank(p[j]))
				j++;
			while (blank(s[i]))
				i++;
			continue;
		}
		if (toupper((unsigned char)s[i]) != toupper((unsigned char)p[j]))
			return 0;
		i++;
		j++;
	}
	if (i == 0 || isalnum((unsigned char)s[i]))
		return 0;
	return i;
}

/* The next character of s as rvt_prefix reads it from *i on: a run
 * of blanks is one ' ', a letter its capital; '\0' at the end. */
static char
read_next(const char *s, size_t *i)
{
	if (blank(s[*i])) {
		while (blank(s[*i]))
			++*i;
		return ' ';
	}
	if (s[*i] == '\0')
		return '\0';
	return (char)toupper((unsigned char)s[(*i)++]);
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void
rvt_prefixes_make(struct rvt_prefixes *x, char *const *p, size_t n)
{
	struct naskah_buf b = { NULL, 0, 0 };
	size_t k, i;
	char c;

	x->v = xcalloc(n + 1, sizeof(*x->v));
	x->n = 0;
	x->blank = 0;
	for (k = 0; k < n; k++) {
		if (p[k] == NULL)
			continue;
		for (i = 0; blank(p[k][i]); i++)
			;
		b.len = 0;
		while ((c = read_next(p[k], &i)) != '\0')
			buf_addc(&b, c);
		if (b.len > 0)
			x->v[x->n++] = xstrndup(b.s, b.len);
		else
			x->blank = 1;
	}
	free(b.s);
	qsort(x->v, x->n, sizeof(*x->v), str_cmp);
}

/* The first of v[lo, hi) (sorted, all alike in their first d bytes)
 * whose byte d is above c, or (with above 0) at least c. */
static size_t
byte_bound(char *const *v, size_t lo, size_t hi, size_t d, char c,
    int above)
{
	size_t mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((unsigned char)v[mid][d] < (unsigned char)c ||
		    (above && v[mid][d] == c))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int
rvt_prefixes_any(const struct rvt_prefixes *x, const char *s)
{
	size_t lo = 0, hi = x->n, d = 0, i = 0;
	char c;

	if (s == NULL)
		return 0;
	while (blank(s[i]))
		i++;
	if (x->blank && i > 0 && !isalnum((unsigned char)s[i]))
		return 1;
	/* [lo, hi): the prefixes that read as s's first d characters; the
	 * one of exactly d, if any, sorts first */
	for (;;) {
		c = read_next(s, &i);
		if (d > 0 && lo < hi && x->v[lo][d] == '\0' &&
		    !isalnum((unsigned char)c))
			return 1;	/* one ends here, at a word's end */
		if (c == '\0' || lo >= hi)
			return 0;
		lo = byte_bound(x->v, lo, hi, d, c, 0);
		hi = byte_bound(x->v, lo, hi, d, c, 1);
		d++;
	}
}

void
rvt_prefixes_free(struct rvt_prefixes *x)
{
	size_t k;

	for (k = 0; k < x->n; k++)
		free(x->v[k]);
	free(x->v);
	x->v = NULL;
	x->n = 0;
}

size_t
rvt_lower_word(const char *s)
{
	size_t i, w = 0;
	int lower = 0, digit = 0;

	for (i = 0; s != NULL; i++) {
		if (s[i] == '\0' || blank(s[i])) {
			if (lower && !digit)
				return w;
			if (s[i] == '\0')
				break;
			w = i + 1;
			lower = digit = 0;
		} else if (islower((unsigned char)s[i]))
			lower = 1;
		else if (isdigit((unsigned char)s[i]))
			digit = 1;
	}
	return (size_t)-1;
}

size_t
rvt_last(const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0;

	while (n > 0 && blank(s[n - 1]))
		n--;
	return n > 0 ? n - 1 : (size_t)-1;
}

char *
rvt_office(const struct naskah_decree *doc)
{
	const char *s = doc->signer.atas_nama.s;
	char *o;
	size_t i, n;

	if (s == NULL || *s == '\0')
		s = doc->signer.jabatan.s;
	if (s == NULL)
		return NULL;
	while (blank(*s))
		s++;
	n = strlen(s);
	while (n > 0 && (blank(s[n - 1]) || s[n - 1] == ','))
		n--;
	if (n == 0)
		return NULL;
	o = xstrndup(s, n);
	for (i = 0; i < n; i++)
		o[i] = blank(o[i]) ? ' ' : (char)toupper((unsigned char)o[i]);
	return o;
}

size_t
rvt_kind(const char *judul)
{
	static const char *const kinds[] = { "KEPUTUSAN", "PERATURAN",
	    "INSTRUKSI", NULL };
	size_t i, n;

	for (i = 0; kinds[i] != NULL; i++)
		if ((n = rvt_prefix(judul, kinds[i])) != 0)
			return n;
	return 0;
}

int
rvt_empty(const struct naskah_text *t)
{
	return t->s == NULL || rvt_last(t->s) == (size_t)-1;
}

char *
rvt_upper(const char *s, size_t n)
{
	size_t i, w;
	char *u;
	int digit;

	if (n == (size_t)-1)
		n = strlen(s);
	u = xstrndup(s, n);
	for (w = 0; w < n; w = i) {
		for (i = w, digit = 0; i < n && !blank(u[i]); i++)
			digit |= isdigit((unsigned char)u[i]) != 0;
		for (; !digit && w < i; w++)
			if (u[w] >= 'a' && u[w] <= 'z')
				u[w] = (char)(u[w] - 'a' + 'A');
		while (i < n && blank(u[i]))
			i++;
	}
	return u;
}

char *
rvt_decree_name(const struct naskah_decree *doc)
{
	const char *j = doc->judul.s;
	size_t k = rvt_kind(j);
	char *o, *s, *u;

	if (k == 0 || (o = rvt_office(doc)) == NULL)
		return NULL;
	for (; blank(*j); j++)
		k--;
	u = rvt_upper(j, k);
	s = xasprintf("%s %s", u, o);
	free(u);
	free(o);
	return s;
}

/*
 * Do s (up to a final comma) and the office name the same office?  The
 * one may add the region to the other: "CAMAT PASAR MANNA KABUPATEN
 * BENGKULU SELATAN" and "CAMAT PASAR MANNA" agree.
 */
static int
same_office(const char *s, const char *office)
{
	size_t e = rvt_last(s);
	char *t;
	int same;

	if (rvt_prefix(s, office) != 0)
		return 1;
	if (e == (size_t)-1)
		return 0;
	while (e > 0 && s[e] == ',')
		e--;
	t = xstrndup(s, e + 1);
	same = rvt_prefix(office, t) != 0;
	free(t);
	return same;
}

/* The offset of the region s names ("KABUPATEN ...", "KOTA ...",
 * "PROVINSI ..." as a word), or (size_t)-1. */
static size_t
region_at(const char *s)
{
	static const char *const w[] = { "KABUPATEN", "KOTA", "PROVINSI",
	    NULL };
	size_t i, k;

	for (i = 0; s[i] != '\0'; i++)
		for (k = 0; w[k] != NULL && (i == 0 || blank(s[i - 1])); k++)
			if (!blank(s[i]) && rvt_prefix(s + i, w[k]) != 0)
				return i;
	return (size_t)-1;
}

/* office, with the region s names after its office when office names
 * none, then end ("" or ","); caller frees. */
static char *
office_put(const char *s, const char *office, const char *end)
{
	size_t r = region_at(s), e = rvt_last(s);
	char *u, *fix;

	if (r == (size_t)-1 || region_at(office) != (size_t)-1)
		return xasprintf("%s%s", office, end);
	while (e > r && s[e] == ',')
		e--;
	u = rvt_upper(s + r, e + 1 - r);
	fix = xasprintf("%s %s%s", office, u, end);
	free(u);
	return fix;
}

char *
rvt_judul_fix(const struct naskah_decree *doc)
{
	const char *j = doc->judul.s;
	size_t k = rvt_kind(j), at;
	char *name = rvt_decree_name(doc), *office, *o, *fix = NULL;

	if (name == NULL)
		return NULL;
	office = strchr(name, ' ') + 1;
	for (at = k; blank(j[at]); at++)
		;
	if (!same_office(j + at, office)) {
		o = office_put(j + at, office, "");
		fix = xasprintf("%.*s %s", (int)(office - 1 - name), name, o);
		free(o);
	}
	free(name);
	return fix;
}

char *
rvt_pejabat_fix(const struct naskah_decree *doc)
{
	const char *p = doc->pejabat.s;
	char *name, *fix = NULL;

	if (p == NULL || (name = rvt_decree_name(doc)) == NULL)
		return NULL;
	if (!same_office(p, strchr(name, ' ') + 1))
		fix = office_put(p, strchr(name, ' ') + 1, ",");
	free(name);
	return fix;
}
