/* SPDX-License-Identifier: ISC */
/*
 * test_paracache.c - the paragraph cache (layout/paracache.c): a layout
 * with it gives the same pages as without, cold and warm; a changed
 * word is set anew, not served from the cache; in a run of different
 * documents it holds no more than the last two layouts used.  Fake
 * metrics (fake.h) and a fake hyphenation (a break point after every
 * second letter), so the breaker has hyphens to choose among.
 */
#include "test.h"
#include "fixture.h"
#include "fake.h"
#include "load/load.h"
#include "layout/layout_int.h"
#include "model/template.h"
#include "yaml/ytree.h"

struct env {
	struct tdiag		 t;
	struct naskah_tpl	*tpl;
};

static void
fake_points(void *ctx, const char *word, size_t n, char *brk)
{
	size_t i;

	(void)ctx;
	(void)word;
	for (i = 1; i + 1 < n; i += 2)
		brk[i] = 1;
}

static const struct naskah_hyph fake_hyph = { NULL, fake_points };

static int
setup(void **state)
{
	struct env *e = calloc(1, sizeof(*e));

	tdiag_open(&e->t);
	e->tpl = naskah_tpl_load("templates/keputusan.yaml", NULL, &e->t.d);
	assert_non_null(e->tpl);
	*state = e;
	return 0;
}

static int
teardown(void **state)
{
	struct env *e = *state;

	naskah_tpl_free(e->tpl);
	tdiag_close(&e->t);
	free(e);
	return 0;
}

/* The fixture decree with a long menimbang (word w in it n times among
 * others) and a lampiran table, laid out with pc (may be NULL). */
static struct naskah_layout *
layout_with(struct env *e, const char *w, int n,
    struct naskah_paracache *pc)
{
	struct naskah_buf b = { NULL, 0, 0 };
	struct naskah_decree *doc;
	struct naskah_layout *l;
	struct ydoc *y;
	char *src, *at;
	int i;

	buf_adds(&b, "  - bahwa ");
	for (i = 0; i < n; i++)
		buf_printf(&b, "pembangunan %s kecamatan berkelanjutan ", w);
	buf_adds(&b, "selesai;\n");
	src = xstrdup(fixture_yaml);
	at = strstr(src, "  - bahwa satu dua tiga;\n");
	assert_non_null(at);
	*at = '\0';
	buf_adds(&b, at + strlen("  - bahwa satu dua tiga;\n"));
	buf_adds(&b, "lampiran:\n  - judul: TABEL\n    iku:\n"
	    "      - sasaran: Meningkatnya pelayanan administrasi\n"
	    "        indikator: Persentase pelayanan yang diselesaikan\n"
	    "        formulasi: {pembilang: aa bb, penyebut: cc, kali: 100 %}\n"
	    "        target: 80 %\n");
	at = xasprintf("%s%s", src, b.s);
	free(src);
	buf_free(&b);
	y = ydoc_parse(at, strlen(at), &e->t.d);
	doc = fixture_decree_load(y, "t.yaml", &e->t.d);
	free(at);
	assert_non_null(doc);
	l = naskah_layout_run(doc, e->tpl, &fake, &fake_hyph, pc, &e->t.d);
	assert_non_null(l);
	fixture_decree_free(doc);
	return l;
}

/* Same pages: every box, field by field, and its text. */
static int
layout_same(const struct naskah_layout *a, const struct naskah_layout *b)
{
	size_t p, k;

	if (a->npage != b->npage)
		return 0;
	for (p = 0; p < a->npage; p++) {
		if (a->page[p].nbox != b->page[p].nbox)
			return 0;
		for (k = 0; k < a->page[p].nbox; k++) {
			const struct naskah_box *x = &a->page[p].box[k];
			const struct naskah_box *y = &b->page[p].box[k];

			if (x->kind != y->kind || x->face != y->face ||
			    x->hyphen != y->hyphen || x->ratio != y->ratio ||
			    x->tracking != y->tracking || x->x != y->x ||
			    x->y != y->y || x->x2 != y->x2 || x->y2 != y->y2 ||
			    x->size != y->size || (x->text == NULL) !=
			    (y->text == NULL) || (x->text != NULL &&
			    strcmp(x->text, y->text) != 0))
				return 0;
		}
	}
	return a->stats.hyphens == b->stats.hyphens &&
	    a->stats.lines == b->stats.lines;
}

