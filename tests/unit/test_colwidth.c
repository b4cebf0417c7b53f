/* SPDX-License-Identifier: ISC */
/*
 * test_colwidth.c - column widths chosen for a table's cells
 * (layout/colwidth.c) with fake metrics: a cell is a text of some
 * natural width whose widest word is some width; set at a width w it
 * takes ceil(natural / w) lines of 10 pt, and one hyphen when its word
 * is wider than w.  A crowded column gets width from a slack one; no
 * column goes below its minimum; the total is unchanged; a column
 * narrower than its minimum is widened to it; merged cells count once
 * per group; a row that only two moves lower is lowered, and a cell
 * that needs what two columns spare gets it; no column
 * grows past the width its cells gain from; the cells measured grow
 * with the rows, not faster.
 */
#include <math.h>

#include "test.h"
#include "layout/colwidth.h"

struct fake {
	const double	*nat, *word;	/* nrow * ncol */
	size_t		 ncol;
	size_t		 calls;
};

static void
fake_measure(void *ctx, size_t row, size_t col, double w,
    struct cellfit *out)
{
	struct fake *f = ctx;
	double nat = f->nat[row * f->ncol + col];
	double word = f->word[row * f->ncol + col];

	f->calls++;
	out->hyphens = word > w + 1e-9;
	out->h = nat > 0 ? 10 * ceil(nat / w - 1e-9) : 0;
}

static double
sum(const double *w, size_t n)
{
	double s = 0;
	size_t k;

	for (k = 0; k < n; k++)
		s += w[k];
	return s;
}

/* Column 0 has room to spare; column 1's word needs 60 and its text
 * 120: it gets width until its word fits and its lines are fewest. */
static void
test_lends(void **state)
{
	static const double nat[] = { 40, 120, 30, 20 };
	static const double word[] = { 20, 60, 15, 10 };
	static const double minw[] = { 20, 10 };
	struct fake f = { nat, word, 2, 0 };
	struct colwidth cw = { .ncol = 2, .nrow = 2, .minw = minw, .step = 1,
	    .measure = fake_measure, .ctx = &f };
	struct colcost c;
	double w[2] = { 100, 50 };

	(void)state;
	assert_true(colwidth_choose(&cw, w, &c) > 0);
	assert_int_equal(c.hyphens, 0);
	assert_true(w[1] >= 60);
	assert_true(w[0] >= 40 - 1e-9);	/* its own lines did not grow */
	assert_true(fabs(sum(w, 2) - 150) < 1e-9);
	/* 120 in at most 110: two lines, as few as it can have */
	assert_true(fabs(c.height - 20 - 10) < 1e-9);
}

/* Column 0 would lend more than its minimum allows: it stops there,
 * the hyphen stays. */
static void
test_minimum(void **state)
{
	static const double nat[] = { 45, 200 };
	static const double word[] = { 45, 80 };
	static const double minw[] = { 45, 10 };
	struct fake f = { nat, word, 2, 0 };
	struct colwidth cw = { .ncol = 2, .nrow = 1, .minw = minw, .step = 1,
	    .measure = fake_measure, .ctx = &f };
	struct colcost c;
	double w[2] = { 50, 25 };

	(void)state;
	colwidth_choose(&cw, w, &c);
	assert_true(w[0] >= 45 - 1e-9);
	assert_true(fabs(sum(w, 2) - 75) < 1e-9);
	assert_int_equal(c.hyphens, 1);
	assert_true(fabs(w[0] - 45) < 1e-9);	/* all it could give */
}

/* A column nominally narrower than its minimum is widened to it from
 * the others' spare width, before any trial. */
static void
test_raise(void **state)
{
	static const double nat[] = { 10, 10, 70 };
	static const double word[] = { 10, 10, 70 };
	static const double minw[] = { 10, 10, 70 };
	struct fake f = { nat, word, 3, 0 };
	struct colwidth cw = { .ncol = 3, .nrow = 1, .minw = minw, .step = 1,
	    .measure = fake_measure, .ctx = &f };
	double w[3] = { 40, 40, 20 };

	(void)state;
	colwidth_choose(&cw, w, NULL);
	assert_true(w[2] >= 70 - 1e-9);
	assert_true(w[0] >= 10 - 1e-9 && w[1] >= 10 - 1e-9);
	assert_true(fabs(sum(w, 3) - 100) < 1e-9);
}

/* Rows 0-2 one group: the merged column 0 is measured on row 0 only and
 * the group is as tall as its rows or that cell, the taller. */
