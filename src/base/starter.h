/* SPDX-License-Identifier: ISC */
/*
 * starter.h - issue 16: the starters of a new document,
 * DATADIR/templates/awal/NAME.yaml, as `naskah init JENIS` writes them
 * and naskah serve's "Dokumen baru" makes them: one code for both.
 */
#ifndef NASKAH_STARTER_H
#define NASKAH_STARTER_H

/* The starters' names, NULL-ended: keputusan, buku, lkjip, perubahan. */
extern const char *const starter_names[];

/* The index of name in starter_names, or -1. */
int	 starter_find(const char *name);
/* Is the starter name the revision of an existing decree (perubahan)? */
int	 starter_revises(const char *name);
/*
 * The text of a new document from the starter name (which starter_find
 * knows) of datadir: for perubahan the decree's text old less its own
 * mencabut: and mengubah:, and old_name, the decree's file name as the
 * new file names it (beside it), filled in; old and old_name are NULL
 * for the others.  Caller frees; NULL with *err an errno value or a
 * naskah_open_regular code when the starter cannot be read.
 */
char	*starter_text(const char *datadir, const char *name, const char *old,
	    const char *old_name, int *err);

#endif
