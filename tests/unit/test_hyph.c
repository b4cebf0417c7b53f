/* SPDX-License-Identifier: ISC */
/*
 * test_hyph.c - Indonesian hyphenation and the rules naskah adds to the
 * patterns, kerning, and the page-break reasons of set lines; with the
 * shipped patterns (hyphen/hyph_id_ID.dic) and fake metrics.
 */
#include <math.h>

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
	struct naskah_decree	*doc;
	struct naskah_hyphdict	*dict;
	struct naskah_hyph	 hyph;
	struct lctx		 c;
	struct naskah_layout	 out;
	int			 counter;
	char			*name;
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
	e->dict = naskah_hyphdict_load("hyphen/hyph_id_ID.dic");
	assert_non_null(e->tpl);
	assert_non_null(e->doc);
	assert_non_null(e->dict);
	naskah_hyphdict_iface(e->dict, &e->hyph);
	e->c.setup = &e->doc->setup;
	e->c.doc = e->doc;
	e->c.tpl = e->tpl;
	e->c.m = &fake;
	e->c.d = &e->t.d;
	e->c.out = &e->out;
	e->c.hyph = &e->hyph;
	e->name = strdup("Herawati");
	e->c.nohyph = &e->name;
	e->c.nnohyph = 1;
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

	vl_free(&e->c.vl);
	naskah_hyphdict_free(e->dict);
	fixture_decree_free(e->doc);
	naskah_tpl_free(e->tpl);
	tdiag_close(&e->t);
	free(e->name);
	free(e);
	return 0;
}

/*
 * The word, in a paragraph whose base face is base, with its break
 * points marked: "-" an added hyphen, "~" one inside a name (taken
 * only in the passes that allow it), "=" after an explicit hyphen, "|"
 * after a slash, "#" inside a code (the last resort); caller frees.
 */
static char *
marks_in(struct env *e, const char *word, enum naskah_face base)
{
	struct para p;
	struct naskah_buf b = { NULL, 0, 0 };
	size_t i;

	para_build(&e->c, &p, word, NULL, base, 12);
	for (i = 0; i < p.nit; i++) {
		const struct item *it = &p.it[i];

		if (it->kind == ITEM_BOX)
			buf_add(&b, p.f[it->frag].s, p.f[it->frag].len);
		else if (it->kind == ITEM_GLUE)
			buf_addc(&b, ' ');
		else if (it->kind == ITEM_PENALTY && !it->forced)
			buf_addc(&b, it->need & BRK_CAPITAL ? '~' :
			    it->w > 0 ? '-' : it->need & BRK_CODE ? '#' :
			    it->flagged ? '=' : '|');
	}
	para_free(&p);
	return buf_take(&b);
}

static void
expect_in(struct env *e, const char *word, enum naskah_face base,
    const char *want)
{
	char *got = marks_in(e, word, base);

	if (strcmp(got, want) != 0)
		fail_msg("'%s': got '%s', want '%s'", word, got, want);
	free(got);
}

static void
expect(struct env *e, const char *word, const char *want)
{
	expect_in(e, word, FACE_REGULAR, want);
}

static void
test_patterns(void **state)
{
	struct env *e = *state;

	/* at least two letters on either side of a break (PUEBI forbids
	 * one: the patterns' a-kun is not taken) */
	expect(e, "pemerintahan", "pe-me-rin-tah-an");
	expect(e, "masyarakat", "ma-sya-ra-kat");
	expect(e, "akuntabilitas", "akun-ta-bi-li-tas");
	expect(e, "kecamatan", "ke-ca-mat-an");
	/* case is kept, patterns see lower case; a word that begins with
	 * a capital (a name) is broken only when nothing else sets */
	expect(e, "Pendayagunaan", "Pen~da~ya~gu~na~an");
	/* punctuation around a word is not a letter */
	expect(e, "(Lembaran", "(Lem~bar~an");
	expect(e, "keberhasilan;", "ke-ber-ha-sil-an;");
	/* a term in italics in upright text is foreign or regional
	 * (PUEBI): the Indonesian patterns do not know it, so it is
	 * broken only where a name would be; in a paragraph set in
	 * italics, italics mark nothing */
	expect(e, "*pemerintahan* **pemerintahan**",
	    "pe~me~rin~tah~an pe-me-rin-tah-an");
	expect(e, "***pemerintahan***", "pe~me~rin~tah~an");
	expect(e, "*pe*merintahan", "pe-me-rin-tah-an");
	expect_in(e, "pemerintahan", FACE_ITALIC, "pe-me-rin-tah-an");
	expect_in(e, "pemerintahan", FACE_BOLDITALIC, "pe-me-rin-tah-an");
}

