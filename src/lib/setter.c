/* SPDX-License-Identifier: ISC */
/*
 * setter.c - the fonts, metrics and hyphenation patterns of a document
 * (see setter.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "model/idn.h"
#include "lib/setter.h"
#include "base/xalloc.h"

static const char *const family_file[FAMILY_CUSTOM] = {
	[FAMILY_BOOKMAN] = "bonum",
	[FAMILY_ARIAL] = "liberation-sans",
	[FAMILY_TIMES] = "liberation-serif",
};

static const char *const face_file[FACE__MAX] = {
	[FACE_REGULAR] = "regular",
	[FACE_BOLD] = "bold",
	[FACE_ITALIC] = "italic",
	[FACE_BOLDITALIC] = "bolditalic",
};

/* Paths of the four faces; NULL entries fall back to the regular face. */
static void
font_paths(const struct naskah_setup *doc, const char *datadir, char *path[4])
{
	int f;

	for (f = 0; f < FACE__MAX; f++) {
		path[f] = NULL;
		if (doc->family != FAMILY_CUSTOM)
			path[f] = xasprintf("%s/fonts/%s-%s.ttf", datadir,
			    family_file[doc->family], face_file[f]);
		else if (doc->font_path[f].s != NULL)
			path[f] = doc->font_path[f].s[0] == '/' ?
			    xstrdup(doc->font_path[f].s) :
			    xasprintf("%s/%s", doc->dir, doc->font_path[f].s);
	}
}

/* The source text of y and of every file it includes, onto *v. */
static void
add_sources(const char ***v, size_t *n, size_t *cap, const struct ydoc *y)
{
	size_t i;

	VEC_PUSH(*v, *n, *cap, y->src);
	for (i = 0; i < y->ninc; i++)
		VEC_PUSH(*v, *n, *cap, y->inc[i]->src);
}

/* Do the four paths a and b name the same files, NULL for NULL? */
static int
paths_same(char *const a[4], char *const b[4])
{
	int f;

	for (f = 0; f < 4; f++)
		if ((a[f] == NULL) != (b[f] == NULL) ||
		    (a[f] != NULL && strcmp(a[f], b[f]) != 0))
			return 0;
	return 1;
}

/* Report that doc's face which (at fpath[which]) cannot be used. */
static void
font_report(const struct naskah_setup *doc, char *const fpath[4], int which,
    const char *err, int io, struct naskah_diag *d)
{
	if (doc->family == FAMILY_CUSTOM) {
		const struct naskah_text *t = &doc->font_path[which];

		naskah_diag(d, SEV_ERROR, t->span.at, io ? MSG_FONT_OPEN :
		    MSG_FONT_BAD, t->s ? t->s : fpath[which], err);
	} else
		naskah_diag(d, SEV_SYSTEM, (struct naskah_pos){ 0, 0, NULL },
		    io ? MSG_FONT_OPEN : MSG_FONT_BAD, fpath[which], err);
}

/*
 * doc's four faces: their paths into fpath (the caller frees them, also
 * on failure), the fonts from fc, read into it the first time.  NULL
 * after reporting why not.
 */
static struct font_entry *
fonts_open(struct setter_cache *fc, const struct naskah_setup *doc,
    const char *datadir, char *fpath[4], struct naskah_diag *d)
{
	struct font_entry *e;
	const char *err = "";
	int which = 0, io = 0;
	size_t i;

	font_paths(doc, datadir, fpath);
	for (i = 0; i < fc->n; i++)
		if (paths_same(fc->v[i]->fs.path, fpath))
			return fc->v[i];
	e = xcalloc(1, sizeof(*e));
	if (naskah_fontset_load(&e->fs, (const char *const *)fpath, &which,
	    &err, &io)) {
		naskah_fontset_metrics(&e->fs, &e->m);
		VEC_PUSH(fc->v, fc->n, fc->cap, e);
		return e;
	}
	free(e);
	font_report(doc, fpath, which, err, io, d);
	return NULL;
}

struct naskah_layout *
setter_done(struct setter *s, const struct naskah_setup *doc,
    struct naskah_layout *l, struct naskah_diag *d)
{
	const char *err = "";
	int which = 0, io = 0;

	if (l == NULL || s->fs == NULL ||
	    !naskah_fontset_bad(s->fs, s->nbad, &which, &err, &io))
		return l;
	font_report(doc, s->fpath, which, err, io, d);
	naskah_layout_free(l);
	return NULL;
}

void
setter_cache_free(struct setter_cache *fc)
{
	size_t i;

	for (i = 0; i < fc->n; i++) {
		naskah_fontset_free(&fc->v[i]->fs);
		free(fc->v[i]);
	}
	free(fc->v);
	fc->v = NULL;
	fc->n = fc->cap = 0;
	naskah_hyphdict_free(fc->hyph_all);
	fc->hyph_all = NULL;
	fc->nhyph = 0;
}

/*
 * The hyphenation patterns that the words of the files ys (with what
 * they include) and the month names can use; ys NULL: all of them.
 * NULL after reporting.
 */
static struct naskah_hyphdict *
hyph_open(const char *hp, const struct ydoc *const *ys, size_t nys,
    struct naskah_diag *d)
{
	const char **src = NULL;
	size_t nsrc = 0, capsrc = 0, i;
	struct naskah_hyphdict *hd;
	int mo;

	for (i = 0; ys != NULL && i < nys; i++)
		add_sources(&src, &nsrc, &capsrc, ys[i]);
	for (mo = 1; ys != NULL && mo <= 12; mo++)
		VEC_PUSH(src, nsrc, capsrc, idn_month_name(mo));
	hd = naskah_hyphdict_load(hp, src, nsrc);
	free(src);
	if (hd == NULL)
		naskah_diag(d, SEV_SYSTEM, (struct naskah_pos){ 0, 0, NULL },
		    MSG_READ, hp, strerror(errno));
	return hd;
}

int
setter_open(struct setter *s, struct setter_cache *fc,
    const struct naskah_setup *doc, const char *datadir,
    const struct ydoc *const *ys, size_t nys, struct naskah_diag *d)
{
	struct font_entry *e;

	memset(s, 0, sizeof(*s));
	if ((e = fonts_open(fc, doc, datadir, s->fpath, d)) == NULL)
		return 0;
	s->fs = &e->fs;
	s->nbad = e->fs.nbad;
	s->m = e->m;
	s->hpath = xasprintf("%s/hyphen/hyph_id_ID.dic", datadir);
	/* the first document: its words' patterns; from the second on,
	 * all of them, read once */
	if (fc->hyph_all == NULL && fc->nhyph++ > 0 &&
	    (fc->hyph_all = hyph_open(s->hpath, NULL, 0, d)) == NULL)
		return 0;
	if (fc->hyph_all != NULL) {
		naskah_hyphdict_iface(fc->hyph_all, &s->hy);
		return 1;
	}
	if ((s->hd = hyph_open(s->hpath, ys, nys, d)) == NULL)
		return 0;
	naskah_hyphdict_iface(s->hd, &s->hy);
	return 1;
}

void
setter_close(struct setter *s)
{
	int f;

	naskah_hyphdict_free(s->hd);
	free(s->hpath);
	for (f = 0; f < 4; f++)
		free(s->fpath[f]);
}

