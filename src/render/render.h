/* SPDX-License-Identifier: ISC */
/*
 * render.h - the render stage: pages of boxes -> the bytes of a PDF.
 */
#ifndef NASKAH_RENDER_H
#define NASKAH_RENDER_H

#include <stddef.h>

#include "base/diag.h"
#include "layout/layout.h"
#include "model/model.h"

/*
 * Where a PDF's bytes go: returns 0 when all len bytes of buf are
 * taken, -1 on a failure (which the sink keeps and reports itself).
 */
typedef int (*naskah_write_fn)(void *arg, const void *buf, size_t len);

/*
 * The font files a context's renders made (the subsets of the glyphs
 * they showed, deflated), for the next render to take when it embeds
 * the same file's bytes with the same glyphs.  Holds those of the last
 * render only.
 */
struct render_fontcache;
struct render_fontcache *render_fontcache_new(void);
void	render_fontcache_free(struct render_fontcache *fc);

/*
 * Make layout l a PDF with the information info, with the TrueType
 * files font_path[face] (NULL: use the regular face) and the font files
 * fc keeps (NULL: none; it keeps those of this render), and hand its
 * bytes in order to write(arg, ...).  Where they end up is the caller's business (the
 * command line's is output.h).  Returns 1; 0 after reporting an error
 * of the PDF library to d; -1 when the sink failed (not reported
 * here).
 */
int	naskah_render_pdf(const struct naskah_layout *l,
	    const struct naskah_info *info, const char *const font_path[4],
	    struct render_fontcache *fc, naskah_write_fn write, void *arg,
	    struct naskah_diag *d);

#endif
