/* SPDX-License-Identifier: ISC */
/*
 * load.h - the model of a decree or a book built from its YAML tree.
 */
#ifndef NASKAH_LOAD_H
#define NASKAH_LOAD_H

#include "base/diag.h"
#include "model/book.h"
#include "model/model.h"
#include "yaml/ytree.h"

/*
 * Build the model from a parsed YAML tree (ownership of y passes to the
 * result, also on failure).  path is the YAML file's name, used to find
 * the logo and fonts.  Returns NULL after reporting errors to d;
 * warnings do not make it fail.
 */
struct naskah_decree *naskah_decree_load(struct ydoc *y, const char *path,
		    struct naskah_diag *d);
void	naskah_decree_free(struct naskah_decree *doc);
/*
 * The keys a book shares with a decree (kertas, margin, huruf, templat,
 * metadata, kop) read from mapping root of y into a new set-up (y is
 * not kept; the set-up's texts point into it); paper is the kertas when
 * none is given.  Problems go to d; the set-up is returned anyway.
 */
struct naskah_setup *naskah_setup_load(struct ydoc *y, const struct ynode *root,
		    const char *path, enum naskah_paper paper,
		    struct naskah_diag *d, int *ok);

/*
 * Build a book from a parsed YAML tree (ownership of y passes to the
 * result).  The decree file named in it is read too; its problems are
 * reported with its own file name.  NULL after reporting errors.
 */
struct naskah_book *naskah_book_load(struct ydoc *y, const char *path,
		    struct naskah_diag *d);
void	naskah_book_free(struct naskah_book *b);

#endif
