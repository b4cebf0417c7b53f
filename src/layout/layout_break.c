/* SPDX-License-Identifier: ISC */
/*
 * layout_break.c - paragraphs, broken.  The breaks of a paragraph built
 * by layout_text.c are chosen for the whole paragraph at once
 * (Knuth-Plass: least total demerits, with TeX's fitness classes and
 * adjacent-line, double- and final-hyphen demerits), in passes as TeX's:
 * first without hyphens, then with hyphens outside names, then with
 * names and codes broken, then whatever fits.  A justified line counts
 * as stretch and shrink its spaces and, as pdfTeX's font expansion, its
 * glyphs scaled by up to the template's susun.ekspansi; a line may end
 * past its measure by what its last glyph hangs into the margin.  The
 * lines chosen are set by layout_set.c.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout/layout_int.h"
#include "base/xalloc.h"

/* Knuth-Plass constants (TeX's defaults where TeX has one). */
#define LINE_PENALTY	10	/* \linepenalty */
#define DOUBLE_HYPHEN	10000	/* \doublehyphendemerits */
#define FINAL_HYPHEN	5000	/* \finalhyphendemerits */
#define RUNT		5000	/* a paragraph's last line, after
				   others, one short word (a runt) */
#define RUNT_SHARE	0.15	/* short: under this share of the
				   measure */
#define ADJ_STEP	10000	/* demerits of neighbours a fitness
				   class (a quarter of a ratio) apart,
				   times the classes squared: TeX's
				   \adjdemerits already for one class;
				   make quality's mean change between
				   neighbouring lines of the decree
				   0.18 -> 0.14 (it was 3000) */
#define MAX_HYPHEN_RUN	2	/* hyphenated line ends in a row, in the
				   passes that allow more than one */
#define LONELY		1e20	/* demerits: a word alone on a line */
#define OVERFULL	1e30	/* demerits: a word wider than the line */
#define GLYPH_BADNESS	10	/* badness of glyphs at their most
				   expansion (spaces at 1x: none) */
#define RAGGED_STRETCH	0.2	/* ragged lines: stretch, share of width */
#define FIT_ITEMS	40000	/* fitness classes only in paragraphs of
				   at most this many items */
#define FILL_ITEMS	8	/* a line ending at an emergency break
				   starts within this many items of the
				   farthest start that fits */
/* Adjustment ratios the passes accept (a space stretches by half its
 * width at ratio 1; the order of the passes is the table's, above
 * para_search): spaces within 1.47 times their width, pdflatex's widest
 * on the reference decree; within 1.49, under the 1.5 that issue 13
 * counts as loose; TeX's \tolerance 200 (badness about 100 r^3, spaces
 * 1.63 times); twice their width. */
#define TIGHT		0.94
#define LOOSE		0.98
#define HY_TOLERANCE	1.26
#define TOLERANCE	2.0

/* Fitness classes of a justified line, by its ratio r: TeX's four,
 * each cut in two, so that neighbouring lines are kept alike finely. */
enum fitness {
	FIT_TIGHTEST = 0,	/* r < -0.875 */
	FIT_DECENT = 4,		/* -0.125 <= r < 0.125; also ragged, last */
	FIT_LOOSEST = 8,	/* r >= 0.875 */
	FIT__MAX
};

/* What one search sets: the paragraph, its measure and alignment. */
struct brk {
	const struct para *p;
	double		 width;
	enum align	 a;		/* ALIGN_LEFT for a caps paragraph */
	double		 ex;		/* glyph expansion, share of width
					   (justified lines; else 0) */
	int		 balance;	/* ragged: the last line counts too */
};

/* A line's measures. */
struct meas {
	double		 nat;		/* natural width, hyphen included */
	double		 st, sh;	/* its glue's stretch and shrink */
	double		 xs;		/* its glyphs' stretch (= shrink) */
	double		 room;		/* the measure plus the hang */
	double		 minw;		/* width at the most shrink */
	size_t		 words;
};

