/*
 * diff.h - the changes between two versions of a decree (naskah diff).
 */
#ifndef NASKAH_DIFF_H
#define NASKAH_DIFF_H

#include <stdio.h>

#include "model.h"

/*
 * Print to f, one line each under its section, what changed from decree
 * a to decree b: "~ name: old -> new", "- ..." removed, "+ ..." added,
 * "> iku 3 -> iku 1" moved.  Returns the number of changes.
 */
int	naskah_diff(FILE *f, const struct naskah_doc *a,
	    const struct naskah_doc *b);

#endif
