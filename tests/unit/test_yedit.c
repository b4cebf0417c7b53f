/* SPDX-License-Identifier: ISC */
#define _GNU_SOURCE	/* strchrnul */
/*
 * test_yedit.c - edits of a YAML text in place (yaml/yedit.h, issue 16,
 * the form mode): only the value named changes, lists gain, lose and
 * reorder items with their lines and comments, values that need quotes
 * get them, wrong paths are refused, and over every example each text
 * set to itself leaves the file as it was and set to a tricky text
 * reads back, and each list's items inserted, deleted and moved there
 * and back give the file as it was.
 */
#include <dirent.h>

#include "test.h"
#include "base/fileio.h"
#include "base/xalloc.h"
#include "yaml/yedit.h"
#include "yaml/ytree.h"

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *s = NULL;
	size_t cap = 0, n;

	assert_non_null(f);
	*len = 0;
	for (;;) {
		if (*len + 4096 + 1 > cap)
			s = xgrow(s, &cap, *len + 4096 + 1, 1);
		n = fread(s + *len, 1, 4096, f);
		*len += n;
		if (n == 0)
			break;
	}
	fclose(f);
	s[*len] = '\0';
	return s;
}

/* One edit of text; NULL (and t's messages) when refused. */
static char *
edit1(struct tdiag *t, const char *text, enum yedit_kind k, const char *path,
    const char *value, size_t to)
{
	struct yedit_op op = { k, path, value, to };
	size_t len;

	return yedit_apply(text, strlen(text), &op, 1, &len, &t->d);
}

/* The text at path of text, parsed (caller frees). */
static char *
value_at(const char *text, const char *path)
{
	struct tdiag t;
	struct ydoc *y;
	struct ynode *n;
	char *v = NULL;

	tdiag_open(&t);
	y = ydoc_parse(text, strlen(text), &t.d);
	assert_non_null(y);
	n = ypath_get(y, path);
	if (n != NULL && n->kind == YNODE_SCALAR)
		v = xstrdup(n->str);
	else if (n != NULL)
		v = xasprintf("<%s %zu>", ynode_kind_names[n->kind], n->nkid);
	ydoc_free(y);
	tdiag_close(&t);
	return v;
}

/* How many lines of a and b differ (b as long as a in lines), or -1. */
static int
lines_differ(const char *a, const char *b)
{
	int n = 0;
	const char *ea, *eb;

	while (*a != '\0' && *b != '\0') {
		ea = strchrnul(a, '\n');
		eb = strchrnul(b, '\n');
		if (ea - a != eb - b || memcmp(a, b, ea - a) != 0)
			n++;
		a = *ea ? ea + 1 : ea;
		b = *eb ? eb + 1 : eb;
	}
	return *a == '\0' && *b == '\0' ? n : -1;
}

static void
test_set_one_line(void **state)
{
	struct tdiag t;
	size_t len;
	char *src = slurp("examples/pasar-manna-2024.yaml", &len), *out, *v;

	(void)state;
	tdiag_open(&t);
	out = edit1(&t, src, YEDIT_SET, "penandatangan.nama", "BUDI SANTOSO",
	    0);
	assert_non_null(out);
	assert_int_equal(lines_differ(src, out), 1);
	assert_non_null(strstr(out, "  nama: BUDI SANTOSO\n"));
	assert_non_null(strstr(out, "# the day is left blank"));
	v = value_at(out, "penandatangan.nama");
	assert_string_equal(v, "BUDI SANTOSO");
	free(v);
	free(out);
	/* a quoted value stays quoted; a target in {...} is changed there */
	out = edit1(&t, src, YEDIT_SET, "keputusan.nomor", "800/12/2024", 0);
	assert_non_null(strstr(out, "  nomor: \"800/12/2024\"\n"));
	assert_int_equal(lines_differ(src, out), 1);
	free(out);
	free(src);
	src = slurp("examples/iku-pasar-manna-2024.yaml", &len);
	out = edit1(&t, src, YEDIT_SET, "[3].target.2024", "81,5", 0);
	assert_non_null(out);
	assert_int_equal(lines_differ(src, out), 1);
	v = value_at(out, "[3].target.2024");
	assert_string_equal(v, "81,5");
	assert_non_null(strstr(out, "{2022: 76, 2023: 78, 2024: \"81,5\", "
	    "2025: 82"));
	free(v);
	free(out);
	free(src);
	assert_string_equal(tdiag_text(&t), "");
	tdiag_close(&t);
}

