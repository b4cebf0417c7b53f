/* SPDX-License-Identifier: ISC */
/*
 * review_angka.c - numbers and units of the IKU rows of a table (a
 * decree's lampiran, an LKjIP's or a book's pengukuran): a unit both in a figure and in its Satuan column, the
 * spacing of %, the decimal comma, a figure outside a sane range.
 *
 * The figures are the texts of a row's targets (by year, or its one
 * target) and realisasi, as written.  A figure is a number at its
 * start, Indonesian style (1.234,5: full stops between thousands, a
 * decimal comma), then perhaps a unit; a figure without a number at
 * its start ("WTP", "n/a") is left alone.  The formulas' "kali" (100 %)
 * is formula text, not a figure, and is not read.
 *
 * The sane ranges: a figure of an indicator named "Persentase ..." or
 * "Proporsi ..." with the unit % lies within 0-100 (a share of a
 * whole, KBBI); a realisasi and its year's target, both above zero,
 * are less than ten times apart (a capaian between 10% and 1000%;
 * further apart is most often a unit or a decimal mark gone wrong).
 * Rates of change (growth, inflation) may be negative or above 100%
 * and are named otherwise; they are not bounded.
 *
 * A unit written twice is reported once per row, at the decree's
 * year's target when that is one of them (what the lampiran prints);
 * a figure that carries its Satuan's "%" is not told about the space
 * before it too (the fix drops the "%").  Each finding's fix is the
 * figure as the rule writes it: "70" (satuan-ganda), "70%"
 * (persen-spasi), "87,5" (koma-desimal).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/xalloc.h"
#include "model/iku.h"
#include "review/review.h"

/* A figure read: its number and where its parts are. */
struct figure {
	double	 v;
	size_t	 end;		/* byte after the number */
	size_t	 unit;		/* first byte of what follows, past
				 * spaces (== strlen when nothing) */
	long	 dot;		/* a full stop used as decimal mark, or -1 */
};

/*
 * Read the number at the start of s (spaces, an optional minus, then
 * digits, full stops and commas): 1 and *f, or 0 when s does not begin
 * with a number.  With a comma, the comma is the decimal mark and full
 * stops separate thousands.  Without one, full stops that group the
 * digits by three ("1.000", "12.500.000": a first group of 1-3 digits
 * not beginning with 0, then groups of 3) separate thousands; one full
 * stop that does not ("87.5", "0.750", "1234.5") is a decimal mark
 * written the English way: f->dot, and the value reads it as one.
 */
static int
figure_read(const char *s, struct figure *f)
{
	size_t i = 0, start, k, g = 0, ndots = 0, dot1 = 0;
	int neg = 0, comma = 0, grouped = 1, first = 1;
	double v = 0, d = 0;

	memset(f, 0, sizeof(*f));
	f->dot = -1;
	while (s[i] == ' ')
		i++;
	if (s[i] == '-')
		neg = 1, i++;
	if (!isdigit((unsigned char)s[i]))
		return 0;
	start = i;
	for (; isdigit((unsigned char)s[i]) || ((s[i] == '.' ||
	    s[i] == ',') && isdigit((unsigned char)s[i + 1])); i++) {
		if (s[i] == ',')
			comma = 1;
		if (comma)
			continue;
		if (s[i] == '.') {
			if ((first && (g > 3 || s[start] == '0')) ||
			    (!first && g != 3))
				grouped = 0;
			if (ndots++ == 0)
				dot1 = i;
			first = 0;
			g = 0;
		} else
			g++;
	}
	if (ndots > 0 && !comma && g != 3)
		grouped = 0;
	if (!comma && ndots == 1 && !grouped)
		f->dot = (long)dot1;
	for (k = start; k < i; k++) {
		if (s[k] == ',' || (long)k == f->dot) {
			d = 0.1;
			continue;
		}
		if (s[k] == '.')
			continue;
		if (d > 0) {
			v += (s[k] - '0') * d;
			d /= 10;
		} else
			v = v * 10 + (s[k] - '0');
	}
	f->v = neg ? -v : v;
	f->end = i;
	while (s[i] == ' ')
		i++;
	f->unit = i;
	return 1;
}

/* s's text after its number, trimmed at the end, equals the unit u in
 * any case; "%" and "persen" are one unit. */
