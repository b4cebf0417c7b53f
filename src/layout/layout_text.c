/* SPDX-License-Identifier: ISC */
/*
 * layout_text.c - paragraphs, built.  Text with inline markup becomes
 * a list of Knuth-Plass items (boxes, glue, penalties), measured
 * through the metrics interface with kerning; Indonesian hyphenation
 * adds flagged penalties inside words.  Also the measures every layout
 * file uses: text_width, text_kern, line_height, baseline_off.  The
 * lines are chosen and set in layout_break.c.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "layout/layout_int.h"
#include "base/utf8.h"
#include "base/xalloc.h"

/* Break points inside words (TeX's values where TeX has one). */
#define HYPHEN_PENALTY	100	/* twice \hyphenpenalty and
				   \exhyphenpenalty: at TeX's 50,
				   hard-paragraphs ended three lines in a
				   row with a hyphen and the book left
				   se-/tiap (make quality: 49 goals, 48) */
#define CAPITAL_PENALTY	200	/* inside a name, in the passes that allow
				   it: few of them */
#define SLASH_PENALTY	1000	/* after / between words (dan/atau): costs
				   about as much as spaces twice their width */
#define CODE_PENALTY	5000	/* inside a code (PER/09/M.PAN/5/2007),
				   in the last passes only */
/* Letters before and after a hyphen: at least two, as PUEBI (which
 * forbids one: i-tu) and TeX's Indonesian hyphenmins; a fragment of two
 * (Ne-gara, di-) costs SHORT_PENALTY more, so that few are left */
#define MIN_LEFT	2
#define MIN_RIGHT	2
#define SHORT_LEFT	3
#define SHORT_RIGHT	3
#define SHORT_PENALTY	150
#define MIN_CODE	3	/* characters of a code on either side of a
				   break inside it (800/ | 15/KPTS/2024) */
#define MIN_WORD	5	/* shorter words are never hyphenated */
#define MAX_WORD	100	/* nor longer runs of letters: not a word,
				   broken at the line's edge if need be */
#define EMERGENCY_PENALTY 5000	/* between two glyphs of a token wider
				   than its line: the last resort */

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

/*
 * How far glyph cp ending a justified line hangs into the right margin,
 * in points, when the template lets punctuation hang (susun.gantung):
 * a share of its width, the right-hand values of microtype's default
 * protrusion set (microtype.cfg, "default"), in thousandths.
 */