static void
test_quotes(void **state)
{
	static const char *const tricky[] = {
		"Nilai: 80 # catatan", "- bukan butir", "[a, b]", "", "null",
		"~", "x\ny", "tab\there", "\"petik\" dan \\", "#1", "a:",
		" spasi ", "*tebal*", "U+2028\xe2\x80\xa8ini", "@x", "%y",
		"yes", "007",
	};
	static const char src[] = "# atas\na: 1   # komentar a\nb:\n"
	    "  - x\n  - y\nc: {d: 1, e: 2}\nf: |\n  blok\n  teks\ng: z\n";
	static const char *const paths[] = { "a", "b[1]", "c.e", "f" };
	struct tdiag t;
	size_t i, j;
	char *out, *v;

	(void)state;
	tdiag_open(&t);
	for (i = 0; i < sizeof(tricky) / sizeof(tricky[0]); i++)
		for (j = 0; j < sizeof(paths) / sizeof(paths[0]); j++) {
			out = edit1(&t, src, YEDIT_SET, paths[j], tricky[i],
			    0);
			assert_non_null(out);
			v = value_at(out, paths[j]);
			assert_string_equal(v, tricky[i]);
			free(v);
			v = value_at(out, "g");
			assert_string_equal(v, "z");
			free(v);
			assert_non_null(strstr(out, "# atas\n"));
			free(out);
		}
	out = edit1(&t, src, YEDIT_SET, "a", "2", 0);
	assert_string_equal(out, "# atas\na: 2   # komentar a\nb:\n"
	    "  - x\n  - y\nc: {d: 1, e: 2}\nf: |\n  blok\n  teks\ng: z\n");
	free(out);
	assert_string_equal(tdiag_text(&t), "");
	tdiag_close(&t);
}

static void
test_new_keys(void **state)
{
	static const char src[] = "p:\n  nama: A\n  nip: 1\n# akhir p\n"
	    "t: {2024: 1}\ne: {}\n";
	struct tdiag t;
	char *out, *v;

	(void)state;
	tdiag_open(&t);
	out = edit1(&t, src, YEDIT_SET, "p.pangkat", "Pembina (IV/a)", 0);
	assert_string_equal(out, "p:\n  nama: A\n  nip: 1\n"
	    "  pangkat: Pembina (IV/a)\n# akhir p\nt: {2024: 1}\ne: {}\n");
	free(out);
	out = edit1(&t, src, YEDIT_SET, "t.2025", "2", 0);
	assert_non_null(strstr(out, "t: {2024: 1, 2025: 2}\n"));
	free(out);
	out = edit1(&t, src, YEDIT_SET, "e.x.y", "3", 0);
	assert_non_null(strstr(out, "e: {x: {y: 3}}\n"));
	free(out);
	out = edit1(&t, src, YEDIT_SET, "q.r.s", "a: b", 0);
	assert_non_null(out);
	assert_non_null(strstr(out, "q:\n  r:\n    s: \"a: b\"\n"));
	v = value_at(out, "q.r.s");
	assert_string_equal(v, "a: b");
	free(v);
	free(out);
	assert_string_equal(tdiag_text(&t), "");
	tdiag_close(&t);
}

