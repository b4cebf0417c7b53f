/* SPDX-License-Identifier: ISC */
/*
 * diff_match.c - the matching naskah diff does on long lists: texts
 * sorted once, so that no two lists are compared item by item.
 */
#include <stdlib.h>
#include <string.h>

#include "model/diff_match.h"
#include "base/xalloc.h"

/* A text of the old (side 0) or new (1) list, k its index there. */
struct occ {
	const char	*s;
	size_t		 k;
	int		 side;
};

/* Texts in strcmp order, an absent one (NULL) first. */
static int
text_cmp(const char *x, const char *y)
{
	if (x == NULL || y == NULL)
		return (x != NULL) - (y != NULL);
	return strcmp(x, y);
}

/* By text, then side, then index. */
static int
occ_cmp(const void *p, const void *q)
{
	const struct occ *x = p, *y = q;
	int c = text_cmp(x->s, y->s);

	if (c != 0)
		return c;
	if (x->side != y->side)
		return x->side - y->side;
	return (x->k > y->k) - (x->k < y->k);
}

/* One sort of both lists' texts, then the longest increasing run of
 * the pairs by binary search: O(N log N) time and O(N) memory, N =
 * n - i0 + m - j0. */
size_t
diff_anchors(const struct naskah_clauses *a, size_t i0, size_t n,
    const struct naskah_clauses *b, size_t j0, size_t m, size_t *ai,
    size_t *bj)
{
	size_t na = n - i0, nb = m - j0, k, e, lo, hi, mid, len = 0;
	struct occ *v = xcalloc(na + nb, sizeof(*v));
	size_t *mate = xcalloc(na, sizeof(*mate));	/* new index + 1 */
	size_t *tail = xcalloc(na, sizeof(*tail));	/* run of length k+1
							 * ending lowest: its
							 * last old offset */
	size_t *prev = xcalloc(na, sizeof(*prev));	/* offset before + 1 */

	for (k = 0; k < na; k++)
		v[k] = (struct occ){ a->v[i0 + k].text.s, i0 + k, 0 };
	for (k = 0; k < nb; k++)
		v[na + k] = (struct occ){ b->v[j0 + k].text.s, j0 + k, 1 };
	qsort(v, na + nb, sizeof(*v), occ_cmp);
	for (k = 0; k < na + nb; k = e) {
		for (e = k + 1; e < na + nb && text_cmp(v[e].s, v[k].s) == 0;)
			e++;
		if (e - k == 2 && v[k].side == 0 && v[k + 1].side == 1)
			mate[v[k].k - i0] = v[k + 1].k + 1;
	}
	free(v);
	/* the longest increasing run of mates, by binary search */
	for (k = 0; k < na; k++) {
		if (mate[k] == 0)
			continue;
		for (lo = 0, hi = len; lo < hi;) {
			mid = lo + (hi - lo) / 2;
			if (mate[tail[mid]] < mate[k])
				lo = mid + 1;
			else
				hi = mid;
		}
		prev[k] = lo > 0 ? tail[lo - 1] + 1 : 0;
		tail[lo] = k;
		if (lo == len)
			len++;
	}
	for (k = len > 0 ? tail[len - 1] + 1 : 0, e = len; k != 0;
	    k = prev[k - 1]) {
		e--;
		ai[e] = i0 + k - 1;
		bj[e] = mate[k - 1] - 1;
	}
	free(mate);
	free(tail);
	free(prev);
	return len;
}

char *
diff_formula_text(const struct naskah_iku *r)
{
	if (r->formula == FORMULA_FRACTION)
		return xasprintf("%s / %s%s%s", r->pembilang.s, r->penyebut.s,
		    r->kali.s != NULL ? " x " : "", r->kali.s != NULL ?
		    r->kali.s : "");
	return xstrdup(r->formulasi.s != NULL ? r->formulasi.s : "");
}

/*
 * The fields rows are matched by, and what each weighs in their
 * likeness: 0 (unrelated) to 8 (identical).
 */
enum { KEY_INDIKATOR, KEY_SASARAN, KEY_FORMULA, KEY_TARGET, KEY__MAX };
static const int key_weight[KEY__MAX] = { 3, 2, 2, 1 };

/* The likeness of two rows alike in the fields of mask (bit 1 << key). */
static int
mask_weight(unsigned mask)
{
	int f, w = 0;

	for (f = 0; f < KEY__MAX; f++)
		w += (mask & (1u << f)) ? key_weight[f] : 0;
	return w;
}

/* The rows of one Lampiran's two versions: old row r is row r, new row
 * r is row na + r; each row's formulasi text (ft, borrowed) and, per
 * field, a number that is the same for the same text (id[row *
 * KEY__MAX + f]). */
struct rowset {
	const struct naskah_lampiran *a, *b;
	size_t		 na, nt;
	char *const	*ft;
	size_t		*id;
};

/* Field f of row r's text. */
static const char *
key_text(const struct rowset *rs, size_t r, int f)
{
	const struct naskah_iku *w = r < rs->na ? &rs->a->iku[r] :
	    &rs->b->iku[r - rs->na];

	switch (f) {
	case KEY_INDIKATOR:
		return w->indikator.s;
	case KEY_SASARAN:
		return w->sasaran.s;
	case KEY_FORMULA:
		return rs->ft[r];
	default:
		return w->target.s;
	}
}

/* Fill rs for rows a and b (formulasi ft): one sort of all rows per
 * field.  Free with rowset_free. */
