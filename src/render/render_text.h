/* SPDX-License-Identifier: ISC */
/*
 * render_text.h - a page's text written straight into its content
 * stream: one text object, a Td where a line starts, the pieces of a
 * line in one font and spacing as one TJ array (real spaces between
 * words, the layout's exact gaps as numbers), Tf and Tc only when they
 * change.  Every piece starts where the layout put it, to a thousandth
 * of a point.  Marks each character of a single-byte font used, so its
 * subset and /Widths hold exactly the glyphs shown.
 */
#ifndef NASKAH_RENDER_TEXT_H
#define NASKAH_RENDER_TEXT_H

#include <stddef.h>

#include <hpdf.h>

struct textw {
	HPDF_Page	 page;
	HPDF_Stream	 st;		/* the page's content stream */
	HPDF_Font	 font;		/* the last Tf, NULL: none yet */
	double		 size, tc;	/* its size, the letter spacing */
	double		 th;		/* the horizontal scale (Tz / 100) */
	double		 lx, ly;	/* the line matrix, as written */
	double		 x;		/* the current point, as a reader
					   computes it (when online) */
	int		 online;	/* x is known on the line ly */
	int		 open;		/* inside a TJ array */
	int		 instr;		/* inside a string of that array */
	size_t		 nstr;		/* bytes in that string so far */
	char		*buf;		/* written, not yet in st; owned */
	size_t		 len, cap;
};

/* Start page's text object (BT); w->buf is kept from page to page. */
void	textw_begin(struct textw *w, HPDF_Page page);
/* The font and size (Tf, registering the font with the page) and the
 * letter spacing (Tc) of what follows. */
void	textw_font(struct textw *w, HPDF_Font font, double size, double tc,
	    double th);
/* A real space after what was shown last, when it is on the line: for
 * text extraction; the next piece's number corrects its width. */
void	textw_space(struct textw *w);
/*
 * Show s (n bytes of the single-byte current font) with its baseline
 * start at x, y (PDF coordinates).  same_line: it continues the line
 * of the piece before (same baseline), so a number in the TJ array
 * moves to it rather than a Td.
 */
void	textw_show8(struct textw *w, double x, double y, const char *s,
	    size_t n, int same_line);
/* Show s, UTF-8, in the current two-byte font at x, y, through
 * libharu's encoder (pieces of at most max bytes, cut between
 * characters). */
void	textw_show16(struct textw *w, double x, double y, const char *s,
	    size_t max);
/* An operator outside any TJ array (marked content: BDC, EMC). */
void	textw_raw(struct textw *w, const char *op);
/* Open a marked-content span whose text reads as whole (UTF-16BE),
 * or as nothing (NULL); textw_raw(w, "EMC\n") closes it. */
void	textw_span(struct textw *w, const char *whole);
/* End the text object (ET). */
void	textw_end(struct textw *w);
void	textw_free(struct textw *w);

/* s (UTF-8) as a PDF text string (the document information, bookmarks):
 * UTF-16BE after a byte order mark, made in *buf (*cap bytes). */
HPDF_Binary	text_string(HPDF_MMgr mmgr, char **buf, size_t *cap,
		    const char *s);
/*
 * Compress the stream of d (a page's content, a font file) with zlib
 * at level (1-9), in place: libharu then writes it as it is, with its
 * /Length and a /Filter of ours.  *buf (*cap bytes) is scratch, and
 * holds the returned number of deflated bytes after.
 */
size_t	stream_deflate(HPDF_Dict d, int level, char **buf, size_t *cap);
/* The stream of d, any content dropped, as the n bytes z that
 * stream_deflate made earlier. */
void	stream_deflated(HPDF_Dict d, const void *z, size_t n);

#endif
