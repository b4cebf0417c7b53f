/* SPDX-License-Identifier: ISC */
/*
 * test_layout.c - line breaking, pagination rules and table sizing,
 * run with the fake metrics of fake.h.
 */
#include <math.h>

#include "test.h"
#include "fixture.h"
#include "fake.h"
#include "load/load.h"
#include "model/book.h"
#include "layout/layout_int.h"
#include "model/template.h"
#include "yaml/ytree.h"


struct env {
	struct tdiag		 t;
	struct naskah_tpl	*tpl;
	struct naskah_decree	*doc;
	struct lctx		 c;
	struct naskah_layout	 out;
	int			 counter;
};

static int
setup(void **state)
{
	struct env *e = calloc(1, sizeof(*e));
	struct ydoc *y;

	tdiag_open(&e->t);
	e->tpl = naskah_tpl_load("templates/keputusan.yaml", NULL, &e->t.d);
	y = ydoc_parse(fixture_yaml, strlen(fixture_yaml), &e->t.d);
	e->doc = fixture_decree_load(y, "t.yaml", &e->t.d);
	assert_non_null(e->tpl);
	assert_non_null(e->doc);
	e->c.setup = &e->doc->setup;
	e->c.doc = e->doc;
	e->c.tpl = e->tpl;
	e->c.m = &fake;
	e->c.d = &e->t.d;
	e->c.out = &e->out;
	e->c.left = 100;
	e->c.right = 400;
	e->c.width = 300;
	e->c.top = 50;
	e->c.bottom = 250;
	e->c.page_w = 500;
	e->c.page_h = 300;
	e->c.numbers = NUMBERS_DECREE;
	e->c.counter = &e->counter;
	*state = e;
	return 0;
}

static int
teardown(void **state)
{
	struct env *e = *state;
	size_t i, k;

	vl_free(&e->c.vl);
	for (i = 0; i < e->out.npage; i++) {
		for (k = 0; k < e->out.page[i].nbox; k++)
			free(e->out.page[i].box[k].text);
		free(e->out.page[i].box);
	}
	free(e->out.page);
	fixture_decree_free(e->doc);
	naskah_tpl_free(e->tpl);
	tdiag_close(&e->t);
	free(e);
	return 0;
}

/* Break s at width w (12 pt: glyph 6 pt, space 3 pt). */
static size_t
breaks(struct env *e, const char *s, double w, enum align a,
    struct para *p, struct lines *ls)
{
	para_build(&e->c, p, s, NULL, FACE_REGULAR, 12);
	para_break(&e->c, p, w, a, ls);
	return ls->n;
}

static void
test_one_line(void **state)
{
	struct env *e = *state;
	struct para p;
	struct lines ls = { NULL, 0, 0 };

	assert_int_equal(breaks(e, "ab cd ef", 300, ALIGN_JUSTIFY, &p, &ls), 1);
	assert_true(ls.v[0].last);
	assert_true(fabs(ls.v[0].natural - (6 * 6 + 2 * 3)) < 1e-9);
	para_free(&p);
	free(ls.v);
}

static void
test_total_fit(void **state)
{
	struct env *e = *state;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	size_t i, n;

	/* 12 words of 4 letters: 24 pt each, 3 pt spaces; 100 pt lines
	 * hold 3 words (78 pt) or 4 words (105 pt, shrinkable to 102) */
	n = breaks(e, "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj "
	    "kkkk llll", 100, ALIGN_JUSTIFY, &p, &ls);
	assert_int_equal(n, 4);
	for (i = 0; i < n; i++) {
		assert_int_equal(ls.v[i].nwords, 3);
		if (i + 1 < n)
			assert_true(ls.v[i].ratio > 0);
	}
	assert_int_equal(ls.v[n - 1].e, p.nit);
	assert_true(ls.v[n - 1].last);
	para_free(&p);
	free(ls.v);
}

static void
test_no_lonely_word(void **state)
{
	struct env *e = *state;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	size_t i, n;

	/* a stretched line is always better than one word alone */
	n = breaks(e, "aaaaaaaa bb cccccccc dd eeeeeeee ff gggggggg", 110,
	    ALIGN_JUSTIFY, &p, &ls);
	for (i = 0; i + 1 < n; i++)
		assert_true(ls.v[i].nwords >= 2);
	para_free(&p);
	free(ls.v);
}

/* Free the boxes of a scratch item. */
static void
item_free(struct vitem *it)
{
	size_t k;

	for (k = 0; k < it->nbox; k++)
		free(it->box[k].text);
	free(it->box);
	memset(it, 0, sizeof(*it));
}

/* Occurrences of needle in hay. */
static size_t
count(const char *hay, const char *needle)
{
	size_t n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay++;
	}
	return n;
}

