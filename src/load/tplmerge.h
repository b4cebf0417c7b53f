/* SPDX-License-Identifier: ISC */
/*
 * tplmerge.h - a template read over its base (dasar:) and a document's
 * overrides of single template keys (templat_ubah:), as one YAML tree
 * that the template loader checks as if it were one file.
 *
 * The rule (naskah.5 TEMPLATES): the keys of the file over the base's,
 * mapping by mapping: a mapping given replaces only the keys it names;
 * any other value (a text, a list such as kolom_iku) replaces the
 * base's whole.  Every node keeps the position of the file it is
 * written in.
 */
#ifndef NASKAH_TPLMERGE_H
#define NASKAH_TPLMERGE_H

#include "load/schema.h"
#include "model/template.h"
#include "yaml/ytree.h"

/* How many templates a chain of dasar: may hold, the file included. */
#define TPL_CHAIN_MAX	8

/*
 * from's keys over into's (both mappings), at path (NULL: the root,
 * whose "dasar" is skipped).  With copy, from is left as it is and
 * its nodes are copied (their positions naming file when they name
 * none); else they are moved out of from.  A value written the same
 * as the one it replaces is a warning ("changes nothing").
 */
void	tpl_merge(struct schema *s, struct ynode *into, struct ynode *from,
	    int copy, const char *file, const char *path);
/*
 * The template file at path with its chain of bases merged in: a base
 * named NAME (no '/', no ".yaml") is src's data directory's
 * templates/NAME.yaml (none: NAME.yaml beside the file), else a path
 * relative to the file naming it, which must be inside src's root when
 * that file is.  The bases' trees are kept in the result's inc.  NULL
 * after reporting (a base missing or outside, a cycle, a chain too
 * long).  src may be NULL.
 */
struct ydoc *tpl_chain_load(const char *path, const struct naskah_tplsrc *src,
	    struct naskah_diag *d);

#endif
