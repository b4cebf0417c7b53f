/* SPDX-License-Identifier: ISC */
/*
 * yerr.h - libyaml's syntax errors read again as the mistakes people
 * make (issue 16): from libyaml's problem and context words, the bytes
 * its marks point at, and the raw lines around them, say what the
 * mistake is and where it IS, which is often a line before the one
 * libyaml noticed it on.  Not a parser: a classifier over libyaml's
 * report.  What it does not recognise stays YERR_OTHER, for libyaml's
 * own words.
 */
#ifndef NASKAH_YERR_H
#define NASKAH_YERR_H

#include <stddef.h>

enum yerr_kind {
	YERR_OTHER = 0,		/* not recognised */
	YERR_TAB,		/* a tab in a line's indentation */
	YERR_NO_COLON,		/* a key without its ':' */
	YERR_COLON_IN_TEXT,	/* ': ' inside an unquoted text */
	YERR_QUOTE_OPEN,	/* a quote never closed */
	YERR_FLOW_OPEN,		/* a '[' or '{' never closed */
	YERR_INDENT,		/* a line indented unlike the one above */
	YERR_AFTER_QUOTE,	/* text after a closing quote */
	YERR_DASH,		/* a line among list items without '- ' */
	YERR_START,		/* an unquoted text starting with one of
				 * @ ` % > | */
	YERR_DASH_INLINE,	/* "key: - item": a list on its key's line */
	YERR_ESCAPE,		/* an unknown \ escape in double quotes */
	YERR_UBREAK,		/* U+0085, U+2028 or U+2029 outside
				 * quotes: a line break to YAML, which
				 * editors show inside the line */
	YERR__MAX
};

extern const char *const yerr_kind_names[YERR__MAX];

/* What yerr_classify found; offsets are bytes of the source. */
struct yerr {
	enum yerr_kind	 kind;
	size_t		 at;		/* where the mistake is */
	size_t		 word;		/* NO_COLON: the key ... */
	size_t		 wordlen;	/* ... and its length */
	size_t		 other;		/* INDENT, DASH: the start of the
					 * line above compared with */
	int		 indent;	/* INDENT: spaces of the line at */
	int		 other_indent;	/* INDENT: spaces of line other */
	char		 ch;		/* QUOTE_OPEN, FLOW_OPEN: the quote
					 * or bracket opened at at; START:
					 * the text's first character */
	unsigned	 cp;		/* UBREAK: its code point */
};

/*
 * Classify libyaml's error (problem and context: its words, context
 * NULL when none; problem_at and context_at: byte offsets of its marks
 * in src[0..len), clamped to len) into e.  Costs at most a few passes
 * over the lines between the marks and the content line above them.
 */
void	 yerr_classify(const char *src, size_t len, const char *problem,
	    const char *context, size_t problem_at, size_t context_at,
	    struct yerr *e);

/*
 * A plain scalar ends at byte end of src[0..len): when what follows
 * on its line is a '#' that looks like text libyaml took for a comment
 * (one space before it, or no space after it, where a comment is kept
 * apart by two spaces and starts "# "), the offset of that '#'; else
 * (size_t)-1.  Looks at that line only: linear over a file.
 */
size_t	 yerr_cut_comment(const char *src, size_t len, size_t end);

#endif