static void
test_overfull(void **state)
{
	struct env *e = *state;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	struct vitem it;

	/* only a glyph wider than the line (6 pt in 4) is overfull */
	memset(&it, 0, sizeof(it));
	assert_int_equal(breaks(e, "a b", 4, ALIGN_JUSTIFY, &p, &ls), 2);
	para_emit(&e->c, &p, &ls.v[0], 0, 4, ALIGN_JUSTIFY, 10, &it);
	assert_int_equal(e->out.stats.overfull, 1);
	assert_non_null(strstr(tdiag_text(&e->t), "warning: text is 2.0 pt "
	    "too wide for its column: 'a'"));
	item_free(&it);
	para_free(&p);
	free(ls.v);
}

static void
test_emergency(void **state)
{
	struct env *e = *state;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	struct vitem it;
	size_t i, n;
	enum align al[] = { ALIGN_JUSTIFY, ALIGN_LEFT, ALIGN_CENTER };
	size_t k;

	/* a 23-letter word (138 pt) in 60 pt lines: broken between its
	 * letters at the edge, warned about once, no line too wide */
	for (k = 0; k < 3; k++) {
		memset(&it, 0, sizeof(it));
		n = breaks(e, "a aaaaaaaaaaaaaaaaaaaaaaa b", 60, al[k], &p, &ls);
		assert_true(n >= 3);
		for (i = 0; i < n; i++) {
			assert_true(ls.v[i].minw <= 60 + 1e-9);
			assert_true(ls.v[i].natural <= 60 + 1e-9 ||
			    !ls.v[i].last);
			para_emit(&e->c, &p, &ls.v[i], 0, 60, al[k], 10, &it);
		}
		/* 10 letters a line: broken twice */
		assert_int_equal(ls.v[0].nwords, 2);
		item_free(&it);
		para_free(&p);
		free(ls.v);
		memset(&ls, 0, sizeof(ls));
	}
	assert_int_equal(e->out.stats.overfull, 0);
	/* the three settings warn alike: the channel prints it once */
	assert_int_equal(count(tdiag_text(&e->t), "warning: "
	    "'aaaaaaaaaaaaaaaaaaaaaaa' is wider than its column"), 1);
	/* broken again at a width it fits: its emergency breaks unused */
	breaks(e, "a aaaaaaaaaaaaaaaaaaaaaaa b", 60, ALIGN_JUSTIFY, &p, &ls);
	para_break(&e->c, &p, 150, ALIGN_JUSTIFY, &ls);
	assert_int_equal(ls.n, 2);
	assert_int_equal(ls.v[0].nwords, 2);
	assert_false(p.it[ls.v[0].brk].emergency);
	para_free(&p);
	free(ls.v);
}

static void
test_last_line_fits(void **state)
{
	struct env *e = *state;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	struct vitem it;
	size_t k, n;

	/* 42 pt of text, 2 pt of shrink, 40 pt lines: the last line stays
	 * one line, its spaces shrunk so that it ends at the measure */
	n = breaks(e, "aa bb cc", 40, ALIGN_JUSTIFY, &p, &ls);
	assert_int_equal(n, 1);
	assert_true(ls.v[0].last);
	assert_true(ls.v[0].minw <= 40 + 1e-9);
	memset(&it, 0, sizeof(it));
	para_emit(&e->c, &p, &ls.v[0], 10, 40, ALIGN_JUSTIFY, 5, &it);
	assert_true(it.box[it.nbox - 1].x2 - it.box[it.nbox - 1].tracking <=
	    50 + 1e-9);
	for (k = 0; k < it.nbox; k++)
		free(it.box[k].text);
	free(it.box);
	para_free(&p);
	free(ls.v);
}

static void
test_justify_emit(void **state)
{
	struct env *e = *state;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	struct vitem it;
	size_t k;

	memset(&it, 0, sizeof(it));
	breaks(e, "aaaa bbbb cccc dddd eeee ffff gggg", 100, ALIGN_JUSTIFY,
	    &p, &ls);
	para_emit(&e->c, &p, &ls.v[0], 10, 100, ALIGN_JUSTIFY, 5, &it);
	/* the last word's last glyph ends exactly at the right edge (x2
	 * includes the letter spacing after it, if any) */
	assert_true(fabs(it.box[it.nbox - 1].x2 - it.box[it.nbox - 1].tracking -
	    110) < 1e-9);
	assert_true(fabs(it.box[0].x - 10) < 1e-9);
	for (k = 0; k < it.nbox; k++)
		free(it.box[k].text);
	free(it.box);
	para_free(&p);
	free(ls.v);
}

