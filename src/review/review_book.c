/* SPDX-License-Identifier: ISC */
/*
 * review_book.c - what a book or an LKjIP has of its own: the IKU rows
 * of its pengukuran, perbandingan, renstra and Perjanjian Kinerja
 * blocks (angka and iku, as a decree's lampiran), and its people
 * (review_book_ttd).  Its decree is review_decree's.
 *
 * One file of IKU rows is most often included by several blocks (the
 * LKjIP's four tables) and by the decree's lampiran: a table is known
 * by the position of its first row (file, line, column) and the number
 * of its rows, and reviewed once; the decree's lampiran count as
 * reviewed.  By sorting, O(t log t) in the number of tables.
 */
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "model/book.h"
#include "review/review.h"

struct table {
	const struct naskah_iku	*v;
	size_t			 n;
	const char		*file;	/* of its first row; "" the book's */
	size_t			 order;	/* as met, the decree's first */
	int			 done;	/* reviewed with the decree */
};

struct tables {
	struct table	*v;
	size_t		 n, cap;
};

static void
table_add(struct tables *ts, const struct naskah_iku *v, size_t n,
    const char *file, int done)
{
	struct table *t;

	if (n == 0)
		return;
	ts->v = xgrow(ts->v, &ts->cap, ts->n + 1, sizeof(*ts->v));
	t = &ts->v[ts->n];
	t->v = v;
	t->n = n;
	t->file = v[0].pos.file != NULL ? v[0].pos.file : file;
	t->order = ts->n++;
	t->done = done;
}

static void
blocks_add(struct tables *ts, const struct naskah_blocks *bs)
{
	size_t i, k;

	for (i = 0; i < bs->n; i++) {
		const struct naskah_block *b = &bs->v[i];

		if (b->ukur != NULL)
			table_add(ts, b->ukur->iku, b->ukur->niku, "", 0);
		for (k = 0; k < b->nitems; k++)
			blocks_add(ts, &b->items[k].sub);
	}
}

/* x and y are one table: their first rows at one place, as many rows. */
static int
same_place(const struct table *x, const struct table *y)
{
	return strcmp(x->file, y->file) == 0 && x->n == y->n &&
	    x->v[0].pos.line == y->v[0].pos.line &&
	    x->v[0].pos.col == y->v[0].pos.col;
}

/* By first row (file, line, column) and size; the one met first (the
 * decree's) leads its group. */
static int
by_place(const void *a, const void *b)
{
	const struct table *x = a, *y = b;
	int c = strcmp(x->file, y->file);

	if (c == 0)
		c = (x->v[0].pos.line > y->v[0].pos.line) -
		    (x->v[0].pos.line < y->v[0].pos.line);
	if (c == 0)
		c = (x->v[0].pos.col > y->v[0].pos.col) -
		    (x->v[0].pos.col < y->v[0].pos.col);
	if (c == 0)
		c = (x->n > y->n) - (x->n < y->n);
	return c != 0 ? c : (x->order > y->order) - (x->order < y->order);
}

static int
by_order(const void *a, const void *b)
{
	const struct table *x = a, *y = b;

	return (x->order > y->order) - (x->order < y->order);
}

void
review_book(struct review *rv, const struct naskah_book *bk,
    const char *decree_file)
{
	struct tables ts = { NULL, 0, 0 };
	const struct naskah_decree *dc = bk->decree;
	size_t i, k, keep;

	if (dc != NULL)
		for (i = 0; i < dc->nlampiran; i++)
			table_add(&ts, dc->lampiran[i].iku,
			    dc->lampiran[i].niku,
			    decree_file != NULL ? decree_file : "", 1);
	for (i = 0; i < bk->npart; i++) {
		blocks_add(&ts, &bk->part[i].isi);
		for (k = 0; k < bk->part[i].nsub; k++)
			blocks_add(&ts, &bk->part[i].sub[k].isi);
	}
	if (ts.n > 0) {
		qsort(ts.v, ts.n, sizeof(*ts.v), by_place);
		/* the first of each group stays: i - 1 is still unmoved */
		for (keep = 1, i = 1; i < ts.n; i++)
			if (!same_place(&ts.v[i - 1], &ts.v[i]))
				ts.v[keep++] = ts.v[i];
		ts.n = keep;
		qsort(ts.v, ts.n, sizeof(*ts.v), by_order);
	}
	for (i = 0; i < ts.n; i++)
		if (!ts.v[i].done) {
			review_angka_rows(rv, ts.v[i].v, ts.v[i].n);
			review_iku_rows(rv, ts.v[i].v, ts.v[i].n);
		}
	free(ts.v);
	review_book_ttd(rv, bk);
}
