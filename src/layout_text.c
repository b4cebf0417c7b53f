/*
 * layout_text.c - paragraphs.  Text with inline markup becomes a list
 * of Knuth-Plass items (boxes, glue, penalties), measured through the
 * metrics interface with kerning; Indonesian hyphenation adds flagged
 * penalties inside words; the breaks are chosen for the whole
 * paragraph at once (least total demerits), with at most two
 * hyphenated line ends in a row; lines are then set justified or
 * aligned.
 */
#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "layout_int.h"
#include "utf8.h"
#include "xalloc.h"

/* Knuth-Plass constants (TeX's defaults where TeX has one). */
#define LINE_PENALTY	10	/* \linepenalty */
#define HYPHEN_PENALTY	50	/* \hyphenpenalty, \exhyphenpenalty */
#define SLASH_PENALTY	1000	/* after / (PER/09/M.PAN/5/2007): costs
				   about as much as spaces twice their width */
#define DOUBLE_HYPHEN	3000	/* \doublehyphendemerits */
#define MAX_HYPHEN_RUN	2	/* hyphenated line ends in a row */
#define LONELY		1e20	/* demerits: a word alone on a line */
#define OVERFULL	1e30	/* demerits: a word wider than the line */
#define LONG_HYPHEN_RUN	24	/* ... when a word is wider than its column */
#define MIN_LEFT	2	/* letters before a hyphen */
#define MIN_RIGHT	3	/* letters after a hyphen */
#define MIN_WORD	5	/* shorter words are never hyphenated */
#define RAGGED_STRETCH	0.2	/* ragged lines: stretch, share of width */
#define MAX_TRACKING	0.02	/* letter spacing, em, for lines that would
				   still be looser than TOLERANCE */
#define TOLERANCE	2.0	/* first pass: glue ratio at most this, so
				   spaces stretch to at most twice their width */

double
line_height(struct lctx *c, double size, double spacing)
{
	(void)c;
	return size * spacing;
}

/* Baseline offset from the top of a line of height size*spacing. */
double
baseline_off(struct lctx *c, double size, double spacing)
{
	double asc = c->m->ascent / 1000.0 * size;
	double desc = c->m->descent / 1000.0 * size;

	return (size * spacing - (asc + desc)) / 2 + asc;
}

/* Kerning between a and b (in that order) in face f, in font units
 * (thousandths of an em; negative draws them closer); 0 when the
 * metrics have no kerning.  Never fails; nothing to free. */
int
text_kern(struct lctx *c, enum naskah_face f, uint32_t a, uint32_t b)
{
	return c->m->kern != NULL ? c->m->kern(c->m->ctx, f, a, b) : 0;
}

/* Width of s in face f, kerning included; characters the font lacks
 * count nothing (layout_check reported them). */
double
text_width(struct lctx *c, const char *s, size_t len, enum naskah_face f,
    double size)
{
	size_t i = 0, k;
	uint32_t cp, prev = 0;
	long sum = 0;
	int w;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		i += k ? k : 1;
		w = c->m->width(c->m->ctx, f, cp);
		if (w > 0)
			sum += w;
		if (prev != 0)
			sum += text_kern(c, f, prev, cp);
		prev = cp;
	}
	return sum * size / 1000.0;
}

/* Does the font have every character of run r? */
static int
run_covered(struct lctx *c, const struct naskah_run *r)
{
	size_t i = 0, k;
	uint32_t cp;

	while (i < r->len) {
		k = utf8_decode(r->text + i, r->len - i, &cp);
		i += k ? k : 1;
		if (cp != '\n' && cp != '\t' &&
		    c->m->width(c->m->ctx, r->face, cp) < 0)
			return 0;
	}
	return 1;
}

/* One character of a word being built: where it is and its face. */
struct wchar {
	const char	*s;
	size_t		 len;
	uint32_t	 cp;
	enum naskah_face face;
};

static struct item *
item_add(struct para *p, enum item_kind k)
{
	struct item it;

	memset(&it, 0, sizeof(it));
	it.kind = k;
	VEC_PUSH(p->it, p->nit, p->capit, it);
	return &p->it[p->nit - 1];
}

/* A box of characters [a, b) of a word (all in one face), extra points
 * wider (the kerning towards the next character when not broken). */