static void
test_missing_glyph(void **state)
{
	struct env *e = *state;
	char *src = xstrdup(fixture_yaml), *p = strstr(src, "UTAMA");
	struct ydoc *y;
	struct naskah_decree *doc;
	struct naskah_layout *l;

	/* "PENETAPAN INDIKATOR KINERJA \xe4\xb8\xad" on line 11, col 12 */
	memcpy(p, "\xe4\xb8\xad  ", 5);
	y = ydoc_parse(src, strlen(src), &e->t.d);
	doc = fixture_decree_load(y, "t.yaml", &e->t.d);
	assert_non_null(doc);
	l = naskah_layout_run(doc, e->tpl, &fake, NULL, NULL, &e->t.d);
	assert_null(l);
	/* reported once, at the character itself */
	assert_string_equal(tdiag_text(&e->t), "naskah: t.yaml:11:40: error: "
	    "the character '\xe4\xb8\xad' (U+4E2D) is not in the font "
	    "fake.ttf\n");
	fixture_decree_free(doc);
	free(src);
}

/* Lines of 20 pt on a 200 pt page: 10 lines per page. */
static void
add_lines(struct env *e, int n, int keep)
{
	int i;

	for (i = 0; i < n; i++) {
		struct vitem *it = vl_add(&e->c, VI_BLOCK, 20);

		vi_text(it, 100, 15, FACE_REGULAR, 12, "x", 1, 6);
		it->keep = keep ? KEEP_BLOCK : KEEP_NO;
	}
}

static void
test_paginate_keep(void **state)
{
	struct env *e = *state;

	/* 8 free lines, then a 4-line block that must stay together */
	add_lines(e, 8, 0);
	add_lines(e, 3, 1);
	add_lines(e, 1, 0);
	vl_paginate(&e->c);
	assert_int_equal(e->out.npage, 2);
	/* page 1 holds 8 lines; page 2 the block of 4 and the page number */
	assert_int_equal(e->out.page[0].nbox, 8);
	assert_int_equal(e->out.page[1].nbox, 5);
	assert_string_equal(e->out.page[1].box[0].text, "\xe2\x80\x90 2 \xe2\x80\x90");
}

static void
test_paginate_header(void **state)
{
	struct env *e = *state;
	struct vitem *it;
	int i, headers = 0;
	size_t p, k;

	it = vl_add(&e->c, VI_BLOCK, 20);
	vi_text(it, 100, 15, FACE_BOLD, 12, "HEAD", 4, 24);
	it->keep = KEEP_TABLE_HEAD;
	it->table = 1;
	it->header = 1;
	for (i = 0; i < 25; i++) {
		it = vl_add(&e->c, VI_BLOCK, 20);
		vi_text(it, 100, 15, FACE_REGULAR, 12, "row", 3, 18);
		it->table = 1;
	}
	vl_paginate(&e->c);
	assert_int_equal(e->out.npage, 3);
	for (p = 0; p < e->out.npage; p++)
		for (k = 0; k < e->out.page[p].nbox; k++)
			if (strcmp(e->out.page[p].box[k].text, "HEAD") == 0) {
				headers++;
				/* the header tops every page */
				assert_true(fabs(e->out.page[p].box[k].y - 65) <
				    1e-9);
			}
	assert_int_equal(headers, 3);
}

static void
test_glue_dropped_at_top(void **state)
{
	struct env *e = *state;

	add_lines(e, 10, 0);
	vl_glue(&e->c, 30, 0);
	add_lines(e, 1, 0);
	vl_paginate(&e->c);
	assert_int_equal(e->out.npage, 2);
	/* the line after the glue starts at the top margin: baseline 65 */
	assert_true(fabs(e->out.page[1].box[1].y - 65) < 1e-9);
}

static void
test_whole_layout(void **state)
{
	struct env *e = *state;
	struct naskah_layout *l;
	size_t p, k;
	int sig = 0, pn = 0;

	l = naskah_layout_run(e->doc, e->tpl, &fake, NULL, NULL, &e->t.d);
	assert_non_null(l);
	assert_true(l->npage >= 1);
	for (p = 0; p < l->npage; p++)
		for (k = 0; k < l->page[p].nbox; k++) {
			const struct naskah_box *b = &l->page[p].box[k];

			if (b->kind != BOX_TEXT)
				continue;
			if (strcmp(b->text, "NAMA") == 0)
				sig++;
			if (strcmp(b->text, "-") == 0)
				pn++;
			/* nothing runs into the margins */
			assert_true(b->x >= e->doc->setup.margin[0] - 1e-6);
			assert_true(b->x2 <= e->doc->setup.page_w -
			    e->doc->setup.margin[1] + 1e-6);
		}
	assert_int_equal(sig, 1);
	naskah_layout_free(l);
}

