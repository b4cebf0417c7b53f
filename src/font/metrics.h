/* SPDX-License-Identifier: ISC */
/*
 * metrics.h - the font-metrics interface between layout and fonts.
 *
 * Layout never touches a font file or the PDF library: it asks a
 * naskah_metrics for advance widths in 1/1000 em (the same integers the
 * PDF's /W array carries, so measurement equals rendering).  The real
 * implementation reads TrueType files (ttf.c); tests use fake metrics.
 */
#ifndef NASKAH_METRICS_H
#define NASKAH_METRICS_H

#include <stdint.h>

#include "model/model.h"

struct naskah_metrics {
	const void	*ctx;
	/* Advance of cp in face, 1/1000 em; -1 when the font lacks it. */
	int		(*width)(const void *ctx, enum naskah_face f, uint32_t cp);
	/* Kerning between a and b in face f, 1/1000 em (may be NULL). */
	int		(*kern)(const void *ctx, enum naskah_face f, uint32_t a,
			    uint32_t b);
	/* A short name of the face for messages ("bonum-bold.ttf"). */
	const char	*(*name)(const void *ctx, enum naskah_face f);
	int		 ascent;	/* 1/1000 em, above the baseline */
	int		 descent;	/* 1/1000 em, below (positive) */
	int		 cap_height;	/* 1/1000 em */
};

#endif