static void
box_add(struct lctx *c, struct para *p, const struct wchar *wc, size_t a,
    size_t b, double extra)
{
	struct frag fr;
	struct item *it;

	if (a >= b)
		return;
	fr.face = wc[a].face;
	fr.s = wc[a].s;
	fr.len = (size_t)(wc[b - 1].s + wc[b - 1].len - wc[a].s);
	fr.w = text_width(c, fr.s, fr.len, fr.face, p->size) + extra;
	VEC_PUSH(p->f, p->nf, p->capf, fr);
	it = item_add(p, ITEM_BOX);
	it->w = fr.w;
	it->frag = p->nf - 1;
}

static int
is_letter(uint32_t cp)
{
	return (cp < 128 && isalpha((int)cp)) || (cp >= 0xC0 && cp <= 0x24F &&
	    cp != 0xD7 && cp != 0xF7);
}

static int
is_upper(uint32_t cp)
{
	return (cp < 128 && isupper((int)cp)) || (cp >= 0xC0 && cp <= 0xDE &&
	    cp != 0xD7);
}

/* A web or e-mail address? */
static int
is_address(const struct wchar *wc, size_t n)
{
	const char *s = wc[0].s;
	size_t len = (size_t)(wc[n - 1].s + wc[n - 1].len - s), i;

	/* "(www.contoh.go.id)" too: leading punctuation is not the word */
	while (len > 0 && (*s == '(' || *s == '[' || *s == '"' ||
	    *s == '\'')) {
		s++;
		len--;
	}
	if (len >= 4 && strncasecmp(s, "www.", 4) == 0)
		return 1;
	for (i = 0; i < n; i++)
		if (wc[i].cp == '@')
			return 1;
	for (i = 0; i + 3 <= len; i++)
		if (memcmp(s + i, "://", 3) == 0)
			return 1;
	return 0;
}

/* Is the word (case-insensitively) one that must never be broken? */
static int
no_hyphen_word(struct lctx *c, const struct wchar *wc, size_t n)
{
	size_t i, letters = 0, upper = 0, k;
	const char *s = wc[0].s;
	size_t len = (size_t)(wc[n - 1].s + wc[n - 1].len - s);

	for (i = 0; i < n; i++) {
		if (wc[i].cp < 128 && isdigit((int)wc[i].cp))
			return 1;	/* numbers, NIP, nomor, "2021-2026" */
		if (wc[i].cp == '@')
			return 1;	/* e-mail */
		if (is_letter(wc[i].cp)) {
			letters++;
			upper += is_upper(wc[i].cp);
		}
	}
	if (letters >= 2 && upper == letters)
		return 1;		/* capitals: titles, names, acronyms */
	for (i = 1; i + 1 < n; i++)
		if (wc[i].cp == '.' && is_letter(wc[i - 1].cp) &&
		    is_letter(wc[i + 1].cp))
			return 1;	/* contoh.go.id, S.Pd.M.Si */
	if (len >= 4 && strncmp(s, "www.", 4) == 0)
		return 1;		/* addresses */
	for (i = 0; i + 3 <= len; i++)
		if (memcmp(s + i, "://", 3) == 0)
			return 1;
	for (k = 0; k < c->nnohyph; k++) {
		const char *w = c->nohyph[k];
		size_t wl = strlen(w), j, m = 0;

		/* the word, less leading/trailing punctuation, equal? */
		for (i = 0; i < n && !is_letter(wc[i].cp); i++)
			;
		for (j = i; j < n && is_letter(wc[j].cp); j++)
			m += wc[j].len;
		if (m == wl && i < n && strncasecmp(wc[i].s, w, wl) == 0)
			return 1;
	}
	return 0;
}

/*
 * Break points inside word wc[0..n): brk[i] = 1 allows a hyphen after
 * character i (added hyphen), 2 a break after an explicit '-' (no hyphen
 * added), 3 a break after '/' (only when nothing else fits).
 */