static enum fitness
fitness(double r)
{
	double c = floor(r * 4 + 0.5) + FIT_DECENT;

	return c < FIT_TIGHTEST ? FIT_TIGHTEST : c > FIT_LOOSEST ?
	    FIT_LOOSEST : (enum fitness)c;
}

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
measure(const struct brk *k, size_t s, size_t e, struct meas *m)
{
	const struct para *p = k->p;
	const double *a = p->sum + SUMS * s, *b;

	if (e > p->nit)
		e = p->nit;
	b = p->sum + SUMS * e;
	m->nat = b[0] - a[0];
	m->st = b[1] - a[1];
	m->sh = b[2] - a[2];
	m->words = 1 + (size_t)(b[3] - a[3]);
	/* the boxes' width: all less the glue's; a line without spaces is
	 * not justified (layout_set.c), its glyphs not scaled */
	m->xs = m->words > 1 ? k->ex * (m->nat - (b[4] - a[4])) : 0;
	m->room = k->width;
	if (e < p->nit) {
		if (p->it[e].kind == ITEM_PENALTY)
			m->nat += p->it[e].w - p->it[e].kern;
		m->room += p->it[e].hang;
	}
	m->minw = k->a == ALIGN_JUSTIFY ? m->nat - m->sh - m->xs : m->nat;
}

/*
 * Demerits of a line [s, e) broken at e, or DBL_MAX when it cannot be
 * set (too tight).  *ratio gets the adjustment ratio of its spaces and
 * glyphs together.
 */
static double
demerits(const struct brk *k, size_t s, size_t e, int last, double *ratio,
    struct meas *m)
{
	const struct para *p = k->p;
	double slack, r, b, pen = 0, rx = 0;

	measure(k, s, e, m);
	*ratio = 0;
	slack = m->room - m->nat;
	if (e < p->nit && p->it[e].kind == ITEM_PENALTY && !p->it[e].forced)
		pen = p->it[e].penalty;
	if (k->a != ALIGN_JUSTIFY) {
		/* ragged: the line's end stretches, the spaces do not */
		if (slack < -0.001)
			return m->words == 1 ? OVERFULL : DBL_MAX;
		if (last && !k->balance)
			return 0;
		r = slack / (RAGGED_STRETCH * k->width);
	} else if (slack >= 0) {
		if (last)
			return pen * pen + (s > 0 && m->words == 1 &&
			    m->nat < RUNT_SHARE * k->width ? RUNT : 0);
		if (m->st <= 0 && e < p->nit && p->it[e].emergency) {
			/* a piece of a token too wide for any line: as full
			 * as it can be, like a ragged line */
			b = 100 * pow(slack / (RAGGED_STRETCH * k->width), 3);
			return (LINE_PENALTY + b) * (LINE_PENALTY + b) +
			    pen * pen;
		}
		if (m->words == 1)	/* alone: worse than any stretch */
			return LONELY + slack;
		/* the glyphs first (as layout_set.c sets them), the glue
		 * with the rest: r is the glue's, what the eye sees */
		rx = m->xs > 0 ? fmin(1, slack / m->xs) : 0;
		r = (slack - rx * m->xs) / m->st;
	} else {
		/* a last line too shrinks to the measure, as in TeX, rather
		 * than move a word or take a hyphen */
		rx = m->xs > 0 ? fmax(-1, slack / m->xs) : 0;
		if (m->sh <= 0 && slack - rx * m->xs < -0.001)
			return m->words == 1 ? OVERFULL : DBL_MAX;
		r = m->sh > 0 ? (slack - rx * m->xs) / m->sh : 0;
		if (r < -1 - 0.001 / m->sh)
			return m->words == 1 ? OVERFULL : DBL_MAX;
	}
	*ratio = k->a == ALIGN_JUSTIFY ? r : 0;
	/* not capped: among bad choices the least bad still wins; scaled
	 * glyphs cost a little, so that they are not used for nothing */
	b = 100 * fabs(r * r * r) + GLYPH_BADNESS * fabs(rx * rx * rx);
	return (LINE_PENALTY + b) * (LINE_PENALTY + b) + pen * pen;
}

/* Does a line [s, e), e not the last break, fit? */
static int
fits_from(const struct brk *k, size_t s, size_t e)
{
	struct meas m;

	measure(k, s, e, &m);
	return m.minw <= m.room + 0.001;
}