/* A lampiran with n rows; rows 2 and 3 share one sasaran. */
static struct naskah_decree *
table_doc(struct env *e, int n)
{
	struct naskah_buf b = { NULL, 0, 0 };
	struct ydoc *y;
	struct naskah_decree *doc;
	char *src;
	int i;

	buf_adds(&b, "lampiran:\n  - judul: TABEL\n    iku:\n");
	for (i = 1; i <= n; i++)
		buf_printf(&b, "      - sasaran: S%d\n        indikator: I%d\n"
		    "        formulasi: %s\n        target: %s\n",
		    i == 3 ? 2 : i, i, i == 1 ?
		    "{pembilang: aa bb, penyebut: cc, kali: 100 %}" : "F",
		    i == 2 ? "70 %" : "8");
	src = fixture_with(b.s);
	y = ydoc_parse(src, strlen(src), &e->t.d);
	doc = fixture_decree_load(y, "t.yaml", &e->t.d);
	free(src);
	buf_free(&b);
	return doc;
}

static size_t
count_text(const struct naskah_layout *l, const char *s, size_t *pages)
{
	size_t p, k, n = 0;

	*pages = 0;
	for (p = 0; p < l->npage; p++) {
		int here = 0;

		for (k = 0; k < l->page[p].nbox; k++)
			if (l->page[p].box[k].kind == BOX_TEXT &&
			    strcmp(l->page[p].box[k].text, s) == 0) {
				n++;
				here = 1;
			}
		*pages += here;
	}
	return n;
}

static void
test_table(void **state)
{
	struct env *e = *state;
	struct naskah_decree *doc = table_doc(e, 4);
	struct naskah_layout *l;
	const struct naskah_box *b, *n8 = NULL, *n70 = NULL, *pct = NULL;
	size_t p, k, pages;
	double minx = 1e9, maxx = 0;

	assert_non_null(doc);
	l = naskah_layout_run(doc, e->tpl, &fake, NULL, NULL, &e->t.d);
	assert_non_null(l);
	p = l->npage - 1;	/* the lampiran is the last page */
	for (k = 0; k < l->page[p].nbox; k++) {
		b = &l->page[p].box[k];
		if (b->kind == BOX_RULE) {
			if (b->x < minx)
				minx = b->x;
			if (b->x2 > maxx)
				maxx = b->x2;
			continue;
		}
		if (b->kind != BOX_TEXT)
			continue;
		if (strcmp(b->text, "8") == 0 && n8 == NULL)
			n8 = b;
		if (strcmp(b->text, "70") == 0)
			n70 = b;
		if (strcmp(b->text, " %") == 0)
			pct = b;
	}
	/* the table spans the text width exactly */
	assert_true(fabs(minx - doc->setup.margin[0]) < 1e-6);
	assert_true(fabs(maxx - (doc->setup.page_w - doc->setup.margin[1])) < 1e-6);
	/* targets aligned on their last digit; the unit hangs after */
	assert_non_null(n8);
	assert_non_null(n70);
	assert_non_null(pct);
	assert_true(fabs(n8->x2 - n70->x2) < 1e-6);
	assert_true(fabs(pct->x - n70->x2) < 1e-6);
	/* rows 2 and 3 share a sasaran: one merged cell, numbered 1 2 3 */
	assert_int_equal(count_text(l, "S2", &pages), 1);
	assert_int_equal(count_text(l, "3", &pages), 1);
	assert_int_equal(count_text(l, "4", &pages), 0);
	/* the fraction: "=" and the factor, and a rule under "aa bb" */
	assert_int_equal(count_text(l, "=", &pages), 1);
	assert_int_equal(count_text(l, "\xc3\x97", &pages), 1);
	assert_int_equal(count_text(l, "100", &pages), 1);
	naskah_layout_free(l);
	fixture_decree_free(doc);
}

static void
test_long_table(void **state)
{
	struct env *e = *state;
	struct naskah_decree *doc = table_doc(e, 120);
	struct naskah_layout *l;
	size_t pages, heads;

	assert_non_null(doc);
	l = naskah_layout_run(doc, e->tpl, &fake, NULL, NULL, &e->t.d);
	assert_non_null(l);
	/* the header row repeats on every page the table spans */
	heads = count_text(l, "Target", &pages);
	assert_true(heads >= 3);
	assert_int_equal(heads, pages);
	/* the lampiran ends with the signer's name, not alone on its page */
	assert_int_equal(count_text(l, "NAMA", &pages), 2);
	{
		const struct naskah_page *last = &l->page[l->npage - 1];
		size_t k, rows = 0;

		for (k = 0; k < last->nbox; k++)
			if (last->box[k].kind == BOX_TEXT &&
			    last->box[k].text[0] == 'I')
				rows++;
		assert_true(rows >= 1);
	}
	naskah_layout_free(l);
	fixture_decree_free(doc);
}

/* Page holding the first text box equal to s, or -1. */
static long
page_of(const struct naskah_layout *l, const char *s)
{
	size_t p, k;

	for (p = 0; p < l->npage; p++)
		for (k = 0; k < l->page[p].nbox; k++)
			if (l->page[p].box[k].kind == BOX_TEXT &&
			    strcmp(l->page[p].box[k].text, s) == 0)
				return (long)p;
	return -1;
}

