/* SPDX-License-Identifier: ISC */
/*
 * idn.c - Indonesian conventions (dates, ordinals, NIP).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/idn.h"
#include "base/xalloc.h"

static const char *const month_names[13] = {
	NULL, "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
	"Agustus", "September", "Oktober", "November", "Desember",
};

/* The spellings before EYD 1972 that regions still print. */
static const char *const month_old[13] = {
	NULL, "Januari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli",
	"Agustus", "September", "Oktober", "Nopember", "Desember",
};

const char *
idn_month_name(int month)
{
	return month >= 1 && month <= 12 ? month_names[month] : NULL;
}

int
idn_date_valid(int y, int m, int d)
{
	static const int mdays[13] = { 0, 31, 28, 31, 30, 31, 30, 31, 31,
	    30, 31, 30, 31 };
	int leap, max;

	if (y < 1900 || y > 2200 || m < 1 || m > 12)
		return 0;
	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	max = mdays[m] + (m == 2 && leap);
	return d >= 1 && d <= max;
}

/* Read exactly n digits from *s into *v. */
static int
digits(const char **s, int n, int *v)
{
	int i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)(*s)[i]))
			return 0;
		*v = *v * 10 + ((*s)[i] - '0');
	}
	*s += n;
	return 1;
}

/* The month named by the n bytes at s in either spelling, or 0. */
static int
month_of(const char *s, size_t n)
{
	int m;

	for (m = 1; m <= 12; m++)
		if ((strlen(month_names[m]) == n &&
		    strncasecmp(s, month_names[m], n) == 0) ||
		    (strlen(month_old[m]) == n &&
		    strncasecmp(s, month_old[m], n) == 0))
			return m;
	return 0;
}

/* "[D]D Month YYYY" into y, m, d; 0 if it is not that. */
static int
date_words(const char *s, int *y, int *m, int *d)
{
	const char *w;

	if (!digits(&s, 1, d))
		return 0;
	if (isdigit((unsigned char)*s))
		*d = *d * 10 + (*s++ - '0');
	if (*s != ' ')
		return 0;
	while (*s == ' ')
		s++;
	for (w = s; isalpha((unsigned char)*s); s++)
		;
	if ((*m = month_of(w, (size_t)(s - w))) == 0 || *s != ' ')
		return 0;
	while (*s == ' ')
		s++;
	return digits(&s, 4, y) && *s == '\0';
}

enum idn_date_err
idn_date_parse(const char *s, struct naskah_date *out)
{
	int y, m, d = 0;

	if (date_words(s, &y, &m, &d)) {
		if (d == 0)
			return IDN_DATE_RANGE;
		goto check;
	}
	d = 0;
	if (!digits(&s, 4, &y) || *s++ != '-' || !digits(&s, 2, &m))
		return IDN_DATE_SYNTAX;
	if (*s == '-') {
		s++;
		if (!digits(&s, 2, &d))
			return IDN_DATE_SYNTAX;
	}
	if (*s != '\0')
		return IDN_DATE_SYNTAX;
check:
	if (!idn_date_valid(y, m, d == 0 ? 1 : d))
		return IDN_DATE_RANGE;
	out->year = y;
	out->month = m;
	out->day = d;
	return IDN_DATE_OK;
}

char *
idn_date_format(const struct naskah_date *dt, const char *blank)
{
	return idn_date_format_as(dt, blank, NULL);
}

char *
idn_date_format_as(const struct naskah_date *dt, const char *blank,
    const struct idn_date_style *st)
{
	const char *mn = idn_month_name(dt->month);

	if (mn == NULL)
		return xstrdup("");
	if (st != NULL && st->old_months)
		mn = month_old[dt->month];
	if (dt->day == 0)
		return xasprintf("%s%s %d", blank ? blank : "", mn, dt->year);
	return xasprintf(st != NULL && st->pad_day ? "%02d %s %d" :
	    "%d %s %d", dt->day, mn, dt->year);
}

static const char *const units[10] = {
	"", "SATU", "DUA", "TIGA", "EMPAT", "LIMA", "ENAM", "TUJUH",
	"DELAPAN", "SEMBILAN",
};

/* Cardinal number words for 1..999 appended to b. */
static void
hundreds(struct naskah_buf *b, int n)
{
	int h = n / 100, t = (n / 10) % 10, u = n % 10;

	if (h == 1)
		buf_adds(b, "SERATUS");
	else if (h > 1)
		buf_printf(b, "%s RATUS", units[h]);
	if (h > 0 && n % 100 != 0)
		buf_addc(b, ' ');
	n %= 100;
	if (n == 0)
		return;
	if (n < 10)
		buf_adds(b, units[u]);
	else if (n == 10)
		buf_adds(b, "SEPULUH");
	else if (n == 11)
		buf_adds(b, "SEBELAS");
	else if (n < 20)
		buf_printf(b, "%s BELAS", units[u]);
	else if (u == 0)
		buf_printf(b, "%s PULUH", units[t]);
	else
		buf_printf(b, "%s PULUH %s", units[t], units[u]);
}

/*
 * Cardinal number words for n >= 1 appended to b: groups of three
 * digits, each followed by its scale word; a group of exactly one
 * takes the prefix se- ("SERIBU", "SEJUTA", "SEMILIAR"), as it does
 * for tens and hundreds.
 */
