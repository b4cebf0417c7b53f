/* SPDX-License-Identifier: ISC */
/*
 * layout_break.c - paragraphs, broken and set.  The breaks of a
 * paragraph built by layout_text.c are chosen for the whole paragraph
 * at once (Knuth-Plass: least total demerits), with at most two
 * hyphenated line ends in a row; each line is then set justified
 * (letter-spaced a little when its spaces would still be too loose) or
 * aligned, as text boxes in an item of the vertical list.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout/layout_int.h"
#include "base/utf8.h"
#include "base/xalloc.h"

/* Knuth-Plass constants (TeX's defaults where TeX has one). */
#define LINE_PENALTY	10	/* \linepenalty */
#define DOUBLE_HYPHEN	3000	/* \doublehyphendemerits */
#define MAX_HYPHEN_RUN	2	/* hyphenated line ends in a row */
#define LONELY		1e20	/* demerits: a word alone on a line */
#define OVERFULL	1e30	/* demerits: a word wider than the line */
#define RAGGED_STRETCH	0.2	/* ragged lines: stretch, share of width */
#define MAX_TRACKING	0.02	/* letter spacing, em, for lines that would
				   still be looser than TOLERANCE */
#define FILL_ITEMS	8	/* a line ending at an emergency break
				   starts within this many items of the
				   farthest start that fits */
#define TOLERANCE	2.0	/* first pass: glue ratio at most this, so
				   spaces stretch to at most twice their width */

/* First item of a line that starts after a break at item b. */
static size_t
line_start(const struct para *p, size_t b)
{
	size_t s = b + 1;

	while (s < p->nit && p->it[s].kind != ITEM_BOX &&
	    !p->it[s].forced)
		s++;
	return s;
}

/* Measure items [s, e) ending at break item e (e == nit: the end). */
static void
measure(const struct para *p, size_t s, size_t e, double *nat, double *st,
    double *sh, size_t *words)
{
	const double *a = p->sum + 4 * s, *b;

	if (e > p->nit)
		e = p->nit;
	b = p->sum + 4 * e;
	*nat = b[0] - a[0];
	*st = b[1] - a[1];
	*sh = b[2] - a[2];
	*words = 1 + (size_t)(b[3] - a[3]);
	if (e < p->nit && p->it[e].kind == ITEM_PENALTY)
		*nat += p->it[e].w - p->it[e].kern;
}

/*
 * Demerits of a line [s, e) broken at e, or DBL_MAX when it cannot be
 * set (too tight).  *ratio gets the glue's adjustment ratio.
 */
static double
demerits(const struct para *p, size_t s, size_t e, double width, enum align a,
    int last, double *ratio, double *natural, double *minw, size_t *words)
{
	double nat, st, sh, slack, r, b, pen = 0;

	measure(p, s, e, &nat, &st, &sh, words);
	*natural = nat;
	*minw = a == ALIGN_JUSTIFY ? nat - sh : nat;
	*ratio = 0;
	slack = width - nat;
	if (e < p->nit && p->it[e].kind == ITEM_PENALTY && !p->it[e].forced)
		pen = p->it[e].penalty;
	if (a != ALIGN_JUSTIFY) {
		/* ragged: the line's end stretches, the spaces do not */
		if (slack < -0.001)
			return *words == 1 ? OVERFULL : DBL_MAX;
		if (last && a != ALIGN_CENTER)
			return 0;
		r = slack / (RAGGED_STRETCH * width);
	} else if (slack >= 0) {
		if (last)
			return pen * pen;
		if (st <= 0 && e < p->nit && p->it[e].emergency) {
			/* a piece of a token too wide for any line: as full
			 * as it can be, like a ragged line */
			b = 100 * pow(slack / (RAGGED_STRETCH * width), 3);
			return (LINE_PENALTY + b) * (LINE_PENALTY + b) +
			    pen * pen;
		}
		if (st <= 0)	/* one word alone: worse than any stretch */
			return LONELY + slack;
		r = slack / st;
	} else {
		/* a last line too shrinks its spaces to the measure, as in
		 * TeX, rather than move a word or take a hyphen */
		if (sh <= 0 || -slack > sh + 0.001)
			return *words == 1 ? OVERFULL : DBL_MAX;
		r = slack / sh;
	}
	*ratio = a == ALIGN_JUSTIFY ? r : 0;
	/* not capped: among bad choices the least bad still wins */
	b = 100 * fabs(r * r * r);
	return (LINE_PENALTY + b) * (LINE_PENALTY + b) + pen * pen;
}