/* The first line record whose words hold s, or NULL. */
static const struct naskah_box *
line_of(const struct naskah_layout *l, const char *s)
{
	size_t p, k;

	for (p = 0; p < l->npage; p++)
		for (k = 0; k < l->page[p].nbox; k++)
			if (l->page[p].box[k].kind == BOX_LINE &&
			    strstr(l->page[p].box[k].text, s) != NULL)
				return &l->page[p].box[k];
	return NULL;
}

/*
 * A diktum label wider than 40% of the text width wraps left of the
 * colon, which stays within 40% for every diktum; the text of each
 * diktum starts past it.  (Before, the column widened to the widest
 * label, 10 000 diktum took 2 601 pages and 20 000 took 16 890.)
 */
static void
test_long_diktum_label(void **state)
{
	struct env *e = *state;
	const char *src = "naskah: 1\njenis: keputusan\nkeputusan:\n"
	    "  judul: K\n  tahun: 2024\n  tentang: T\n  pejabat: C,\n"
	    "menimbang: [bahwa a;]\nmengingat: [Undang-Undang;]\n"
	    "diktum:\n  - Satu dua.\n  - {label: ALFA BRAVO CHARLIE DELTA "
	    "ECHO FOXTROT GOLF HOTEL INDIA JULIET KILO LIMA MIKE, teks: "
	    "Tiga empat.}\n  - Lima enam.\npenetapan: {tempat: X, tanggal: "
	    "2024-01-02}\npenandatangan: {jabatan: CAMAT, nama: NAMA}\n";
	const struct naskah_box *alfa, *mike, *kesatu, *satu, *tiga, *lima;
	struct ydoc *y;
	struct naskah_decree *doc;
	struct naskah_layout *l;
	double left, width;

	y = ydoc_parse(src, strlen(src), &e->t.d);
	doc = fixture_decree_load(y, "t.yaml", &e->t.d);
	assert_non_null(doc);
	l = naskah_layout_run(doc, e->tpl, &fake, NULL, NULL, &e->t.d);
	assert_non_null(l);
	left = doc->setup.margin[0];
	width = doc->setup.page_w - doc->setup.margin[1] - left;
	alfa = line_of(l, "ALFA");
	mike = line_of(l, "MIKE");
	kesatu = line_of(l, "KESATU");
	satu = line_of(l, "Satu");
	tiga = line_of(l, "Tiga");
	lima = line_of(l, "Lima");
	assert_non_null(alfa);
	assert_non_null(mike);
	assert_non_null(kesatu);
	assert_true(alfa != mike && mike->y > alfa->y);	/* wrapped */
	assert_true(mike->y - alfa->y < 200);		/* on one page */
	assert_true(fabs(alfa->x - left) < 0.01);
	assert_true(fabs(mike->x - left) < 0.01);
	assert_true(alfa->x2 < satu->x && mike->x2 < satu->x);
	/* every diktum's text in one column, within 40% and the colon */
	assert_true(fabs(satu->x - tiga->x) < 0.01);
	assert_true(fabs(satu->x - lima->x) < 0.01);
	assert_true(satu->x - left < 0.4 * width + 20);
	assert_true(fabs(tiga->y - alfa->y) < 0.01);
	naskah_layout_free(l);
	fixture_decree_free(doc);
}

static void
test_signature_never_alone(void **state)
{
	struct env *e = *state;
	int n, moved = 0;

	/* grow the Mengingat list one item at a time so the page break
	 * falls at every possible place around the signature */
	for (n = 1; n <= 45; n++) {
		struct naskah_buf b = { NULL, 0, 0 };
		struct ydoc *y;
		struct naskah_decree *doc;
		struct naskah_layout *l;
		char *src;
		int i;
		long ps, pd, pw;

		buf_adds(&b, "naskah: 1\njenis: keputusan\nkeputusan:\n"
		    "  judul: K\n  tahun: 2024\n  tentang: T\n  pejabat: C,\n"
		    "menimbang: [bahwa a;]\nmengingat:\n");
		for (i = 0; i < n; i++)
			buf_adds(&b, "  - Undang-Undang Nomor 1 Tahun 2000 "
			    "tentang sesuatu yang panjang sekali dan lebih "
			    "panjang lagi;\n");
		buf_adds(&b, "diktum:\n  - Satu dua tiga.\n  - Keputusan ini "
		    "mulai berlaku pada tanggal ditetapkan dan berlaku untuk "
		    "semua orang di mana saja zzkata.\npenetapan: {tempat: X, "
		    "tanggal: 2024-01-02}\npenandatangan: {jabatan: CAMAT, "
		    "nama: NAMA}\n");
		src = buf_take(&b);
		y = ydoc_parse(src, strlen(src), &e->t.d);
		doc = fixture_decree_load(y, "t.yaml", &e->t.d);
		assert_non_null(doc);
		l = naskah_layout_run(doc, e->tpl, &fake, NULL, NULL, &e->t.d);
		assert_non_null(l);
		ps = page_of(l, "NAMA");
		pd = page_of(l, "zzkata.");
		pw = page_of(l, "Ditetapkan");
		/* the whole block on one page, with the diktum's last line */
		assert_true(ps >= 0);
		assert_int_equal(ps, pd);
		assert_int_equal(ps, pw);
		if (page_of(l, "Satu") < ps)
			moved++;	/* a break fell inside the diktum part */
		naskah_layout_free(l);
		fixture_decree_free(doc);
		free(src);
	}
	assert_true(moved > 0);
}