static void
cardinal(struct naskah_buf *b, unsigned long long n)
{
	static const char *const scale[] = { "", "RIBU", "JUTA", "MILIAR",
	    "TRILIUN", "KUADRILIUN", "KUINTILIUN" };
	static const char *const one[] = { "", "SERIBU", "SEJUTA",
	    "SEMILIAR", "SETRILIUN", "SEKUADRILIUN", "SEKUINTILIUN" };
	unsigned long long p = 1;
	int k = 0, g, first = 1;

	while (n / p >= 1000) {
		p *= 1000;
		k++;
	}
	for (; k >= 0; k--, p /= 1000) {
		g = (int)(n / p % 1000);
		if (g == 0)
			continue;
		if (!first)
			buf_addc(b, ' ');
		first = 0;
		if (k == 0)
			hundreds(b, g);
		else if (g == 1)
			buf_adds(b, one[k]);
		else {
			hundreds(b, g);
			buf_printf(b, " %s", scale[k]);
		}
	}
}

char *
idn_title_case(const char *caps)
{
	static const char *const small[] = { "dan", "atau", "di", "ke",
	    "dari", "yang", "untuk", "pada", "dalam", "tentang", "atas",
	    "oleh", "serta", "bagi", "terhadap", "sebagai", "dengan", "per",
	    NULL };
	char *out = xstrdup(caps), *w, *e;
	size_t k, len;
	int first = 1, keep;

	for (w = out; *w != '\0'; w = e) {
		while (*w == ' ')
			w++;
		for (e = w; *e != '\0' && *e != ' '; e++)
			;
		len = (size_t)(e - w);
		/* (IKU), 2024, 800/15/KPTS/2024: as written; a digit
		 * looked for in the word only (not in the rest of the
		 * text at each word: quadratic) */
		for (keep = 0, k = 0; !keep && k < len; k++)
			keep = w[k] >= '0' && w[k] <= '9';
		keep |= w[0] == '(' && len <= 6;
		for (k = 0; !keep && k < len; k++)
			if (w[k] >= 'A' && w[k] <= 'Z')
				w[k] = (char)(w[k] - 'A' + 'a');
		for (k = 0; !keep && small[k] != NULL; k++)
			if (strlen(small[k]) == len &&
			    strncmp(w, small[k], len) == 0)
				break;
		if (!keep && (first || small[k] == NULL) && w[0] >= 'a' &&
		    w[0] <= 'z')
			w[0] = (char)(w[0] - 'a' + 'A');
		if (len > 0)
			first = 0;
	}
	return out;
}

char *
idn_ordinal(int n)
{
	struct naskah_buf b = { NULL, 0, 0 };
	char *card, *s;

	if (n < 1)
		return xasprintf("%d", n);
	if (n == 1)
		return xstrdup("KESATU");
	cardinal(&b, (unsigned long long)n);
	card = buf_take(&b);
	/* "SEPULUH" -> "KESEPULUH", "SEBELAS" -> "KESEBELAS",
	 * "DUA PULUH SATU" -> "KEDUA PULUH SATU" */
	s = xasprintf("KE%s", card);
	free(card);
	return s;
}

char *
idn_diktum(const char *style, int n)
{
	if (strcmp(style, "pasal") == 0)
		return xasprintf("Pasal %d", n);
	if (n == 1 && strcmp(style, "pertama") == 0)
		return xstrdup("PERTAMA");
	return idn_ordinal(n);
}

char *
idn_letters(int n)
{
	char tmp[16];
	int i = (int)sizeof(tmp) - 1;

	if (n < 1)
		return xasprintf("%d", n);
	tmp[i] = '\0';
	while (n > 0 && i > 0) {
		n--;
		tmp[--i] = (char)('a' + n % 26);
		n /= 26;
	}
	return xstrdup(tmp + i);
}

char *
idn_roman(int n)
{
	static const int val[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10,
	    9, 5, 4, 1 };
	static const char *const sym[] = { "M", "CM", "D", "CD", "C", "XC",
	    "L", "XL", "X", "IX", "V", "IV", "I" };
	struct naskah_buf b = { NULL, 0, 0 };
	size_t i;

	if (n < 1 || n > 3999)
		return xasprintf("%d", n);
	for (i = 0; i < sizeof(val) / sizeof(val[0]); i++)
		while (n >= val[i]) {
			buf_adds(&b, sym[i]);
			n -= val[i];
		}
	return buf_take(&b);
}

enum idn_nip_err
idn_nip_check(const char *nip, char out[19], int *ndigits)
{
	const char *s = nip, *p;
	int n = 0, y, m, d, ty, tm;

	for (; *s != '\0'; s++) {
		if (*s == ' ')
			continue;
		if (!isdigit((unsigned char)*s)) {
			out[n < 18 ? n : 18] = '\0';
			*ndigits = n;
			return IDN_NIP_CHARS;
		}
		if (n < 18)
			out[n] = *s;
		n++;
	}
	out[n < 18 ? n : 18] = '\0';
	*ndigits = n;
	if (n != 18)
		return IDN_NIP_DIGITS;
	p = out;
	digits(&p, 4, &y);
	digits(&p, 2, &m);
	digits(&p, 2, &d);
	if (!idn_date_valid(y, m, d))
		return IDN_NIP_BIRTH;
	digits(&p, 4, &ty);
	digits(&p, 2, &tm);
	if (!idn_date_valid(ty, tm, 1))
		return IDN_NIP_TMT;
	if (ty * 12 + tm < (y + 17) * 12 + m)
		return IDN_NIP_ORDER;
	if (out[14] != '1' && out[14] != '2')
		return IDN_NIP_SEX;
	return IDN_NIP_OK;
}

char *
idn_nip_group(const char *dg)
{
	return xasprintf("%.8s %.6s %.1s %.3s", dg, dg + 8, dg + 14, dg + 15);
}
