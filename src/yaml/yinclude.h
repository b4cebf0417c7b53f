/* SPDX-License-Identifier: ISC */
/*
 * yinclude.h - a YAML document read from its file with the files it
 * includes ("sertakan") in their places.  ytree.h reads one file into
 * one tree; this layer joins the trees of several files.
 */
#ifndef NASKAH_YINCLUDE_H
#define NASKAH_YINCLUDE_H

#include "base/diag.h"
#include "yaml/ytree.h"

/*
 * Read a whole file (at most YTREE_MAX_BYTES) and parse it, then put the
 * files it includes in their places (see yinclude.c): a mapping's key
 * "sertakan" names a file, or a list of files, relative to the file
 * that names it.  A mapping's keys join the mapping; anything else takes
 * the place of a mapping that holds nothing but "sertakan".  Nodes of an
 * included file carry its name in their positions.  Missing files,
 * cycles and keys given twice are errors at their line.
 */
struct ydoc	*ydoc_load(const char *path, struct naskah_diag *d);
/*
 * ydoc_load, where every file the document names (sertakan here; the
 * logo, fonts, templates and decree files the model names, through
 * doc->confine) must be inside the directory tree root.  root NULL
 * allows any path.  A root that does not exist is a usage error.
 */
struct ydoc	*ydoc_load_confined(const char *path, const char *root,
		    struct naskah_diag *d);
/* Put the includes of doc (read from path) in place; 0 after errors. */
int		 ydoc_include(struct ydoc *doc, const char *path,
		    struct naskah_diag *d);

#endif