double
hang_of(struct lctx *c, uint32_t cp, enum naskah_face f, double size)
{
	static const struct { uint32_t cp; int share; } hang[] = {
		{ '!', 100 }, { '"', 300 }, { '\'', 400 }, { ')', 200 },
		{ ',', 500 }, { '-', 500 }, { '.', 700 }, { ':', 500 },
		{ ';', 300 }, { '?', 100 }, { 0x2010, 500 }, { 0x2013, 200 },
		{ 0x2014, 150 }, { 0x2019, 400 }, { 0x201D, 300 },
	};
	size_t i;
	int w;

	if (!lctx_susun(c)->gantung)
		return 0;
	for (i = 0; i < sizeof(hang) / sizeof(hang[0]); i++)
		if (hang[i].cp == cp) {
			w = c->m->width(c->m->ctx, f, cp);
			return w > 0 ? w * hang[i].share / 1e6 * size : 0;
		}
	return 0;
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
	size_t		 src;		/* byte offset in the source text */
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
	fr.src = wc[a].src;
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

static int
is_italic(enum naskah_face f)
{
	return f == FACE_ITALIC || f == FACE_BOLDITALIC;
}

/* Are the n letters wc set in italics as a whole, in a paragraph whose
 * base face is upright?  (Markup inside a word marks no term.) */
static int
in_italics(const struct wchar *wc, size_t n, enum naskah_face base)
{
	size_t i;

	if (is_italic(base))
		return 0;
	for (i = 0; i < n; i++)
		if (!is_italic(wc[i].face))
			return 0;
	return 1;
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
	/* the word, less leading/trailing punctuation, one of the names? */
	for (i = 0; i < n && !is_letter(wc[i].cp); i++)
		;
	for (k = i, len = 0; k < n && is_letter(wc[k].cp); k++)
		len += wc[k].len;
	for (k = 0; i < n && k < c->nnohyph; k++)
		if (strlen(c->nohyph[k]) == len &&
		    strncasecmp(wc[i].s, c->nohyph[k], len) == 0)
			return 1;
	return 0;
}

static int
is_code_char(uint32_t cp)
{
	return (cp < 128 && isdigit((int)cp)) || is_upper(cp);
}

/* Do MIN_CODE characters of the code stand on either side of a break
 * after wc[i]?  Punctuation around the code ("(", ";") does not count. */
static int
code_room(const struct wchar *wc, size_t n, size_t i)
{
	size_t a = 0, b = n;

	while (a < i && !is_code_char(wc[a].cp) && !is_letter(wc[a].cp))
		a++;
	while (b > i + 1 && !is_code_char(wc[b - 1].cp) &&
	    !is_letter(wc[b - 1].cp))
		b--;
	return i + 1 - a >= MIN_CODE && b - (i + 1) >= MIN_CODE;
}

static int
is_vowel(uint32_t cp)
{
	return cp < 128 && strchr("aeiouAEIOU", (int)cp) != NULL;
}

/*
 * May a word end in the two letters at w[1], after a break after w[0]?
 * Not when a consonant between two vowels went with the syllable before
 * (the patterns' masyarak-at): PUEBI puts it after the break (ma-sya-
 * ra-kat), unless the two letters are the suffix -an (makan-an,
 * pemerintah-an).
 */
static int
end_ok(const struct wchar *w)
{
	if ((w[1].cp | 0x20) == 'a' && (w[2].cp | 0x20) == 'n')
		return 1;
	return !(is_vowel(w[-1].cp) && !is_vowel(w[0].cp) &&
	    is_vowel(w[1].cp));
}

/*
 * Break points inside word wc[0..n): brk[i] = BP_HYPHEN allows a hyphen
 * after character i (added hyphen), BP_CAPITAL the same in a word that
 * begins with a capital or is in italics as a whole in a paragraph
 * whose base face is upright (a foreign or regional term, by PUEBI,
 * which the Indonesian patterns do not know), BP_EXPLICIT a break after
 * an explicit '-' (no hyphen added), BP_SLASH a break after '/'
 * (costly), BP_CODE a break after a '/' or '-' between digits or
 * capitals of a code (the last resort, at least MIN_CODE characters on
 * either side).
 */
enum { BP_NONE, BP_HYPHEN, BP_EXPLICIT, BP_SLASH, BP_CAPITAL, BP_CODE };
#define BP_SHORT	16	/* or'ed: a hyphen leaving a short fragment */
static void
word_points(struct lctx *c, const struct wchar *wc, size_t n, char *brk,
    enum naskah_face base)
{
	size_t i, j, a, b, letters, bytes, off;
	/* a run of at most MAX_WORD letters, each at most two bytes
	 * (is_letter: below U+0250) */
	char cb[2 * MAX_WORD];
	int soft = 0, noh, kind;

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
				brk[i] = BP_SLASH;
		return;
	}
	for (i = 0; i + 1 < n; i++) {
		if (wc[i].cp == '-' && i > 0 && is_letter(wc[i - 1].cp) &&
		    is_letter(wc[i + 1].cp)) {
			brk[i] = BP_EXPLICIT;
			noh = 1;	/* like TeX: a compound breaks only at
					   its own hyphen (Undang-Undang) */
		} else if ((wc[i].cp == '/' || wc[i].cp == '-') && i > 0 &&
		    is_code_char(wc[i - 1].cp) && is_code_char(wc[i + 1].cp)) {
			if (code_room(wc, n, i))
				brk[i] = BP_CODE;
		} else if (wc[i].cp == '/' && i > 0)
			brk[i] = BP_SLASH;
	}
	if (soft) {
		/* the writer's own soft hyphens, and nothing else */
		for (i = 0; i + 2 < n; i++)
			if (wc[i + 1].cp == 0xAD && wc[i].cp != 0xAD)
				brk[i] = BP_HYPHEN;
		return;
	}
	if (noh || c->hyph == NULL || !lctx_susun(c)->pemenggalan)
		return;
	/* each run of letters between hyphens and punctuation on its own */
	for (a = 0; a < n; a = b) {
		while (a < n && !is_letter(wc[a].cp))
			a++;
		for (b = a; b < n && is_letter(wc[b].cp); b++)
			;
		letters = b - a;
		if (letters < MIN_WORD || letters > MAX_WORD)
			continue;
		/* the word's characters are contiguous (word_items) */
		bytes = (size_t)(wc[b - 1].s + wc[b - 1].len - wc[a].s);
		memset(cb, 0, bytes);
		c->hyph->points(c->hyph->ctx, wc[a].s, bytes, cb);
		kind = is_upper(wc[a].cp) || in_italics(wc + a, letters,
		    base) ? BP_CAPITAL : BP_HYPHEN;
		for (j = a, off = 0; j < b; off += wc[j].len, j++)
			if (cb[off + wc[j].len - 1] && j + 1 - a >= MIN_LEFT &&
			    b - (j + 1) >= MIN_RIGHT && !brk[j] &&
			    (b - (j + 1) >= SHORT_RIGHT || end_ok(&wc[j])))
				brk[j] = kind | (j + 1 - a < SHORT_LEFT ||
				    b - (j + 1) < SHORT_RIGHT ? BP_SHORT : 0);
	}
}

