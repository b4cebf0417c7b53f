/* SPDX-License-Identifier: ISC */
/*
 * typeset.c - from a document to its pages and its PDF (naskah.h): the
 * templates each kind uses, the revision's words, the fonts and
 * patterns (setter.c), the layout and what it was made from.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fileio.h"
#include "lib/lib.h"
#include "model/revise.h"
#include "render/dump.h"
#include "render/render.h"

char *
doc_file(const struct naskah_setup *su, const char *p)
{
	if (p[0] == '/' || strcmp(su->dir, ".") == 0)
		return xstrdup(p);
	return xasprintf("%s/%s", su->dir, p);
}

/*
 * The file su's templat: names: a template shipped in the data
 * directory (templates/NAME.yaml) when it is a bare name of one (no
 * "/", no ".yaml": "templat: batam"), which *shipped then says; else
 * the path, relative to the document.  Caller frees.
 */
static char *
tpl_file(const struct naskah *ctx, const struct naskah_setup *su,
    int *shipped)
{
	const char *name = su->template_path.s;
	size_t n = strlen(name);
	int fd, err;
	char *p;

	*shipped = 0;
	if (ctx->datadir != NULL && strchr(name, '/') == NULL && n > 0 &&
	    (n < 5 || strcmp(name + n - 5, ".yaml") != 0)) {
		p = xasprintf("%s/templates/%s.yaml", ctx->datadir, name);
		if ((fd = naskah_open_regular(p, &err)) >= 0) {
			close(fd);
			*shipped = 1;
			return p;
		}
		free(p);
	}
	return doc_file(su, name);
}

/* The path of the template file su's templat: names when it is the
 * document's own (not a shipped template's bare name), or NULL; caller
 * frees. */
static char *
tpl_own_file(const struct naskah *ctx, const struct naskah_setup *su)
{
	int shipped;
	char *p;

	if (su->template_path.s == NULL)
		return NULL;
	p = tpl_file(ctx, su, &shipped);
	if (shipped) {
		free(p);
		return NULL;
	}
	return p;
}

/*
 * Is the templat: doc names a file it may use?  A templat: that cannot
 * be read is a mistake in the document, shown at its line.  (The one
 * place the library reads a model text's position.)  A shipped
 * template may be named under --root.
 */
static int
tpl_named_ok(const struct naskah *ctx, const struct naskah_setup *su,
    struct naskah_diag *d)
{
	int shipped, ok;
	char *p = tpl_file(ctx, su, &shipped);

	ok = shipped || naskah_file_ok(p, su->template_path.s, su->confine,
	    su->template_path.span.at, MSG_TEMPLATE, d);
	free(p);
	return ok;
}

const struct naskah_tpl *
tpl_decree(struct naskah *ctx, const struct naskah_setup *doc, int own,
    struct naskah_tpl **mine, enum tpl_role role)
{
	const struct naskah_tpl *tpl;
	char *tpath;
	int shipped;

	if (ctx->decree_template == NULL && doc->template_path.s != NULL &&
	    !tpl_named_ok(ctx, doc, &ctx->d))
		return NULL;
	if (ctx->decree_template != NULL)
		tpath = xstrdup(ctx->decree_template);
	else if (doc->template_path.s != NULL && own)
		tpath = tpl_file(ctx, doc, &shipped);
	else
		tpath = data_file(ctx, role);
	if (own && mine != NULL && doc->template_over != NULL) {
		struct naskah_tplsrc src = { ctx->datadir,
		    doc->template_over, ctx->root };

		tpl = *mine = naskah_tpl_load(tpath, &src, &ctx->d);
	} else
		tpl = cache_tpl(ctx, tpath);
	free(tpath);
	return tpl;
}

const struct naskah_setup *
setup_face(const struct naskah_setup *su, const struct naskah_tpl *t,
    struct naskah_setup *tmp)
{
	int i;

