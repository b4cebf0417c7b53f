/* SPDX-License-Identifier: ISC */
/*
 * cache.c - the templates a context has read, by kind and path: read
 * the first time a document needs one, kept until naskah_free.  (Fonts
 * are kept by setter.c's setter_cache, with the hyphenation patterns
 * and the words they have broken.)
 */
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"

struct tpl_entry {
	enum tpl_role	 kind;
	char		*path;
	void		*t;
};

/* The template of kind at path: the cache's, or read now and kept.
 * A template that cannot be read is not kept: NULL after reporting
 * why, now and at the next asking. */
static const void *
tpl_get(struct naskah *ctx, enum tpl_role kind, const char *path)
{
	struct naskah_tplsrc src = { ctx->datadir, NULL, ctx->root };
	struct tpl_entry *e;
	size_t i;
	void *t = NULL;

	for (i = 0; i < ctx->ntpl; i++)
		if (ctx->tpl[i].kind == kind &&
		    strcmp(ctx->tpl[i].path, path) == 0)
			return ctx->tpl[i].t;
	switch (kind) {
	case TPL_DECREE:
	case TPL_PERDA:
		t = naskah_tpl_load(path, &src, &ctx->d);
		break;
	case TPL_BOOK:
		t = naskah_btpl_load(path, &src, &ctx->d);
		break;
	case TPL_LKJIP:
		t = naskah_ltpl_load(path, &src, &ctx->d);
		break;
	case TPL_CHANGES:
		t = naskah_ptpl_load(path, &src, &ctx->d);
		break;
	case TPL__MAX:
		break;
	}
	if (t == NULL)
		return NULL;
	ctx->tpl = xgrow(ctx->tpl, &ctx->captpl, ctx->ntpl + 1,
	    sizeof(*ctx->tpl));
	e = &ctx->tpl[ctx->ntpl++];
	e->kind = kind;
	e->path = xstrdup(path);
	e->t = t;
	return t;
}

const struct naskah_tpl *
cache_tpl(struct naskah *ctx, const char *path)
{
	return tpl_get(ctx, TPL_DECREE, path);
}

const struct naskah_btpl *
cache_btpl(struct naskah *ctx, const char *path)
{
	return tpl_get(ctx, TPL_BOOK, path);
}

const struct naskah_ltpl *
cache_ltpl(struct naskah *ctx, const char *path)
{
	return tpl_get(ctx, TPL_LKJIP, path);
}

const struct naskah_ptpl *
cache_ptpl(struct naskah *ctx, const char *path)
{
	return tpl_get(ctx, TPL_CHANGES, path);
}

void
cache_free(struct naskah *ctx)
{
	size_t i;

	for (i = 0; i < ctx->ntpl; i++) {
		switch (ctx->tpl[i].kind) {
		case TPL_DECREE:
		case TPL_PERDA:
			naskah_tpl_free(ctx->tpl[i].t);
			break;
		case TPL_BOOK:
			naskah_btpl_free(ctx->tpl[i].t);
			break;
		case TPL_LKJIP:
			naskah_ltpl_free(ctx->tpl[i].t);
			break;
		case TPL_CHANGES:
			naskah_ptpl_free(ctx->tpl[i].t);
			break;
		case TPL__MAX:
			break;
		}
		free(ctx->tpl[i].path);
	}
	free(ctx->tpl);
	setter_cache_free(&ctx->setcache);
	naskah_paracache_free(ctx->paras);
	ctx->paras = NULL;
	render_fontcache_free(ctx->pdffonts);
	ctx->pdffonts = NULL;
}

struct render_fontcache *
cache_pdffonts(struct naskah *ctx)
{
	if (ctx->nrender++ == 0)
		return NULL;
	if (ctx->pdffonts == NULL)
		ctx->pdffonts = render_fontcache_new();
	return ctx->pdffonts;
}

struct naskah_paracache *
cache_paras(struct naskah *ctx)
{
	if (ctx->paras == NULL)
		ctx->paras = naskah_paracache_new();
	return ctx->paras;
}

struct naskah_layout *
cache_laid(struct naskah *ctx, struct setter *st,
    const struct naskah_setup *setup, struct naskah_layout *l)
{
	struct naskah_layout *r = setter_done(st, setup, l, &ctx->d);

	if (l != NULL && r == NULL) {
		naskah_paracache_free(ctx->paras);
		ctx->paras = NULL;
	}
	return r;
}
