/* SPDX-License-Identifier: ISC */
/*
 * review_text.c - reading the decree's texts for the rules
 * (review_text.h).
 */
#include <ctype.h>
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
