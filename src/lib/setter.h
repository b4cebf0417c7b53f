/* SPDX-License-Identifier: ISC */
/*
 * setter.h - what setting text needs beyond the templates: the fonts,
 * their metrics and the hyphenation patterns, found in the data
 * directory or named by the document, kept by the context (a
 * setter_cache) for the next document.
 */
#ifndef NASKAH_SETTER_H
#define NASKAH_SETTER_H

#include "base/diag.h"
#include "layout/hyph.h"
#include "font/metrics.h"
#include "layout/layout.h"
#include "model/model.h"
#include "font/ttf.h"

/* Four faces by their files, each read once, the regular one first and
 * the others when first set; the cache owns them. */
struct font_entry {
	struct naskah_fontset	 fs;
	struct naskah_metrics	 m;	/* of fs */
};

/* Bytes of words and points the context's word cache keeps: 1 MiB,
 * some 50 000 words, more than a year's documents of a kecamatan use */
#define HYPH_CACHE_BYTES	(1u << 20)

/*
 * What a context keeps for setting: the fonts it has read (one entry
 * per set of four files), the hyphenation patterns (read compiled, at
 * the first document) and the points of the words they have broken
 * (HYPH_CACHE_BYTES at most).  Zeroed is empty; setter_cache_free
 * empties it.
 */
struct setter_cache {
	struct font_entry	**v;
	size_t			  n, cap;
	struct naskah_hyphdict	 *hyph;
	struct naskah_hyphcache	 *words;	/* in front of hyph */
};

void	setter_cache_free(struct setter_cache *fc);

/*
 * What setting text needs beyond the templates: the document's fonts
 * (and their paths, which the PDF embeds), their metrics and the
 * hyphenation patterns.  setter_open fills it; setter_close frees it,
 * opened or not, whole or in part.
 */
struct setter {
	char			*fpath[4];
	struct naskah_fontset	*fs;	/* the cache's: the layout reads
					 * the faces it sets into it */
	unsigned long		 nbad;	/* fs->nbad when opened */
	struct naskah_metrics	 m;
	char			*hpath;		/* the patterns' .dic */
	struct naskah_hyph	 hy;		/* the cache's words */
};

/* doc's fonts and the patterns, from fc (read into it when new), into
 * s (zeroed here).  Returns 0 after reporting why not; close s either
 * way. */
int	setter_open(struct setter *s, struct setter_cache *fc,
	    const struct naskah_setup *doc,
	    const char *datadir, struct naskah_diag *d);
void	setter_close(struct setter *s);
/*
 * l, the layout made with s (NULL: none), or NULL after reporting that
 * a face it set could not be read (l freed): the faces but the regular
 * one are read when the layout first asks for them, and reported then,
 * as setter_open reports the regular face.
 */
struct naskah_layout *setter_done(struct setter *s,
	    const struct naskah_setup *doc, struct naskah_layout *l,
	    struct naskah_diag *d);

#endif
