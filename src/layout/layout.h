/* SPDX-License-Identifier: ISC */
/*
 * layout.h - the layout stage: document model -> pages of positioned
 * boxes.  No PDF library here: text is measured through a
 * naskah_metrics, and the result is plain data that render_pdf.c draws
 * and dump.c prints.
 *
 * Coordinates are PDF points with the origin at the top-left corner of
 * the page and y growing downwards; text boxes are placed by their
 * baseline's left end.
 */
#ifndef NASKAH_LAYOUT_H
#define NASKAH_LAYOUT_H

#include <stddef.h>
#include <stdio.h>

#include "base/diag.h"
#include "base/image.h"
#include "layout/hyph.h"
#include "font/metrics.h"
#include "model/model.h"
#include "model/template.h"

enum naskah_box_kind {
	BOX_TEXT = 0,		/* a run of text in one face and size */
	BOX_RULE,		/* a straight line */
	BOX_IMAGE,		/* a picture file */
	BOX_LINE,		/* a set line, for the dump (not drawn) */
	BOX_QR,			/* a QR code of its text (issue 17) */
	BOX_WATERMARK,		/* text across the page, light: from x, y
				   to x2, y2 along its baseline */
	BOX__MAX
};

extern const char *const naskah_box_kind_names[BOX__MAX];

struct naskah_box {
	enum naskah_box_kind kind : 8;
	enum naskah_face face : 8;	/* text */
	unsigned	 hyphen : 1;	/* line: ends in an added hyphen */
	unsigned	 joined : 1;	/* line: broken inside a word (at a
					   hyphen, added or not, or a slash):
					   the next line goes on with it */
	unsigned	 align : 2;	/* line: its paragraph's alignment
					   (layout_int.h enum align) */
	size_t		 para;		/* line: its paragraph, numbered in
					   the order set (0: none) */
	double		 measure;	/* line: its paragraph's width */
	double		 ratio;		/* line: space width / natural */
	double		 tracking;	/* text: letter spacing, points */
	double		 expand;	/* text: glyphs scaled by 1 + this */
	double		 hang;		/* line: how far its last glyph (a
					   punctuation mark) hangs past the
					   measure into the margin */
	double		 x, y;		/* text: baseline start; rule: one
					   end; image: top-left corner */
	double		 x2, y2;	/* rule: other end; image, QR code:
					   bottom-right corner; text: x +
					   width */
	double		 size;		/* text: font size; rule: width */
	char		*text;		/* text (UTF-8), image path, the
					   words of a line, or what a QR
					   code holds; owned */
};

/* How a page's number reads in a viewer's page box (PDF page label). */
enum naskah_label {
	LABEL_ARABIC = 0,	/* 1, 2, 3 */
	LABEL_ROMAN,		/* i, ii, iii */
	LABEL__MAX
};

struct naskah_page {
	struct naskah_box *box;
	size_t		   nbox;
	size_t		   cap;
	double		   w, h;	/* page size, points */
	enum naskah_label  label;
	int		   number;	/* its number in that style */
};

/* A bookmark: a heading and the page it opens. */
struct naskah_outline {
	int		 level;		/* 0 chapter, 1 section, 2 ... */
	char		*title;		/* owned */
	size_t		 page;		/* index into pages */
	double		 y;		/* top of the heading */
};

/* A link on a page (a daftar isi entry) to another page. */
struct naskah_link {
	size_t		 page;		/* where the link is */
	double		 x, y, x2, y2;	/* its rectangle */
	size_t		 target;	/* the page it goes to */
};

/* Figures about the typesetting, for --dump=layout and tests. */
struct naskah_layout_stats {
	int		lines;		/* justified lines set */
	double		max_ratio;	/* widest space / natural space */
	int		overfull;	/* lines wider than their column */
	int		hyphens;	/* lines ending in an added hyphen */
	int		widows;		/* pages broken against the rules: */
	int		orphans;	/* one line left below / above */
	int		forced;		/* other keep rules broken */
};

struct naskah_layout {
	double		   page_w, page_h;	/* the first page's size */
	struct naskah_page *page;
	size_t		   npage;
	size_t		   cap;
	struct naskah_outline *outline;
	size_t		   noutline, capoutline;
	struct naskah_link *link;
	size_t		   nlink, caplink;
	struct naskah_layout_stats stats;
	size_t		   npara;		/* paragraphs set (BOX_LINE para) */
	/* what the library (src/lib) made it from, freed with it by
	 * made_free; NULL for a layout made by the stages alone */
	void		  *made;
	void		 (*made_free)(void *made);
};

/*
 * Paragraphs built and broken by earlier layouts, kept for the next:
 * a layout given one reuses the lines of every paragraph whose items,
 * width and alignment are the same as before, and the items of every
 * text set the same way, and gives the same pages as without it.  It
 * holds what the last two layouts used, at most 4 MiB; the first layout
 * given it does not use it.  One per context: its metrics
 * and hyphenation must give the same answers for its whole life.
 */
struct naskah_paracache;
struct naskah_paracache *naskah_paracache_new(void);
void	naskah_paracache_free(struct naskah_paracache *pc);
/* Entries held, *bytes they take; *hits and *lookups so far (each
 * pointer may be NULL). */
size_t	naskah_paracache_size(const struct naskah_paracache *pc,
	    size_t *bytes, size_t *hits, size_t *lookups);

/*
 * Lay out doc with template tpl and metrics m, pc (may be NULL) its
 * paragraphs' cache.  Problems (missing glyphs, bad logo, overfull
 * lines) go to d.  Returns the pages, or NULL when an error was
 * reported.  Free with naskah_layout_free.
 */
struct naskah_layout *naskah_layout_run(const struct naskah_decree *doc,
		    const struct naskah_tpl *tpl,
		    const struct naskah_metrics *m, const struct naskah_hyph *h,
		    struct naskah_paracache *pc, struct naskah_diag *d);
void	naskah_layout_free(struct naskah_layout *l);

struct naskah_book;
struct naskah_btpl;
struct naskah_ltpl;

/*
 * Lay out a book: tpl is the decree template (its words and numbers
 * also serve the book's tables and kop), dtpl the one the decree part
 * uses, bt the book's own, lt the LKjIP tables' (may be NULL for a book
 * without them), pc as in naskah_layout_run.  NULL when an error was
 * reported.
 */
struct naskah_layout *naskah_layout_book(const struct naskah_book *bk,
		    const struct naskah_tpl *tpl, const struct naskah_tpl *dtpl,
		    const struct naskah_btpl *bt, const struct naskah_ltpl *lt,
		    const struct naskah_metrics *m,
		    const struct naskah_hyph *h, struct naskah_paracache *pc,
		    struct naskah_diag *d);

#endif
