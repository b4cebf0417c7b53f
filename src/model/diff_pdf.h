/* SPDX-License-Identifier: ISC */
/*
 * diff_pdf.h - the list of changes between two decrees as a page to
 * attach to the revision decree (naskah diff --pdf): built as a book
 * model of one lampiran, so that the book's layout and the PDF renderer
 * set it as they set any book.
 */
#ifndef NASKAH_DIFF_PDF_H
#define NASKAH_DIFF_PDF_H

#include "model/book.h"
#include "model/diff.h"
#include "model/template.h"

struct naskah_diff_page {
	/* the new decree's paper, margins, font, kop and metadata, with
	 * the page's own title: a copy that owns nothing */
	struct naskah_setup	 setup;
	/* one lampiran (setup above): the heading, the two decrees named,
	 * the table of changes or "Tidak ada perubahan." */
	struct naskah_book	 book;
	char			**str;		/* owned texts the model uses */
	size_t			 nstr, capstr;
};

/*
 * The page for the changes cs from decree a to decree b, in the words
 * of pt; clause labels are numbered as tpl (b's decree template) says.
 * The page borrows from a, b and pt: free it before them, with
 * naskah_diff_page_free.
 */
struct naskah_diff_page *naskah_diff_page_new(const struct naskah_changes *cs,
		    const struct naskah_decree *a, const struct naskah_decree *b,
		    const struct naskah_tpl *tpl, const struct naskah_ptpl *pt);
void	naskah_diff_page_free(struct naskah_diff_page *p);

#endif