/*
 * The farthest start (an item in [seg, e]) of a line ending at break
 * item e, not last, that still fits: the lines of a token broken
 * between its glyphs are filled to the edge, so only starts near it
 * need be tried.  The narrowest width only grows as the start moves
 * back: doubling steps back from e, then a binary search, so the cost
 * is the logarithm of the items on a line.
 */
static size_t
fill_start(const struct brk *k, size_t seg, size_t e)
{
	size_t lo, hi = e, step = 1, mid;

	/* hi fits (or is e); find lo that does not, or seg */
	for (;;) {
		lo = e - seg > step ? e - step : seg;
		if (lo == seg || !fits_from(k, lo, e))
			break;
		hi = lo;
		step *= 2;
	}
	if (lo == seg && fits_from(k, lo, e))
		return seg;
	/* lo does not fit, hi does (or is e) */
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (fits_from(k, mid, e))
			hi = mid;
		else
			lo = mid;
	}
	return hi;
}

/* A place the DP may break: a glue after a box, a penalty whose need
 * brk (BRK_*) allows, the end. */
static int
breakable(const struct para *p, size_t i, unsigned brk)
{
	if (i >= p->nit)
		return 1;
	if (p->it[i].kind == ITEM_PENALTY)
		return (p->it[i].need & ~brk) == 0;
	return p->it[i].kind == ITEM_GLUE && i > 0 &&
	    p->it[i - 1].kind == ITEM_BOX;
}

/* Line ending at break item brk (nit: the end) that starts after
 * position prev (0: the paragraph's start, k: after item k - 1). */
static void
line_set(const struct brk *k, size_t prev, size_t brk, struct line *ln)
{
	const struct para *p = k->p;
	struct meas m;

	memset(ln, 0, sizeof(*ln));
	ln->s = prev == 0 ? 0 : line_start(p, prev - 1);
	ln->e = brk;
	ln->brk = brk;
	ln->last = brk >= p->nit || p->it[brk].forced;
	ln->hyphen = brk < p->nit && p->it[brk].kind == ITEM_PENALTY &&
	    p->it[brk].w > 0;
	demerits(k, ln->s, ln->e, ln->last, &ln->ratio, &m);
	ln->natural = m.nat;
	ln->minw = m.minw;
	ln->nwords = m.words;
	ln->hang = m.room - k->width;
}

/*
 * The tables of one pass: for each place (0: before the first item,
 * b + 1: after a break at item b) and state (hyphen run h, fitness f
 * of the line ending there, as h * nfit + f) the least demerits of
 * a way there and where it came from.
 */
struct dp {
	size_t		 nfit;		/* fitness classes: FIT__MAX, or 1
					   where they do not count */
	size_t		 decent;	/* the class of a fresh start */
	size_t		 ns;		/* states per place */
	int		 maxrun, sat;
	double		*cost;
	size_t		*from;
	unsigned char	*fromq;		/* the state it came from */
	uint32_t	*live;		/* per place: its states reached */
};

/* The states of a place fit the bits of a uint32_t. */
typedef char states_fit[FIT__MAX * (MAX_HYPHEN_RUN + 1) <= 32 ? 1 : -1];

/* The lowest bit set of m (not 0). */
static size_t
lowest(uint32_t m)
{
	size_t q = 0;

	for (; (m & 1) == 0; m >>= 1)
		q++;
	return q;
}

/* Keep d as the cost of state q at place b1 if it is less. */
static int
dp_keep(struct dp *t, size_t b1, size_t q, double d, size_t from,
    size_t fromq)
{
	size_t x = b1 * t->ns + q;

	/* a state not reached has no cost written yet */
	if ((t->live[b1] >> q & 1) && d >= t->cost[x])
		return 0;
	t->cost[x] = d;
	t->from[x] = from;
	t->fromq[x] = (unsigned char)fromq;
	t->live[b1] |= (uint32_t)1 << q;
	return 1;
}

/* The line from place i to break b (flagged: ends in a hyphen; last:
 * the paragraph's or before a forced break) of demerits dm and fitness
 * fl, after each state at i.  Returns whether any state was reached. */
