/* SPDX-License-Identifier: ISC */
/*
 * kind.c - the registry of document kinds: one row per value of jenis,
 * naming its loader, its dump and its layout (which chooses its
 * templates).
 */
#include <string.h>

#include "lib/lib.h"
#include "render/dump.h"

static int
decree_load(struct naskah_doc *doc, struct naskah_diag *d)
{
	if ((doc->decree = naskah_decree_load(doc->y, doc->path, &doc->files,
	    d)) == NULL)
		return 0;
	doc->setup = &doc->decree->setup;
	return 1;
}

static void
decree_dump(struct naskah_buf *b, const struct naskah_doc *doc)
{
	naskah_dump_tree(b, doc->decree);
}

static void
decree_free(struct naskah_doc *doc)
{
	naskah_decree_free(doc->decree);
}

static int
book_load(struct naskah_doc *doc, struct naskah_diag *d)
{
	if ((doc->book = naskah_book_load(doc->y, doc->path, &doc->files,
	    d)) == NULL)
		return 0;
	doc->setup = doc->book->setup;
	return 1;
}

static void
book_dump(struct naskah_buf *b, const struct naskah_doc *doc)
{
	naskah_dump_book(b, doc->book);
}

static void
book_free(struct naskah_doc *doc)
{
	naskah_book_free(doc->book);
}

const char *const tpl_names[TPL__MAX] = {
	[TPL_DECREE] = "keputusan",
	[TPL_BOOK] = "buku",
	[TPL_LKJIP] = "lkjip",
	[TPL_CHANGES] = "perubahan",
	[TPL_PERDA] = "peraturan",
};

const struct naskah_kind kind_decree = {
	"keputusan", decree_load, decree_dump, typeset_decree, decree_free,
	1u << TPL_DECREE, TPL_DECREE,
};

static const struct naskah_kind kind_book = {
	"buku", book_load, book_dump, typeset_book, book_free,
	1u << TPL_DECREE | 1u << TPL_BOOK | 1u << TPL_LKJIP, TPL_BOOK,
};

/* the LKjIP appendix is a book of one kind of part: the book's loader
 * tells it by its jenis */
static const struct naskah_kind kind_lkjip = {
	"lkjip-lampiran", book_load, book_dump, typeset_book, book_free,
	1u << TPL_DECREE | 1u << TPL_BOOK | 1u << TPL_LKJIP, TPL_LKJIP,
};

/* a Peraturan: a decree whose loader reads a batang tubuh for its
 * diktum (load_perda.c), laid out with templates/peraturan.yaml */
static const struct naskah_kind kind_perda = {
	"peraturan", decree_load, decree_dump, typeset_decree, decree_free,
	1u << TPL_PERDA, TPL_PERDA,
};

static const struct naskah_kind *const kinds[] = {
	&kind_decree, &kind_book, &kind_lkjip, &kind_perda,
};

const struct naskah_kind *
kind_of(const struct ydoc *y)
{
	const struct ynode *jenis = ymap_get(y->root, "jenis");
	size_t i;

	if (jenis != NULL && jenis->kind == YNODE_SCALAR)
		for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
			if (strcmp(jenis->str, kinds[i]->name) == 0)
				return kinds[i];
	return &kind_decree;
}