static void
word_points(struct lctx *c, const struct wchar *wc, size_t n, char *brk)
{
	size_t i, j, a, b, letters, bytes, off;
	char *tmp, *cb;
	int soft = 0, noh;

	for (i = 0; i < n; i++)
		soft |= wc[i].cp == 0xAD;
	noh = no_hyphen_word(c, wc, n);
	if (is_address(wc, n)) {
		/* never a hyphen in an address: breaks after '/' and before
		 * '.' and '@', only when nothing else fits */
		for (i = 1; i + 1 < n; i++)
			if ((wc[i].cp == '/' && wc[i + 1].cp != '/' &&
			    wc[i - 1].cp != ':') || wc[i + 1].cp == '.' ||
			    wc[i + 1].cp == '@')
				brk[i] = 3;
		return;
	}
	for (i = 0; i + 1 < n; i++) {
		if (wc[i].cp == '-' && i > 0 && is_letter(wc[i - 1].cp) &&
		    is_letter(wc[i + 1].cp)) {
			brk[i] = 2;
			noh = 1;	/* like TeX: a compound breaks only at
					   its own hyphen (Undang-Undang) */
		} else if (wc[i].cp == '/' && i > 0)
			brk[i] = 3;
	}
	if (soft) {
		/* the writer's own soft hyphens, and nothing else */
		for (i = 0; i + 2 < n; i++)
			if (wc[i + 1].cp == 0xAD && wc[i].cp != 0xAD)
				brk[i] = 1;
		return;
	}
	if (noh || c->hyph == NULL)
		return;
	/* each run of letters between hyphens and punctuation on its own */
	for (a = 0; a < n; a = b) {
		while (a < n && !is_letter(wc[a].cp))
			a++;
		for (b = a; b < n && is_letter(wc[b].cp); b++)
			;
		letters = b - a;
		if (letters < MIN_WORD)
			continue;
		bytes = (size_t)(wc[b - 1].s + wc[b - 1].len - wc[a].s);
		tmp = xmalloc(bytes);
		memcpy(tmp, wc[a].s, bytes);
		cb = xcalloc(bytes, 1);
		c->hyph->points(c->hyph->ctx, tmp, bytes, cb);
		for (j = a, off = 0; j < b; off += wc[j].len, j++)
			if (cb[off + wc[j].len - 1] && j + 1 - a >= MIN_LEFT &&
			    b - (j + 1) >= MIN_RIGHT && !brk[j])
				brk[j] = 1;
		free(tmp);
		free(cb);
	}
}

/* Turn one word into boxes and penalties.  Its characters may come
 * from several runs (markup, escapes): they are copied together first,
 * so that every piece of the word is one stretch of memory. */
static void
word_items(struct lctx *c, struct para *p, struct wchar *wc, size_t n)
{
	char *brk = xcalloc(n + 1, 1);
	size_t i, start = 0;
	struct item *it;
	double kn;
	size_t bytes = 0, off = 0;
	char *copy;

	for (i = 0; i < n; i++)
		bytes += wc[i].len;
	copy = xmalloc(bytes + 1);
	for (i = 0; i < n; i++) {
		memcpy(copy + off, wc[i].s, wc[i].len);
		wc[i].s = copy + off;
		off += wc[i].len;
	}
	copy[off] = '\0';
	VEC_PUSH(p->word, p->nword, p->capword, copy);
	word_points(c, wc, n, brk);
	for (i = 0; i < n; i++) {
		if (wc[i].cp == 0xAD) {	/* invisible unless broken at */
			box_add(c, p, wc, start, i, 0);
			start = i + 1;
			continue;
		}
		/* a new box at each change of face */
		if (i > start && wc[i].face != wc[i - 1].face) {
			box_add(c, p, wc, start, i, 0);
			start = i;
		}
		if (!brk[i])
			continue;
		/* the kerning across the break belongs to the box before it,
		 * and is taken back when the line ends there */
		kn = i + 1 < n && wc[i + 1].face == wc[i].face ?
		    text_kern(c, wc[i].face, wc[i].cp, wc[i + 1].cp) *
		    p->size / 1000.0 : 0;
		box_add(c, p, wc, start, i + 1, kn);
		start = i + 1;
		it = item_add(p, ITEM_PENALTY);
		it->face = wc[i].face;
		it->flagged = brk[i] != 3;
		it->penalty = brk[i] == 3 ? SLASH_PENALTY : HYPHEN_PENALTY;
		it->kern = kn;
		if (brk[i] == 1)
			it->w = text_width(c, "-", 1, wc[i].face, p->size);
	}
	box_add(c, p, wc, start, n, 0);
	free(brk);
}

