/* SPDX-License-Identifier: ISC */
/*
 * test_yamlerr.c - the classifier of libyaml's syntax errors
 * (yaml/yerr.h): each common mistake, fed through libyaml itself, is
 * named and placed where it is; the ' #' that cuts a plain text.
 */
#include <yaml.h>

#include "test.h"
#include "yaml/yerr.h"

/* The byte offset of character index ci of UTF-8 src (libyaml's marks
 * count characters). */
static size_t
byte_of(const char *src, size_t len, size_t ci)
{
	size_t i = 0;

	while (i < len && ci > 0) {
		i++;
		while (i < len && ((unsigned char)src[i] & 0xC0) == 0x80)
			i++;
		ci--;
	}
	return i;
}

/* libyaml's first error on src, classified; the line and column
 * (1-based, columns in bytes) of e->at. */
static void
classify(const char *src, struct yerr *e, int *line, int *col)
{
	yaml_parser_t p;
	yaml_event_t ev;
	size_t i, len = strlen(src);
	int done = 0;

	assert_true(yaml_parser_initialize(&p));
	yaml_parser_set_input_string(&p, (const unsigned char *)src, len);
	while (!done) {
		if (!yaml_parser_parse(&p, &ev))
			break;
		done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
	}
	assert_false(done);	/* every case is a syntax error */
	yerr_classify(src, len, p.problem, p.context,
	    byte_of(src, len, p.problem_mark.index),
	    byte_of(src, len, p.context_mark.index), e);
	yaml_parser_delete(&p);
	*line = 1;
	*col = 1;
	for (i = 0; i < e->at; i++) {
		if (src[i] == '\n') {
			(*line)++;
			*col = 1;
		} else
			(*col)++;
	}
}

static void
test_kinds(void **state)
{
	static const struct {
		const char	*src;
		enum yerr_kind	 kind;
		int		 line, col;
	} cases[] = {
		/* a tab, where libyaml finds it and where it does not */
		{ "a:\n\tb: 1\n", YERR_TAB, 2, 1 },
		{ "a:\n  b: 1\n \tc: 2\n", YERR_TAB, 3, 2 },
		/* the colon left out: libyaml notices on the next line */
		{ "a:\n  b 1\n  c: 2\n", YERR_NO_COLON, 2, 4 },
		{ "a:\n  b: 1\n  c 2\nd: 3\n", YERR_NO_COLON, 3, 4 },
		{ "m: 1\na\n  - x\n", YERR_NO_COLON, 2, 2 },
		{ "k:\n  b x\n  y\n  c: 2\n", YERR_NO_COLON, 2, 4 },
		/* ': ' inside a text */
		{ "a: b: c\n", YERR_COLON_IN_TEXT, 1, 5 },
		{ "k:\n- x: y: z\n", YERR_COLON_IN_TEXT, 2, 7 },
		/* a quote or bracket never closed: where it opened */
		{ "a: \"b\nc: 1\n", YERR_QUOTE_OPEN, 1, 4 },
		{ "a: 'b\nc: 1\n", YERR_QUOTE_OPEN, 1, 4 },
		{ "a: [b, c\nd: 1\n", YERR_FLOW_OPEN, 1, 4 },
		{ "a: {b: c\nd: 1\n", YERR_FLOW_OPEN, 1, 4 },
		/* indentation */
		{ "a:\n  b: 1\n   c: 2\n", YERR_INDENT, 3, 4 },
		{ "a:\n  b: 1\n c: 2\n", YERR_INDENT, 3, 2 },
		{ "a:\n  b: \"1\"\n   c: 2\n", YERR_INDENT, 3, 4 },
		{ "a:\n  - x\n  b: 1\n", YERR_DASH, 3, 3 },
		/* text after a closing quote */
		{ "a: \"b\" c\n", YERR_AFTER_QUOTE, 1, 8 },
		/* a text starting with what YAML reads as syntax */
		{ "a: >= 80\nb: 1\n", YERR_START, 1, 4 },
		{ "a: @x\n", YERR_START, 1, 4 },
		{ "a: - x\n", YERR_DASH_INLINE, 1, 4 },
		{ "a: \"C:\\Data\"\n", YERR_ESCAPE, 1, 7 },
		/* a line break editors do not show (U+0085, U+2028,
		 * U+2029): where it is, not the key before it; inside
		 * quotes it is none */
		{ "x: 1\ny: a\xc2\x85" "b\nz: 2\n", YERR_UBREAK, 2, 5 },
		{ "x: 1\ny: a\xe2\x80\xa8" "b c\n", YERR_UBREAK, 2, 5 },
		{ "k:\n  - a\xe2\x80\xa9" "b\n  - c\n", YERR_UBREAK, 2, 6 },
		{ "y: \"a\xc2\x85" "b\" c\n", YERR_AFTER_QUOTE, 1, 11 },
		/* not recognised: libyaml's words stay */
		{ "a: \"\\ud800\"\n", YERR_OTHER, 1, 7 },
	};
	struct yerr e;
	size_t i;
	int line, col;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		classify(cases[i].src, &e, &line, &col);
		if (e.kind != cases[i].kind || line != cases[i].line ||
		    col != cases[i].col)
			fail_msg("case %zu: got %s at %d:%d, want %s at %d:%d",
			    i, yerr_kind_names[e.kind], line, col,
			    yerr_kind_names[cases[i].kind], cases[i].line,
			    cases[i].col);
	}
}