static void
test_lists(void **state)
{
	struct tdiag t;
	size_t len;
	char *src = slurp("examples/pasar-manna-2024.yaml", &len), *out, *v,
	    *first, *third, *o2;

	(void)state;
	tdiag_open(&t);
	first = value_at(src, "menimbang[0]");
	third = value_at(src, "menimbang[2]");
	out = edit1(&t, src, YEDIT_INSERT, "menimbang[1]",
	    "bahwa butir baru ini ditulis di antara butir pertama dan butir "
	    "kedua dan cukup panjang untuk dilipat menjadi beberapa baris;", 0);
	assert_non_null(out);
	v = value_at(out, "menimbang");
	assert_string_equal(v, "<list 4>");
	free(v);
	v = value_at(out, "menimbang[1]");
	assert_string_equal(v, "bahwa butir baru ini ditulis di antara butir "
	    "pertama dan butir kedua dan cukup panjang untuk dilipat menjadi "
	    "beberapa baris;");
	free(v);
	assert_non_null(strstr(out, "  - bahwa butir baru ini ditulis di "
	    "antara butir pertama dan butir kedua dan\n    cukup panjang"));
	/* and deleted again: the file as it was */
	o2 = edit1(&t, out, YEDIT_DELETE, "menimbang[1]", NULL, 0);
	assert_string_equal(o2, src);
	free(o2);
	free(out);
	/* the last item moved first and back */
	out = edit1(&t, src, YEDIT_MOVE, "menimbang[2]", NULL, 0);
	v = value_at(out, "menimbang[0]");
	assert_string_equal(v, third);
	free(v);
	v = value_at(out, "menimbang[1]");
	assert_string_equal(v, first);
	free(v);
	o2 = edit1(&t, out, YEDIT_MOVE, "menimbang[0]", NULL, 2);
	assert_string_equal(o2, src);
	free(o2);
	free(out);
	/* the last item deleted: the list ends where it did */
	out = edit1(&t, src, YEDIT_DELETE, "diktum[3]", NULL, 0);
	assert_non_null(strstr(out, "    Bengkulu Selatan.\n\npenetapan:"));
	free(out);
	free(first);
	free(third);
	free(src);
	/* a row copied */
	src = slurp("examples/iku-pasar-manna-2024.yaml", &len);
	out = edit1(&t, src, YEDIT_INSERT, "[7]", NULL, 0);
	v = value_at(out, "[7].satuan");
	assert_string_equal(v, "%");
	free(v);
	free(out);
	free(src);
	/* comments ride with their item */
	out = edit1(&t, "l:\n  - a\n  # about b\n  - b\n  - c\n", YEDIT_MOVE,
	    "l[1]", NULL, 2);
	assert_string_equal(out, "l:\n  - a\n  - c\n  # about b\n  - b\n");
	free(out);
	/* a block text: its blank lines after it stay; one at the end */
	out = edit1(&t, "l:\n  - >-\n    a\n\n  - b\nm: |\n  x\n  y",
	    YEDIT_MOVE, "l[0]", NULL, 1);
	assert_string_equal(out, "l:\n\n  - b\n  - >-\n    a\nm: |\n  x\n  y");
	free(out);
	out = edit1(&t, "m: |\n  x\n  y", YEDIT_SET, "m", "z", 0);
	assert_string_equal(out, "m: z");
	free(out);
	out = edit1(&t, "l:\n  - a\n  - b", YEDIT_INSERT, "l[2]", "c", 0);
	assert_string_equal(out, "l:\n  - a\n  - b\n  - c\n");
	free(out);
	assert_string_equal(tdiag_text(&t), "");
	tdiag_close(&t);
}

static void
test_refused(void **state)
{
	static const struct {
		enum yedit_kind k;
		const char *path, *msg;
	} cases[] = {
		{ YEDIT_SET, "a..b", "error: 'a..b' is not a path" },
		{ YEDIT_SET, "a[x]", "error: 'a[x]' is not a path" },
		{ YEDIT_SET, "l[5]", "t.yaml:3:3: error: 'l[5]': the list has 2 item(s), there is no item 5" },
		{ YEDIT_SET, "l", "t.yaml:3:3: error: 'l' holds a list, not a text" },
		{ YEDIT_SET, "a.b", "t.yaml:1:4: error: 'a.b' is not a mapping" },
		{ YEDIT_SET, "a[0]", "t.yaml:1:4: error: 'a[0]' is not a list" },
		{ YEDIT_DELETE, "f[0]", "t.yaml:5:4: error: 'f[0]' is not written as one '- ' line" },
		{ YEDIT_DELETE, "o[0]", "t.yaml:7:3: error: 'o[0]' is the list's only item" },
		{ YEDIT_INSERT, "l[3]", "t.yaml:3:3: error: 'l[3]': the list has 2 item(s), there is no item 3" },
		{ YEDIT_MOVE, "a[0]", "error: 'a[0]' is not a list" },
	};
	static const char src[] = "a: 1\nl:\n  - x\n  - y\nf: [1, 2]\n"
	    "o:\n  - 1\n";
	struct tdiag t;
	size_t i;
	char *out;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		tdiag_open(&t);
		out = edit1(&t, src, cases[i].k, cases[i].path, "v", 0);
		assert_null(out);
		if (strstr(tdiag_text(&t), cases[i].msg) == NULL)
			fail_msg("%s: got %s", cases[i].path,
			    tdiag_text(&t));
		tdiag_close(&t);
	}
	/* a text that is no YAML: its own error */
	tdiag_open(&t);
	assert_null(edit1(&t, "a: [1\n", YEDIT_SET, "a", "v", 0));
	assert_non_null(strstr(tdiag_text(&t), "never closed"));
	tdiag_close(&t);
	/* JSON, the server's bodies, reads as YAML */
	tdiag_open(&t);
	out = value_at("{\"text\":\"a: 1\\n\",\"ops\":[{\"op\":\"set\","
	    "\"to\":2}]}", "ops[0].to");
	assert_string_equal(out, "2");
	free(out);
	tdiag_close(&t);
}

