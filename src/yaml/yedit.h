/* SPDX-License-Identifier: ISC */
/*
 * yedit.h - edits of a YAML text that change only what they name: a
 * text set at a path, a list item inserted, deleted or moved; every
 * other byte of the file (comments, order, quoting, line breaks) stays
 * as it was.  naskah serve's form mode (issue 16) is made of them.
 *
 * A path is keys joined by '.' and list items as [N] counted from 0:
 * "penandatangan.nama", "menimbang[2]", "[3].target.2024" (a file
 * that is a list), "" the whole file.
 */
#ifndef NASKAH_YEDIT_H
#define NASKAH_YEDIT_H

#include <stddef.h>

#include "base/diag.h"
#include "yaml/ytree.h"

enum yedit_kind {
	YEDIT_SET = 0,		/* the text at path becomes value */
	YEDIT_INSERT,		/* path "list[k]": a new item k */
	YEDIT_DELETE,		/* path "list[k]": item k goes */
	YEDIT_MOVE,		/* path "list[k]": item k becomes item to */
	YEDIT__MAX
};

extern const char *const yedit_kind_names[YEDIT__MAX];

struct yedit_op {
	enum yedit_kind	 kind;
	const char	*path;
	const char	*value;		/* SET: the text; INSERT: the new
					 * item's text, or NULL for a copy
					 * of its neighbour (a table row) */
	size_t		 to;		/* MOVE: the item's new index */
};

/*
 * Apply ops in order to text[0..len) and return the new text (caller
 * frees; *outlen its length), or NULL after reporting why to d (the
 * text's own YAML errors among them): then nothing is applied.  Each
 * result is parsed again and must read back as asked.  Each operation
 * costs O(len).
 */
char		*yedit_apply(const char *text, size_t len,
		    const struct yedit_op *ops, size_t nops, size_t *outlen,
		    struct naskah_diag *d);

/* The node at path in doc, or NULL when there is none or path is not
 * one (not reported). */
struct ynode	*ypath_get(const struct ydoc *doc, const char *path);

#endif