	if (su->has_family || t == NULL)
		return su;
	for (i = 0; i < FAMILY_CUSTOM; i++)
		if (strcmp(t->gaya_huruf, naskah_family_names[i]) == 0)
			break;
	if (i == FAMILY_CUSTOM || (enum naskah_family)i == su->family)
		return su;
	*tmp = *su;
	tmp->family = (enum naskah_family)i;
	return tmp;
}

struct lib_made *
made_new(struct naskah *ctx, const struct naskah_setup *setup,
    const char *name)
{
	struct lib_made *m = xcalloc(1, sizeof(*m));

	m->ctx = ctx;
	m->setup = setup;
	m->name = name;
	return m;
}

void
made_free(void *arg)
{
	struct lib_made *m = arg;

	if (m == NULL)
		return;
	setter_close(&m->st);
	naskah_tpl_free(m->owntpl);
	naskah_info_clear(&m->info);
	naskah_diff_page_free(m->page);
	source_free(m);		/* issue 17 */
	free(m->in);
	free(m);
}

struct naskah_layout *
made_attach(struct naskah_layout *l, struct lib_made *m)
{
	if (l == NULL) {
		made_free(m);
		return NULL;
	}
	l->made = m;
	l->made_free = made_free;
	return l;
}

void
made_inputs(struct lib_made *m, const struct ydoc *const *ys, size_t n,
    const struct naskah_layout *l)
{
	size_t i, k;
	int f;

	if (m->st.hpath != NULL)
		VEC_PUSH(m->in, m->nin, m->capin, m->st.hpath);
	for (i = 0; i < n; i++) {
		if (ys[i] == NULL)
			continue;
		if (ys[i]->path != NULL)
			VEC_PUSH(m->in, m->nin, m->capin, ys[i]->path);
		for (k = 0; k < ys[i]->ninc; k++)
			VEC_PUSH(m->in, m->nin, m->capin, ys[i]->inc[k]->path);
	}
	for (f = 0; f < 4; f++)
		if (m->st.fpath[f] != NULL)
			VEC_PUSH(m->in, m->nin, m->capin, m->st.fpath[f]);
	for (i = 0; i < l->npage; i++)
		for (k = 0; k < l->page[i].nbox; k++)
			if (l->page[i].box[k].kind == BOX_IMAGE)
				VEC_PUSH(m->in, m->nin, m->capin,
				    l->page[i].box[k].text);
}

/* Issue 17: the files the PDF of l, made from doc, carries, into m. */
static void
made_source(struct naskah *ctx, struct lib_made *m,
    const struct naskah_doc *doc, const struct naskah_layout *l)
{
	char *tpl[2];

	tpl[0] = tpl_own_file(ctx, doc->setup);
	tpl[1] = doc->book != NULL && doc->book->decree != NULL ?
	    tpl_own_file(ctx, &doc->book->decree->setup) : NULL;
	source_collect(m, doc, l, (const char *const *)tpl);
	free(tpl[0]);
	free(tpl[1]);
}

/* Into m the PDF's information for a layout of doc: info's, with the
 * YAML of doc as the seed of its /ID. */
static void
made_info(struct lib_made *m, const struct naskah_doc *doc)
{
	m->info.seed = doc->y->src;
	m->info.seedlen = doc->y->srclen;
	m->info.pdfa = doc->ctx->pdfa || (doc->setup != NULL &&
	    doc->setup->pdfa);	/* issue 17 */
}

void
yfiles_quoted(const struct naskah_yfiles *f, const struct ydoc **ys, size_t *n,
    size_t room)
{
	size_t i;

	for (i = 0; i < f->nquoted && *n < room; i++)
		ys[(*n)++] = f->quoted[i];
}