/* Prefix sums of widths, stretch, shrink and glue over the items, so a
 * line is measured in constant time. */
static void
sums(struct para *p)
{
	size_t i;
	double *q;

	free(p->sum);
	p->sum = q = xcalloc((p->nit + 1) * 4, sizeof(*q));
	for (i = 0; i < p->nit; i++, q += 4) {
		const struct item *t = &p->it[i];

		q[4] = q[0] + (t->kind != ITEM_PENALTY ? t->w : 0);
		q[5] = q[1] + (t->kind == ITEM_GLUE ? t->stretch : 0);
		q[6] = q[2] + (t->kind == ITEM_GLUE ? t->shrink : 0);
		q[7] = q[3] + (t->kind == ITEM_GLUE);
	}
}

int
para_build(struct lctx *c, struct para *p, const char *s,
    const struct naskah_text *src, enum naskah_face base, double size)
{
	struct wchar *wc = NULL, ch;
	size_t nwc = 0, capwc = 0, r, i, k;
	size_t bad = 0;
	const char *mark = "*";
	enum naskah_face last_face = base;
	struct item *it;
	int ok = 1;

	memset(p, 0, sizeof(*p));
	p->src = src;
	p->size = size;
	if (!naskah_inline_parse(s, base, &p->runs, &bad, &mark))
		ok = 0;
	for (r = 0; r < p->runs.n; r++) {
		const struct naskah_run *run = &p->runs.v[r];

		if (!run_covered(c, run))
			ok = 0;
		for (i = 0; i < run->len; i += k) {
			k = utf8_decode(run->text + i, run->len - i, &ch.cp);
			if (k == 0)
				k = 1;
			if (ch.cp == ' ' || ch.cp == '\t' || ch.cp == '\n') {
				if (nwc > 0) {
					word_items(c, p, wc, nwc);
					last_face = wc[nwc - 1].face;
					nwc = 0;
				}
				if (ch.cp == '\n') {
					it = item_add(p, ITEM_PENALTY);
					it->forced = 1;
				} else if (p->nit > 0 &&
				    p->it[p->nit - 1].kind == ITEM_BOX) {
					it = item_add(p, ITEM_GLUE);
					it->w = text_width(c, " ", 1, last_face,
					    size);
					it->stretch = it->w / 2;
					it->shrink = it->w / 3;
				}
				continue;
			}
			ch.s = run->text + i;
			ch.len = k;
			ch.face = run->face;
			VEC_PUSH(wc, nwc, capwc, ch);
		}
	}
	if (nwc > 0)
		word_items(c, p, wc, nwc);
	/* no glue at the end */
	while (p->nit > 0 && p->it[p->nit - 1].kind == ITEM_GLUE)
		p->nit--;
	free(wc);
	sums(p);
	return ok;
}

void
para_indent(struct para *p, double w)
{
	struct frag fr;
	struct item it;

	if (w <= 0 || p->nit == 0)
		return;
	memset(&fr, 0, sizeof(fr));
	fr.face = FACE_REGULAR;
	fr.s = "";
	fr.w = w;
	VEC_PUSH(p->f, p->nf, p->capf, fr);
	memset(&it, 0, sizeof(it));
	it.kind = ITEM_BOX;
	it.w = w;
	it.frag = p->nf - 1;
	VEC_PUSH(p->it, p->nit, p->capit, it);
	memmove(&p->it[1], &p->it[0], (p->nit - 1) * sizeof(p->it[0]));
	p->it[0] = it;
	sums(p);
}

void
para_free(struct para *p)
{
	if (p == NULL)
		return;
	naskah_runs_free(&p->runs);
	while (p->nword > 0)
		free(p->word[--p->nword]);
	free(p->word);
	free(p->f);
	free(p->it);
	free(p->sum);
	memset(p, 0, sizeof(*p));
}