static void
test_details(void **state)
{
	static const char *src = "kop:\n  pemerintah PEMDA\n  instansi: X\n";
	struct yerr e;
	int line, col;

	(void)state;
	classify(src, &e, &line, &col);
	assert_int_equal(e.kind, YERR_NO_COLON);
	assert_int_equal(e.wordlen, 10);
	assert_memory_equal(src + e.word, "pemerintah", 10);
	classify("a:\n  b: 1\n c: 2\n", &e, &line, &col);
	assert_int_equal(e.indent, 1);
	assert_int_equal(e.other_indent, 2);
	assert_int_equal(e.other, 3);	/* line 2 */
	classify("a: 'b\n", &e, &line, &col);
	assert_int_equal(e.ch, '\'');
	classify("a: {b\n", &e, &line, &col);
	assert_int_equal(e.ch, '{');
	classify("x: 1\ny: a\xe2\x80\xa9" "b\n", &e, &line, &col);
	assert_int_equal(e.cp, 0x2029);
}

static void
test_cut_comment(void **state)
{
	static const struct {
		const char	*line;	/* the scalar ends at '|' */
		long		 hash;	/* offset of the '#', or -1 */
	} cases[] = {
		{ "a: Jalan Merdeka| #12 Manna", 17 },
		{ "a: Jalan Merdeka| # 12", 17 },
		{ "a: Jalan Merdeka|\t#12", 17 },
		/* a comment kept apart, or "# " after two spaces */
		{ "a: 2024-01|          # the day", -1 },
		{ "a: x|  # a comment", -1 },
		{ "a: x|  #", -1 },
		{ "a: x|", -1 },
		{ "a: x|\n# own line", -1 },
		{ "a: x#y|", -1 },
		{ "a: x|  #tag", 6 },
	};
	char buf[64];
	size_t i, n, end;
	const char *bar;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		bar = strchr(cases[i].line, '|');
		end = (size_t)(bar - cases[i].line);
		n = (size_t)snprintf(buf, sizeof(buf), "%.*s%s", (int)end,
		    cases[i].line, bar + 1);
		if ((long)yerr_cut_comment(buf, n, end) != cases[i].hash)
			fail_msg("case %zu: got %ld, want %ld", i,
			    (long)yerr_cut_comment(buf, n, end),
			    cases[i].hash);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_details),
		cmocka_unit_test(test_cut_comment),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