static int
dp_line(struct dp *t, const struct para *p, size_t i, size_t b, int last,
    double dm, enum fitness fl)
{
	int flagged = b < p->nit && p->it[b].flagged;
	int prevflag = i > 0 && p->it[i - 1].kind == ITEM_PENALTY &&
	    p->it[i - 1].flagged;
	int first = i == 0 || p->it[i - 1].forced;
	size_t q, h, hh;
	double d;
	int found = 0, dc;
	uint32_t m;

	for (m = t->live[i]; m != 0; m &= m - 1) {
		q = lowest(m);
		h = q / t->nfit;
		hh = flagged ? h + 1 : 0;
		if (hh > (size_t)t->maxrun && !t->sat)
			continue;
		if (hh > (size_t)t->maxrun)
			hh = (size_t)t->maxrun;
		d = t->cost[i * t->ns + q] + dm;
		if (flagged && prevflag)
			d += DOUBLE_HYPHEN;
		if (last && prevflag)
			d += FINAL_HYPHEN;
		/* a first line has no line before it; a last line is
		 * ragged: only a line before it looser than its natural
		 * spaces stands out */
		dc = (int)(q % t->nfit) - (int)fl;
		dc = first ? 0 : last ? (dc > 0 ? dc : 0) : abs(dc);
		d += ADJ_STEP * dc * dc;
		found = 1;
		dp_keep(t, b + 1, hh * t->nfit + fl, d, i, q);
	}
	return found;
}

/* The least-cost state at place b1, or ns when none is reached. */
static size_t
dp_best(const struct dp *t, size_t b1)
{
	size_t q, best = t->ns;
	uint32_t m;

	for (m = t->live[b1]; m != 0; m &= m - 1) {
		q = lowest(m);
		if (best == t->ns ||
		    t->cost[b1 * t->ns + q] < t->cost[b1 * t->ns + best])
			best = q;
	}
	return best;
}

/* The lines of the cheapest way to the end, into out; returns its
 * demerits. */
static double
dp_lines(const struct dp *t, const struct brk *k, struct lines *out)
{
	size_t pos = k->p->nit + 1, prev, q, i;
	struct line ln;
	double total;

	if ((q = dp_best(t, pos)) == t->ns)
		return OVERFULL * 1e6;
	total = t->cost[pos * t->ns + q];
	while (pos > 0) {
		prev = t->from[pos * t->ns + q];
		line_set(k, prev, pos - 1, &ln);
		if (ln.s < ln.e)
			VEC_PUSH(out->v, out->n, out->cap, ln);
		q = t->fromq[pos * t->ns + q];
		pos = prev;
	}
	for (i = 0; i < out->n / 2; i++) {
		ln = out->v[i];
		out->v[i] = out->v[out->n - 1 - i];
		out->v[out->n - 1 - i] = ln;
	}
	return total;
}

/* After a forced break at b every line starts afresh: the best state
 * there becomes the only one, (no hyphen run, decent). */
static void
dp_forced(struct dp *t, size_t b, size_t seg)
{
	size_t q = dp_best(t, b + 1), x = (b + 1) * t->ns;
	double d = q < t->ns ? t->cost[x + q] : OVERFULL * 1e3;
	size_t from = q < t->ns ? t->from[x + q] : seg;
	unsigned char fq = q < t->ns ? t->fromq[x + q] : t->decent;

	/* nothing fits: the whole stretch as one line */
	t->live[b + 1] = (uint32_t)1 << t->decent;
	t->cost[x + t->decent] = d;
	t->from[x + t->decent] = from;
	t->fromq[x + t->decent] = fq;
}

/* Is the line from place i to break b, not the last, looser than tol
 * (or one word, which such a pass does not take either)? */
static int
too_loose(const struct brk *k, size_t i, size_t b, double tol)
{
	struct meas m;
	size_t s = i == 0 ? 0 : line_start(k->p, i - 1);

	if (s >= b)
		return 1;
	measure(k, s, b, &m);
	return m.words == 1 || m.room - m.nat - m.xs > tol * m.st + 1e-9;
}