double
para_natural(const struct para *p)
{
	double w = 0;
	size_t i;

	for (i = 0; i < p->nit; i++)
		if (p->it[i].kind != ITEM_PENALTY)
			w += p->it[i].w;
	return w;
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
	*minw = a == ALIGN_JUSTIFY && !last ? nat - sh : nat;
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
		if (st <= 0)	/* one word alone: worse than any stretch */
			return LONELY + slack;
		r = slack / st;
	} else {
		if (sh <= 0 || -slack > sh + 0.001)
			return *words == 1 ? OVERFULL : DBL_MAX;
		r = slack / sh;
	}
	*ratio = a == ALIGN_JUSTIFY ? r : 0;
	/* not capped: among bad choices the least bad still wins */
	b = 100 * fabs(r * r * r);
	return (LINE_PENALTY + b) * (LINE_PENALTY + b) + pen * pen;
}

/* A place the DP may break: a glue after a box, a penalty, the end;
 * with hyphens 0, not where a hyphen would be added. */
static int
breakable(const struct para *p, size_t i, int hyphens)
{
	if (i >= p->nit)
		return 1;
	if (p->it[i].kind == ITEM_PENALTY)
		return hyphens || p->it[i].w == 0;
	return p->it[i].kind == ITEM_GLUE && i > 0 &&
	    p->it[i - 1].kind == ITEM_BOX;
}

/*
 * One pass of the line breaker: lines whose spaces would stretch past
 * tol (adjustment ratio) are not considered.  Returns the total
 * demerits of the lines stored in out (LONELY or more: a word had to
 * stand alone on a line; OVERFULL or more: one runs past the line).
 */
