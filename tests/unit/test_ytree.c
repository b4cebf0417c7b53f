/* SPDX-License-Identifier: ISC */
/*
 * test_ytree.c - the strict YAML reader: positions and refusals; the
 * set of strings that checks a mapping's keys (base/strset).
 */
#include "test.h"
#include "base/xalloc.h"
#include "yaml/ytree.h"

static struct ydoc *
parse(struct tdiag *t, const char *s)
{
	tdiag_open(t);
	return ydoc_parse(s, strlen(s), &t->d);
}

static void
test_positions(void **state)
{
	struct tdiag t;
	struct ydoc *y = parse(&t, "a: 1\nb:\n  - x\n  - {c: d}\n");
	struct ynode *b;

	(void)state;
	assert_non_null(y);
	assert_int_equal(y->root->kind, YNODE_MAP);
	b = ymap_get(y->root, "b");
	assert_non_null(b);
	assert_int_equal(b->kind, YNODE_LIST);
	assert_int_equal(b->nkid, 2);
	assert_int_equal(b->kid[0]->pos.line, 3);
	assert_int_equal(b->kid[0]->pos.col, 5);
	assert_string_equal(ymap_get(b->kid[1], "c")->str, "d");
	/* scalars stay text */
	assert_string_equal(ymap_get(y->root, "a")->str, "1");
	ydoc_free(y);
	tdiag_close(&t);
}

/* Positions on a long line of characters of two and three bytes, past
 * many checkpoints (YDOC_CHK_STEP characters apart): each item's
 * position is at its bytes, and an error at the end of the line is
 * shown at its column in characters. */
static void
test_long_line(void **state)
{
	struct naskah_buf b = { NULL, 0, 0 };
	struct tdiag t;
	struct ydoc *y;
	struct ynode *l;
	char want[64], *at;
	size_t k, off, chars = 4;

	(void)state;
	buf_adds(&b, "t: [");
	for (k = 0; k < 300; k++) {
		snprintf(want, sizeof(want), "%s\xC3\xA9\xE2\x86\x92%zu",
		    k > 0 ? ", " : "", k);
		buf_adds(&b, want);
		chars += (k > 0 ? 2 : 0) + 2 + (k < 10 ? 1 : k < 100 ? 2 : 3);
	}
	buf_adds(&b, "]\n");
	y = parse(&t, b.s);
	assert_non_null(y);
	l = ymap_get(y->root, "t");
	assert_int_equal(l->nkid, 300);
	for (k = 0; k < 300; k++) {
		snprintf(want, sizeof(want), "\xC3\xA9\xE2\x86\x92%zu", k);
		off = ydoc_offset(y, l->kid[k]->pos);
		at = strstr(b.s, want);
		while (at != NULL && (at[strlen(want)] != ',' &&
		    at[strlen(want)] != ']'))
			at = strstr(at + 1, want);
		assert_non_null(at);
		assert_int_equal(off, (size_t)(at - b.s));
	}
	ydoc_free(y);
	tdiag_close(&t);
	/* one ']' too many: the error at the character after the list */
	b.len--;
	buf_adds(&b, "]\n");
	y = parse(&t, b.s);
	assert_null(y);
	snprintf(want, sizeof(want), "t.yaml:1:%zu:", chars + 2);
	if (strstr(tdiag_text(&t), want) == NULL)
		fail_msg("'%s' not in '%s'", want, tdiag_text(&t));
	tdiag_close(&t);
	buf_free(&b);
}

static void
test_refusals(void **state)
{
	static const struct {
		const char *src, *msg;
	} cases[] = {
		{ "a: &x 1\nb: 2\n", "t.yaml:1:4: error: anchor '&x' is not allowed" },
		{ "a: [1]\nb: *x\n", "t.yaml:2:4: error: alias '*x' is not allowed" },
		{ "a: !!str 1\n", "t.yaml:1:4: error: YAML tag '!!str' is not allowed" },
		{ "a: 1\na: 2\n", "t.yaml:2:1: error: duplicate key 'a' (first given on line 1)" },
		{ "a: 1\n---\nb: 2\n", "t.yaml:2:1: error: only one YAML document per file is allowed" },
		{ "a: \"x\\x07y\"\n", "t.yaml:1:4: error: control character U+0007 is not allowed" },
		{ "a: [1\n", "t.yaml:1:4: error: the '[' opened here is never closed with ']'" },
		{ "a: b: c\n", "t.yaml:1:5: error: ': ' (a colon and a space) inside a text reads as a new key" },
		{ "a: x\n\tb: y\n", "t.yaml:2:1: error: a tab cannot be used for indentation: use spaces" },
		/* not recognised: libyaml's words */
		{ "a: \"\\ud800\"\n", "t.yaml:1:7: error: YAML syntax error; libyaml: found invalid Unicode character escape code" },
		{ "a: caf\xe9\n", "t.yaml:1:7: error: invalid UTF-8 text" },
		{ "? [a]\n: 1\n", "t.yaml:1:3: error: a key must be a plain word" },
		/* U+0085, U+2028, U+2029 are no new lines to an editor */
		{ "a: \"x\xc2\x85y\xe2\x80\xa8z\"\nb: 1\nb: 2\n", "t.yaml:3:1: error: duplicate key 'b' (first given on line 2)" },
		{ "a: [\"x\xe2\x80\xa9y\", &q z]\n", "t.yaml:1:12: error: anchor '&q' is not allowed" },
	};
	struct tdiag t;
	struct ydoc *y;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		y = parse(&t, cases[i].src);
		assert_null(y);
		if (strstr(tdiag_text(&t), cases[i].msg) == NULL)
			fail_msg("case %zu: got '%s', want '%s'", i,
			    tdiag_text(&t), cases[i].msg);
		assert_int_equal(naskah_diag_status(&t.d), 1);
		tdiag_close(&t);
	}
}