static void
test_tall_row_split(void **state)
{
	struct env *e = *state;
	struct vitem *it;
	size_t p, k, texts = 0;
	int i;
	char num[16];

	add_lines(e, 3, 0);
	/* one table row of 25 lines (500 pt) on 200 pt pages, boxed */
	it = vl_add(&e->c, VI_BLOCK, 500);
	it->table = 1;
	for (i = 0; i < 25; i++) {
		snprintf(num, sizeof(num), "r%d", i);
		vi_text(it, 110, 20.0 * i + 15, FACE_REGULAR, 12, num,
		    strlen(num), 12);
	}
	vi_rule(it, 100, 0, 300, 0, 0.5);
	vi_rule(it, 100, 500, 300, 500, 0.5);
	vi_rule(it, 100, 0, 100, 500, 0.5);
	vi_rule(it, 300, 0, 300, 500, 0.5);
	vl_paginate(&e->c);
	assert_true(e->out.npage >= 3);
	for (p = 0; p < e->out.npage; p++)
		for (k = 0; k < e->out.page[p].nbox; k++) {
			const struct naskah_box *b = &e->out.page[p].box[k];

			/* nothing below the bottom margin */
			assert_true(b->y2 <= e->c.bottom + 0.01);
			if (b->kind == BOX_TEXT && b->text[0] == 'r')
				texts++;
		}
	assert_int_equal(texts, 25);	/* every line once */
	assert_null(strstr(tdiag_text(&e->t), "taller than a page"));
}

/* The rules of page p: how many cross from x at top to bottom (a
 * column rule cut to the page's piece of a row) and how many run
 * across at y. */
static int
rules_at(const struct naskah_page *pg, double x, double top, double bottom)
{
	size_t k;
	int n = 0;

	for (k = 0; k < pg->nbox; k++)
		if (pg->box[k].kind == BOX_RULE && pg->box[k].x == x &&
		    pg->box[k].x2 == x && fabs(pg->box[k].y - top) < 0.01 &&
		    fabs(pg->box[k].y2 - bottom) < 0.01)
			n++;
	return n;
}

static int
rules_across(const struct naskah_page *pg, double y)
{
	size_t k;
	int n = 0;

	for (k = 0; k < pg->nbox; k++)
		if (pg->box[k].kind == BOX_RULE && pg->box[k].y == pg->box[k].y2
		    && fabs(pg->box[k].y - y) < 0.01 && pg->box[k].x == 100 &&
		    pg->box[k].x2 == 300)
			n++;
	return n;
}

/*
 * A row of two columns over many pages (lines every 20 pt in one,
 * every 30 pt in the other): each page takes a piece cut where neither
 * column has a line open, closed above and below by a rule across, its
 * column rules cut to the piece; the lines come in the order the row
 * was built (all of column a's on the page, then column b's), each once.
 */
static void
test_tall_row_pieces(void **state)
{
	struct env *e = *state;
	struct vitem *it;
	size_t p, k;
	int i, na = 0, nb = 0, last_a = -1, last_b = -1, seen_b;
	char num[16];

	it = vl_add(&e->c, VI_BLOCK, 1200);
	it->table = 1;
	vi_rule(it, 100, 0, 300, 0, 0.5);
	vi_rule(it, 100, 0, 100, 1200, 0.5);
	vi_rule(it, 300, 0, 300, 1200, 0.5);
	for (i = 0; i < 60; i++) {
		snprintf(num, sizeof(num), "a%d", i);
		vi_text(it, 110, 20.0 * i + 15, FACE_REGULAR, 12, num,
		    strlen(num), 12);
	}
	for (i = 0; i < 40; i++) {
		snprintf(num, sizeof(num), "b%d", i);
		vi_text(it, 210, 30.0 * i + 15, FACE_REGULAR, 12, num,
		    strlen(num), 12);
	}
	vi_rule(it, 100, 1200, 300, 1200, 0.5);
	vl_paginate(&e->c);
	assert_true(e->out.npage >= 7);
	for (p = 0; p < e->out.npage; p++) {
		const struct naskah_page *pg = &e->out.page[p];
		double top = 1e9, bottom = -1e9;

		seen_b = 0;
		for (k = 0; k < pg->nbox; k++) {
			const struct naskah_box *b = &pg->box[k];

			if (b->kind != BOX_TEXT || (b->text[0] != 'a' &&
			    b->text[0] != 'b'))
				continue;
			i = atoi(b->text + 1);
			if (b->text[0] == 'a') {
				assert_false(seen_b);	/* a's, then b's */
				assert_int_equal(i, last_a + 1);
				last_a = i;
				na++;
			} else {
				seen_b = 1;
				assert_int_equal(i, last_b + 1);
				last_b = i;
				nb++;
			}
			if (b->y - 9.6 < top)
				top = b->y - 9.6;
			if (b->y + 3 > bottom)
				bottom = b->y + 3;
			assert_true(b->y + 3 <= e->c.bottom + 0.01);
		}
		assert_true(bottom > top);
		/* the piece runs from the page's top to its closing rule */
		for (k = 0; k < pg->nbox; k++)
			if (pg->box[k].kind == BOX_RULE &&
			    pg->box[k].y == pg->box[k].y2 &&
			    pg->box[k].y > bottom)
				break;
		assert_true(k < pg->nbox);
		assert_int_equal(rules_across(pg, e->c.top), 1);
		assert_int_equal(rules_across(pg, pg->box[k].y), 1);
		assert_int_equal(rules_at(pg, 100, e->c.top, pg->box[k].y), 1);
		assert_int_equal(rules_at(pg, 300, e->c.top, pg->box[k].y), 1);
	}
	assert_int_equal(na, 60);
	assert_int_equal(nb, 40);
}

