/* SPDX-License-Identifier: ISC */
/*
 * render_font.h - the TrueType faces a PDF embeds: each file read once
 * a render and handed to libharu from memory, and its font file (the
 * subset of the glyphs shown, deflated) and descriptor, made by us,
 * or taken from a render_fontcache when an earlier render embedded
 * the same bytes with the same glyphs.
 */
#ifndef NASKAH_RENDER_FONT_H
#define NASKAH_RENDER_FONT_H

#include <stddef.h>

#include <hpdf.h>

#include "render/render.h"

/* The bytes of one face's file, owned (NULL: read by libharu), and
 * where libharu reads them. */
struct face_bytes {
	unsigned char	*p;
	size_t		 n, pos;
};

/*
 * Load the TrueType file path into pdf for embedding, as
 * HPDF_LoadTTFontFromFile does, but from *fb, read here, which must
 * outlive pdf (when path cannot be read whole, libharu opens it itself
 * and fb stays empty).
 * Returns libharu's name of the font; libharu errors are raised.
 */
const char *font_load(HPDF_Doc pdf, const char *path, struct face_bytes *fb);

/*
 * The font file and descriptor of each font of font8 (NULL: unused),
 * once each; fb[f] the bytes face f was loaded from.  fc (NULL: none)
 * gives and keeps them; *buf (*cap bytes) is scratch.
 */
void	font_files(HPDF_Doc pdf, HPDF_Font font8[FACE__MAX],
	    const struct face_bytes fb[FACE__MAX], struct render_fontcache *fc,
	    char **buf, size_t *cap);

/* Forget what fc holds that the render just ended did not use. */
void	fontcache_prune(struct render_fontcache *fc);

#endif
