/* SPDX-License-Identifier: ISC */
/*
 * test_review.h - what the reviewer's unit tests share: texts placed in
 * t.yaml, and a decree's review as the command line prints it.
 */
#ifndef TEST_REVIEW_H
#define TEST_REVIEW_H
#include "test.h"
#include "review/review.h"

/* A text written plainly at line:col of t.yaml (one line, its every
 * byte findable by naskah_span_pos). */
static inline struct naskah_text
review_tx(const char *s, int line, int col)
{
	struct naskah_text t;

	memset(&t, 0, sizeof(t));
	t.s = s;
	t.span.at.line = t.span.rawat.line = line;
	t.span.at.col = t.span.rawat.col = col;
	t.span.val = t.span.raw = s;
	t.span.vlen = t.span.rawlen = strlen(s);
	return t;
}

/* A text at line l, column 5 of t.yaml. */
static inline struct naskah_text
text_at(const char *s, int l)
{
	struct naskah_text t;

	memset(&t, 0, sizeof(t));
	t.s = s;
	t.span.at.line = l;
	t.span.at.col = 5;
	return t;
}

/*
 * What rules say about doc, as the command line prints it (errors with
 * ketat), with only the rules of the families in mask (bit 1 << f)
 * speaking, or with only >= 0, rule only alone: a family's tests stay
 * exact as other families grow.
 */
static inline char *
review_text_with(const struct naskah_decree *doc, int ketat, unsigned mask,
    int only)
{
	struct tdiag td;
	struct review rv;
	char *s;
	int r;

	tdiag_open(&td);
	review_init(&rv, &td.d);
	rv.ketat = ketat;
	for (r = 0; r < RULE__MAX; r++)
		rv.off[r] = only >= 0 ? r != only :
		    !(mask & 1u << review_rules[r].family);
	review_decree(&rv, doc);
	s = strdup(tdiag_text(&td));
	tdiag_close(&td);
	return s;
}

/* Every rule speaking. */
static inline char *
review_text(const struct naskah_decree *doc, int ketat)
{
	return review_text_with(doc, ketat, ~0u, -1);
}

/* The rules of the families in mask only. */
static inline char *
review_text_of(const struct naskah_decree *doc, unsigned mask)
{
	return review_text_with(doc, 0, mask, -1);
}

#endif