/* The path (in p, a buffer) of every node of kind k under n onto
 * paths. */
static void
collect_kind(const struct ynode *n, enum ynode_kind k, struct naskah_buf *p,
    char ***paths, size_t *np, size_t *cap)
{
	size_t i, keep = p->len;

	if (n->kind == k)
		VEC_PUSH(*paths, *np, *cap, xstrndup(p->s ? p->s : "",
		    p->len));
	if (n->kind == YNODE_SCALAR)
		return;
	for (i = 0; i < (n->kind == YNODE_MAP ? YMAP_LEN(n) : n->nkid); i++) {
		if (n->kind == YNODE_MAP) {
			if (strpbrk(YMAP_KEY(n, i)->str, ".[]") != NULL)
				continue;
			buf_printf(p, "%s%s", keep > 0 ? "." : "",
			    YMAP_KEY(n, i)->str);
			collect_kind(YMAP_VAL(n, i), k, p, paths, np, cap);
		} else {
			buf_printf(p, "[%zu]", i);
			collect_kind(n->kid[i], k, p, paths, np, cap);
		}
		p->len = keep;
		if (p->s != NULL)
			p->s[keep] = '\0';
	}
}

static void
test_examples(void **state)
{
	struct naskah_buf p = { NULL, 0, 0 };
	struct tdiag t;
	struct ydoc *y;
	struct dirent *de;
	DIR *dir = opendir("examples");
	char **paths = NULL, *src, *out, *v, *fn;
	size_t np, cap, i, len, olen, files = 0, n = 0;
	struct yedit_op op;

	(void)state;
	assert_non_null(dir);
	while ((de = readdir(dir)) != NULL) {
		len = strlen(de->d_name);
		if (len < 6 || strcmp(de->d_name + len - 5, ".yaml") != 0)
			continue;
		fn = xasprintf("examples/%s", de->d_name);
		src = slurp(fn, &len);
		tdiag_open(&t);
		y = ydoc_parse(src, len, &t.d);
		assert_non_null(y);
		np = cap = 0;
		paths = NULL;
		if (y->root != NULL)
			collect_kind(y->root, YNODE_SCALAR, &p, &paths, &np,
			    &cap);
		for (i = 0; i < np; i++) {
			op.kind = YEDIT_SET;
			op.path = paths[i];
			op.value = ypath_get(y, paths[i])->str;
			out = yedit_apply(src, len, &op, 1, &olen, &t.d);
			if (out == NULL || olen != len ||
			    memcmp(out, src, len) != 0)
				fail_msg("%s: %s set to itself changed the "
				    "file", fn, paths[i]);
			free(out);
			op.value = "Nilai: 80 # \"catatan\", [a] {b}";
			out = yedit_apply(src, len, &op, 1, &olen, &t.d);
			if (out == NULL)
				fail_msg("%s: %s: %s", fn, paths[i],
				    tdiag_text(&t));
			v = value_at(out, paths[i]);
			assert_string_equal(v, op.value);
			free(v);
			free(out);
			free(paths[i]);
			n++;
		}
		free(paths);
		ydoc_free(y);
		assert_string_equal(tdiag_text(&t), "");
		tdiag_close(&t);
		free(src);
		free(fn);
		files++;
	}
	closedir(dir);
	buf_free(&p);
	print_message("yedit: %zu texts of %zu examples set and read back\n",
	    n, files);
	assert_true(files >= 8 && n > 500);
}

/* Is a line of src[a..b) blank? */
static int
blank_between(const char *src, size_t a, size_t b)
{
	size_t i;
	int empty = 0;

	for (i = a; i < b; i++) {
		if (src[i] == '\n') {
			if (empty)
				return 1;
			empty = 1;
		} else if (src[i] != ' ')
			empty = 0;
	}
	return 0;
}

