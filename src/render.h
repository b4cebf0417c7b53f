/*
 * render.h - the render stage: pages of boxes -> a PDF file.
 */
#ifndef NASKAH_RENDER_H
#define NASKAH_RENDER_H

#include "diag.h"
#include "layout.h"
#include "model.h"

/*
 * Write layout l of doc as PDF to out ("-" for standard output), with
 * the TrueType files font_path[face] (NULL: use the regular face).
 * The file is written to a temporary name next to out and renamed, so
 * on failure an earlier file at out is left untouched.  Returns 1, or 0
 * after reporting a system error to d.
 */
int	naskah_render_pdf(const struct naskah_layout *l,
	    const struct naskah_doc *doc, const char *const font_path[4],
	    const char *out, struct naskah_diag *d);

#endif
