/* SPDX-License-Identifier: ISC */
/*
 * doc.c - a document of any kind (naskah.h): its YAML read from a file
 * or a buffer, loaded by its kind's row; its dump.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"
#include "yaml/yinclude.h"

/* Free what doc holds beside its model, and doc. */
static void
doc_release(struct naskah_doc *doc)
{
	naskah_yfiles_free(&doc->files);
	ydoc_free(doc->y);
	free(doc->path);
	free(doc->name);
	free(doc);
}

/* The document of y (owned from now, also on failure) by its kind;
 * NULL after reporting why not. */
static struct naskah_doc *
doc_load(struct naskah *ctx, struct ydoc *y, const char *path,
    const char *name)
{
	struct naskah_doc *doc = xcalloc(1, sizeof(*doc));

	doc->ctx = ctx;
	doc->path = xstrdup(path);
	doc->name = xstrdup(name);
	doc->kind = kind_of(y);
	doc->y = y;
	if (!doc->kind->load(doc, &ctx->d)) {
		doc_release(doc);
		return NULL;
	}
	return doc;
}

struct naskah_doc *
naskah_doc_open(struct naskah *ctx, const char *path)
{
	const struct xalloc_hook *prev = lib_enter(ctx, path);
	struct naskah_doc *doc = NULL;
	struct ydoc *y;

	if ((y = ydoc_load_confined(path, ctx->root, &ctx->d)) != NULL)
		doc = doc_load(ctx, y, path, path);
	lib_leave(prev);
	return doc;
}

struct naskah_doc *
naskah_doc_parse(struct naskah *ctx, const void *buf, size_t len,
    const char *name, const char *basedir)
{
	const struct xalloc_hook *prev = lib_enter(ctx, name);
	struct naskah_doc *doc = NULL;
	struct ydoc *y;
	char *path;

	/* the loader's name for it: "-" in basedir, whose files it names
	 * are relative to it ("" is the current directory, not "/") */
	path = basedir == NULL || basedir[0] == '\0' ||
	    strcmp(basedir, ".") == 0 ? xstrdup("-") :
	    xasprintf("%s/-", basedir);
	if ((y = ydoc_parse(buf, len, &ctx->d)) != NULL) {
		y->path = xstrdup(path);
		if (!ydoc_confine(y, ctx->root, &ctx->d) ||
		    !ydoc_include(y, path, &ctx->d))
			ydoc_free(y);
		else
			doc = doc_load(ctx, y, path, name);
	}
	free(path);
	lib_leave(prev);
	return doc;
}

const char *
naskah_doc_kind(const struct naskah_doc *doc)
{
	return doc->kind->name;
}

void
naskah_doc_free(struct naskah_doc *doc)
{
	const struct xalloc_hook *prev;

	if (doc == NULL)
		return;
	prev = lib_enter(doc->ctx, doc->name);
	doc->kind->free(doc);
	doc_release(doc);
	lib_leave(prev);
}

/* b's bytes through write; b is emptied.  0, or -1 when write failed. */
int
buf_write(struct naskah_buf *b, naskah_write_fn write, void *arg)
{
	int r = b->len == 0 ? 0 : write(arg, b->s, b->len);

	buf_free(b);
	return r == 0 ? 0 : -1;
}

int
naskah_dump_doc(const struct naskah_doc *doc, naskah_write_fn write,
    void *arg)
{
	const struct xalloc_hook *prev = lib_enter(doc->ctx, doc->name);
	struct naskah_buf b = { NULL, 0, 0 };
	int r;

	doc->kind->dump(&b, doc);
	r = buf_write(&b, write, arg);
	lib_leave(prev);
	return r;
}