static void
test_never(void **state)
{
	struct env *e = *state;

	/* short words, capitals, numbers, names, addresses */
	expect(e, "kata", "kata");
	expect(e, "KECAMATAN", "KECAMATAN");
	expect(e, "IKM", "IKM");
	/* a code breaks only as the last resort, three characters at
	 * least on either side */
	expect(e, "2021-2026", "2021-#2026");
	expect(e, "1-2", "1-2");
	expect(e, "19730305", "19730305");
	expect(e, "Herawati", "Herawati");
	expect(e, "Herawati,", "Herawati,");
	expect(e, "pengaduan@contoh.go.id", "pengaduan|@contoh|.go|.id");
	expect(e, "https://contoh.go.id/layanan",
	    "https://|contoh|.go|.id/|layanan");
}

static void
test_explicit(void **state)
{
	struct env *e = *state;

	/* a compound breaks only at its own hyphen, adding none */
	expect(e, "Undang-Undang", "Undang-=Undang");
	expect(e, "kepala-kepala", "kepala-=kepala");
	/* after '/' between words, costly (not flagged); inside a code
	 * only when nothing else fits, and never leaving under three
	 * characters on a side */
	expect(e, "dan/atau", "dan/|atau");
	expect(e, "PER/09/M.PAN/5/2007", "PER/#09/#M.PAN/#5/#2007");
	expect(e, "800/15/KPTS/2024;", "800/#15/#KPTS/#2024;");
	expect(e, "5/2007", "5/2007");
	/* the writer's soft hyphens and nothing else */
	expect(e, "penye\xc2\xadlenggaraan", "penye-lenggaraan");
}

/* Lines of a paragraph set at width w. */
static void
set(struct env *e, const char *s, double w, struct para *p, struct lines *ls)
{
	para_build(&e->c, p, s, NULL, FACE_REGULAR, 12);
	para_break(&e->c, p, w, ALIGN_JUSTIFY, ls);
}


/* Every line record of e's vertical list, with the text boxes after it
 * up to the next record: f(e, line, its first box, how many). */
static void
each_line(struct env *e, void (*f)(const struct naskah_box *,
    const struct naskah_box *, size_t, void *), void *arg)
{
	size_t i, k, j;

	for (i = 0; i < e->c.vl.n; i++) {
		const struct vitem *it = &e->c.vl.v[i];

		for (k = 0; k < it->nbox; k = j) {
			for (j = k + 1; j < it->nbox &&
			    it->box[j].kind != BOX_LINE; j++)
				;
			if (it->box[k].kind == BOX_LINE)
				f(&it->box[k], &it->box[k + 1], j - k - 1, arg);
		}
	}
}

struct seen {
	int		 expanded, hung, hyphens, tracked;
	double		 width;
};

/* A justified line's glyphs are scaled by a whole number of steps
 * within the template's bound, its text boxes alike; it is exactly as
 * wide as its measure plus its hang, and hangs only at punctuation or
 * a hyphen. */
static void
check_line(const struct naskah_box *ln, const struct naskah_box *b, size_t n,
    void *arg)
{
	struct seen *s = arg;
	double steps = ln->expand / 0.005;
	const char *t = ln->text;
	size_t k;

	assert_true(fabs(ln->expand) <= 0.02 + 1e-9);
	assert_true(fabs(steps - floor(steps + 0.5)) < 1e-6);
	for (k = 0; k < n; k++)
		assert_true(b[k].expand == ln->expand);
	s->expanded += ln->expand != 0;
	s->hyphens += ln->hyphen;
	s->tracked += ln->tracking != 0;
	if (ln->hang > 0) {
		s->hung++;
		assert_non_null(strchr(".,;:-", t[strlen(t) - 1]));
		assert_true(fabs(ln->x2 - ln->x - s->width - ln->hang) < 1e-6);
	}
}

/* A paragraph whose lines end at commas and full stops. */
static const char loose_para[] = "bahwa kinerja, pemerintahan dan "
    "akuntabilitas kecamatan. Pendayagunaan aparatur negara, kinerja "
    "utama dan pelaksanaan kegiatan; pengukuran kinerja dan pelaporan, "
    "serta evaluasi pelaksanaan kegiatan.";