static int
unit_is(const char *rest, const char *u)
{
	size_t n = strlen(rest), m;

	while (n > 0 && isspace((unsigned char)rest[n - 1]))
		n--;
	while (isspace((unsigned char)*u))
		u++;
	m = strlen(u);
	while (m > 0 && isspace((unsigned char)u[m - 1]))
		m--;
	if (n == 0 || m == 0)
		return 0;
	if ((n == 1 && rest[0] == '%') || (n == 6 &&
	    strncasecmp(rest, "persen", 6) == 0))
		return (m == 1 && u[0] == '%') || (m == 6 &&
		    strncasecmp(u, "persen", 6) == 0);
	return n == m && strncasecmp(rest, u, n) == 0;
}

static int
is_percent_unit(const struct naskah_text *satuan)
{
	return satuan->s != NULL && unit_is("%", satuan->s);
}

static int
is_share(const struct naskah_iku *r)
{
	const char *s = r->indikator.s;

	return s != NULL && (strncasecmp(s, "Persentase", 10) == 0 ||
	    strncasecmp(s, "Proporsi", 8) == 0);
}

/* The checks of one figure t of row r; *ganda set when it carries the
 * Satuan's unit (reported once per row by the caller). */
static void
figure_check(struct review *rv, const struct naskah_iku *r,
    const struct naskah_text *t, const struct naskah_text **ganda)
{
	struct figure f;
	const char *s = t->s, *pct;
	int has_pct;

	if (s == NULL || !figure_read(s, &f))
		return;
	if (r->satuan.s != NULL && unit_is(s + f.unit, r->satuan.s)) {
		if (*ganda == NULL)
			*ganda = t;
	} else if (s[f.end] == ' ' && s[f.unit] == '%') {
		char *fix = xasprintf("%.*s%s", (int)f.end, s, s + f.unit);

		review_report_fix(rv, RULE_PERSEN_SPASI,
		    naskah_text_pos(t, f.unit), fix, s);
		free(fix);
	}
	if (f.dot >= 0) {
		char *fix = xstrdup(s);

		fix[f.dot] = ',';
		fix[f.end] = '\0';
		review_report_fix(rv, RULE_KOMA_DESIMAL,
		    naskah_text_pos(t, (size_t)f.dot), fix, s, fix);
		free(fix);
	}
	pct = strchr(s + f.end, '%');
	has_pct = pct != NULL || is_percent_unit(&r->satuan);
	if (is_share(r) && has_pct && (f.v < 0 || f.v > 100))
		review_report(rv, RULE_PERSEN_RENTANG, naskah_text_pos(t, 0),
		    s);
}

/* Realisasi and its year's target more than ten times apart. */
static void
capaian_check(struct review *rv, const struct naskah_iku *r)
{
	struct figure ft, fr;
	size_t i;

	for (i = 0; i < r->nrealisasi; i++) {
		const struct naskah_text *rt = &r->realisasi[i].v;
		const struct naskah_text *tt =
		    naskah_iku_target(r, r->realisasi[i].year);

		if (tt == NULL || tt->s == NULL || rt->s == NULL ||
		    !figure_read(tt->s, &ft) || !figure_read(rt->s, &fr))
			continue;
		if (ft.v <= 0 || fr.v <= 0)
			continue;
		if (fr.v >= 10 * ft.v || ft.v >= 10 * fr.v)
			review_report(rv, RULE_CAPAIAN_RENTANG,
			    naskah_text_pos(rt, 0), rt->s, tt->s,
			    r->realisasi[i].year);
	}
}

static void
row_check(struct review *rv, const struct naskah_iku *r)
{
	const struct naskah_text *ganda = NULL;
	struct figure f;
	size_t i;

	/* the decree's year's target first: it is what the lampiran
	 * prints, and the one a unit written twice is reported at */
	figure_check(rv, r, &r->target, &ganda);
	for (i = 0; i < r->ntargets; i++)
		if (r->targets[i].v.s != r->target.s)
			figure_check(rv, r, &r->targets[i].v, &ganda);
	for (i = 0; i < r->nrealisasi; i++)
		figure_check(rv, r, &r->realisasi[i].v, &ganda);
	if (ganda != NULL && figure_read(ganda->s, &f)) {
		char *fix = xasprintf("%.*s", (int)f.end, ganda->s);

		review_report_fix(rv, RULE_SATUAN_GANDA,
		    naskah_text_pos(ganda, f.unit), fix, ganda->s,
		    r->satuan.s);
		free(fix);
	}
	capaian_check(rv, r);
}

void
review_angka_rows(struct review *rv, const struct naskah_iku *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		row_check(rv, &v[i]);
}

void
review_angka(struct review *rv, const struct naskah_decree *doc)
{
	size_t l;

	for (l = 0; l < doc->nlampiran; l++)
		review_angka_rows(rv, doc->lampiran[l].iku,
		    doc->lampiran[l].niku);
}
