/* SPDX-License-Identifier: ISC */
/*
 * capaian.c - capaian kinerja, predikat and Indonesian numbers
 * (naskah-dinas.md 2.4 and 4.2).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/capaian.h"
#include "base/xalloc.h"

const char *const naskah_arah_names[ARAH__MAX] = {
	[ARAH_NAIK] = "naik",
	[ARAH_TURUN] = "turun",
	[ARAH_TURUN_BAGI] = "turun_bagi",
};

const char *const naskah_pembulatan_names[PEMBULATAN__MAX] = {
	[PEMBULATAN_BULAT] = "bulat",
	[PEMBULATAN_POTONG] = "potong",
};

enum naskah_capaian_err
naskah_capaian(const struct naskah_capaian_in *in, double *out)
{
	double t = in->target, r = in->realisasi;

	if (!in->has_realisasi)
		return CAPAIAN_NO_REALISASI;
	if (in->range) {
		if (r >= in->target && r <= in->target_max) {
			*out = 100;
			return CAPAIAN_OK;
		}
		t = r > in->target_max ? in->target_max : in->target;
	}
	switch (in->arah) {
	case ARAH_TURUN:
		if (t == 0)
			return CAPAIAN_ZERO;
		*out = (2 * t - r) / t * 100;
		break;
	case ARAH_TURUN_BAGI:
		if (r == 0)
			return CAPAIAN_ZERO;
		*out = t / r * 100;
		break;
	default:
		if (t == 0)
			return CAPAIAN_ZERO;
		*out = r / t * 100;
		break;
	}
	return CAPAIAN_OK;
}

/* One number at *sp (see naskah_figure_parse); advances *sp. */
static int
number(const char **sp, double *out)
{
	const char *s = *sp, *e;
	char buf[64];
	size_t n = 0, dots = 0, i;
	int comma = 0, thousands, neg = 0;

	if (*s == '-') {
		neg = 1;
		s++;
	}
	if (*s < '0' || *s > '9')
		return 0;
	for (e = s; (*e >= '0' && *e <= '9') || ((*e == '.' || *e == ',') &&
	    e[1] >= '0' && e[1] <= '9'); e++) {
		if (*e == ',')
			comma++;
		if (*e == '.')
			dots++;
	}
	if ((size_t)(e - s) >= sizeof(buf) || comma > 1)
		return 0;
	/* with a comma, dots are thousands marks; without, when each has
	 * three digits after it and at most three stand before the first */
	thousands = comma > 0;
	if (!comma && dots > 0) {
		thousands = strcspn(s, ".") <= 3;
		for (i = 0; s + i < e; i++)
			if (s[i] == '.' && strspn(s + i + 1, "0123456789") != 3)
				thousands = 0;
	}
	if (dots > 1 && !thousands && !comma)
		return 0;
	for (i = 0; s + i < e; i++) {
		if (s[i] == '.' && (comma || thousands))
			continue;
		buf[n++] = s[i] == ',' ? '.' : s[i];
	}
	buf[n] = '\0';
	*out = strtod(buf, NULL) * (neg ? -1 : 1);
	*sp = e;
	return 1;
}

int
naskah_figure_parse(const char *s, double *lo, double *hi)
{
	const char *p;

	if (s == NULL)
		return 0;
	while (*s == ' ')
		s++;
	if (strncmp(s, "Rp", 2) == 0)
		s += 2 + (s[2] == ' ');
	if (!number(&s, lo))
		return 0;
	p = s;
	while (*p == ' ')
		p++;
	if (*p == '-')
		p++;
	else if (strncmp(p, "\xE2\x80\x93", 3) == 0)	/* en dash */
		p += 3;
	else if (strncmp(p, "s.d.", 4) == 0 || strncmp(p, "s/d", 3) == 0)
		p += p[1] == '.' ? 4 : 3;
	else
		return 1;
	while (*p == ' ')
		p++;
	return number(&p, hi) ? 2 : 1;
}

double
naskah_cut(double v, int decimals, enum naskah_pembulatan p)
{
	double scale, x, eps;

	if (decimals < 0)
		decimals = 0;
	if (decimals > 6)
		decimals = 6;
	scale = pow(10, decimals);
	x = v * scale;
	/* 0.29 * 100 is 28.999999999999996 in binary: a figure a hair
	 * under a whole step is on the step */
	eps = 1e-12 * (fabs(x) > 1 ? fabs(x) : 1);
	x = p == PEMBULATAN_POTONG ? trunc(x + copysign(eps, x)) :
	    round(x + copysign(eps, x));
	return x / scale + 0.0;		/* no "-0" */
}

int
naskah_num_format(char *buf, size_t size, double v, int decimals,
    enum naskah_pembulatan p, int group)
{
	char digits[400], out[600];
	const char *dot, *s;
	size_t n = 0, intlen, i;

	if (decimals < 0)
		decimals = 0;
	if (decimals > 6)
		decimals = 6;
	v = naskah_cut(v, decimals, p);
	if (!isfinite(v) || fabs(v) >= 1e300)
		return snprintf(buf, size, "%s", "n/a");
	snprintf(digits, sizeof(digits), "%.*f", decimals, fabs(v));
	if (v < 0 && strspn(digits, "0.") != strlen(digits))
		out[n++] = '-';
	dot = strchr(digits, '.');
	intlen = dot != NULL ? (size_t)(dot - digits) : strlen(digits);
	for (s = digits, i = 0; i < intlen; i++) {
		out[n++] = s[i];
		if (group && i + 1 < intlen && (intlen - i - 1) % 3 == 0)
			out[n++] = '.';
	}
	if (dot != NULL) {
		out[n++] = ',';
		for (s = dot + 1; *s != '\0'; s++)
			out[n++] = *s;
	}
	out[n] = '\0';
	return snprintf(buf, size, "%s", out);
}

char *
naskah_num_text(double v, int decimals, enum naskah_pembulatan p, int group)
{
	int n = naskah_num_format(NULL, 0, v, decimals, p, group);
	char *s = xmalloc((size_t)(n > 0 ? n : 0) + 1);

	naskah_num_format(s, (size_t)(n > 0 ? n : 0) + 1, v, decimals, p,
	    group);
	return s;
}

const char *
naskah_predikat(const struct naskah_predikat_step *scale, size_t n, double v)
{
	const struct naskah_predikat_step *best = NULL;
	size_t i;

	for (i = 0; i < n; i++) {
		const struct naskah_predikat_step *s = &scale[i];

		if (s->strict ? !(v > s->min) : !(v >= s->min))
			continue;
		if (best == NULL || s->min > best->min ||
		    (s->min == best->min && s->strict && !best->strict))
			best = s;
	}
	return best != NULL ? best->predikat : NULL;
}