static void
test_depth(void **state)
{
	char buf[300];
	struct tdiag t;
	struct ydoc *y;
	int i, n = 0;

	(void)state;
	n += sprintf(buf + n, "a: ");
	for (i = 0; i < 65; i++)
		buf[n++] = '[';
	for (i = 0; i < 65; i++)
		buf[n++] = ']';
	buf[n] = '\0';
	y = parse(&t, buf);
	assert_null(y);
	assert_non_null(strstr(tdiag_text(&t), "t.yaml:1:67: error: nesting deeper than 64 levels"));
	tdiag_close(&t);
	/* 63 levels inside the root mapping are fine */
	n = sprintf(buf, "a: ");
	for (i = 0; i < 63; i++)
		buf[n++] = '[';
	for (i = 0; i < 63; i++)
		buf[n++] = ']';
	buf[n] = '\0';
	y = parse(&t, buf);
	assert_non_null(y);
	ydoc_free(y);
	tdiag_close(&t);
}

static void
test_too_big(void **state)
{
	size_t n = YTREE_MAX_BYTES + 10;
	char *buf = malloc(n);
	struct tdiag t;

	(void)state;
	memset(buf, '#', n);
	tdiag_open(&t);
	assert_null(ydoc_parse(buf, n, &t.d));
	assert_non_null(strstr(tdiag_text(&t), "larger than 8192 KiB"));
	tdiag_close(&t);
	free(buf);
}

/* Keys given twice among many. */
static void
test_dup_many(void **state)
{
	struct naskah_buf b = { NULL, 0, 0 };
	struct tdiag t;
	struct ydoc *y;
	int i;

	(void)state;
	for (i = 0; i < 20000; i++)
		buf_printf(&b, "k%d: v\n", i);
	y = parse(&t, b.s);
	assert_non_null(y);
	assert_int_equal(YMAP_LEN(y->root), 20000);
	ydoc_free(y);
	tdiag_close(&t);
	buf_printf(&b, "k12345: w\n");
	y = parse(&t, b.s);
	assert_null(y);
	assert_non_null(strstr(tdiag_text(&t), "t.yaml:20001:1: error: "
	    "duplicate key 'k12345' (first given on line 12346)"));
	tdiag_close(&t);
	buf_free(&b);
}

/*
 * The crit-bit set against a list searched from the start: strings of
 * a few letters (one of two bytes) and the empty one, so that many are
 * repeats and many the start of another; each added string's answer is
 * the first equal string's number.  A wrong critical bit, side or
 * insertion point loses strings or finds the wrong one.
 */
static void
test_strset(void **state)
{
	static const char *const piece[] = { "a", "b", "\xc3\xa9", "~", " " };
	enum { N = 4000, LEN = 7 };
	char (*key)[LEN * 2 + 1] = xcalloc(N, sizeof(*key));
	struct strset s = { 0 };
	unsigned seed = 12345;
	size_t i, j, was, added = 0;
	int len, k, round;

	(void)state;
	for (round = 0; round < 2; round++) {	/* used again after free */
		for (i = 0; i < N; i++) {
			seed = seed * 1103515245u + 12345u;
			len = (int)((seed >> 16) % LEN);
			key[i][0] = '\0';
			for (k = 0; k < len; k++) {
				seed = seed * 1103515245u + 12345u;
				strcat(key[i], piece[(seed >> 16) % 5]);
			}
			for (j = 0; j < i && strcmp(key[j], key[i]) != 0; j++)
				continue;
			was = (size_t)-1;
			if (j < i) {
				assert_int_equal(strset_add(&s, key[i], i,
				    &was), 0);
				assert_int_equal(was, j);
			} else {
				assert_int_equal(strset_add(&s, key[i], i,
				    &was), 1);
				added++;
			}
		}
		assert_int_equal(s.nleaf, added);
		strset_free(&s);
		added = 0;
	}
	strset_free(NULL);
	free(key);
}

static void
test_text_pos(void **state)
{
	struct tdiag t;
	struct ydoc *y = parse(&t, "a: satu dua\nb: |\n  tiga\n  empat X\n"
	    "c: >\n  lima\n  enam Y\n");
	struct ynode *n;
	struct naskah_pos p;

	(void)state;
	n = ymap_get(y->root, "a");
	p = ydoc_text_pos(y, n, 5);	/* "dua" */
	assert_int_equal(p.line, 1);
	assert_int_equal(p.col, 9);
	n = ymap_get(y->root, "b");
	p = ydoc_text_pos(y, n, strlen("tiga\nempat "));	/* "X" */
	assert_int_equal(p.line, 4);
	assert_int_equal(p.col, 9);
	n = ymap_get(y->root, "c");
	p = ydoc_text_pos(y, n, strlen("lima enam "));	/* "Y" */
	assert_int_equal(p.line, 7);
	assert_int_equal(p.col, 8);
	ydoc_free(y);
	tdiag_close(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_positions),
		cmocka_unit_test(test_long_line),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_depth),
		cmocka_unit_test(test_too_big),
		cmocka_unit_test(test_dup_many),
		cmocka_unit_test(test_strset),
		cmocka_unit_test(test_text_pos),
	};

	return cmocka_run_group_tests_name("ytree", tests, NULL, NULL);
}