static void
rowset_init(struct rowset *rs, const struct naskah_lampiran *a,
    const struct naskah_lampiran *b, char *const *ft)
{
	struct occ *v;
	size_t r, id;
	int f;

	rs->a = a;
	rs->b = b;
	rs->na = a->niku;
	rs->nt = a->niku + b->niku;
	rs->ft = ft;
	rs->id = xcalloc(rs->nt * KEY__MAX, sizeof(*rs->id));
	v = xcalloc(rs->nt, sizeof(*v));
	for (f = 0; f < KEY__MAX; f++) {
		for (r = 0; r < rs->nt; r++)
			v[r] = (struct occ){ key_text(rs, r, f), r, 0 };
		qsort(v, rs->nt, sizeof(*v), occ_cmp);
		for (r = 0, id = 0; r < rs->nt; r++) {
			if (r > 0 && text_cmp(v[r].s, v[r - 1].s) != 0)
				id++;
			rs->id[v[r].k * KEY__MAX + f] = id;
		}
	}
	free(v);
}

static void
rowset_free(struct rowset *rs)
{
	if (rs == NULL)
		return;
	free(rs->id);
	rs->id = NULL;
}

/* A new row's fields of a mask as numbers (0 outside it), and its index. */
struct rkey {
	size_t	v[KEY__MAX];
	size_t	j;
};

static int
rkey_cmp_v(const struct rkey *x, const struct rkey *y)
{
	int f;

	for (f = 0; f < KEY__MAX; f++)
		if (x->v[f] != y->v[f])
			return x->v[f] < y->v[f] ? -1 : 1;
	return 0;
}

static int
rkey_cmp(const void *p, const void *q)
{
	const struct rkey *x = p, *y = q;
	int c = rkey_cmp_v(x, y);

	return c != 0 ? c : (x->j > y->j) - (x->j < y->j);
}

/* Row r's key for mask. */
static struct rkey
row_key(const struct rowset *rs, unsigned mask, size_t r)
{
	struct rkey k;
	int f;

	for (f = 0; f < KEY__MAX; f++)
		k.v[f] = (mask & (1u << f)) ? rs->id[r * KEY__MAX + f] : 0;
	k.j = r >= rs->na ? r - rs->na : 0;
	return k;
}

/* The new rows grouped by the fields of a mask, each group in row order
 * from a cursor past its rows already taken. */
struct rindex {
	struct rkey	*k;
	size_t		*cur;	/* at a group's first entry: its cursor */
	size_t		*end;	/* at a group's first entry: its end */
};

static void
rindex_init(struct rindex *x, const struct rowset *rs, unsigned mask)
{
	size_t nb = rs->nt - rs->na, g, e;

	x->k = xcalloc(nb, sizeof(*x->k));
	x->cur = xcalloc(nb, sizeof(*x->cur));
	x->end = xcalloc(nb, sizeof(*x->end));
	for (g = 0; g < nb; g++)
		x->k[g] = row_key(rs, mask, rs->na + g);
	qsort(x->k, nb, sizeof(*x->k), rkey_cmp);
	for (g = 0; g < nb; g = e) {
		for (e = g + 1; e < nb && rkey_cmp_v(&x->k[e], &x->k[g]) == 0;)
			e++;
		x->cur[g] = g;
		x->end[g] = e;
	}
}

static void
rindex_free(struct rindex *x)
{
	if (x == NULL)
		return;
	free(x->k);
	free(x->cur);
	free(x->end);
}

/*
 * The first new row not taken alike to old row i in the fields of x's
 * mask, + 1; 0 none.  O(log n), and each row skipped once in all.
 */
static size_t
rindex_first(struct rindex *x, const struct rowset *rs, unsigned mask,
    size_t i, const int *taken)
{
	struct rkey want = row_key(rs, mask, i);
	size_t lo = 0, hi = rs->nt - rs->na, mid, p;

	while (lo < hi) {	/* the first entry not below want */
		mid = lo + (hi - lo) / 2;
		if (rkey_cmp(&x->k[mid], &want) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == rs->nt - rs->na || rkey_cmp_v(&x->k[lo], &want) != 0)
		return 0;
	for (p = x->cur[lo]; p < x->end[lo] && taken[x->k[p].j]; p++)
		;
	x->cur[lo] = p;
	return p < x->end[lo] ? x->k[p].j + 1 : 0;
}

/*
 * No pair left at a pass is more alike than the pass's likeness (a row
 * would have been paired at a pass before), so the new rows that alike
 * to an old one are those alike to it in the fields of some mask that
 * weighs that: each pass sorts the new rows once per mask of its
 * weight (12 masks in all) and looks each old row up, O((n + m) log m)
 * time and O(n + m) memory in all, where comparing every pair took
 * O(n m).  The pairs are the same.
 */
void
diff_pair_rows(const struct naskah_lampiran *a,
    const struct naskah_lampiran *b, char *const *ft, size_t *pair,
    int *taken)
{
	struct rowset rs;
	struct rindex x[1u << KEY__MAX];
	unsigned mask[1u << KEY__MAX], nmask, t;
	size_t i, j, best;
	int want;

	rowset_init(&rs, a, b, ft);
	for (want = 8; want >= 3; want--) {
		for (nmask = 0, t = 0; t < (1u << KEY__MAX); t++)
			if (mask_weight(t) == want) {
				mask[nmask] = t;
				rindex_init(&x[nmask++], &rs, t);
			}
		for (i = 0; i < rs.na; i++) {
			if (pair[i] != 0)
				continue;
			for (best = 0, t = 0; t < nmask; t++) {
				j = rindex_first(&x[t], &rs, mask[t], i,
				    taken);
				if (j != 0 && (best == 0 || j < best))
					best = j;
			}
			if (best != 0) {
				pair[i] = best;
				taken[best - 1] = 1;
			}
		}
		for (t = 0; t < nmask; t++)
			rindex_free(&x[t]);
	}
	rowset_free(&rs);
}
