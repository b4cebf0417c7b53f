/* SPDX-License-Identifier: ISC */
/*
 * setter.c - the fonts, metrics and hyphenation patterns of a document
 * (see setter.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

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
	naskah_hyphcache_free(fc->words);
	fc->words = NULL;
	naskah_hyphdict_free(fc->hyph);
	fc->hyph = NULL;
}

/*
 * The hyphenation patterns of datadir, into fc the first time, and the
 * cache of the words they have broken: s->hy asks it.  0 after
 * reporting.
 */
static int
hyph_open(struct setter *s, struct setter_cache *fc, const char *datadir,
    struct naskah_diag *d)
{
	struct naskah_hyph dict;

	s->hpath = xasprintf("%s/hyphen/hyph_id_ID.dic", datadir);
	if (fc->hyph == NULL) {
		if ((fc->hyph = naskah_hyphdict_load(s->hpath)) == NULL) {
			naskah_diag(d, SEV_SYSTEM, (struct naskah_pos){ 0, 0,
			    NULL }, MSG_READ, s->hpath, strerror(errno));
			return 0;
		}
		naskah_hyphdict_iface(fc->hyph, &dict);
		fc->words = naskah_hyphcache_new(&dict, HYPH_CACHE_BYTES);
	}
	naskah_hyphcache_iface(fc->words, &s->hy);
	return 1;
}

int
setter_open(struct setter *s, struct setter_cache *fc,
    const struct naskah_setup *doc, const char *datadir,
    struct naskah_diag *d)
{
	struct font_entry *e;

	memset(s, 0, sizeof(*s));
	if ((e = fonts_open(fc, doc, datadir, s->fpath, d)) == NULL)
		return 0;
	s->fs = &e->fs;
	s->nbad = e->fs.nbad;
	s->m = e->m;
	return hyph_open(s, fc, datadir, d);
}

void
setter_close(struct setter *s)
{
	int f;

	free(s->hpath);
	for (f = 0; f < 4; f++)
		free(s->fpath[f]);
}