/* The break point bp (BP_*, with BP_SHORT) after character w of a word,
 * kn points of kerning across it. */
static void
point_add(struct lctx *c, struct para *p, const struct wchar *w, int bp,
    double kn)
{
	struct item *it = item_add(p, ITEM_PENALTY);
	int kind = bp & ~BP_SHORT;

	it->face = w->face;
	it->flagged = kind != BP_SLASH && kind != BP_CODE;
	it->penalty = kind == BP_SLASH ? SLASH_PENALTY : kind == BP_CODE ?
	    CODE_PENALTY : kind == BP_CAPITAL ? CAPITAL_PENALTY :
	    HYPHEN_PENALTY;
	if (bp & BP_SHORT)
		it->penalty += SHORT_PENALTY;
	it->need = kind == BP_HYPHEN ? BRK_HYPHEN : kind == BP_CAPITAL ?
	    BRK_HYPHEN | BRK_CAPITAL : kind == BP_CODE ? BRK_CODE : 0;
	it->kern = kn;
	if (kind == BP_HYPHEN || kind == BP_CAPITAL) {
		it->w = text_width(c, "-", 1, w->face, p->size);
		it->hang = hang_of(c, '-', w->face, p->size);
	} else if (kind == BP_EXPLICIT)
		it->hang = hang_of(c, w->cp, w->face, p->size);
}

/* Turn one word into boxes and penalties.  Its characters may come
 * from several runs (markup, escapes): they are copied together first,
 * so that every piece of the word is one stretch of memory.  brk: n + 1
 * bytes of zeros, the word's break points. */
static void
word_items(struct lctx *c, struct para *p, struct wchar *wc, size_t n,
    char *brk, enum naskah_face base)
{
	size_t i, start = 0;
	double kn;

	/* p->text has room for every byte of the runs and a NUL per word */
	for (i = 0; i < n; i++) {
		memcpy(p->text + p->ntext, wc[i].s, wc[i].len);
		wc[i].s = p->text + p->ntext;
		p->ntext += wc[i].len;
	}
	p->text[p->ntext++] = '\0';
	word_points(c, wc, n, brk, base);
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
		point_add(c, p, &wc[i], brk[i], kn);
	}
	box_add(c, p, wc, start, n, 0);
}