static void
test_merged(void **state)
{
	static const double nat[] = { 300, 10, 10, 0, 10, 10, 0, 10, 10 };
	static const double word[] = { 10, 10, 10, 0, 10, 10, 0, 10, 10 };
	static const double minw[] = { 10, 10, 10 };
	static const int merged[] = { 1, 0, 0 };
	static const int group[] = { 1, 0, 0 };
	struct fake f = { nat, word, 3, 0 };
	struct colwidth cw = { .ncol = 3, .nrow = 3, .minw = minw,
	    .merged = merged, .group = group, .step = 1,
	    .measure = fake_measure, .ctx = &f };
	struct colcost c;
	double w[3] = { 50, 50, 50 };

	(void)state;
	colwidth_choose(&cw, w, &c);
	/* 300 in 130 at most: three lines, as tall as the three rows */
	assert_true(w[0] >= 100 - 1e-9);
	assert_true(fabs(c.height - 30) < 1e-9);
	assert_true(fabs(sum(w, 3) - 150) < 1e-9);
}

/* Two cells of a row each need width before the row is any lower: the
 * first move only takes a line off one cell, which the row's height
 * does not show, and is made for the cells' total. */
static void
test_two_moves(void **state)
{
	static const double nat[] = { 10, 100, 100 };
	static const double word[] = { 10, 10, 10 };
	static const double minw[] = { 10, 10, 10 };
	struct fake f = { nat, word, 3, 0 };
	struct colwidth cw = { .ncol = 3, .nrow = 1, .minw = minw,
	    .step = 1, .measure = fake_measure, .ctx = &f };
	struct colcost c;
	double w[3] = { 200, 50, 50 };

	(void)state;
	assert_int_equal(colwidth_choose(&cw, w, &c), 2);
	assert_true(fabs(c.height - 10) < 1e-9);
	assert_true(w[1] >= 100 && w[2] >= 100);
	assert_true(fabs(sum(w, 3) - 300) < 1e-9);
}

/* A cell that needs more width than any one column can spare gets it
 * from two at once. */
static void
test_two_donors(void **state)
{
	static const double nat[] = { 10, 10, 100 };
	static const double word[] = { 10, 10, 10 };
	static const double minw[] = { 10, 10, 10 };
	struct fake f = { nat, word, 3, 0 };
	struct colwidth cw = { .ncol = 3, .nrow = 1, .minw = minw,
	    .step = 1, .measure = fake_measure, .ctx = &f };
	struct colcost c;
	double w[3] = { 40, 40, 50 };

	(void)state;
	assert_int_equal(colwidth_choose(&cw, w, &c), 1);
	assert_true(fabs(c.height - 10) < 1e-9);
	assert_true(w[2] >= 100 && w[0] >= 10 && w[1] >= 10);
	assert_true(fabs(sum(w, 3) - 130) < 1e-9);
}

/* A column whose cells all fit on one line at 65 gets no more than
 * that (to the next step), though the other column could spare it. */
static void
test_cap(void **state)
{
	static const double nat[] = { 20, 130 };
	static const double word[] = { 10, 10 };
	static const double minw[] = { 10, 10 };
	static const double maxw[] = { 20, 65 };
	struct fake f = { nat, word, 2, 0 };
	struct colwidth cw = { .ncol = 2, .nrow = 1, .minw = minw,
	    .maxw = maxw, .step = 1, .measure = fake_measure, .ctx = &f };
	double w[2] = { 100, 20 };

	(void)state;
	colwidth_choose(&cw, w, NULL);
	assert_true(w[1] <= 65 + 1 + 1e-9);
	assert_true(w[1] >= 20);
	assert_true(fabs(sum(w, 2) - 120) < 1e-9);
}

/* The same rows twice over: twice the cells measured, not more. */
static void
test_linear(void **state)
{
	double nat[400 * 3], word[400 * 3];
	static const double minw[] = { 10, 10, 10 };
	size_t i, calls[2], n;
	double w[3];

	(void)state;
	/* rows 200-399 repeat rows 0-199: the same choice, so the same
	 * widths tried */
	for (i = 0; i < 400 * 3; i++) {
		nat[i] = (double)(20 + ((i % 600) * 37) % 90);
		word[i] = (double)(10 + ((i % 600) * 13) % 30);
	}
	for (n = 0; n < 2; n++) {
		struct fake f = { nat, word, 3, 0 };
		struct colwidth cw = { .ncol = 3, .nrow = 200 * (n + 1),
		    .minw = minw, .step = 1, .measure = fake_measure,
		    .ctx = &f };

		w[0] = 20;
		w[1] = 60;
		w[2] = 70;
		colwidth_choose(&cw, w, NULL);
		calls[n] = f.calls;
	}
	assert_true(calls[1] <= 2 * calls[0]);
	assert_true(calls[0] > 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lends),
		cmocka_unit_test(test_minimum),
		cmocka_unit_test(test_raise),
		cmocka_unit_test(test_merged),
		cmocka_unit_test(test_two_moves),
		cmocka_unit_test(test_two_donors),
		cmocka_unit_test(test_cap),
		cmocka_unit_test(test_linear),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