static void
test_same_pages(void **state)
{
	struct env *e = *state;
	struct naskah_paracache *pc = naskah_paracache_new();
	struct naskah_layout *none, *first, *cold, *warm;
	size_t hits, lookups;

	none = layout_with(e, "masyarakat", 6, NULL);
	first = layout_with(e, "masyarakat", 6, pc);	/* not using it */
	assert_int_equal(naskah_paracache_size(pc, NULL, NULL, &lookups), 0);
	assert_int_equal(lookups, 0);
	cold = layout_with(e, "masyarakat", 6, pc);	/* filling it */
	warm = layout_with(e, "masyarakat", 6, pc);
	assert_true(none->stats.hyphens > 0);	/* the test breaks words */
	assert_true(layout_same(none, first));
	assert_true(layout_same(none, cold));
	assert_true(layout_same(none, warm));
	/* the warm layout found every paragraph */
	naskah_paracache_size(pc, NULL, &hits, &lookups);
	assert_true(hits >= lookups / 2);
	naskah_layout_free(none);
	naskah_layout_free(first);
	naskah_layout_free(cold);
	naskah_layout_free(warm);
	naskah_paracache_free(pc);
}

static void
test_changed_word(void **state)
{
	struct env *e = *state;
	struct naskah_paracache *pc = naskah_paracache_new();
	struct naskah_layout *a, *b, *none;

	a = layout_with(e, "masyarakat", 6, pc);
	naskah_layout_free(layout_with(e, "masyarakat", 6, pc));
	/* one word longer: the paragraph's lines change */
	b = layout_with(e, "masyarakatnya", 6, pc);
	none = layout_with(e, "masyarakatnya", 6, NULL);
	assert_false(layout_same(a, b));
	assert_true(layout_same(none, b));
	naskah_layout_free(a);
	naskah_layout_free(b);
	naskah_layout_free(none);
	naskah_paracache_free(pc);
}

static void
test_bounded(void **state)
{
	struct env *e = *state;
	struct naskah_paracache *pc = naskah_paracache_new();
	size_t one, two, n;
	char w[32];
	int i;

	naskah_layout_free(layout_with(e, "awal", 1, pc));	/* the first */
	naskah_layout_free(layout_with(e, "kata0", 1, pc));
	one = naskah_paracache_size(pc, NULL, NULL, NULL);
	assert_true(one > 0);
	naskah_layout_free(layout_with(e, "kata1", 1, pc));
	two = naskah_paracache_size(pc, NULL, NULL, NULL);
	/* different documents, each its own long paragraph: no more than
	 * the last two layouts' entries, however many came before */
	for (i = 2; i < 40; i++) {
		snprintf(w, sizeof(w), "kata%d", i);
		naskah_layout_free(layout_with(e, w, i % 7 + 1, pc));
		n = naskah_paracache_size(pc, NULL, NULL, NULL);
		assert_true(n <= two + 2 * 8);
	}
	/* the same document again and again: nothing added */
	naskah_layout_free(layout_with(e, "kata39", 39 % 7 + 1, pc));
	n = naskah_paracache_size(pc, NULL, NULL, NULL);
	naskah_layout_free(layout_with(e, "kata39", 39 % 7 + 1, pc));
	naskah_layout_free(layout_with(e, "kata39", 39 % 7 + 1, pc));
	assert_int_equal(naskah_paracache_size(pc, NULL, NULL, NULL), n);
	assert_true(n <= one + 8);
	naskah_paracache_free(pc);
}

static int
lines_same(const struct lines *a, const struct lines *b)
{
	size_t i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (a->v[i].s != b->v[i].s || a->v[i].e != b->v[i].e ||
		    a->v[i].brk != b->v[i].brk ||
		    a->v[i].hyphen != b->v[i].hyphen ||
		    a->v[i].ratio != b->v[i].ratio ||
		    a->v[i].natural != b->v[i].natural)
			return 0;
	return 1;
}

/* One text set plain, then with its first line indented: the indented
 * lines are its own, not those the cache kept for the plain items. */