static double
kp_pass(const struct para *p, double width, enum align a, double tol,
    int maxrun, struct lines *out)
{
	/* state (break position b, hyphen run h): cost, where it came from */
	size_t nb = p->nit + 2, b, i, s, words, seg = 0, k;
	double *cost, ratio, nat, minw, dm, d;
	size_t *from;
	int *fromh, h, hh, flagged, prevflag;
	struct line ln;
	double total;
	size_t ns = (size_t)maxrun + 1;	/* hyphen-run states per place */
	int hy = a != ALIGN_CENTER;	/* centred lines: titles, unbroken */

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
	/* position 0 stands for "before the first item" */
	cost[0] = 0;
	for (b = 0; b <= p->nit; b++) {
		int last;

		if (!breakable(p, b, hy))
			continue;
		last = b == p->nit || p->it[b].forced;
		flagged = b < p->nit && p->it[b].flagged;
		/* earlier states, nearest first: i = 0 is the start, i = a + 1
		 * a break at item a; none before the last forced break */
		for (i = b + 1; i-- > seg;) {
			if (i != 0 && i != seg && !breakable(p, i - 1, hy))
				continue;
			s = i == 0 ? 0 : line_start(p, i - 1);
			if (s >= b) {
				if (last && cost[i * ns] != DBL_MAX &&
				    cost[i * ns] < cost[(b + 1) * ns]) {
					/* nothing left for a last line */
					cost[(b + 1) * ns] = cost[i * ns];
					from[(b + 1) * ns] = i;
					fromh[(b + 1) * ns] = 0;
				}
				continue;
			}
			dm = demerits(p, s, b, width, a, last, &ratio, &nat,
			    &minw, &words);
			if (dm != DBL_MAX && dm < LONELY && ratio > tol)
				dm = DBL_MAX;	/* too loose for this pass */
			if (dm == DBL_MAX) {
				if (nat > width && words > 1)
					break;
				continue;
			}
			prevflag = i > 0 && p->it[i - 1].kind == ITEM_PENALTY &&
			    p->it[i - 1].flagged;
			for (h = 0; h <= maxrun; h++) {
				if (cost[i * ns + h] == DBL_MAX)
					continue;
				hh = flagged ? h + 1 : 0;
				if (hh > maxrun)
					continue;
				d = cost[i * ns + h] + dm +
				    (flagged && prevflag ? DOUBLE_HYPHEN : 0);
				if (d < cost[(b + 1) * ns + hh]) {
					cost[(b + 1) * ns + hh] = d;
					from[(b + 1) * ns + hh] = i;
					fromh[(b + 1) * ns + hh] = h;
				}
			}
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
	/* walk back from the end */
	{
		size_t pos = p->nit + 1, prev;
		int ph = 0;

		for (h = 1; h <= maxrun; h++)
			if (cost[pos * ns + h] < cost[pos * ns + ph])
				ph = h;
		total = cost[pos * ns + ph];
		while (pos > 0) {
			prev = from[pos * ns + ph];
			memset(&ln, 0, sizeof(ln));
			ln.s = prev == 0 ? 0 : line_start(p, prev - 1);
			ln.e = pos - 1;
			ln.brk = pos - 1;
			ln.last = ln.brk >= p->nit || p->it[ln.brk].forced;
			ln.hyphen = ln.brk < p->nit &&
			    p->it[ln.brk].kind == ITEM_PENALTY &&
			    p->it[ln.brk].w > 0;
			demerits(p, ln.s, ln.e, width, a, ln.last, &ln.ratio,
			    &ln.natural, &ln.minw, &ln.nwords);
			if (ln.s < ln.e)
				VEC_PUSH(out->v, out->n, out->cap, ln);
			ph = fromh[pos * ns + ph];
			pos = prev;
		}
	}
	for (k = 0; k < out->n / 2; k++) {
		ln = out->v[k];
		out->v[k] = out->v[out->n - 1 - k];
		out->v[out->n - 1 - k] = ln;
	}
	free(cost);
	free(from);
	free(fromh);
	return total;
}

void
para_break(struct lctx *c, const struct para *p, double width, enum align a,
    struct lines *out)
{
	(void)c;
	/* first only lines whose spaces stay within twice their width, with
	 * at most two hyphens in a row; when the paragraph cannot be set
	 * so, anything that fits; last, as many hyphens in a row as a long
	 * word in a narrow column needs */
	if (a == ALIGN_JUSTIFY &&
	    kp_pass(p, width, a, TOLERANCE, MAX_HYPHEN_RUN, out) < LONELY)
		return;
	if (kp_pass(p, width, a, INFINITY, MAX_HYPHEN_RUN, out) < OVERFULL)
		return;
	kp_pass(p, width, a, INFINITY, LONG_HYPHEN_RUN, out);
}

/* The words of a line as plain text, for messages and the dump. */
static char *
line_text(const struct para *p, const struct line *ln)
{
	struct naskah_buf b = { NULL, 0, 0 };
	size_t i;

	for (i = ln->s; i < ln->e && i < p->nit; i++)
		if (p->it[i].kind == ITEM_BOX)
			buf_add(&b, p->f[p->it[i].frag].s,
			    p->f[p->it[i].frag].len);
		else if (p->it[i].kind == ITEM_GLUE)
			buf_addc(&b, ' ');
	if (ln->hyphen)
		buf_addc(&b, '-');
	return buf_take(&b);
}

/* Glyphs in s[0..len). */
static size_t
glyphs(const char *s, size_t len)
{
	return utf8_length(s, len);
}

/*
 * Emit text s in face f from x, with tc points of letter spacing after
 * each glyph; split where kerning moves a glyph.  Returns the x after
 * the last glyph.
 */
static double
emit_kerned(struct lctx *c, struct vitem *it, double x, double y,
    enum naskah_face f, double size, double tc, const char *s, size_t len)
{
	size_t i = 0, k, start = 0;
	uint32_t cp, prev = 0;
	int kn;
	double w;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		k = k ? k : 1;
		if (prev != 0 && (kn = text_kern(c, f, prev, cp)) != 0) {
			w = text_width(c, s + start, i - start, f, size) +
			    tc * glyphs(s + start, i - start);
			vi_text(it, x, y, f, size, s + start, i - start, w);
			it->box[it->nbox - 1].tracking = tc;
			x += w + kn * size / 1000.0;
			start = i;
		}
		prev = cp;
		i += k;
	}
	w = text_width(c, s + start, len - start, f, size) +
	    tc * glyphs(s + start, len - start);
	vi_text(it, x, y, f, size, s + start, len - start, w);
	it->box[it->nbox - 1].tracking = tc;
	return x + w;
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
	int just = a == ALIGN_JUSTIFY && !ln->last && ln->nwords > 1;
	size_t i, j, q;
	char *txt = NULL;

	if (ln->minw > width + 0.01) {
		txt = line_text(p, ln);
		naskah_diag(c->d, SEV_WARNING, p->src ? naskah_text_pos(c->doc,
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