struct naskah_layout *
typeset_decree(struct naskah *ctx, struct naskah_doc *doc)
{
	struct naskah_decree *dc = doc->decree;
	struct lib_made *m = made_new(ctx, &dc->setup, doc->name);
	struct naskah_layout *l = NULL;
	const struct naskah_setup *su;
	struct naskah_setup face;
	const struct ydoc *ys[8];
	size_t ny = 2;

	if ((m->tpl = tpl_decree(ctx, &dc->setup, 1, &m->owntpl,
	    doc->kind->own)) == NULL)
		return made_attach(NULL, m);
	su = setup_face(&dc->setup, m->tpl, &face);
	/* the revision's words are in the decree while it is laid out,
	 * not after: the document stays as loaded (naskah.h's const) */
	naskah_revise(dc, m->tpl);
	ys[0] = doc->y;
	ys[1] = m->tpl->file.y;
	if (setter_open(&m->st, &ctx->setcache, su, ctx->datadir, &ctx->d))
		l = cache_laid(ctx, &m->st, su, naskah_layout_run(dc,
		    m->tpl, &m->st.m, &m->st.hy, cache_paras(ctx), &ctx->d));
	if (l != NULL) {
		/* and the decrees it revokes and amends */
		yfiles_quoted(&doc->files, ys, &ny, sizeof(ys) / sizeof(ys[0]));
		made_inputs(m, ys, ny, l);
		naskah_decree_info(&m->info, dc);
		if (dc->konsep)		/* issue 17: a draft says so */
			naskah_info_konsep(&m->info, m->tpl->konsep.tanda);
		made_info(m, doc);
		made_source(ctx, m, doc, l);	/* issue 17 */
	}
	naskah_unrevise(dc);
	return made_attach(l, m);
}

/*
 * A book's own template (its templat:, or templates/buku.yaml), the
 * LKjIP tables' (a lkjip-lampiran's templat:, or templates/lkjip.yaml)
 * and the one its decree names, if any, into m.  Returns 0 after
 * reporting errors.
 */
static int
book_templates(struct naskah *ctx, const struct naskah_doc *doc,
    struct lib_made *m)
{
	const struct naskah_book *book = doc->book;
	enum tpl_role mine = doc->kind->own;
	const struct naskah_setup *s = book->setup;
	const struct naskah_decree *dd = book->decree;
	const char *own = s->template_path.s;
	int shipped;
	char *p;

	if (own != NULL && !tpl_named_ok(ctx, s, &ctx->d))
		return 0;
	p = own != NULL && mine == TPL_BOOK ? tpl_file(ctx, s, &shipped) :
	    data_file(ctx, TPL_BOOK);
	m->bt = cache_btpl(ctx, p);
	free(p);
	if (m->bt == NULL)
		return 0;
	p = own != NULL && mine == TPL_LKJIP ? tpl_file(ctx, s, &shipped) :
	    data_file(ctx, TPL_LKJIP);
	m->lt = cache_ltpl(ctx, p);
	free(p);
	if (m->lt == NULL)
		return 0;
	/* the decree's own template, with its templat_ubah */
	if (dd != NULL && ((ctx->decree_template == NULL &&
	    dd->setup.template_path.s != NULL) ||
	    dd->setup.template_over != NULL) &&
	    (m->dtpl = tpl_decree(ctx, &dd->setup, 1, &m->owntpl,
	    TPL_DECREE)) == NULL)
		return 0;
	return 1;
}