static void
test_indent(void **state)
{
	struct env *e = *state;
	const char *s = "pembangunan masyarakat kecamatan berkelanjutan "
	    "pelayanan administrasi kependudukan diselesaikan tepat "
	    "waktu sesuai standar pelayanan minimal yang ditetapkan";
	struct lines ref = { NULL, 0, 0 }, plain = { NULL, 0, 0 },
	    ind = { NULL, 0, 0 };
	struct naskah_paracache *pc;
	struct lctx c;
	struct para p;
	int k;

	memset(&c, 0, sizeof(c));
	c.m = &fake;
	c.hyph = &fake_hyph;
	c.d = &e->t.d;
	para_build(&c, &p, s, NULL, FACE_REGULAR, 12);
	para_indent(&p, 40);
	para_break(&c, &p, 200, ALIGN_JUSTIFY, &ref);
	para_free(&p);
	pc = naskah_paracache_new();
	assert_null(paracache_begin(pc));	/* a first layout: none */
	for (k = 0; k < 2; k++) {
		assert_non_null(c.pc = paracache_begin(pc));
		para_build(&c, &p, s, NULL, FACE_REGULAR, 12);
		para_break(&c, &p, 200, ALIGN_JUSTIFY, &plain);
		para_free(&p);
		para_build(&c, &p, s, NULL, FACE_REGULAR, 12);
		para_indent(&p, 40);
		para_break(&c, &p, 200, ALIGN_JUSTIFY, &ind);
		para_free(&p);
		assert_false(lines_same(&ref, &plain));
		assert_true(lines_same(&ref, &ind));
	}
	free(ref.v);
	free(plain.v);
	free(ind.v);
	naskah_paracache_free(pc);
}

static size_t
count(const char *s, const char *what)
{
	size_t n = 0;

	for (; (s = strstr(s, what)) != NULL; s++)
		n++;
	return n;
}

/* A text the font cannot set: reported by every layout, not taken as
 * checked before; the texts that pass are. */
static void
test_problem_again(void **state)
{
	struct env *e = *state;
	struct naskah_paracache *pc = naskah_paracache_new();
	char *src = xstrdup(fixture_yaml), *p = strstr(src, "UTAMA");
	struct naskah_decree *doc;
	struct ydoc *y;
	size_t hits, lookups;
	int k;

	memcpy(p, "\xe4\xb8\xad  ", 5);
	y = ydoc_parse(src, strlen(src), &e->t.d);
	doc = fixture_decree_load(y, "t.yaml", &e->t.d);
	assert_non_null(doc);
	for (k = 1; k <= 3; k++) {
		struct tdiag t;	/* each its own: a diag says a line once */

		tdiag_open(&t);
		assert_null(naskah_layout_run(doc, e->tpl, &fake, &fake_hyph,
		    pc, &t.d));
		assert_int_equal(count(tdiag_text(&t), "error:"), 1);
		tdiag_close(&t);
	}
	naskah_paracache_size(pc, NULL, &hits, &lookups);
	assert_true(hits > 0);
	fixture_decree_free(doc);
	free(src);
	naskah_paracache_free(pc);
}

/* Thousands of different clauses: the cache stops at its size, and the
 * pages are still the same. */
static void
test_capped(void **state)
{
	struct env *e = *state;
	struct naskah_paracache *pc = naskah_paracache_new();
	struct naskah_buf b = { NULL, 0, 0 };
	struct naskah_layout *l[2];
	struct naskah_decree *doc;
	struct ydoc *y;
	size_t bytes, n;
	int i, k;

	buf_adds(&b, fixture_yaml);
	buf_adds(&b, "memperhatikan:\n");
	for (i = 0; i < 3000; i++) {
		buf_printf(&b, "  - bahwa butir %d ", i);
		for (k = 0; k < 8; k++)
			buf_printf(&b, "pelaksanaan%d kegiatan ", i + k);
		buf_adds(&b, "selesai;\n");
	}
	y = ydoc_parse(b.s, b.len, &e->t.d);
	doc = fixture_decree_load(y, "t.yaml", &e->t.d);
	assert_non_null(doc);
	naskah_layout_free(layout_with(e, "awal", 1, pc));	/* the first */
	for (k = 0; k < 2; k++) {
		l[k] = naskah_layout_run(doc, e->tpl, &fake, &fake_hyph,
		    k ? pc : NULL, &e->t.d);
		assert_non_null(l[k]);
	}
	n = naskah_paracache_size(pc, &bytes, NULL, NULL);
	assert_true(n > 100);
	assert_true(bytes <= 4u << 20);
	assert_true(bytes > 3u << 20);	/* it did fill up */
	assert_true(layout_same(l[0], l[1]));
	naskah_layout_free(l[0]);
	naskah_layout_free(l[1]);
	fixture_decree_free(doc);
	buf_free(&b);
	naskah_paracache_free(pc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_same_pages, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_changed_word, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_bounded, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_capped, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_problem_again, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_indent, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
