/* SPDX-License-Identifier: ISC */
/*
 * setter.h - what setting text needs beyond the templates, opened once
 * per document by the command line: the fonts, their metrics and the
 * hyphenation patterns, found in the data directory or named by the
 * document.
 */
#ifndef NASKAH_SETTER_H
#define NASKAH_SETTER_H

#include "base/diag.h"
#include "layout/hyph.h"
#include "font/metrics.h"
#include "model/model.h"
#include "font/ttf.h"
#include "yaml/ytree.h"

/*
 * What setting text needs beyond the templates: the document's fonts
 * (and their paths, which the PDF embeds), their metrics and the
 * hyphenation patterns.  setter_open fills it; setter_close frees it,
 * opened or not, whole or in part.
 */
struct setter {
	char			*fpath[4];
	struct naskah_fontset	 fs;
	int			 loaded;	/* fs holds fonts */
	struct naskah_metrics	 m;
	char			*hpath;		/* the patterns' file */
	struct naskah_hyphdict	*hd;
	struct naskah_hyph	 hy;
};

/* doc's fonts and the patterns the words of ys can use into s (zeroed
 * here).  Returns 0 after reporting why not; close s either way. */
int	setter_open(struct setter *s, const struct naskah_setup *doc,
	    const char *datadir, const struct ydoc *const *ys, size_t nys,
	    struct naskah_diag *d);
void	setter_close(struct setter *s);

#endif
