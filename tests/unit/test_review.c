/* SPDX-License-Identifier: ISC */
/*
 * test_review.c - the reviewer's rules (src/review/), each made to
 * speak on a departure and shown silent on correct text, over decrees
 * built by hand.  Each family has its block below.
 */
#include "test.h"
#include "test_review.h"

/* the table: names unique and found, every rule with a source */
static void
test_table(void **state)
{
	int r, q;

	(void)state;
	for (r = 0; r < RULE__MAX; r++) {
		assert_non_null(review_rules[r].name);
		assert_true(strlen(review_rules[r].source) > 0);
		assert_int_equal(review_rule_find(review_rules[r].name), r);
		for (q = r + 1; q < RULE__MAX; q++)
			assert_string_not_equal(review_rules[r].name,
			    review_rules[q].name);
	}
	assert_int_equal(review_rule_find("tidak-ada"), RULE__MAX);
}

/* bentuk: menimbang-bahwa */
static void
test_menimbang_bahwa(void **state)
{
	struct naskah_clause c[2];
	struct naskah_decree doc;
	char *s;

	(void)state;
	memset(&doc, 0, sizeof(doc));
	memset(c, 0, sizeof(c));
	c[0].text = text_at("bahwa untuk mengukur kinerja perlu IKU;", 10);
	c[1].text = text_at("berdasarkan pertimbangan huruf a, perlu ...;", 12);
	doc.menimbang.v = c;
	doc.menimbang.n = 1;
	s = review_text(&doc, 0);
	assert_string_equal(s, "");
	free(s);
	doc.menimbang.n = 2;
	s = review_text(&doc, 0);
	assert_string_equal(s, "naskah: t.yaml:12:5: warning: a Menimbang "
	    "point begins with \"bahwa\"\n");
	free(s);
	s = review_text(&doc, 1);
	assert_non_null(strstr(s, "t.yaml:12:5: error:"));
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_menimbang_bahwa),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
