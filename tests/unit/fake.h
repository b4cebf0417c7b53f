/* SPDX-License-Identifier: ISC */
/*
 * fake.h - fake metrics for layout tests: every glyph 0.5 em, the space
 * 0.25 em, nothing from U+3000 on (a missing glyph), and one kerning
 * pair (A V: -0.08 em), so results do not depend on a font.
 */
#ifndef NASKAH_FAKE_H
#define NASKAH_FAKE_H

#include "font/metrics.h"

static int
fake_width(const void *ctx, enum naskah_face f, uint32_t cp)
{
	(void)ctx;
	(void)f;
	if (cp >= 0x3000)
		return -1;
	return cp == ' ' ? 250 : 500;
}

static int
fake_kern(const void *ctx, enum naskah_face f, uint32_t a, uint32_t b)
{
	(void)ctx;
	(void)f;
	return a == 'A' && b == 'V' ? -80 : 0;
}

static const char *
fake_name(const void *ctx, enum naskah_face f)
{
	(void)ctx;
	(void)f;
	return "fake.ttf";
}

static const struct naskah_metrics fake = { NULL, fake_width, fake_kern,
	fake_name, 800, 200, 700 };

#endif