static void
test_expansion_and_hang(void **state)
{
	struct env *e = *state;
	struct seen s = { 0, 0, 0, 0, 110 };

	flow_para(&e->c, loose_para, NULL, FACE_REGULAR, 12, 100, 110,
	    ALIGN_JUSTIFY, KEEP_NO);
	each_line(e, check_line, &s);
	assert_true(s.expanded > 0);
	assert_true(s.hung > 0);
}

/* A template that forbids them: no glyph scaled, nothing hanging, no
 * word hyphenated. */
static void
test_susun_off(void **state)
{
	struct env *e = *state;
	static const struct naskah_susun off = { 0, 0.005, 0, 0 };
	struct seen s = { 0, 0, 0, 0, 110 };

	e->c.susun = &off;
	flow_para(&e->c, loose_para, NULL, FACE_REGULAR, 12, 100, 110,
	    ALIGN_JUSTIFY, KEEP_NO);
	each_line(e, check_line, &s);
	assert_int_equal(s.expanded, 0);
	assert_int_equal(s.hung, 0);
	assert_int_equal(s.hyphens, 0);
}

/* Capitals meant justified are set ragged: no line letter-spaced nor
 * stretched, its glyphs not scaled. */
static void
test_capitals(void **state)
{
	struct env *e = *state;
	struct seen s = { 0, 0, 0, 0, 110 };

	flow_para(&e->c, "KEPUTUSAN CAMAT PASAR MANNA TENTANG PENETAPAN "
	    "INDIKATOR KINERJA UTAMA KECAMATAN PASAR MANNA", NULL,
	    FACE_REGULAR, 12, 100, 110, ALIGN_JUSTIFY, KEEP_NO);
	each_line(e, check_line, &s);
	assert_int_equal(s.tracked, 0);
	assert_int_equal(s.expanded, 0);
	assert_true(e->c.vl.n > 0);
}

static void
test_hyphen_runs(void **state)
{
	struct env *e = *state;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	size_t i, run = 0, most = 0;

	/* long hyphenable words in a narrow measure: many breaks, never
	 * more than two hyphenated line ends in a row */
	set(e, "pemerintahan akuntabilitas pendayagunaan kecamatan "
	    "pemerintahan akuntabilitas pendayagunaan kecamatan "
	    "pemerintahan akuntabilitas pendayagunaan kecamatan", 100, &p,
	    &ls);
	for (i = 0; i < ls.n; i++) {
		run = ls.v[i].hyphen ? run + 1 : 0;
		if (run > most)
			most = run;
	}
	assert_true(most >= 1);
	assert_true(most <= 2);
	para_free(&p);
	free(ls.v);
}

/* Does a line of ls end inside a code?  Sets *most to the loosest
 * line's ratio. */
static int
ends_in_code(const struct para *p, const struct lines *ls, double *most)
{
	size_t i;
	int code = 0;

	*most = -1;
	for (i = 0; i < ls->n; i++) {
		const struct line *l = &ls->v[i];

		if (l->brk < p->nit && p->it[l->brk].kind == ITEM_PENALTY &&
		    (p->it[l->brk].need & BRK_CODE))
			code = 1;
		if (!l->last && l->ratio > *most)
			*most = l->ratio;
	}
	return code;
}

/*
 * A code is broken only as a last resort: not while the paragraph can
 * be set with its spaces within 1.63 times their width (r 1.26), and
 * then rather than a space wider.  Ten two-letter words and then the
 * code: 166 pt sets the words alone on the first line at r 1.23; at
 * 172 pt they would need r 1.67 (spaces 1.84 times), so "800/" joins
 * them and the code breaks.
 */
static void
test_code_last_resort(void **state)
{
	static const char text[] = "di ke ya ia ku mu di ke ya ia "
	    "800/15/KPTS/2024 itu.";
	struct env *e = *state;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	double most;

	set(e, text, 166, &p, &ls);
	assert_false(ends_in_code(&p, &ls, &most));
	assert_true(most > 1.1 && most <= 1.26);
	para_free(&p);
	set(e, text, 172, &p, &ls);
	assert_true(ends_in_code(&p, &ls, &most));
	assert_true(most <= 1.26);
	assert_int_equal(ls.n, 2);
	para_free(&p);
	free(ls.v);
}

/*
 * A paragraph does not end on one short word (a runt) when a line a
 * little tighter takes it: thirteen words of four letters and "ya."
 * are 369 pt wide with natural spaces.  At 354 pt the glyphs condensed
 * by 2 % and spaces shrunk by 0.65 of what they may take set them on
 * one line; without the runt's demerits, "ya." would end a second
 * line alone, as it must at 350 pt, past the most the spaces shrink.
 */