/* *b grown to n bytes at least, the first n zeroed; returns it. */
static char *
brk_zero(char **b, size_t *cap, size_t n)
{
	*b = xgrow(*b, cap, n, 1);
	memset(*b, 0, n);
	return *b;
}

/* Prefix sums of widths, stretch, shrink and glue over the items, so a
 * line is measured in constant time. */
static void
sums(struct para *p)
{
	size_t i;
	double *q;

	free(p->sum);
	/* every entry is written: the first four here, the rest below */
	p->sum = q = xmalloc((p->nit + 1) * SUMS * sizeof(*q));
	q[0] = q[1] = q[2] = q[3] = q[4] = 0;
	for (i = 0; i < p->nit; i++, q += SUMS) {
		const struct item *t = &p->it[i];
		int g = t->kind == ITEM_GLUE;

		q[SUMS] = q[0] + (t->kind != ITEM_PENALTY ? t->w : 0);
		q[SUMS + 1] = q[1] + (g ? t->stretch : 0);
		q[SUMS + 2] = q[2] + (g ? t->shrink : 0);
		q[SUMS + 3] = q[3] + g;
		q[SUMS + 4] = q[4] + (g ? t->w : 0);
	}
}

int
para_build(struct lctx *c, struct para *p, const char *s,
    const struct naskah_text *src, enum naskah_face base, double size)
{
	struct wchar *wc = NULL, ch;
	size_t nwc = 0, capwc = 0, r, i, k, capbrk = 0;
	char *brk = NULL;
	size_t bad = 0;
	const char *mark = "*";
	enum naskah_face last_face = base;
	struct item *it;
	int ok = 1;
	size_t letters = 0, upper = 0;
	double last_hang = 0;

	if (c->pc != NULL && paracache_build_get(c, p, s, src, base, size,
	    &ok))
		return ok;
	memset(p, 0, sizeof(*p));
	p->src = src;
	p->pos.sp = src != NULL ? &src->span : NULL;
	p->size = size;
	if (!naskah_inline_parse(s, base, &p->runs, &bad, &mark))
		ok = 0;
	/* each word's bytes and its NUL: at most twice the runs' bytes */
	for (r = 0; r < p->runs.n; r++)
		p->captext += 2 * p->runs.v[r].len;
	p->text = xmalloc(p->captext + 1);
	/* about what the items and frags of ordinary text need (a glue and
	 * a box a word, a few break points): fewer reallocations */
	p->capit = p->captext / 4 + 8;
	p->it = xmalloc(p->capit * sizeof(*p->it));
	p->capf = p->captext / 8 + 8;
	p->f = xmalloc(p->capf * sizeof(*p->f));
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
					word_items(c, p, wc, nwc,
					    brk_zero(&brk, &capbrk, nwc + 1),
					    base);
					last_face = wc[nwc - 1].face;
					last_hang = hang_of(c, wc[nwc - 1].cp,
					    last_face, size);
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
					it->hang = last_hang;
				}
				continue;
			}
			if (is_letter(ch.cp)) {
				letters++;
				upper += is_upper(ch.cp);
			}
			ch.s = run->text + i;
			ch.len = k;
			ch.face = run->face;
			ch.src = run->src + i;
			VEC_PUSH(wc, nwc, capwc, ch);
		}
	}
	if (nwc > 0)
		word_items(c, p, wc, nwc, brk_zero(&brk, &capbrk, nwc + 1),
		    base);
	/* no glue at the end */
	while (p->nit > 0 && p->it[p->nit - 1].kind == ITEM_GLUE)
		p->nit--;
	p->caps = letters >= 2 && upper == letters;
	free(wc);
	free(brk);
	sums(p);
	if (c->pc != NULL)
		paracache_build_put(c, p, ok);
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
	p->serial = 0;
	sums(p);
}

