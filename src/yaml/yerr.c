/* SPDX-License-Identifier: ISC */
/*
 * yerr.c - libyaml's syntax errors classified (yerr.h).
 */
#include <string.h>

#include "yaml/yerr.h"

const char *const yerr_kind_names[YERR__MAX] = {
	[YERR_OTHER] = "other",
	[YERR_TAB] = "tab",
	[YERR_NO_COLON] = "no-colon",
	[YERR_COLON_IN_TEXT] = "colon-in-text",
	[YERR_QUOTE_OPEN] = "quote-open",
	[YERR_FLOW_OPEN] = "flow-open",
	[YERR_INDENT] = "indent",
	[YERR_AFTER_QUOTE] = "after-quote",
	[YERR_DASH] = "dash",
	[YERR_START] = "start",
	[YERR_DASH_INLINE] = "dash-inline",
	[YERR_ESCAPE] = "escape",
	[YERR_UBREAK] = "unicode-break",
};

#define NONE	((size_t)-1)

/* The raw source with the helpers' view of its lines. */
struct src {
	const char	*s;
	size_t		 len;
};

static int
has(const char *words, const char *w)
{
	return words != NULL && strstr(words, w) != NULL;
}

/* The start of the line byte at is on. */
static size_t
line_start(const struct src *s, size_t at)
{
	while (at > 0 && s->s[at - 1] != '\n')
		at--;
	return at;
}

/* Just past the last byte of the line starting at ls (its '\n'). */
static size_t
line_end(const struct src *s, size_t ls)
{
	const char *nl = memchr(s->s + ls, '\n', s->len - ls);

	return nl != NULL ? (size_t)(nl - s->s) : s->len;
}

/* The first byte of the line starting at ls that is no space. */
static size_t
line_text(const struct src *s, size_t ls)
{
	while (ls < s->len && s->s[ls] == ' ')
		ls++;
	return ls;
}

/* Its content past the "- " of list items it starts with. */
static size_t
line_content(const struct src *s, size_t ls)
{
	size_t c = line_text(s, ls), e = line_end(s, ls);

	while (c + 1 < e && s->s[c] == '-' && s->s[c + 1] == ' ')
		for (c += 2; c < e && s->s[c] == ' '; c++)
			continue;
	return c;
}

/* Does the line starting at ls hold anything but a comment? */
static int
line_has_text(const struct src *s, size_t ls)
{
	size_t c = line_text(s, ls);

	while (c < s->len && s->s[c] == '\t')
		c++;
	return c < s->len && s->s[c] != '\n' && s->s[c] != '\r' &&
	    s->s[c] != '#';
}

/* The start of the nearest line above the one at ls with text, or
 * NONE. */
static size_t
line_above(const struct src *s, size_t ls)
{
	while (ls > 0) {
		ls = line_start(s, ls - 1);
		if (line_has_text(s, ls))
			return ls;
	}
	return NONE;
}

/* When byte i of [from, to) opens a quoted text (a quote at from or
 * after a space), the index of its closing quote (to when there is
 * none); else i. */
static size_t
quoted_end(const struct src *s, size_t i, size_t from, size_t to)
{
	char q;

	if ((s->s[i] != '"' && s->s[i] != '\'') || (i != from &&
	    s->s[i - 1] != ' '))
		return i;
	for (q = s->s[i++]; i < to && s->s[i] != q; i++)
		continue;
	return i;
}

/*
 * The first ':' in [from, to) that ends a key (a space, tab or the
 * line's end after it), quoted texts passed over; NONE if none.
 */
static size_t
key_colon(const struct src *s, size_t from, size_t to)
{
	size_t i, e;

	for (i = from; i < to; i++) {
		if ((e = quoted_end(s, i, from, to)) != i) {
			i = e;
			continue;
		}
		if (s->s[i] == ':' && (i + 1 >= s->len || s->s[i + 1] == ' ' ||
		    s->s[i + 1] == '\t' || s->s[i + 1] == '\n' ||
		    s->s[i + 1] == '\r'))
			return i;
	}
	return NONE;
}

/* The first tab of the indentation of the line starting at ls, or
 * NONE. */
static size_t
indent_tab(const struct src *s, size_t ls)
{
	size_t i;

	for (i = ls; i < s->len && (s->s[i] == ' ' || s->s[i] == '\t' ||
	    s->s[i] == '-'); i++)
		if (s->s[i] == '\t')
			return i;
	return NONE;
}

/* The code point of a line break that libyaml sees and editors do not
 * (U+0085, U+2028, U+2029) at byte i; 0 if there is none. */
static unsigned
ubreak_at(const struct src *s, size_t i)
{
	const unsigned char *u = (const unsigned char *)s->s + i;

	if (i + 1 < s->len && u[0] == 0xC2 && u[1] == 0x85)
		return 0x85;
	if (i + 2 < s->len && u[0] == 0xE2 && u[1] == 0x80 &&
	    (u[2] == 0xA8 || u[2] == 0xA9))
		return 0x2000 + (unsigned)(u[2] - 0x80);
	return 0;
}

/* The last such break on the line of at, before at and outside quoted
 * texts (where it is no break to libyaml); NONE if none. */
static size_t
ubreak_before(const struct src *s, size_t at)
{
	size_t i, e, ls = line_start(s, at), found = NONE;

	for (i = ls; i < at; i++) {
		if ((e = quoted_end(s, i, ls, at)) != i) {
			i = e;
			continue;
		}
		if (ubreak_at(s, i) != 0)
			found = i;
	}
	return found;
}

