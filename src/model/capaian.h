/* SPDX-License-Identifier: ISC */
/*
 * capaian.h - performance achievement (capaian kinerja) as the LKjIP
 * rules compute it, the rating (predikat) from a scale the document
 * gives, and Indonesian number formatting (1.234,56).  Pure arithmetic:
 * no I/O, no allocation except where a function says so.
 */
#ifndef NASKAH_CAPAIAN_H
#define NASKAH_CAPAIAN_H

#include <stddef.h>

/* Which way an indicator is better, and for "lower", which formula. */
enum naskah_arah {
	ARAH_NAIK = 0,		/* higher is better: R / T */
	ARAH_TURUN,		/* lower is better: (2T - R) / T */
	ARAH_TURUN_BAGI,	/* lower is better: T / R */
	ARAH__MAX
};

/* YAML words of the arah values: naik, turun, turun_bagi. */
extern const char *const naskah_arah_names[ARAH__MAX];

/* How a figure is cut to its decimals. */
enum naskah_pembulatan {
	PEMBULATAN_BULAT = 0,	/* round half away from zero */
	PEMBULATAN_POTONG,	/* truncate toward zero */
	PEMBULATAN__MAX
};

extern const char *const naskah_pembulatan_names[PEMBULATAN__MAX];

/* One indicator's figures for one year. */
struct naskah_capaian_in {
	double			 target;	/* lower bound with a range */
	double			 target_max;	/* upper bound of a range */
	int			 range;		/* target..target_max */
	double			 realisasi;
	int			 has_realisasi;	/* 0: not reported */
	enum naskah_arah	 arah;
};

/* Why a capaian cannot be computed. */
enum naskah_capaian_err {
	CAPAIAN_OK = 0,
	CAPAIAN_NO_REALISASI,	/* realisasi missing */
	CAPAIAN_ZERO,		/* a divisor (target or realisasi) is 0 */
	CAPAIAN__MAX
};

/*
 * The capaian in percent (90.5642... for R 9,31 of T 10,28), unrounded,
 * into *out.  With a range: a realisasi inside it is 100; above it the
 * upper bound is the target, below it the lower bound.  Returns
 * CAPAIAN_OK or why not (*out untouched).
 */
enum naskah_capaian_err naskah_capaian(const struct naskah_capaian_in *in,
	    double *out);

/*
 * The figure at the start of text s as Indonesian writes it: "80",
 * "10,28", "1.250.000", "1.250.000,50", "70 %", "Rp5.000" (a dot with
 * three digits after every one is a thousands mark, a lone dot with
 * other digits a decimal point), or a range "80-90", "80 – 90",
 * "80 s.d. 90".  Returns 1 with *lo set, 2 with *lo and *hi set for a
 * range, 0 when s holds no figure there.
 */
int	naskah_figure_parse(const char *s, double *lo, double *hi);

/* v cut to `decimals` (0 to 6) places the way p says. */
double	naskah_cut(double v, int decimals, enum naskah_pembulatan p);

/*
 * v as Indonesian writes it: decimal comma, "." between thousands when
 * group is set (1.234.567,89), `decimals` places after cutting with p;
 * a minus sign for negatives.  Writes at most size bytes including the
 * NUL; returns the length it needed (as snprintf).
 */
int	naskah_num_format(char *buf, size_t size, double v, int decimals,
	    enum naskah_pembulatan p, int group);
/* The same as a string of its own, never cut; caller frees. */
char	*naskah_num_text(double v, int decimals, enum naskah_pembulatan p,
	    int group);

/* One step of a rating scale: a capaian of at least (or, with `strict`,
 * above) `min` earns `predikat`. */
struct naskah_predikat_step {
	double		 min;
	int		 strict;
	const char	*predikat;	/* not owned */
};

/*
 * The predikat of capaian v on a scale (steps in any order): the step
 * with the highest bound that v reaches.  NULL when v is under every
 * step.
 */
const char *naskah_predikat(const struct naskah_predikat_step *scale,
	    size_t n, double v);

#endif