/* A kata penyambung after a page that ends inside a tall block of the
 * decree names the first line of the block's next piece. */
static void
test_tall_block_penyambung(void **state)
{
	struct env *e = *state;
	struct vitem *it;
	struct naskah_box lb;
	size_t p, k;
	int i, found = 0;
	char num[16];

	e->c.penyambung = 1;
	it = vl_add(&e->c, VI_BLOCK, 500);
	for (i = 0; i < 25; i++) {
		snprintf(num, sizeof(num), "w%d", i);
		vi_text(it, 110, 20.0 * i + 15, FACE_REGULAR, 12, num,
		    strlen(num), 12);
		lb = box_make(BOX_LINE, 110, 20.0 * i + 15, 122,
		    20.0 * i + 15, 12);
		lb.text = strdup(num);
		VEC_PUSH(it->box, it->nbox, it->cap, lb);
	}
	vl_paginate(&e->c);
	assert_true(e->out.npage >= 3);
	/* the kata penyambung's line, under the last, is room taken from
	 * the piece: nothing lies below the text area */
	for (p = 0; p < e->out.npage; p++)
		for (k = 0; k < e->out.page[p].nbox; k++)
			if (e->out.page[p].box[k].kind == BOX_TEXT &&
			    e->out.page[p].box[k].text[0] != '-')
				assert_true(e->out.page[p].box[k].y <=
				    e->c.bottom + 0.01);
	/* and each page but the last is full: 9 lines and the kata
	 * penyambung's (before, the rest of the row was fitted again
	 * under the kata penyambung as it had been cut without it, and
	 * page 2 held one line) */
	for (p = 0; p + 1 < e->out.npage; p++) {
		int lines = 0;

		for (k = 0; k < e->out.page[p].nbox; k++)
			lines += e->out.page[p].box[k].kind == BOX_LINE;
		assert_int_equal(lines, 9);
	}
	/* its kata penyambung names the first line page 2 starts with */
	for (k = 0; k < e->out.page[1].nbox; k++)
		if (e->out.page[1].box[k].kind == BOX_LINE)
			break;
	assert_true(k < e->out.page[1].nbox);
	snprintf(num, sizeof(num), "%s . . .", e->out.page[1].box[k].text);
	for (k = 0; k < e->out.page[0].nbox; k++)
		if (e->out.page[0].box[k].kind == BOX_TEXT &&
		    strcmp(e->out.page[0].box[k].text, num) == 0)
			found = 1;
	assert_true(found);
}

/* A centred column of figures lines up on the decimal comma; a word in
 * it stays a centred paragraph; a left column is left as it is. */