/* Does a line [s, e), e not the last break, fit in width? */
static int
fits_from(const struct para *p, size_t s, size_t e, double width,
    enum align a)
{
	double nat, st, sh;
	size_t words;

	measure(p, s, e, &nat, &st, &sh, &words);
	return (a == ALIGN_JUSTIFY ? nat - sh : nat) <= width + 0.001;
}

/*
 * The farthest start (an item in [seg, e]) of a line ending at break
 * item e, not last, that still fits in width: the lines of a token
 * broken between its glyphs are filled to the edge, so only starts near
 * it need be tried.  The narrowest width only grows as the start moves
 * back: doubling steps back from e, then a binary search, so the cost
 * is the logarithm of the items on a line.
 */
static size_t
fill_start(const struct para *p, size_t seg, size_t e, double width,
    enum align a)
{
	size_t lo, hi = e, step = 1, mid;

	/* hi fits (or is e); find lo that does not, or seg */
	for (;;) {
		lo = e - seg > step ? e - step : seg;
		if (lo == seg || !fits_from(p, lo, e, width, a))
			break;
		hi = lo;
		step *= 2;
	}
	if (lo == seg && fits_from(p, lo, e, width, a))
		return seg;
	/* lo does not fit, hi does (or is e) */
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (fits_from(p, mid, e, width, a))
			hi = mid;
		else
			lo = mid;
	}
	return hi;
}

/* What a pass may break at besides spaces and breaks without a hyphen. */
#define BRK_HYPHEN	1	/* where a hyphen is added */
#define BRK_EMERGENCY	2	/* between two glyphs of a token too wide */

/* A place the DP may break: a glue after a box, a penalty, the end;
 * brk (BRK_*) says which penalties count. */
static int
breakable(const struct para *p, size_t i, int brk)
{
	if (i >= p->nit)
		return 1;
	if (p->it[i].emergency)
		return (brk & BRK_EMERGENCY) != 0;
	if (p->it[i].kind == ITEM_PENALTY)
		return (brk & BRK_HYPHEN) || p->it[i].w == 0;
	return p->it[i].kind == ITEM_GLUE && i > 0 &&
	    p->it[i - 1].kind == ITEM_BOX;
}

/* Line ending at break item brk (nit: the end) that starts after
 * position prev (0: the paragraph's start, k: after item k - 1). */
static void
line_set(const struct para *p, size_t prev, size_t brk, double width,
    enum align a, struct line *ln)
{
	memset(ln, 0, sizeof(*ln));
	ln->s = prev == 0 ? 0 : line_start(p, prev - 1);
	ln->e = brk;
	ln->brk = brk;
	ln->last = brk >= p->nit || p->it[brk].forced;
	ln->hyphen = brk < p->nit && p->it[brk].kind == ITEM_PENALTY &&
	    p->it[brk].w > 0;
	demerits(p, ln->s, ln->e, width, a, ln->last, &ln->ratio, &ln->natural,
	    &ln->minw, &ln->nwords);
}

/* The lines of the cheapest way to the end found by kp_pass, into out;
 * returns its demerits. */
static double
path_lines(const struct para *p, const double *cost, const size_t *from,
    const int *fromh, int maxrun, double width, enum align a,
    struct lines *out)
{
	size_t ns = (size_t)maxrun + 1, pos = p->nit + 1, prev, k;
	int h, ph = 0;
	struct line ln;
	double total;

	for (h = 1; h <= maxrun; h++)
		if (cost[pos * ns + h] < cost[pos * ns + ph])
			ph = h;
	total = cost[pos * ns + ph];
	while (pos > 0) {
		prev = from[pos * ns + ph];
		line_set(p, prev, pos - 1, width, a, &ln);
		if (ln.s < ln.e)
			VEC_PUSH(out->v, out->n, out->cap, ln);
		ph = fromh[pos * ns + ph];
		pos = prev;
	}
	for (k = 0; k < out->n / 2; k++) {
		ln = out->v[k];
		out->v[k] = out->v[out->n - 1 - k];
		out->v[out->n - 1 - k] = ln;
	}
	return total;
}

