/* SPDX-License-Identifier: ISC */
/*
 * render_embed.h - issue 17: the files a PDF carries (its source) as
 * the PDF's embedded files.
 */
#ifndef NASKAH_RENDER_EMBED_H
#define NASKAH_RENDER_EMBED_H

#include <stddef.h>

#include <hpdf.h>

#include "model/setup.h"

/*
 * Put f[0..n) (in the order of their names) into pdf as embedded files:
 * an /EmbeddedFiles name tree in the catalog's /Names; each file
 * specification into af too, unless it is NULL (a PDF/A-3's /AF).  No
 * dates: the same files give the same bytes.  *buf (*cap bytes) is
 * scratch.  Nothing when n is 0.
 */
void	embed_files(HPDF_Doc pdf, const struct naskah_embed *f, size_t n,
	    HPDF_Array af, char **buf, size_t *cap);

#endif