static void
test_runt(void **state)
{
	static const char text[] = "kata kata kata kata kata kata kata "
	    "kata kata kata kata kata kata ya.";
	struct env *e = *state;
	struct para p;
	struct lines ls = { NULL, 0, 0 };

	set(e, text, 354, &p, &ls);
	assert_int_equal(ls.n, 1);
	para_free(&p);
	set(e, text, 350, &p, &ls);
	assert_int_equal(ls.n, 2);
	para_free(&p);
	free(ls.v);
}

static void
test_kerning(void **state)
{
	struct env *e = *state;
	struct vitem it;
	struct para p;
	struct lines ls = { NULL, 0, 0 };
	size_t k;

	/* AV: 6 + 6 - 0.96 points at 12 pt */
	assert_true(fabs(text_width(&e->c, "AV", 2, FACE_REGULAR, 12) -
	    11.04) < 1e-9);
	memset(&it, 0, sizeof(it));
	set(e, "xAVx", 300, &p, &ls);
	para_emit(&e->c, &p, &ls.v[0], 0, 300, ALIGN_JUSTIFY, 10, &it);
	/* drawn as two runs, the V pulled left by the kerning */
	assert_string_equal(it.box[1].text, "xA");
	assert_string_equal(it.box[2].text, "Vx");
	assert_true(fabs(it.box[2].x - (12 - 0.96)) < 1e-9);
	for (k = 0; k < it.nbox; k++)
		free(it.box[k].text);
	free(it.box);
	para_free(&p);
	free(ls.v);
}

static void
test_keep_reasons(void **state)
{
	struct env *e = *state;
	size_t i, n0;

	/* five lines: no break after the first (orphan) or the fourth
	 * (widow); a hyphenated line end may not end a page either */
	n0 = e->c.vl.n;
	flow_para(&e->c, "satu dua tiga empat lima enam tujuh delapan "
	    "sembilan sepuluh sebelas duabelas tigabelas empatbelas "
	    "limabelas enambelas tujuhbelas", NULL, FACE_REGULAR, 12, 100,
	    150, ALIGN_JUSTIFY, KEEP_NO);
	assert_true(e->c.vl.n - n0 >= 4);
	assert_int_equal(e->c.vl.v[n0].keep, KEEP_ORPHAN);
	assert_int_equal(e->c.vl.v[e->c.vl.n - 2].keep, KEEP_WIDOW);
	assert_int_equal(e->c.vl.v[e->c.vl.n - 1].keep, KEEP_NO);
	for (i = n0 + 1; i + 2 < e->c.vl.n; i++)
		assert_true(e->c.vl.v[i].keep == KEEP_NO ||
		    e->c.vl.v[i].keep == KEEP_HYPHEN);
	/* a heading keeps every line */
	n0 = e->c.vl.n;
	flow_para(&e->c, "MEMUTUSKAN:", NULL, FACE_REGULAR, 12, 100, 300,
	    ALIGN_CENTER, KEEP_HEADING);
	assert_int_equal(e->c.vl.v[n0].keep, KEEP_HEADING);
	assert_string_equal(keep_reason_names[KEEP_WIDOW], "widow");
}

static void
test_hyphen_not_last_on_page(void **state)
{
	struct env *e = *state;
	size_t i;
	int seen = 0;

	flow_para(&e->c, "pemerintahan akuntabilitas pendayagunaan "
	    "kecamatan pemerintahan akuntabilitas pendayagunaan kecamatan",
	    NULL, FACE_REGULAR, 12, 100, 110, ALIGN_JUSTIFY, KEEP_NO);
	for (i = 0; i < e->c.vl.n; i++) {
		size_t k;

		for (k = 0; k < e->c.vl.v[i].nbox; k++)
			if (e->c.vl.v[i].box[k].kind == BOX_LINE &&
			    e->c.vl.v[i].box[k].hyphen) {
				assert_int_not_equal(e->c.vl.v[i].keep, KEEP_NO);
				seen = 1;
			}
	}
	assert_true(seen);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_patterns, setup, teardown),
		cmocka_unit_test_setup_teardown(test_never, setup, teardown),
		cmocka_unit_test_setup_teardown(test_explicit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hyphen_runs, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_code_last_resort, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_runt, setup, teardown),
		cmocka_unit_test_setup_teardown(test_kerning, setup, teardown),
		cmocka_unit_test_setup_teardown(test_expansion_and_hang, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_susun_off, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_capitals, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_keep_reasons, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_hyphen_not_last_on_page,
		    setup, teardown),
	};

	return cmocka_run_group_tests_name("hyph", tests, NULL, NULL);
}
