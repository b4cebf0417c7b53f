/* SPDX-License-Identifier: ISC */
/*
 * test_inline.c - *italic* / **bold** markup.
 */
#include "test.h"
#include "layout/inline.h"

static void
expect(const char *src, enum naskah_face base, int ok, size_t n,
    const char *const *texts, const enum naskah_face *faces)
{
	struct naskah_runs r = { NULL, 0, 0 };
	size_t bad = 0, i;
	const char *mark = NULL;

	assert_int_equal(naskah_inline_parse(src, base, &r, &bad, &mark), ok);
	assert_int_equal(r.n, n);
	for (i = 0; i < n; i++) {
		assert_string_equal(r.v[i].text, texts[i]);
		assert_int_equal(r.v[i].face, faces[i]);
	}
	naskah_runs_free(&r);
}

static void
test_plain(void **state)
{
	static const char *const t[] = { "bahwa dalam rangka" };
	static const enum naskah_face f[] = { FACE_REGULAR };

	(void)state;
	expect("bahwa dalam rangka", FACE_REGULAR, 1, 1, t, f);
}

static void
test_italic_bold(void **state)
{
	static const char *const t[] = { "kinerja ", "output", " dan ",
	    "hasil", "." };
	static const enum naskah_face f[] = { FACE_REGULAR, FACE_ITALIC,
	    FACE_REGULAR, FACE_BOLD, FACE_REGULAR };
	static const char *const t2[] = { "a ", "b", " c" };
	static const enum naskah_face f2[] = { FACE_BOLD, FACE_BOLDITALIC,
	    FACE_BOLD };
	static const char *const t3[] = { "x" };
	static const enum naskah_face f3[] = { FACE_BOLDITALIC };

	(void)state;
	expect("kinerja *output* dan **hasil**.", FACE_REGULAR, 1, 5, t, f);
	/* emphasis inside a bold base becomes bold italic */
	expect("a *b* c", FACE_BOLD, 1, 3, t2, f2);
	expect("***x***", FACE_REGULAR, 1, 1, t3, f3);
}

static void
test_literal(void **state)
{
	/* an escape starts a new run, so offsets map onto the source */
	static const char *const t[] = { "5 * 3 = 15 and ", "*x" };
	static const enum naskah_face f[] = { FACE_REGULAR, FACE_REGULAR,
	    FACE_REGULAR };
	static const char *const t2[] = { "catatan*) dan ", "*b", "*" };
	struct naskah_runs r = { NULL, 0, 0 };
	size_t bad = 0;
	const char *mark = NULL;

	(void)state;
	expect("5 * 3 = 15 and \\*x", FACE_REGULAR, 1, 2, t, f);
	expect("catatan*) dan \\*b\\*", FACE_REGULAR, 1, 3, t2, f);
	assert_int_equal(naskah_inline_parse("ab \\*cd", FACE_REGULAR, &r,
	    &bad, &mark), 1);
	assert_int_equal(r.v[1].src, 4);	/* the '*' after the backslash */
	naskah_runs_free(&r);
}

static void
test_unclosed(void **state)
{
	struct naskah_runs r = { NULL, 0, 0 };
	size_t bad = 0;
	const char *mark = NULL;

	(void)state;
	assert_int_equal(naskah_inline_parse("abc **bold", FACE_REGULAR, &r,
	    &bad, &mark), 0);
	assert_int_equal(bad, 4);
	assert_string_equal(mark, "**");
	naskah_runs_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain),
		cmocka_unit_test(test_italic_bold),
		cmocka_unit_test(test_literal),
		cmocka_unit_test(test_unclosed),
	};

	return cmocka_run_group_tests_name("inline", tests, NULL, NULL);
}
