/* SPDX-License-Identifier: ISC */
/*
 * render_pdfa.h - issue 17: what makes a naskah PDF archival, PDF/A-2b
 * or, carrying files, PDF/A-3b (render_pdfa.c says what it adds).
 */
#ifndef NASKAH_RENDER_PDFA_H
#define NASKAH_RENDER_PDFA_H

#include <hpdf.h>

#include "base/xalloc.h"

/* The document information as the Info dictionary has it (the XMP must
 * say the same); NULL: not in it. */
struct pdfa_doc {
	const char	*title, *author, *subject, *keywords;
	const char	*producer, *creator;
	const char	*date;		/* YYYY-MM-DDT00:00:00Z, or NULL */
	const char	*icc;		/* the sRGB profile's path */
};

/*
 * Make pdf PDF/A: part 3 when af (the files it carries, for the
 * catalog's /AF) is not NULL, else part 2.  -1 with *bad_path and
 * *bad_why set when the profile cannot be read (nothing added then).
 */
int	pdfa_finish(HPDF_Doc pdf, const struct pdfa_doc *in, HPDF_Array af,
	    const char **bad_path, const char **bad_why);

#endif