/* Does cp join the glyph before it (a combining mark)? */
static int
is_mark(uint32_t cp)
{
	return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
	    (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
	    (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200D;
}

/* An emergency break point after a glyph, kn points of kerning towards
 * the next one dropped when the line ends there. */
static void
emergency_add(struct item **v, size_t *n, size_t *cap, enum naskah_face f,
    double kn)
{
	struct item t;

	memset(&t, 0, sizeof(t));
	t.kind = ITEM_PENALTY;
	t.penalty = EMERGENCY_PENALTY;
	t.emergency = 1;
	t.need = BRK_EMERGENCY;
	t.face = f;
	t.kern = kn;
	VEC_PUSH(*v, *n, *cap, t);
}

/* Append box it (of frag f) to *v as one box per glyph with an
 * emergency break point between each two; the kerning between two
 * glyphs belongs to the box before it, as in word_items. */
static void
box_split(struct lctx *c, struct para *p, const struct item *it,
    struct item **v, size_t *n, size_t *cap)
{
	const struct frag f = p->f[it->frag];
	size_t i = 0, start = 0, k;
	uint32_t cp, prev = 0;
	double used = 0, kn;
	struct item t;
	struct frag nf;

	while (i < f.len) {
		k = utf8_decode(f.s + i, f.len - i, &cp);
		k = k ? k : 1;
		if (i > start && !is_mark(cp)) {
			/* a glyph [start, i) ends before cp */
			kn = text_kern(c, f.face, prev, cp) * p->size / 1000.0;
			nf = f;
			nf.s = f.s + start;
			nf.len = i - start;
			nf.src = f.src + start;
			nf.w = text_width(c, nf.s, nf.len, f.face, p->size) + kn;
			used += nf.w;
			VEC_PUSH(p->f, p->nf, p->capf, nf);
			t = *it;
			t.w = nf.w;
			t.frag = p->nf - 1;
			VEC_PUSH(*v, *n, *cap, t);
			emergency_add(v, n, cap, f.face, kn);
			start = i;
		}
		prev = cp;
		i += k;
	}
	/* the last glyph keeps what the box had beyond its own glyphs */
	nf = f;
	nf.s = f.s + start;
	nf.len = f.len - start;
	nf.src = f.src + start;
	nf.w = it->w - used;
	VEC_PUSH(p->f, p->nf, p->capf, nf);
	t = *it;
	t.w = nf.w;
	t.frag = p->nf - 1;
	VEC_PUSH(*v, *n, *cap, t);
}

size_t
para_split_wide(struct lctx *c, struct para *p, double width)
{
	struct item *v = NULL;
	size_t n = 0, cap = 0, i, j, k, split = 0;
	double w;

	/* a token: boxes with nothing between them (faces change inside a
	 * word), every one of them broken up when together too wide */
	for (i = 0; i < p->nit; i = j) {
		w = 0;
		for (j = i; j < p->nit && p->it[j].kind == ITEM_BOX; j++)
			w += p->it[j].w;
		if (j == i) {
			VEC_PUSH(v, n, cap, p->it[i]);
			j = i + 1;
			continue;
		}
		for (k = i; k < j; k++) {
			if (w <= width || p->f[p->it[k].frag].len == 0) {
				VEC_PUSH(v, n, cap, p->it[k]);
				continue;
			}
			if (k > i && v[n - 1].kind == ITEM_BOX &&
			    p->f[v[n - 1].frag].len > 0)
				emergency_add(&v, &n, &cap, p->it[k].face, 0);
			box_split(c, p, &p->it[k], &v, &n, &cap);
			split++;
		}
	}
	if (split == 0) {
		free(v);
		return 0;
	}
	free(p->it);
	p->it = v;
	p->nit = n;
	p->capit = cap;
	p->serial = 0;
	sums(p);
	return split;
}

void
para_free(struct para *p)
{
	if (p == NULL)
		return;
	naskah_spancur_done(&p->pos);
	naskah_runs_free(&p->runs);
	free(p->text);
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