/*
 * Of the places cand[0..j) (ascending), those from seg on, the count
 * that remain once the nearest, whose lines to break b are all looser
 * than tol, are dropped: a line only grows tighter as its start moves
 * back, so a binary search finds where they end.
 */
static size_t
past_loose(const struct brk *k, const size_t *cand, size_t j, size_t seg,
    size_t b, double tol)
{
	size_t lo = 0, hi = j, mid;

	while (lo < hi) {	/* the first of cand[0..j) at or after seg */
		mid = lo + (hi - lo) / 2;
		if (cand[mid] < seg)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* cand[lo..j): find the first index whose line is too loose */
	hi = j;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (too_loose(k, cand[mid], b, tol))
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/*
 * In a pass that takes no line but within its tolerance: is every place
 * from break b on out of reach?  *reach is the last place reached; when
 * b's is not and the line from *reach to b is an em wider than any room
 * (a later line from there only grows, past a hyphen's width or a
 * hang), no later line can start from a place reached.
 */
static int
beyond(const struct brk *k, const struct dp *t, size_t *reach, size_t b)
{
	struct meas m;
	size_t s;

	if (t->live[b + 1] != 0) {
		*reach = b + 1;
		return 0;
	}
	s = *reach == 0 ? 0 : line_start(k->p, *reach - 1);
	if (s >= b)
		return 0;
	measure(k, s, b, &m);
	return m.minw > m.room + k->p->size;
}

/*
 * One pass of the line breaker: lines whose adjustment ratio passes
 * tol are not considered; at most maxrun hyphenated line ends in a
 * row, or with sat set any number (the state saturates, each still
 * costing DOUBLE_HYPHEN); hy (BRK_*): which penalties may end a line.
 * Returns the total demerits of the lines stored in out (LONELY or
 * more: a word had to stand alone on a line; OVERFULL or more: one
 * runs past the line).  With a tolerance, no word stands alone and the
 * pass stops, returning LONELY, where no way goes on.
 *
 * Cost: each break looks back only over the breaks a line can span,
 * nearest first, and stops at the first line too wide to set once a
 * way is found (or after a few such lines); a line ending at an
 * emergency break tries only starts near the farthest that fits.  So a
 * pass is linear in the items times the items a line holds (times the
 * fitness classes and hyphen runs), however long a word is.  The
 * classes count only where a tolerance keeps the lines justified well:
 * a pass that takes any line, and a paragraph of more than FIT_ITEMS
 * items (a page of text has a few thousand), have one, so that a huge
 * paragraph costs no more memory than without them.
 */
static double
kp_pass(const struct brk *k, double tol, int maxrun, int sat, unsigned hy,
    struct lines *out)
{
	const struct para *p = k->p;
	size_t nb = p->nit + 2, b, i, s, seg = 0, n, wide, *cand, ncand = 0;
	size_t j, top = 0;
	struct dp t;
	struct meas m;
	double dm, ratio, total;
	int last, found, strict = tol < INFINITY;
	size_t reach = 0;
	enum fitness fl;

	out->n = 0;
	if (p->nit == 0)
		return 0;
	t.nfit = k->a == ALIGN_JUSTIFY && tol < INFINITY &&
	    p->nit <= FIT_ITEMS ? FIT__MAX : 1;
	t.decent = t.nfit > 1 ? FIT_DECENT : 0;
	t.ns = (size_t)(maxrun + 1) * t.nfit;
	t.maxrun = maxrun;
	t.sat = sat;
	/* only the states live marks are read: the rest is not cleared */
	t.cost = xmalloc(nb * t.ns * sizeof(*t.cost));
	t.from = xmalloc(nb * t.ns * sizeof(*t.from));
	t.fromq = xmalloc(nb * t.ns * sizeof(*t.fromq));
	t.live = xcalloc(nb, sizeof(*t.live));
	/* the places a line can start from, ascending: the start, and
	 * after each place the pass may break (a forced break among them,
	 * so every seg is one) */
	cand = xmalloc(nb * sizeof(*cand));
	cand[ncand++] = 0;
	for (n = 0; n <= p->nit; n++)
		if (breakable(p, n, hy))
			cand[ncand++] = n + 1;
	t.cost[t.decent] = 0;
	t.live[0] = (uint32_t)1 << t.decent;
	for (b = 0; b <= p->nit; b++) {
		if (!breakable(p, b, hy))
			continue;
		last = b == p->nit || p->it[b].forced;
		found = 0;
		wide = 0;
		/* earlier places, nearest first: i = 0 is the start, i = a + 1
		 * a break at item a; none before the last forced break */
		i = b + 1;
		if (b < p->nit && p->it[b].emergency) {
			n = fill_start(k, seg, b) + FILL_ITEMS;
			if (n < i)
				i = n;
		}
		while (top < ncand && cand[top] <= b)
			top++;
		for (j = top; j > 0 && cand[j - 1] >= i; j--)
			;
		if (strict && !last && k->a == ALIGN_JUSTIFY)
			j = past_loose(k, cand, j, seg, b, tol);
		while (j-- > 0 && (i = cand[j]) >= seg) {
			s = i == 0 ? 0 : line_start(p, i - 1);
			if (s >= b) {
				/* nothing left for a last line */
				if (last && (n = dp_best(&t, i)) < t.ns)
					found |= dp_keep(&t, b + 1, n,
					    t.cost[i * t.ns + n], i, n);
				continue;
			}
			dm = demerits(k, s, b, last, &ratio, &m);
			if (dm != DBL_MAX && dm < LONELY && ratio > tol)
				dm = DBL_MAX;	/* too loose for this pass */
			if (strict && dm >= LONELY)
				dm = DBL_MAX;
			fl = k->a == ALIGN_JUSTIFY && !last && dm < LONELY ?
			    fitness(ratio) : FIT_DECENT;
			if (t.nfit == 1)
				fl = 0;
			if (dm != DBL_MAX)
				found |= dp_line(&t, p, i, b, last, dm, fl);
			/* earlier starts only make the line wider */
			if (m.minw > m.room + 0.001 && (m.words > 1 || found ||
			    ++wide > t.ns + 1))
				break;
		}
		if (strict && beyond(k, &t, &reach, b)) {
			total = LONELY;	/* no way on: the pass fails here */
			goto done;
		}
		if (last) {
			dp_forced(&t, b, seg);
			seg = b + 1;
		}
	}
	total = dp_lines(&t, k, out);
done:
	free(cand);
	free(t.cost);
	free(t.from);
	free(t.fromq);
	free(t.live);
	return total;
}

/*
 * Does every stretch between forced breaks fit on one line?  Then one
 * line each is the best choice in every alignment (any other adds a
 * line, and demerits), set into out without a search: a label or a
 * factor measured on a line a million points wide costs linear time.
 */
static int
segment_lines(const struct brk *k, struct lines *out)
{
	const struct para *p = k->p;
	size_t i, prev = 0;
	struct line ln;

	for (i = 0; i <= p->nit; i++) {
		if (i < p->nit && !p->it[i].forced)
			continue;
		if (p->sum[SUMS * i] - p->sum[SUMS * prev] > k->width + 0.001)
			return 0;
		prev = i;
	}
	for (i = 0, prev = 0; i <= p->nit; i++) {
		if (i < p->nit && !p->it[i].forced)
			continue;
		line_set(k, prev, i, &ln);
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

/* Is a piece of p between two places it may break (boxes alone) wider
 * than width?  Then no pass but the last can set it. */
static int
para_too_wide(const struct para *p, double width)
{
	size_t i;
	double w = 0;

	for (i = 0; i < p->nit; i++) {
		if (p->it[i].kind == ITEM_BOX)
			w += p->it[i].w;
		else
			w = 0;
		if (w > width + 0.001)
			return 1;
	}
	return 0;
}

/* What a search sets: p in width, aligned a, as c's template says. */
static void
brk_init(struct brk *k, struct lctx *c, const struct para *p, double width,
    enum align a)
{
	k->p = p;
	k->width = width;
	/* capitals are never letter-spaced nor stretched apart: a caps
	 * paragraph meant justified is set in balanced ragged lines */
	k->a = a == ALIGN_JUSTIFY && p->caps ? ALIGN_LEFT : a;
	k->ex = k->a == ALIGN_JUSTIFY ? lctx_susun(c)->ekspansi : 0;
	k->balance = k->a == ALIGN_CENTER || p->caps;
}

/* The passes of a justified paragraph, until one sets it with no line
 * looser than its tolerance: as TeX, first without hyphens; then with
 * hyphens outside names, never two in a row; then spaces up to LOOSE;
 * then in names, and those spaces again; then two in a row
 * (DOUBLE_HYPHEN each) rather than spaces past TIGHT; then looser; then
 * inside codes; then loosest.  sat: any number in a row, each costing
 * DOUBLE_HYPHEN. */
static const struct pass {
	double		 tol;
	int		 maxrun, sat;
	unsigned	 brk;
} pass[] = {
	{ TIGHT, 0, 0, 0 },
	{ TIGHT, 1, 0, BRK_HYPHEN },
	{ LOOSE, 1, 0, BRK_HYPHEN },
	{ TIGHT, 1, 0, BRK_HYPHEN | BRK_CAPITAL },
	{ LOOSE, 1, 0, BRK_HYPHEN | BRK_CAPITAL },
	{ TIGHT, MAX_HYPHEN_RUN, 1, BRK_HYPHEN | BRK_CAPITAL },
	{ HY_TOLERANCE, MAX_HYPHEN_RUN, 1, BRK_HYPHEN | BRK_CAPITAL },
	{ HY_TOLERANCE, MAX_HYPHEN_RUN, 1, BRK_HYPHEN | BRK_CAPITAL | BRK_CODE },
	{ TOLERANCE, MAX_HYPHEN_RUN, 1, BRK_HYPHEN | BRK_CAPITAL | BRK_CODE },
};

/* para_break's search; 0 when it had to change p's items. */
static int
para_search(struct lctx *c, struct para *p, double width, enum align a,
    struct lines *out)
{
	const unsigned all = BRK_HYPHEN | BRK_CAPITAL | BRK_CODE;
	/* centred lines (titles) unhyphenated while they can be */
	unsigned hy = a != ALIGN_CENTER ? BRK_HYPHEN : 0;
	struct brk k;
	size_t i;

	brk_init(&k, c, p, width, a);
	if (segment_lines(&k, out))
		return 1;
	if (para_too_wide(p, width))
		goto split;
	/* justified: the passes above.  Then (and for ragged lines)
	 * anything that fits, then as many hyphens in a row as a long word
	 * in a narrow column needs; last, break points between the glyphs
	 * of every token wider than the line */
	for (i = 0; k.a == ALIGN_JUSTIFY && i < sizeof(pass) / sizeof(pass[0]);
	    i++)
		if (kp_pass(&k, pass[i].tol, pass[i].maxrun, pass[i].sat,
		    pass[i].brk & (hy | BRK_CAPITAL | BRK_CODE), out) < LONELY)
			return 1;
	/* anything that fits: first without names, then with them, then
	 * with codes, then as many hyphens in a row as it takes */
	if (kp_pass(&k, INFINITY, 1, 0, hy, out) < OVERFULL ||
	    kp_pass(&k, INFINITY, MAX_HYPHEN_RUN, 0, hy | BRK_CAPITAL, out) <
	    OVERFULL ||
	    kp_pass(&k, INFINITY, MAX_HYPHEN_RUN, 1, all, out) < OVERFULL)
		return 1;
split:
	/* a paragraph broken before may have emergency breaks already */
	if (para_split_wide(c, p, width) > 0) {
		kp_pass(&k, INFINITY, MAX_HYPHEN_RUN, 1, all | BRK_EMERGENCY,
		    out);
		return 0;
	}
	if (para_has_emergency(p))
		kp_pass(&k, INFINITY, MAX_HYPHEN_RUN, 1, all | BRK_EMERGENCY,
		    out);
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
	if (c->pc != NULL && paracache_break_get(c->pc, p, width, a,
	    lctx_susun(c), out))
		return;
	if (para_search(c, p, width, a, out) && c->pc != NULL)
		paracache_break_put(c->pc, out);
}