/* Two edits of src in a row must give src back (b NULL: a must
 * apply). */
static int
there_and_back(const char *src, const struct yedit_op *a,
    const struct yedit_op *b, struct tdiag *t)
{
	size_t len;
	char *one, *two;
	int same;

	one = yedit_apply(src, strlen(src), a, 1, &len, &t->d);
	if (one == NULL || b == NULL) {
		free(one);
		return one != NULL;
	}
	two = yedit_apply(one, len, b, 1, &len, &t->d);
	same = two != NULL && strcmp(two, src) == 0;
	free(one);
	free(two);
	return same;
}

/* Over every block list of every example with two items or more: a
 * copy of item 0 inserted and deleted, a text added at the end and
 * deleted, item 0 moved last and back: the file as it was. */
static void
test_example_lists(void **state)
{
	struct naskah_buf p = { NULL, 0, 0 };
	struct tdiag t;
	struct ydoc *y;
	struct ynode *l;
	struct dirent *de;
	DIR *dir = opendir("examples");
	char **paths, *src, *fn, *at0, *atn, *atl;
	size_t np, cap, i, len, n = 0;
	struct yedit_op a, b;

	(void)state;
	assert_non_null(dir);
	while ((de = readdir(dir)) != NULL) {
		len = strlen(de->d_name);
		if (len < 6 || strcmp(de->d_name + len - 5, ".yaml") != 0)
			continue;
		fn = xasprintf("examples/%s", de->d_name);
		src = slurp(fn, &len);
		tdiag_open(&t);
		y = ydoc_parse(src, len, &t.d);
		assert_non_null(y);
		np = cap = 0;
		paths = NULL;
		if (y->root != NULL)
			collect_kind(y->root, YNODE_LIST, &p, &paths, &np,
			    &cap);
		for (i = 0; i < np; i++) {
			l = ypath_get(y, paths[i]);
			if (l->nkid < 2 ||
			    src[ydoc_offset(y, l->pos)] == '[') {
				free(paths[i]);
				continue;
			}
			at0 = xasprintf("%s[0]", paths[i]);
			atn = xasprintf("%s[%zu]", paths[i], l->nkid);
			atl = xasprintf("%s[%zu]", paths[i], l->nkid - 1);
			a = (struct yedit_op){ YEDIT_INSERT, at0, NULL, 0 };
			b = (struct yedit_op){ YEDIT_DELETE, at0, NULL, 0 };
			if (!there_and_back(src, &a, &b, &t))
				fail_msg("%s: %s copied and deleted: %s", fn,
				    at0, tdiag_text(&t));
			a = (struct yedit_op){ YEDIT_INSERT, atn, "baru: x",
			    0 };
			b = (struct yedit_op){ YEDIT_DELETE, atn, NULL, 0 };
			if (!there_and_back(src, &a, &b, &t))
				fail_msg("%s: %s added and deleted: %s", fn,
				    atn, tdiag_text(&t));
			a = (struct yedit_op){ YEDIT_MOVE, at0, NULL,
			    l->nkid - 1 };
			b = (struct yedit_op){ YEDIT_MOVE, atl, NULL, 0 };
			/* blank lines between items stay where they are:
			 * then only each move must read back */
			if (blank_between(src, ydoc_offset(y, l->pos),
			    ydoc_offset(y, l->kid[l->nkid - 1]->pos))) {
				if (!there_and_back(src, &a, NULL, &t))
					fail_msg("%s: %s moved last: %s", fn,
					    at0, tdiag_text(&t));
			} else if (!there_and_back(src, &a, &b, &t))
				fail_msg("%s: %s moved last and back: %s", fn,
				    at0, tdiag_text(&t));
			free(at0);
			free(atn);
			free(atl);
			free(paths[i]);
			n++;
		}
		free(paths);
		ydoc_free(y);
		assert_string_equal(tdiag_text(&t), "");
		tdiag_close(&t);
		free(src);
		free(fn);
	}
	closedir(dir);
	buf_free(&p);
	print_message("yedit: %zu lists of the examples edited there and "
	    "back\n", n);
	assert_true(n > 20);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_set_one_line),
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_new_keys),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_examples),
		cmocka_unit_test(test_example_lists),
	};

	return cmocka_run_group_tests_name("yedit", tests, NULL, NULL);
}