struct naskah_layout *
typeset_book(struct naskah *ctx, struct naskah_doc *doc)
{
	struct naskah_book *book = doc->book;
	struct naskah_decree *dd = book->decree;
	struct lib_made *m = made_new(ctx, book->setup, doc->name);
	struct naskah_layout *l = NULL;
	const struct ydoc *ys[16];
	size_t ny = 0;

	if ((m->tpl = tpl_decree(ctx, book->setup, 0, NULL, TPL_DECREE)) ==
	    NULL ||
	    !book_templates(ctx, doc, m))
		return made_attach(NULL, m);
	if (dd != NULL)
		naskah_revise(dd, m->dtpl != NULL ? m->dtpl : m->tpl);
	ys[ny++] = doc->y;
	ys[ny++] = m->tpl->file.y;
	if (dd != NULL)
		ys[ny++] = doc->files.laid[0];	/* its decree's */
	ys[ny++] = m->bt->file.y;
	ys[ny++] = m->lt->file.y;
	if (setter_open(&m->st, &ctx->setcache, book->setup, ctx->datadir, &ctx->d))
		l = cache_laid(ctx, &m->st, book->setup, naskah_layout_book(
		    book, m->tpl, m->dtpl ? m->dtpl : m->tpl, m->bt, m->lt,
		    &m->st.m, &m->st.hy, cache_paras(ctx), &ctx->d));
	if (l != NULL) {
		ys[ny++] = m->dtpl != NULL ? m->dtpl->file.y : NULL;
		yfiles_quoted(&doc->files, ys, &ny, sizeof(ys) / sizeof(ys[0]));
		made_inputs(m, ys, ny, l);
		naskah_info_make(&m->info, book->setup, NULL, NULL, NULL);
		made_info(m, doc);
		made_source(ctx, m, doc, l);	/* issue 17 */
	}
	if (dd != NULL)
		naskah_unrevise(dd);
	return made_attach(l, m);
}

struct naskah_layout *
naskah_layout(struct naskah *ctx, const struct naskah_doc *doc)
{
	const struct xalloc_hook *prev = lib_enter(ctx, doc->name);
	struct naskah_layout *l;

	/* the kind's layout puts the revision's words in for the time
	 * it lays doc out and takes them out again */
	l = doc->kind->layout(ctx, (struct naskah_doc *)doc);
	lib_leave(prev);
	return l;
}

size_t
naskah_layout_pages(const struct naskah_layout *l)
{
	return l->npage;
}

const char *
naskah_layout_input(const struct naskah_layout *l, size_t i)
{
	const struct lib_made *m = l->made;

	return m != NULL && i < m->nin ? m->in[i] : NULL;
}

void
naskah_layout_stats(const struct naskah_layout *l, struct naskah_stats *st)
{
	st->lines = l->stats.lines;
	st->max_ratio = l->stats.max_ratio;
	st->overfull = l->stats.overfull;
	st->hyphens = l->stats.hyphens;
	st->widows = l->stats.widows;
	st->orphans = l->stats.orphans;
	st->forced = l->stats.forced;
}

int
naskah_render(struct naskah *ctx, const struct naskah_layout *l,
    naskah_write_fn write, void *arg)
{
	const struct lib_made *m = l->made;
	const struct xalloc_hook *prev;
	struct naskah_info info;
	char *icc = NULL;
	int r;

	if (m == NULL)
		return -1;
	prev = lib_enter(ctx, m->name);
	info = m->info;
	if (info.pdfa || ctx->pdfa) {	/* issue 17: the sRGB profile */
		info.pdfa = 1;
		info.icc = icc = xasprintf("%s/color/sRGB.icc", ctx->datadir);
	}
	r = naskah_render_pdf(l, &info, (const char *const *)m->st.fpath,
	    cache_pdffonts(ctx), write, arg, &ctx->d);
	free(icc);
	lib_leave(prev);
	return r == 1 ? 0 : -1;
}

/* A dump of l by dump into write. */
static int
layout_dump(const struct naskah_layout *l,
    void (*dump)(struct naskah_buf *, const struct naskah_layout *),
    naskah_write_fn write, void *arg)
{
	const struct lib_made *m = l->made;
	const struct xalloc_hook *prev = m != NULL ?
	    lib_enter(m->ctx, m->name) : NULL;
	struct naskah_buf b = { NULL, 0, 0 };
	int r;

	dump(&b, l);
	r = buf_write(&b, write, arg);
	if (m != NULL)
		lib_leave(prev);
	return r;
}

int
naskah_dump_layout(const struct naskah_layout *l, naskah_write_fn write,
    void *arg)
{
	return layout_dump(l, naskah_dump_pages, write, arg);
}

int
naskah_dump_paragraphs(const struct naskah_layout *l, naskah_write_fn write,
    void *arg)
{
	return layout_dump(l, naskah_dump_paras, write, arg);
}
