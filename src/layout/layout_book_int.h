/* SPDX-License-Identifier: ISC */
/*
 * layout_book_int.h - what the book's layout files share: the state of
 * a book being laid out, and the blocks of its parts (layout_blocks.c)
 * for the parts and pages (layout_book.c).
 */
#ifndef NASKAH_LAYOUT_BOOK_INT_H
#define NASKAH_LAYOUT_BOOK_INT_H

#include "base/units.h"
#include "model/book.h"
#include "layout/layout_int.h"


struct bctx {
	struct lctx			 c;
	const struct naskah_book	*book;
	const struct naskah_btpl	*bt;
	const struct naskah_tpl		*dtpl;	/* the decree's template */
	int				 counter;
	int				 failed;
};

/* Blocks bs into the list, from x to the right edge of the text. */
void	book_blocks(struct bctx *b, const struct naskah_blocks *bs,
	    double x);
/* Every text of blocks bs in the font (the decree checks its own);
 * 0 after reporting one that cannot be set. */
int	book_check_blocks(struct bctx *b, const struct naskah_blocks *bs);
/* A label ("1.", "2.1.3", "Elok") on line `it` at lx, in a line of the
 * given size and spacing; returns its width. */
double	book_label_put(struct lctx *c, const char *label, enum naskah_face f,
	    double size, double sp, double lx, struct vitem *it);
/* The width of a label and the space after it. */
double	book_label_width(struct lctx *c, const char *label,
	    enum naskah_face f, double size);
/* Turn the page geometry a quarter: width and height swap, and so do
 * the margins. */
void	book_turn_page(struct bctx *b);

#endif
