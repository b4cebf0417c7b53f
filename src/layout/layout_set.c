/* SPDX-License-Identifier: ISC */
/*
 * layout_set.c - the lines layout_break.c chose, set: each justified
 * (its glyphs expanded a little and its spaces stretched or shrunk to
 * the measure, punctuation at its end hanging into the margin) or
 * aligned, as text boxes in an item of the vertical list; a warning for
 * a line wider than its measure or broken inside a token.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout/layout_int.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#define TOLERANCE	2.0	/* spaces wider than this many times their
				   width take letter spacing instead */
#define MAX_TRACKING	0.02	/* letter spacing, em, at most */

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
warn_emergency(struct lctx *c, struct para *p, const struct line *ln)
{
	struct naskah_buf b = { NULL, 0, 0 };
	size_t i = ln->brk, start;
	struct naskah_pos pos = { 0, 0, NULL };
	char *txt;

	if (ln->brk >= p->nit || !p->it[ln->brk].emergency)
		return;
	if (ln->s > 0 && p->it[ln->s - 1].emergency &&
	    p->sum[SUMS * ln->brk + 3] == p->sum[SUMS * ln->s + 3])
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
		pos = naskah_spancur_pos(&p->pos,
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


/* How a line's glyphs are drawn: letter spacing after each (points, as
 * drawn) and the share by which they are scaled (PDF Tz; 0: none). */
struct ink {
	double		 tc;
	double		 ex;
};

/* Stretch of all glue on a line, from the prefix sums. */
static double
glue_stretch(const struct para *p, const struct line *ln)
{
	size_t e = ln->e < p->nit ? ln->e : p->nit;

	return p->sum[SUMS * e + 1] - p->sum[SUMS * ln->s + 1];
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
	size_t i, k, n = 0, words = 0, lower = 0;

	for (i = ln->s; i < ln->e && i < p->nit; i++)
		if (p->it[i].kind == ITEM_GLUE) {
			st += p->it[i].stretch;
			w += p->it[i].w;
		} else if (p->it[i].kind == ITEM_BOX) {
			const struct frag *f = &p->f[p->it[i].frag];

			n += glyphs(f->s, f->len);
			for (k = 0; k < f->len; k++)
				lower += f->s[k] >= 'a' && f->s[k] <= 'z';
			if (i == ln->s || p->it[i - 1].kind == ITEM_GLUE)
				words++;
		}
	n += ln->hyphen;
	if (lower == 0)		/* capitals are never letter-spaced */
		return 0;
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

/* The number of paragraph p in the order set: a new one for its first
 * line, else the one it got, if it is among the recent. */
static size_t
para_number(struct lctx *c, const struct para *p, int first)
{
	size_t i, n = sizeof(c->recent) / sizeof(c->recent[0]);

	for (i = 0; !first && i < n; i++)
		if (c->recent[i].p == p)
			return c->recent[i].n;
	memmove(c->recent + 1, c->recent, (n - 1) * sizeof(c->recent[0]));
	c->recent[0].p = p;
	c->recent[0].n = ++c->out->npara;
	return c->recent[0].n;
}

/* The line as one record for the dumps (not drawn): from x, total wide
 * (hang of it past the measure), its spaces spacing times their width,
 * its glyphs drawn with k; its paragraph's number (a new one from its
 * first line), measure and alignment. */
static void
line_record(struct lctx *c, const struct para *p, const struct line *ln,
    double x, double y, double total, double hang, double spacing,
    const struct ink *k, double measure, enum align a, struct vitem *it)
{
	struct naskah_box lb = box_make(BOX_LINE, x, y, x + total, y, p->size);

	lb.para = para_number(c, p, ln->s == 0);
	lb.measure = measure;
	lb.align = (unsigned)a & 3;
	lb.joined = ln->brk < p->nit && p->it[ln->brk].kind == ITEM_PENALTY &&
	    !p->it[ln->brk].forced;
	lb.hang = hang;
	lb.ratio = spacing;
	lb.hyphen = ln->hyphen;
	lb.tracking = k->tc;
	lb.expand = k->ex;
	lb.text = line_text(p, ln);
	VEC_PUSH(it->box, it->nbox, it->cap, lb);
}

/*
 * A justified line brought to room: as pdfTeX does, its glyphs scaled
 * first, by the share *ex (at most the template's ekspansi, a whole
 * number of its steps, no more than the slack needs), then its glue by
 * the rest.  Returns the glue's ratio (stretch > 0, shrink < 0; below
 * -1 only for a line too wide at the most shrink).
 */
static double
line_adjust(struct lctx *c, const struct para *p, const struct line *ln,
    double room, double *ex)
{
	const struct naskah_susun *su = lctx_susun(c);
	size_t e = ln->e < p->nit ? ln->e : p->nit;
	const double *a = p->sum + SUMS * ln->s, *b = p->sum + SUMS * e;
	double st = b[1] - a[1], sh = b[2] - a[2], step = su->langkah;
	double boxes = ln->natural - (b[4] - a[4]), x = 0, slack, rg;

	slack = room - ln->natural;
	if (su->ekspansi > 0 && boxes > 0) {
		/* toward zero: the glue takes what the steps leave */
		x = fmin(su->ekspansi, fabs(slack) / boxes);
		x = step * floor(x / step + 1e-9);
		x = slack < 0 ? -x : x;
	}
	for (;;) {
		slack = room - ln->natural - x * boxes;
		rg = slack >= 0 ? (st > 0 ? slack / st : 0) :
		    (sh > 0 ? slack / sh : -INFINITY);
		/* the glue cannot shrink so far: a step more */
		if (rg >= -1 || x - step < -su->ekspansi - 1e-9)
			break;
		x -= step;
	}
	*ex = x;
	return rg;
}

double
para_emit(struct lctx *c, struct para *p, const struct line *ln,
    double x, double width, enum align a, double y, struct vitem *it)
{
	double pos, gap = 0, spacing = 1, total, r = 0;
	double room = width + ln->hang;
	struct ink ink = { 0, 0 };
	int just;
	size_t i, j, q;

	/* as layout_break.c set it: a caps paragraph is never justified */
	if (a == ALIGN_JUSTIFY && p->caps)
		a = ALIGN_LEFT;
	/* a last line is justified only when it is set shrunk */
	just = a == ALIGN_JUSTIFY && ln->nwords > 1 &&
	    (!ln->last || ln->natural > room);
	warn_emergency(c, p, ln);
	if (ln->minw > room + 0.01) {
		char *txt = quote_cut(line_text(p, ln));

		naskah_diag(c->d, SEV_WARNING, p->src ? naskah_spancur_pos(
		    &p->pos, 0) : (struct naskah_pos){ 0, 0, NULL }, MSG_OVERFULL,
		    ln->natural - room, txt);
		c->out->stats.overfull++;
		free(txt);
	}
	total = ln->natural;
	switch (a) {
	case ALIGN_JUSTIFY:
		if (just) {
			double seen;

			seen = r = line_adjust(c, p, ln, room, &ink.ex);
			total = room;
			if (r > 0) {
				ink.tc = tracking(p, ln, &seen);
				if (ink.tc > 0)	/* the glue itself */
					r = seen - ink.tc * (double)(ln->nwords
					    - 1) / glue_stretch(p, ln);
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
	line_record(c, p, ln, pos, y, total, just ? ln->hang : 0, spacing,
	    &ink, width, a, it);
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
				pos += t->w * (1 + ink.ex);
			else
				pos = emit_kerned(c, it, pos, y, f0->face,
				    p->size, ink.tc, ink.ex, f0->s, len);
		}
		i = j;
	}
	if (ln->hyphen) {
		const struct item *t = &p->it[ln->brk];

		text_box_add(&it->box, &it->nbox, &it->cap, pos, y, t->face,
		    p->size, "-", 1, t->w * (1 + ink.ex))->expand = ink.ex;
	}
	return total;
}