static void
test_decimal_align(void **state)
{
	struct env *e = *state;
	struct naskah_column col[2] = {
		{ { .s = "A" }, 40, 1 }, { { .s = "B" }, 40, 0 } };
	struct naskah_text cell[8] = {
		{ .s = "82,47" }, { .s = "1,5" },
		{ .s = "100" }, { .s = "10" },
		{ .s = "7,5 %" }, { .s = "x" },
		{ .s = "n/a" }, { .s = "y" } };
	struct naskah_table t = { { 1, 1, NULL }, col, 2, cell, 4, 0 };
	const struct naskah_box *b, *b82 = NULL, *b47 = NULL, *b100 = NULL,
	    *b7 = NULL, *b5 = NULL, *na = NULL, *b15 = NULL;
	size_t i, k;

	table_any(&e->c, &t);
	vl_paginate(&e->c);
	for (i = 0; i < e->out.npage; i++)
		for (k = 0; k < e->out.page[i].nbox; k++) {
			b = &e->out.page[i].box[k];
			if (b->kind != BOX_TEXT)
				continue;
			if (strcmp(b->text, "82") == 0)
				b82 = b;
			else if (strcmp(b->text, ",47") == 0)
				b47 = b;
			else if (strcmp(b->text, "100") == 0)
				b100 = b;
			else if (strcmp(b->text, "7") == 0)
				b7 = b;
			else if (strcmp(b->text, ",5 %") == 0)
				b5 = b;
			else if (strcmp(b->text, "n/a") == 0)
				na = b;
			else if (strcmp(b->text, "1,5") == 0)
				b15 = b;
		}
	assert_non_null(b82);
	assert_non_null(b47);
	assert_non_null(b100);
	assert_non_null(b7);
	assert_non_null(b5);
	assert_non_null(na);
	assert_non_null(b15);
	/* heads end on one edge, where the tails start */
	assert_true(fabs(b82->x2 - b100->x2) < 1e-6);
	assert_true(fabs(b7->x2 - b100->x2) < 1e-6);
	assert_true(fabs(b47->x - b82->x2) < 1e-6);
	assert_true(fabs(b5->x - b82->x2) < 1e-6);
	/* "n/a" centred in the 40 mm column that starts at 100 */
	assert_true(fabs((na->x + na->x2) / 2 - (100 + 40 * 72 / 25.4 / 2)) <
	    0.01);
	/* the left column is not aligned: "1,5" whole, at its left */
	assert_true(b15->x < 100 + 40 * 72 / 25.4 + 10);
}

/* The decree's IKU targets line up on the decimal comma: a whole "88"
 * ends where the comma of "79,00" is, as in the LKjIP tables. */
static void
test_iku_decimal_align(void **state)
{
	struct env *e = *state;
	static const char *const target[] = { "79,00", "88", "7,5 %" };
	struct naskah_buf b = { NULL, 0, 0 };
	struct naskah_decree *doc;
	struct naskah_layout *l;
	const struct naskah_box *bx, *b79 = NULL, *b00 = NULL, *b88 = NULL,
	    *b7 = NULL, *b5 = NULL;
	struct ydoc *y;
	size_t i, k;
	char *src;

	buf_adds(&b, "lampiran:\n  - judul: TABEL\n    iku:\n");
	for (i = 0; i < 3; i++)
		buf_printf(&b, "      - {sasaran: S%zu, indikator: I, "
		    "formulasi: F, target: \"%s\"}\n", i, target[i]);
	src = fixture_with(b.s);
	y = ydoc_parse(src, strlen(src), &e->t.d);
	doc = fixture_decree_load(y, "t.yaml", &e->t.d);
	free(src);
	buf_free(&b);
	assert_non_null(doc);
	l = naskah_layout_run(doc, e->tpl, &fake, NULL, NULL, &e->t.d);
	assert_non_null(l);
	for (i = 0; i < l->npage; i++)
		for (k = 0; k < l->page[i].nbox; k++) {
			bx = &l->page[i].box[k];
			if (bx->kind != BOX_TEXT)
				continue;
			if (strcmp(bx->text, "79") == 0)
				b79 = bx;
			else if (strcmp(bx->text, ",00") == 0)
				b00 = bx;
			else if (strcmp(bx->text, "88") == 0)
				b88 = bx;
			else if (strcmp(bx->text, "7") == 0)
				b7 = bx;
			else if (strcmp(bx->text, ",5 %") == 0)
				b5 = bx;
		}
	assert_non_null(b79);
	assert_non_null(b00);
	assert_non_null(b88);
	assert_non_null(b7);
	assert_non_null(b5);
	assert_true(fabs(b88->x2 - b79->x2) < 1e-6);
	assert_true(fabs(b7->x2 - b79->x2) < 1e-6);
	assert_true(fabs(b00->x - b79->x2) < 1e-6);
	assert_true(fabs(b5->x - b79->x2) < 1e-6);
	naskah_layout_free(l);
	fixture_decree_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_one_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_total_fit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_lonely_word, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_overfull, setup, teardown),
		cmocka_unit_test_setup_teardown(test_emergency, setup, teardown),
		cmocka_unit_test_setup_teardown(test_last_line_fits, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_justify_emit, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_missing_glyph, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_paginate_keep, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_paginate_header, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_glue_dropped_at_top, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_tall_row_split, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_tall_row_pieces, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_tall_block_penyambung,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_whole_layout, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_table, setup, teardown),
		cmocka_unit_test_setup_teardown(test_decimal_align, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_iku_decimal_align, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_long_diktum_label, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_signature_never_alone,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_long_table, setup,
		    teardown),
	};

	return cmocka_run_group_tests_name("layout", tests, NULL, NULL);
}
