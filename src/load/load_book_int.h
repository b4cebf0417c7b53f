/* SPDX-License-Identifier: ISC */
/*
 * load_book_int.h - what the book loader's files share: the loader's
 * state and the block loaders of load_blocks.c.
 */
#ifndef NASKAH_LOAD_BOOK_INT_H
#define NASKAH_LOAD_BOOK_INT_H

#include "model/book.h"
#include "load/load.h"
#include "load/schema.h"

struct bloader {
	struct schema		 s;
	struct naskah_book	*book;
	struct naskah_yfiles	*files;		/* where files read go */
	const char		*path;
	int			 chapters;
};

/* schema_text_at with the loader's schema. */
static inline int
text_at(struct bloader *l, const struct ynode *m, const char *key,
    const char *parent, int required, struct naskah_text *out)
{
	return schema_text_at(&l->s, m, key, parent, required, out);
}

/* The blocks that hold structured data: n is the block's value, path
 * names it; each fills b and returns 0 after reporting errors (b's
 * parts are freed with the book either way). */
int	book_load_chart(struct bloader *l, const struct ynode *n,
	    const char *path, struct naskah_block *b);
int	book_load_table(struct bloader *l, const struct ynode *n,
	    const char *path, struct naskah_block *b);
int	book_load_pengukuran(struct bloader *l, const struct ynode *n,
	    const char *path, struct naskah_block *b);
int	book_load_anggaran(struct bloader *l, const struct ynode *n,
	    const char *path, struct naskah_block *b);

#endif