/*
 * One pass of the line breaker: lines whose spaces would stretch past
 * tol (adjustment ratio) are not considered; at most maxrun hyphenated
 * line ends in a row, or with sat set any number (the state saturates,
 * each still costing DOUBLE_HYPHEN); hy (BRK_*): which penalties may
 * end a line.  Returns the total demerits of the lines stored in out
 * (LONELY or more: a word had to stand alone on a line; OVERFULL or
 * more: one runs past the line).
 *
 * Cost: each break looks back only over the breaks a line can span,
 * nearest first, and stops at the first line too wide to set once a
 * way is found (or after a few such lines); a line ending at an
 * emergency break tries only starts near the farthest that fits.  So a
 * pass is linear in the items times the items a line holds, however
 * long a word is.
 */
static double
kp_pass(const struct para *p, double width, enum align a, double tol,
    int maxrun, int sat, int hy, struct lines *out)
{
	/* state (break position b, hyphen run h): cost, where it came from */
	size_t nb = p->nit + 2, b, i, s, words, seg = 0, k, wide;
	double *cost, ratio, nat, minw, dm, d;
	size_t *from, *cand, ncand = 0, j, top = 0;
	int *fromh, h, hh, flagged, prevflag, found;
	double total;
	size_t ns = (size_t)maxrun + 1;	/* hyphen-run states per place */

	out->n = 0;
	if (p->nit == 0)
		return 0;
	cost = xmalloc(nb * ns * sizeof(*cost));
	from = xmalloc(nb * ns * sizeof(*from));
	fromh = xmalloc(nb * ns * sizeof(*fromh));
	for (k = 0; k < nb * ns; k++) {
		cost[k] = DBL_MAX;
		from[k] = 0;
		fromh[k] = 0;
	}
	/* the states a line can start from, ascending: the start, and
	 * after each place the pass may break (a forced break among them,
	 * so every seg is one) */
	cand = xmalloc(nb * sizeof(*cand));
	cand[ncand++] = 0;
	for (k = 0; k <= p->nit; k++)
		if (breakable(p, k, hy))
			cand[ncand++] = k + 1;
	/* position 0 stands for "before the first item" */
	cost[0] = 0;
	for (b = 0; b <= p->nit; b++) {
		int last;

		if (!breakable(p, b, hy))
			continue;
		last = b == p->nit || p->it[b].forced;
		flagged = b < p->nit && p->it[b].flagged;
		found = 0;
		wide = 0;
		/* earlier states, nearest first: i = 0 is the start, i = a + 1
		 * a break at item a; none before the last forced break */
		i = b + 1;
		if (b < p->nit && p->it[b].emergency) {
			k = fill_start(p, seg, b, width, a) + FILL_ITEMS;
			if (k < i)
				i = k;
		}
		/* the starts in [seg, i), nearest first */
		while (top < ncand && cand[top] <= b)
			top++;
		for (j = top; j > 0 && cand[j - 1] >= i; j--)
			;
		while (j-- > 0 && (i = cand[j]) >= seg) {
			s = i == 0 ? 0 : line_start(p, i - 1);
			if (s >= b) {
				if (last && cost[i * ns] != DBL_MAX &&
				    cost[i * ns] < cost[(b + 1) * ns]) {
					/* nothing left for a last line */
					cost[(b + 1) * ns] = cost[i * ns];
					from[(b + 1) * ns] = i;
					fromh[(b + 1) * ns] = 0;
					found = 1;
				}
				continue;
			}
			dm = demerits(p, s, b, width, a, last, &ratio, &nat,
			    &minw, &words);
			if (dm != DBL_MAX && dm < LONELY && ratio > tol)
				dm = DBL_MAX;	/* too loose for this pass */
			prevflag = i > 0 && p->it[i - 1].kind == ITEM_PENALTY &&
			    p->it[i - 1].flagged;
			for (h = 0; dm != DBL_MAX && h <= maxrun; h++) {
				if (cost[i * ns + h] == DBL_MAX)
					continue;
				hh = flagged ? h + 1 : 0;
				if (hh > maxrun && !sat)
					continue;
				if (hh > maxrun)
					hh = maxrun;
				d = cost[i * ns + h] + dm +
				    (flagged && prevflag ? DOUBLE_HYPHEN : 0);
				found = 1;
				if (d < cost[(b + 1) * ns + hh]) {
					cost[(b + 1) * ns + hh] = d;
					from[(b + 1) * ns + hh] = i;
					fromh[(b + 1) * ns + hh] = h;
				}
			}
			/* earlier starts only make the line wider */
			if (minw > width + 0.001 && (words > 1 || found ||
			    ++wide > ns + 1))
				break;
		}
		if (last) {
			/* a forced break: every line after starts here */
			for (h = 1; h <= maxrun; h++)
				if (cost[(b + 1) * ns + h] < cost[(b + 1) * ns])
					cost[(b + 1) * ns] =
					    cost[(b + 1) * ns + h];
			if (cost[(b + 1) * ns] == DBL_MAX) {
				/* nothing fits: the whole stretch as one line */
				cost[(b + 1) * ns] = OVERFULL * 1e3;
				from[(b + 1) * ns] = seg;
			}
			seg = b + 1;
		}
	}
	total = path_lines(p, cost, from, fromh, maxrun, width, a, out);
	free(cand);
	free(cost);
	free(from);
	free(fromh);
	return total;
}