/* A missing ':': the key is the first word of the line at ls. */
static void
no_colon(const struct src *s, size_t ls, struct yerr *e)
{
	size_t c = line_content(s, ls), w = c, end = line_end(s, ls);

	while (w < end && s->s[w] != ' ' && s->s[w] != '\t' &&
	    s->s[w] != '\r')
		w++;
	e->kind = YERR_NO_COLON;
	e->word = c;
	e->wordlen = w - c;
	e->at = w;
}

/* Line at (its text at the mark) indented unlike the line above, ab. */
static int
indent_of(const struct src *s, size_t ls, size_t ab, struct yerr *e)
{
	e->indent = (int)(line_text(s, ls) - ls);
	e->other_indent = (int)(line_text(s, ab) - ab);
	if (e->indent == e->other_indent)
		return 0;
	e->kind = YERR_INDENT;
	e->at = line_text(s, ls);
	e->other = ab;
	return 1;
}

/*
 * "mapping values are not allowed": a ':' ends a key where no key can
 * be.  An earlier key on its line: it is inside a text.  Else the text
 * before it began on a line above: that line lacks its ':' (when it
 * has none), or this line is indented under a key that has its value.
 */
static void
mapping_value(const struct src *s, size_t at, struct yerr *e)
{
	size_t ls = line_start(s, at), ab, up;

	if (key_colon(s, line_content(s, ls), at) != NONE) {
		e->kind = YERR_COLON_IN_TEXT;
		e->at = at;
		return;
	}
	if ((ab = line_above(s, ls)) == NONE)
		return;
	if (key_colon(s, line_content(s, ab), line_end(s, ab)) != NONE) {
		indent_of(s, ls, ab, e);
		return;
	}
	/* the text began on the first of the lines without a ':' */
	while ((up = line_above(s, ab)) != NONE &&
	    line_text(s, up) - up == line_text(s, ab) - ab &&
	    key_colon(s, line_content(s, up), line_end(s, up)) == NONE)
		ab = up;
	no_colon(s, ab, e);
}

void
yerr_classify(const char *src, size_t len, const char *problem,
    const char *context, size_t problem_at, size_t context_at,
    struct yerr *e)
{
	struct src s = { src, len };
	size_t ls, ab, t, i;

	memset(e, 0, sizeof(*e));
	e->at = problem_at = problem_at > len ? len : problem_at;
	context_at = context_at > len ? len : context_at;
	ls = line_start(&s, problem_at);
	/* a break the editor does not show made the lines libyaml read */
	if ((t = ubreak_before(&s, problem_at)) != NONE || (context != NULL &&
	    (t = ubreak_before(&s, context_at)) != NONE)) {
		e->kind = YERR_UBREAK;
		e->at = t;
		e->cp = ubreak_at(&s, t);
	} else if ((t = indent_tab(&s, ls)) != NONE && (t <= problem_at ||
	    has(problem, "tab"))) {
		e->kind = YERR_TAB;
		e->at = t;
	} else if (has(context, "quoted scalar") && (has(problem, "end of "
	    "stream") || has(problem, "document indicator"))) {
		e->kind = YERR_QUOTE_OPEN;
		e->at = context_at;
		e->ch = context_at < len ? src[context_at] : '"';
	} else if (has(context, "flow ") && has(problem, "expected ','")) {
		e->kind = YERR_FLOW_OPEN;
		e->at = context_at;
		e->ch = context_at < len && src[context_at] == '{' ? '{' : '[';
	} else if ((has(context, "block scalar") &&
	    has(problem, "expected comment or line break")) ||
	    (has(problem, "cannot start any token") && problem_at < len &&
	    strchr("@`%", src[problem_at]) != NULL)) {
		e->kind = YERR_START;
		e->at = has(context, "block scalar") ? context_at : problem_at;
		e->ch = e->at < len ? src[e->at] : '@';
	} else if (has(problem, "block sequence entries are not allowed")) {
		e->kind = YERR_DASH_INLINE;
	} else if (has(problem, "unknown escape character")) {
		e->kind = YERR_ESCAPE;
	} else if (has(problem, "mapping values are not allowed")) {
		mapping_value(&s, problem_at, e);
	} else if (has(problem, "could not find expected ':'") &&
	    has(context, "simple key")) {
		no_colon(&s, line_start(&s, context_at), e);
	} else if (has(problem, "did not find expected key") ||
	    has(problem, "expected '-' indicator")) {
		if (line_text(&s, ls) == problem_at) {
			if ((ab = line_above(&s, ls)) == NONE)
				return;
			if (!indent_of(&s, ls, ab, e) &&
			    has(problem, "'-' indicator")) {
				e->kind = YERR_DASH;
				e->at = problem_at;
				e->other = ab;
			}
			return;
		}
		for (i = problem_at; i > ls && src[i - 1] == ' '; i--)
			continue;
		if (i > ls && (src[i - 1] == '"' || src[i - 1] == '\'')) {
			e->kind = YERR_AFTER_QUOTE;
			e->at = problem_at;
		}
	}
}

size_t
yerr_cut_comment(const char *src, size_t len, size_t end)
{
	size_t i = end;

	while (i < len && (src[i] == ' ' || src[i] == '\t'))
		i++;
	if (i >= len || src[i] != '#' || i == end)
		return NONE;
	if (i - end == 1 || (i + 1 < len && src[i + 1] != ' ' &&
	    src[i + 1] != '\n' && src[i + 1] != '\r'))
		return i;
	return NONE;
}
