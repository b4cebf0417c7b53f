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
 * The YAML files a loader reads besides the one it is given.  The
 * model's texts point into them: the caller keeps them as long as the
 * model, then frees them with naskah_yfiles_free.  Zero-initialise.
 */
struct naskah_yfiles {
	struct ydoc	**laid;		/* laid out: a book's decree file */
	size_t		  nlaid, caplaid;
	struct ydoc	**quoted;	/* decrees revoked or amended, whose
					 * words the generated texts quote */
	size_t		  nquoted, capquoted;
};

/* Free the files of f (not f); accepts NULL. */
void	naskah_yfiles_free(struct naskah_yfiles *f);

/*
 * Build the model of the decree in y (which the caller keeps, as long
 * as the model: texts point into it); files the decree names and that
 * are read go to files.  path is the YAML file's name, used to find
 * the logo and fonts.  Returns NULL after reporting errors to d;
 * warnings do not make it fail.
 */
struct naskah_decree *naskah_decree_load(const struct ydoc *y,
		    const char *path, struct naskah_yfiles *files,
		    struct naskah_diag *d);
void	naskah_decree_free(struct naskah_decree *doc);
/*
 * The keys a book shares with a decree (kertas, margin, huruf, templat,
 * metadata, kop) read from mapping root of y into a new set-up (y is
 * not kept; the set-up's texts point into it); paper is the kertas when
 * none is given.  Problems go to d; the set-up is returned anyway.
 */
struct naskah_setup *naskah_setup_load(const struct ydoc *y,
		    const struct ynode *root, const char *path,
		    enum naskah_paper paper, struct naskah_diag *d, int *ok);

/*
 * Build a book from y, kept by the caller as for naskah_decree_load.
 * The decree file named in it is read too (into files); its problems
 * are reported with its own file name.  NULL after reporting errors.
 */
struct naskah_book *naskah_book_load(const struct ydoc *y, const char *path,
		    struct naskah_yfiles *files, struct naskah_diag *d);
void	naskah_book_free(struct naskah_book *b);

#endif