/*
 * Does every stretch between forced breaks fit on one line?  Then one
 * line each is the best choice in every alignment (any other adds a
 * line, and demerits), set into out without a search: a label or a
 * factor measured on a line a million points wide costs linear time.
 */
static int
segment_lines(const struct para *p, double width, enum align a,
    struct lines *out)
{
	size_t i, prev = 0;
	struct line ln;

	for (i = 0; i <= p->nit; i++) {
		if (i < p->nit && !p->it[i].forced)
			continue;
		if (p->sum[4 * i] - p->sum[4 * prev] > width + 0.001)
			return 0;
		prev = i;
	}
	for (i = 0, prev = 0; i <= p->nit; i++) {
		if (i < p->nit && !p->it[i].forced)
			continue;
		line_set(p, prev, i, width, a, &ln);
		if (ln.s < ln.e)
			VEC_PUSH(out->v, out->n, out->cap, ln);
		prev = i + 1;
	}
	return 1;
}

/* Has p emergency break points (from an earlier para_break)? */
static int
para_has_emergency(const struct para *p)
{
	size_t i;

	for (i = 0; i < p->nit; i++)
		if (p->it[i].emergency)
			return 1;
	return 0;
}

/* para_break's search; 0 when it had to change p's items. */
static int
para_search(struct lctx *c, struct para *p, double width, enum align a,
    struct lines *out)
{
	/* centred lines (titles) unhyphenated while they can be */
	int hy = a != ALIGN_CENTER ? BRK_HYPHEN : 0;

	if (segment_lines(p, width, a, out))
		return 1;
	/* first only lines whose spaces stay within twice their width, with
	 * at most two hyphens in a row; when the paragraph cannot be set
	 * so, anything that fits; then as many hyphens in a row as a long
	 * word in a narrow column needs, in centred lines too; last, break
	 * points between the glyphs of every token wider than the line */
	if (a == ALIGN_JUSTIFY && kp_pass(p, width, a, TOLERANCE,
	    MAX_HYPHEN_RUN, 0, hy, out) < LONELY)
		return 1;
	if (kp_pass(p, width, a, INFINITY, MAX_HYPHEN_RUN, 0, hy, out) <
	    OVERFULL)
		return 1;
	if (kp_pass(p, width, a, INFINITY, MAX_HYPHEN_RUN, 1, hy, out) <
	    OVERFULL)
		return 1;
	if (!hy && kp_pass(p, width, a, INFINITY, MAX_HYPHEN_RUN, 1,
	    BRK_HYPHEN, out) < OVERFULL)
		return 1;
	/* a paragraph broken before may have emergency breaks already */
	if (para_split_wide(c, p, width) > 0) {
		kp_pass(p, width, a, INFINITY, MAX_HYPHEN_RUN, 1,
		    BRK_HYPHEN | BRK_EMERGENCY, out);
		return 0;
	}
	if (para_has_emergency(p))
		kp_pass(p, width, a, INFINITY, MAX_HYPHEN_RUN, 1,
		    BRK_HYPHEN | BRK_EMERGENCY, out);
	return 1;
}

void
para_break(struct lctx *c, struct para *p, double width, enum align a,
    struct lines *out)
{
	out->n = 0;
	if (p->nit == 0)
		return;
	/* the lines of the same items before; a search that changed the
	 * items is not kept (the next one starts from the items unsplit) */
	if (c->pc != NULL && paracache_break_get(c->pc, p, width, a, out))
		return;
	if (para_search(c, p, width, a, out) && c->pc != NULL)
		paracache_break_put(c->pc, out);
}

