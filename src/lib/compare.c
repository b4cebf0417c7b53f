/* SPDX-License-Identifier: ISC */
/*
 * compare.c - what changed from one decree to another (naskah.h): the list
 * as text and as a page, DAFTAR PERUBAHAN IKU.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"

struct naskah_diff {
	struct naskah		*ctx;
	const struct naskah_doc	*from, *to;
	struct naskah_changes	 cs;
};

/* Is doc a decree?  If not, say so at its jenis.  (With the text of
 * the kind and where jenis is, from the YAML the model owns.) */
static int
is_decree(struct naskah *ctx, const struct naskah_doc *doc)
{
	const struct ynode *jenis;

	if (doc->kind == &kind_decree)
		return 1;
	ctx->d.file = doc->name;
	jenis = ymap_get(doc->y->root, "jenis");
	naskah_diag(&ctx->d, SEV_ERROR, jenis->pos, MSG_DIFF_KIND,
	    jenis->str);
	return 0;
}

struct naskah_diff *
naskah_diff(struct naskah *ctx, const struct naskah_doc *from,
    const struct naskah_doc *to)
{
	const struct xalloc_hook *prev = lib_enter(ctx, from->name);
	struct naskah_diff *df = NULL;
	int ok = is_decree(ctx, from);

	if (is_decree(ctx, to) && ok) {
		df = xcalloc(1, sizeof(*df));
		df->ctx = ctx;
		df->from = from;
		df->to = to;
		naskah_diff_changes(from->decree, to->decree, &df->cs);
	}
	lib_leave(prev);
	return df;
}

size_t
naskah_diff_count(const struct naskah_diff *df)
{
	return df->cs.n;
}

int
naskah_diff_print(const struct naskah_diff *df, naskah_write_fn write,
    void *arg)
{
	const struct xalloc_hook *prev = lib_enter(df->ctx, df->to->name);
	struct naskah_buf b = { NULL, 0, 0 };
	int r;

	naskah_changes_print(&b, &df->cs);
	r = buf_write(&b, write, arg);
	lib_leave(prev);
	return r;
}

/*
 * The page of the changes: in the new decree's paper, font and kop and
 * its decree template, with the words of templates/perubahan.yaml.
 */
static struct naskah_layout *
diff_page(struct naskah *ctx, const struct naskah_diff *df, const char *name)
{
	const struct naskah_decree *a = df->from->decree, *b = df->to->decree;
	struct lib_made *m = made_new(ctx, NULL, name);
	struct naskah_layout *l = NULL;
	const struct naskah_setup *su;
	struct naskah_setup face;
	const struct ydoc *ys[16];
	size_t ny = 5;
	char *p;

	if ((m->tpl = tpl_decree(ctx, &b->setup, 1, &m->owntpl, TPL_DECREE))
	    == NULL)
		return made_attach(NULL, m);
	p = data_file(ctx, TPL_BOOK);
	m->bt = cache_btpl(ctx, p);
	free(p);
	p = data_file(ctx, TPL_CHANGES);
	m->pt = cache_ptpl(ctx, p);
	free(p);
	if (m->bt == NULL || m->pt == NULL)
		return made_attach(NULL, m);
	ys[0] = df->from->y;
	ys[1] = df->to->y;
	ys[2] = m->tpl->file.y;
	ys[3] = m->bt->file.y;
	ys[4] = m->pt->file.y;
	/* in the face the new decree is set in */
	su = setup_face(&b->setup, m->tpl, &face);
	if (!setter_open(&m->st, &ctx->setcache, su, ctx->datadir, &ctx->d))
		return made_attach(NULL, m);
	m->page = naskah_diff_page_new(&df->cs, a, b, m->tpl, m->pt);
	m->setup = &m->page->setup;
	l = cache_laid(ctx, &m->st, su, naskah_layout_book(
	    &m->page->book, m->tpl, m->tpl, m->bt, NULL, &m->st.m, &m->st.hy,
	    cache_paras(ctx), &ctx->d));
	if (l != NULL) {
		/* and the decrees each revokes and amends */
		yfiles_quoted(&df->from->files, ys, &ny, 16);
		yfiles_quoted(&df->to->files, ys, &ny, 16);
		made_inputs(m, ys, ny, l);
		/* the new decree's information, under the page's title */
		naskah_info_make(&m->info, &m->page->setup, b->judul.s,
		    b->tentang.s, b->signer.jabatan.s);
		m->info.seed = df->to->y->src;
		m->info.seedlen = df->to->y->srclen;
	}
	return made_attach(l, m);
}

struct naskah_layout *
naskah_diff_layout(struct naskah *ctx, const struct naskah_diff *df)
{
	const struct naskah_decree *b = df->to->decree;
	/* messages name the new decree as the command line was given it */
	const char *name = b->path != NULL ? b->path : df->to->path;
	const struct xalloc_hook *prev = lib_enter(ctx, name);
	struct naskah_layout *l = diff_page(ctx, df, name);

	lib_leave(prev);
	return l;
}

void
naskah_diff_free(struct naskah_diff *df)
{
	const struct xalloc_hook *prev;

	if (df == NULL)
		return;
	prev = lib_enter(df->ctx, NULL);
	naskah_changes_free(&df->cs);
	free(df);
	lib_leave(prev);
}
