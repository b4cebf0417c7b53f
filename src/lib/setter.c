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

/*
 * Open doc's four faces into fs, their paths into fpath (the caller
 * frees them, also on failure).  Returns 0 after reporting why not.
 */
static int
fonts_open(const struct naskah_setup *doc, const char *datadir, char *fpath[4],
    struct naskah_fontset *fs, struct naskah_diag *d)
{
	const char *err = "";
	int which = 0, io = 0;

	font_paths(doc, datadir, fpath);
	if (naskah_fontset_load(fs, (const char *const *)fpath, &which, &err,
	    &io))
		return 1;
	if (doc->family == FAMILY_CUSTOM) {
		const struct naskah_text *t = &doc->font_path[which];

		naskah_diag(d, SEV_ERROR, t->span.at, io ? MSG_FONT_OPEN :
		    MSG_FONT_BAD, t->s ? t->s : fpath[which], err);
	} else
		naskah_diag(d, SEV_SYSTEM, (struct naskah_pos){ 0, 0, NULL },
		    io ? MSG_FONT_OPEN : MSG_FONT_BAD, fpath[which], err);
	return 0;
}

/*
 * The hyphenation patterns that the words of the files ys (with what
 * they include) and the month names can use.  NULL after reporting.
 */
static struct naskah_hyphdict *
hyph_open(const char *hp, const struct ydoc *const *ys, size_t nys,
    struct naskah_diag *d)
{
	const char **src = NULL;
	size_t nsrc = 0, capsrc = 0, i;
	struct naskah_hyphdict *hd;
	int mo;

	for (i = 0; i < nys; i++)
		add_sources(&src, &nsrc, &capsrc, ys[i]);
	for (mo = 1; mo <= 12; mo++)
		VEC_PUSH(src, nsrc, capsrc, idn_month_name(mo));
	hd = naskah_hyphdict_load(hp, src, nsrc);
	free(src);
	if (hd == NULL)
		naskah_diag(d, SEV_SYSTEM, (struct naskah_pos){ 0, 0, NULL },
		    MSG_READ, hp, strerror(errno));
	return hd;
}

int
setter_open(struct setter *s, const struct naskah_setup *doc,
    const char *datadir, const struct ydoc *const *ys, size_t nys,
    struct naskah_diag *d)
{
	memset(s, 0, sizeof(*s));
	if (!(s->loaded = fonts_open(doc, datadir, s->fpath, &s->fs, d)))
		return 0;
	naskah_fontset_metrics(&s->fs, &s->m);
	s->hpath = xasprintf("%s/hyphen/hyph_id_ID.dic", datadir);
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
	if (s->loaded)
		naskah_fontset_free(&s->fs);
	for (f = 0; f < 4; f++)
		free(s->fpath[f]);
}