/* The words of a line as plain text, for messages and the dump. */
static char *
line_text(const struct para *p, const struct line *ln)
{
	size_t i, n = ln->hyphen, k = 0;
	char *t;

	/* measured first, then copied: one allocation */
	for (i = ln->s; i < ln->e && i < p->nit; i++)
		if (p->it[i].kind == ITEM_BOX)
			n += p->f[p->it[i].frag].len;
		else if (p->it[i].kind == ITEM_GLUE)
			n++;
	t = xmalloc(n + 1);
	for (i = ln->s; i < ln->e && i < p->nit; i++)
		if (p->it[i].kind == ITEM_BOX) {
			memcpy(t + k, p->f[p->it[i].frag].s,
			    p->f[p->it[i].frag].len);
			k += p->f[p->it[i].frag].len;
		} else if (p->it[i].kind == ITEM_GLUE)
			t[k++] = ' ';
	if (ln->hyphen)
		t[k++] = '-';
	t[k] = '\0';
	return t;
}

/* s, cut in place to at most QUOTE_MAX characters for a message, ending
 * in "..." where it was cut. */
#define QUOTE_MAX	60

static char *
quote_cut(char *s)
{
	size_t i = 0, n = 0, len = strlen(s), k;
	uint32_t cp;

	while (i < len && n < QUOTE_MAX - 3) {
		k = utf8_decode(s + i, len - i, &cp);
		i += k ? k : 1;
		n++;
	}
	if (utf8_length(s, len) > QUOTE_MAX)
		memcpy(s + i, "...", 4);
	return s;
}

/*
 * Warn once per token about a line that ends at an emergency break
 * inside it: when the token starts on this line (or the line follows
 * no emergency break), at the token's first character.
 */
static void
warn_emergency(struct lctx *c, const struct para *p, const struct line *ln)
{
	struct naskah_buf b = { NULL, 0, 0 };
	size_t i = ln->brk, start;
	struct naskah_pos pos = { 0, 0, NULL };
	char *txt;

	if (ln->brk >= p->nit || !p->it[ln->brk].emergency)
		return;
	if (ln->s > 0 && p->it[ln->s - 1].emergency &&
	    p->sum[4 * ln->brk + 3] == p->sum[4 * ln->s + 3])
		return;	/* the token's first break was warned about */
	while (i > ln->s && p->it[i - 1].kind != ITEM_GLUE)
		i--;
	while (i < ln->brk && p->it[i].kind != ITEM_BOX)
		i++;
	start = i;
	/* the token's text, up to its end or a little past QUOTE_MAX */
	for (; i < p->nit && p->it[i].kind != ITEM_GLUE &&
	    !p->it[i].forced && b.len < 4 * QUOTE_MAX; i++)
		if (p->it[i].kind == ITEM_BOX)
			buf_add(&b, p->f[p->it[i].frag].s,
			    p->f[p->it[i].frag].len);
	txt = quote_cut(buf_take(&b));
	if (p->src != NULL)
		pos = naskah_text_pos(p->src,
		    p->f[p->it[start].frag].src);
	naskah_diag(c->d, SEV_WARNING, pos, MSG_EMERGENCY, txt);
	free(txt);
}

/* Glyphs in s[0..len). */
static size_t
glyphs(const char *s, size_t len)
{
	return utf8_length(s, len);
}

/* Stretch of all glue on a line. */
static double
glue_stretch(const struct para *p, const struct line *ln)
{
	double st = 0;
	size_t i;

	for (i = ln->s; i < ln->e && i < p->nit; i++)
		if (p->it[i].kind == ITEM_GLUE)
			st += p->it[i].stretch;
	return st;
}

/*
 * Letter spacing for a justified line whose spaces would stretch past
 * TOLERANCE times their width: enough to bring them back to it, at most
 * MAX_TRACKING em.  Updates *r to the ratio of the spaces as seen
 * (the glue plus the letter spacing before it).
 */
static double
tracking(const struct para *p, const struct line *ln, double *r)
{
	double st = 0, w = 0, tc, excess;
	size_t i, n = 0, words = 0;

	for (i = ln->s; i < ln->e && i < p->nit; i++)
		if (p->it[i].kind == ITEM_GLUE) {
			st += p->it[i].stretch;
			w += p->it[i].w;
		} else if (p->it[i].kind == ITEM_BOX) {
			n += glyphs(p->f[p->it[i].frag].s,
			    p->f[p->it[i].frag].len);
			if (i == ln->s || p->it[i - 1].kind == ITEM_GLUE)
				words++;
		}
	n += ln->hyphen;
	/* glue now: w + r * st; allowed: w * TOLERANCE.  The spacing after
	 * a word's last glyph widens the space that follows, so only the
	 * n - words gaps inside words take up the excess. */
	excess = w + *r * st - w * TOLERANCE;
	if (excess <= 0 || n <= words || st <= 0)
		return 0;
	tc = excess / (double)(n - words);
	if (tc > MAX_TRACKING * p->size)
		tc = MAX_TRACKING * p->size;
	*r -= tc * (double)(n - 1) / st;
	/* as seen: each space also has the letter spacing before it */
	*r += tc * (double)(words - 1) / st;
	return tc;
}

