/* SPDX-License-Identifier: ISC */
/*
 * ttf.h - just enough of a TrueType reader for layout: the cmap (format
 * 4 and 12), advance widths, vertical metrics.  Fonts are read whole and
 * bounds-checked; a malformed file is refused, never trusted.
 */
#ifndef NASKAH_TTF_H
#define NASKAH_TTF_H

#include <stddef.h>
#include <stdint.h>

#include "font/metrics.h"

struct naskah_ttf;

/* The largest font file naskah reads. */
#define TTF_MAX_BYTES	(16 * 1024 * 1024)

/*
 * Read the font at path (at most TTF_MAX_BYTES).  Returns NULL and sets *err to a static English
 * reason (or to strerror text for I/O failures, with *io set to 1).
 */
struct naskah_ttf *naskah_ttf_load(const char *path, const char **err,
		    int *io);
void	naskah_ttf_free(struct naskah_ttf *f);
/* Advance width of cp in 1/1000 em (truncated as the PDF /W has it);
 * -1 if the font maps cp to no glyph. */
int	naskah_ttf_width(const struct naskah_ttf *f, uint32_t cp);
/* Kerning between a and b from the kern table, 1/1000 em (0: none). */
int	naskah_ttf_kern(const struct naskah_ttf *f, uint32_t a, uint32_t b);
int	naskah_ttf_ascent(const struct naskah_ttf *f);
int	naskah_ttf_descent(const struct naskah_ttf *f);
int	naskah_ttf_cap_height(const struct naskah_ttf *f);
const char *naskah_ttf_path(const struct naskah_ttf *f);

/*
 * Four faces of one family as a metrics provider.  The regular face is
 * read by naskah_fontset_load, each other face when the metrics are
 * first asked about it (a decree sets two faces of four); a face whose
 * file cannot be read then is served by the regular face and counted
 * in nbad, which the caller checks after the layout
 * (naskah_fontset_bad).
 */
struct naskah_fontset {
	struct naskah_ttf	*face[4];
	char			*path[4];	/* owned */
	unsigned char		 tried[4];	/* face[i]'s file was read */
	int			 bad;		/* the first face that could
						   not be read, -1 none */
	const char		*err;		/* why, as naskah_ttf_load's */
	int			 io;
	unsigned long		 nbad;		/* times it was asked for */
};

/*
 * Take the four faces' paths (a NULL path reuses the regular face) and
 * read the regular face.  On failure returns 0, with *which the failing
 * face, *err and *io as for naskah_ttf_load.
 */
int	naskah_fontset_load(struct naskah_fontset *fs, const char *const path[4],
	    int *which, const char **err, int *io);
void	naskah_fontset_free(struct naskah_fontset *fs);
/* Fill m from fs (m->ctx points at fs, which must outlive m; the
 * metrics read fs's other faces into it when first asked). */
void	naskah_fontset_metrics(struct naskah_fontset *fs,
	    struct naskah_metrics *m);
/* Has a face that could not be read been asked for since fs->nbad was
 * since?  Then 1, with *which, *err and *io as naskah_fontset_load's. */
int	naskah_fontset_bad(const struct naskah_fontset *fs,
	    unsigned long since, int *which, const char **err, int *io);

#endif