double
para_emit(struct lctx *c, const struct para *p, const struct line *ln,
    double x, double width, enum align a, double y, struct vitem *it)
{
	double pos, gap = 0, spacing = 1, total, r = ln->ratio, tc = 0;
	/* a last line is justified only when it is set shrunk */
	int just = a == ALIGN_JUSTIFY && ln->nwords > 1 &&
	    (!ln->last || ln->natural > width);
	size_t i, j, q;
	char *txt = NULL;

	warn_emergency(c, p, ln);
	if (ln->minw > width + 0.01) {
		txt = quote_cut(line_text(p, ln));
		naskah_diag(c->d, SEV_WARNING, p->src ? naskah_text_pos(
		    p->src, 0) : (struct naskah_pos){ 0, 0, NULL }, MSG_OVERFULL,
		    ln->natural - width, txt);
		c->out->stats.overfull++;
		free(txt);
		txt = NULL;
	}
	total = ln->natural;
	switch (a) {
	case ALIGN_JUSTIFY:
		if (just) {
			double seen = r;

			total = width;
			if (r > 0) {
				tc = tracking(p, ln, &seen);
				if (tc > 0)	/* the glue itself */
					r = seen - tc * (double)(ln->nwords -
					    1) / glue_stretch(p, ln);
			}
			spacing = seen >= 0 ? 1 + seen / 2 : 1 + seen / 3;
			c->out->stats.lines++;
			if (spacing > c->out->stats.max_ratio)
				c->out->stats.max_ratio = spacing;
		}
		pos = x;
		break;
	case ALIGN_CENTER:
		pos = x + (width - ln->natural) / 2;
		break;
	case ALIGN_RIGHT:
		pos = x + width - ln->natural;
		break;
	default:
		pos = x;
		break;
	}
	if (ln->hyphen)
		c->out->stats.hyphens++;
	/* the line as one record for the dump (not drawn) */
	{
		struct naskah_box lb;

		txt = line_text(p, ln);
		memset(&lb, 0, sizeof(lb));
		lb.kind = BOX_LINE;
		lb.x = pos;
		lb.y = y;
		lb.x2 = pos + total;
		lb.y2 = y;
		lb.size = p->size;
		lb.ratio = spacing;
		lb.hyphen = ln->hyphen;
		lb.tracking = tc;
		lb.text = txt;
		VEC_PUSH(it->box, it->nbox, it->cap, lb);
	}
	for (i = ln->s; i < ln->e && i < p->nit; i++) {
		const struct item *t = &p->it[i];

		if (t->kind == ITEM_GLUE) {
			if (just)
				gap = r >= 0 ? t->stretch * r : t->shrink * r;
			pos += t->w + gap;
			continue;
		}
		if (t->kind != ITEM_BOX)
			continue;
		/* adjacent boxes in one face make one run */
		for (j = i;; j = q) {
			/* the next box, past break points not taken */
			for (q = j + 1; q < ln->e && p->it[q].kind ==
			    ITEM_PENALTY && !p->it[q].forced; q++)
				;
			if (q >= ln->e || p->it[q].kind != ITEM_BOX ||
			    p->f[p->it[q].frag].face != p->f[t->frag].face ||
			    p->f[p->it[q].frag].s != p->f[p->it[j].frag].s +
			    p->f[p->it[j].frag].len)
				break;
		}
		{
			const struct frag *f0 = &p->f[t->frag];
			const struct frag *f1 = &p->f[p->it[j].frag];
			size_t len = (size_t)(f1->s + f1->len - f0->s);

			if (f0->len == 0 && i == j)	/* an indent */
				pos += t->w;
			else
				pos = emit_kerned(c, it, pos, y, f0->face,
				    p->size, tc, f0->s, len);
		}
		i = j;
	}
	if (ln->hyphen) {
		const struct item *t = &p->it[ln->brk];

		vi_text(it, pos, y, t->face, p->size, "-", 1, t->w);
	}
	return total;
}
