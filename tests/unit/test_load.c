/* SPDX-License-Identifier: ISC */
/*
 * test_load.c - YAML tree -> document model: schema checks, defaults,
 * messages with positions and hints; and the template loader, with
 * its merge of a template over its base.
 */
#include <unistd.h>

#include "test.h"
#include "fixture.h"
#include "load/load.h"
#include "load/tplmerge.h"
#include "model/model.h"
#include "model/template.h"
#include "yaml/yinclude.h"
#include "yaml/ytree.h"

static struct naskah_decree *
load(struct tdiag *t, const char *src)
{
	struct ydoc *y;

	tdiag_open(t);
	if ((y = ydoc_parse(src, strlen(src), &t->d)) == NULL)
		return NULL;
	return fixture_decree_load(y, "dir/t.yaml", &t->d);
}

/* Load src and expect it to fail with msg among the diagnostics. */
static void
expect_error(const char *src, const char *msg)
{
	struct tdiag t;
	struct naskah_decree *doc = load(&t, src);

	assert_null(doc);
	if (strstr(tdiag_text(&t), msg) == NULL)
		fail_msg("got '%s', want '%s'", tdiag_text(&t), msg);
	tdiag_close(&t);
}

static void
test_fixture(void **state)
{
	struct tdiag t;
	struct naskah_decree *doc = load(&t, fixture_yaml);

	(void)state;
	assert_non_null(doc);
	assert_string_equal(tdiag_text(&t), "");
	assert_int_equal(doc->setup.paper, PAPER_F4);
	assert_true(doc->setup.page_w > 609.4 && doc->setup.page_w < 609.5);
	assert_true(doc->setup.margin[0] > 85.0 && doc->setup.margin[0] < 85.1);
	assert_int_equal(doc->setup.family, FAMILY_BOOKMAN);
	assert_string_equal(doc->setup.dir, "dir");
	assert_int_equal(doc->menimbang.n, 2);
	assert_int_equal(doc->mengingat.n, 2);
	assert_null(doc->mengingat.v[0].label.s);
	assert_string_equal(doc->mengingat.v[1].label.s, "2a.");
	assert_int_equal(doc->diktum.n, 2);
	assert_int_equal(doc->tanggal.day, 5);
	assert_true(doc->signer.nip_valid);
	assert_int_equal(doc->signer.tampilkan_gelar, 0);
	assert_int_equal(doc->rahmat, 0);
	assert_int_equal(doc->nlampiran, 0);
	assert_int_equal(doc->judul.span.at.line, 8);
	fixture_decree_free(doc);
	tdiag_close(&t);
}

static void
test_options(void **state)
{
	struct tdiag t;
	char *src = fixture_with("kertas: a4\nmargin: {kiri: 25, atas: 15}\n"
	    "huruf: arial\nlampiran:\n  - judul: X\n    iku:\n"
	    "      - sasaran: S\n        indikator: I\n"
	    "        formulasi: {pembilang: P, penyebut: Q, kali: 100 %}\n"
	    "        target: 70 %\n"
	    "      - sasaran: S\n        indikator: J\n"
	    "        formulasi: Hasil\n        target: 80\n");
	struct naskah_decree *doc = load(&t, src);

	(void)state;
	assert_non_null(doc);
	assert_int_equal(doc->setup.paper, PAPER_A4);
	assert_true(doc->setup.margin[0] > 70.8 && doc->setup.margin[0] < 70.9);
	assert_true(doc->setup.margin[1] > 56.6 && doc->setup.margin[1] < 56.7);
	assert_int_equal(doc->setup.family, FAMILY_ARIAL);
	assert_int_equal(doc->nlampiran, 1);
	assert_int_equal(doc->lampiran[0].niku, 2);
	assert_int_equal(doc->lampiran[0].iku[0].formula, FORMULA_FRACTION);
	assert_string_equal(doc->lampiran[0].iku[0].kali.s, "100 %");
	assert_int_equal(doc->lampiran[0].iku[1].formula, FORMULA_TEXT);
	fixture_decree_free(doc);
	tdiag_close(&t);
	free(src);
}

static void
test_errors(void **state)
{
	char *s;

	(void)state;
	s = fixture_with("menimbangg: x\n");
	expect_error(s, "t.yaml:30:1: error: unknown key 'menimbangg' in "
	    "'dokumen'; did you mean 'menimbang'?");
	free(s);
	s = fixture_with("zzzz: x\n");
	expect_error(s, "t.yaml:30:1: error: unknown key 'zzzz' in 'dokumen'\n");
	free(s);
	expect_error("naskah: 1\njenis: keputusan\n",
	    "t.yaml:1:1: error: 'dokumen' needs the key 'keputusan'");
	expect_error("naskah: 2\njenis: keputusan\n",
	    "t.yaml:1:9: error: naskah version '2' is not supported");
	s = fixture_with("kertas: A5\n");
	expect_error(s, "t.yaml:30:9: error: 'kertas' must be one of F4, "
	    "F4-210, A4, not 'A5'");
	free(s);
	s = fixture_with("huruf: comic\n");
	expect_error(s, "t.yaml:30:8: error: unknown font 'comic'");
	free(s);
	s = fixture_with("tembusan: []\n");
	expect_error(s, "t.yaml:30:11: error: 'tembusan' must not be an "
	    "empty list");
	free(s);
	s = fixture_with("memperhatikan: {a: b}\n");
	expect_error(s, "t.yaml:30:16: error: 'memperhatikan' must be a "
	    "list, not a mapping");
	free(s);
	s = fixture_with("menetapkan: [a]\n");
	expect_error(s, "t.yaml:30:13: error: 'menetapkan' must be text, "
	    "not a list");
	free(s);
	/* issue 16: a text an unquoted ': ' made a mapping, at the colon;
	 * a mapping of two keys is no such text */
	s = fixture_with("tembusan:\n  - Camat Pasar Manna: arsip\n");
	expect_error(s, "t.yaml:31:22: error: 'tembusan' must be text, but "
	    "the ': ' after 'Camat Pasar Manna' made it a mapping");
	free(s);
	s = fixture_with("tembusan:\n  - {a: b, c: d}\n");
	expect_error(s, "t.yaml:31:5: error: 'tembusan' must be text, not a "
	    "mapping");
	free(s);
	s = fixture_with("margin: {kiri: 200}\n");
	expect_error(s, "'margin.kiri' must be between 0 and 100, not 200");
	free(s);
	s = fixture_with("lampiran:\n  - judul: X\n    iku:\n      - sasaran: S\n"
	    "        indikator: I\n        formulasi: {pembilang: P}\n"
	    "        target: 1\n");
	expect_error(s, "error: 'lampiran[1].iku[1].formulasi' needs the key "
	    "'penyebut'");
	free(s);
	s = fixture_with("lampiran:\n  - judul: X\n    iku:\n      - sasaran: S\n"
	    "        indikator: I\n        formulasi: F\n"
	    "        target: 1\n        desimal: 5\n");
	expect_error(s, "error: 'lampiran[1].iku[1].desimal' must be between "
	    "0 and 4, not 5");
	free(s);
}

/* A row's desimal is kept for its capaian; a row without one has none. */
static void
test_row_desimal(void **state)
{
	struct tdiag t;
	char *s = fixture_with("lampiran:\n  - judul: X\n    iku:\n"
	    "      - {sasaran: S, indikator: I, formulasi: F, target: 107,"
	    " desimal: 0}\n"
	    "      - {sasaran: S, indikator: J, formulasi: F, target: '87,5'}\n");
	struct naskah_decree *doc = load(&t, s);

	(void)state;
	assert_non_null(doc);
	assert_int_equal(doc->nlampiran, 1);
	assert_int_equal(doc->lampiran[0].niku, 2);
	assert_true(doc->lampiran[0].iku[0].has_desimal);
	assert_int_equal(doc->lampiran[0].iku[0].desimal, 0);
	assert_false(doc->lampiran[0].iku[1].has_desimal);
	fixture_decree_free(doc);
	tdiag_close(&t);
	free(s);
}

static void
test_nip_warning(void **state)
{
	struct tdiag t;
	const char *src = strstr(fixture_yaml, "  nip: ");
	char *s = xasprintf("%.*s  nip: 19731305 200803 2 001\n",
	    (int)(src - fixture_yaml), fixture_yaml);
	struct naskah_decree *doc = load(&t, s);

	(void)state;
	assert_non_null(doc);	/* a warning does not stop the document */
	assert_non_null(strstr(tdiag_text(&t), "t.yaml:29:8: warning: NIP "
	    "'19731305 200803 2 001': digits 1-8 (19731305) are not a real "
	    "date of birth"));
	assert_false(doc->signer.nip_valid);
	assert_int_equal(naskah_diag_status(&t.d), 0);
	fixture_decree_free(doc);
	tdiag_close(&t);
	free(s);
}

static void
test_template(void **state)
{
	struct tdiag t;
	struct naskah_tpl *tpl;

	(void)state;
	tdiag_open(&t);
	tpl = naskah_tpl_load("templates/keputusan.yaml", NULL, &t.d);
	assert_non_null(tpl);
	assert_string_equal(tpl->kata_menimbang, "Menimbang");
	assert_string_equal(tpl->kata_kali, "\xc3\x97");
	assert_true(tpl->ukuran_huruf == 12);
	naskah_tpl_free(tpl);
	tpl = naskah_tpl_load("tests/unit/no-such-template.yaml", NULL, &t.d);
	assert_null(tpl);
	assert_non_null(strstr(tdiag_text(&t), "cannot read "
	    "'tests/unit/no-such-template.yaml'"));
	tdiag_close(&t);
}

/* The column lists of the templates, and a document's choice among
 * them: its order, every column when it chooses none, the index of a
 * content the template lacks. */
static void
test_columns(void **state)
{
	struct tdiag t;
	struct naskah_tpl *tpl;
	struct naskah_ltpl *lt;
	struct naskah_colspecs out;
	enum naskah_isi pick[2] = { ISI_CAPAIAN, ISI_INDIKATOR };
	enum naskah_isi lack[2] = { ISI_INDIKATOR, ISI_TARGET };
	struct naskah_pos pos[2] = { { 3, 5, NULL }, { 3, 9, NULL } };
	struct naskah_colsel none = { NULL, NULL, 0 };
	struct naskah_colsel sel = { pick, pos, 2 };
	struct naskah_colsel bad = { lack, pos, 2 };
	const struct naskah_colspecs *pk;

	(void)state;
	tdiag_open(&t);
	tpl = naskah_tpl_load("templates/keputusan.yaml", NULL, &t.d);
	assert_non_null(tpl);
	assert_int_equal(tpl->kolom_iku.n, 5);
	assert_int_equal(tpl->kolom_iku.v[3].isi, ISI_FORMULASI);
	assert_true(tpl->kolom_iku.v[3].lebar == 60);
	assert_int_equal(tpl->kolom_iku.v[1].rata, 0);		/* kiri */
	assert_int_equal(tpl->kolom_iku.v[0].rata, 1);		/* default */
	naskah_tpl_free(tpl);
	lt = naskah_ltpl_load("templates/lkjip.yaml", NULL, &t.d);
	assert_non_null(lt);
	assert_true(lt->melintang);
	assert_string_equal(lt->kata_pihak_kedua, "PIHAK KEDUA,");
	pk = &lt->kolom[LTABLE_PENGUKURAN];
	assert_int_equal(pk->n, 8);
	assert_int_equal(naskah_colspecs_select(&none, pk, &out), (size_t)-1);
	assert_int_equal(out.n, 8);
	naskah_colspecs_free(&out);
	assert_int_equal(naskah_colspecs_select(&sel, pk, &out), (size_t)-1);
	assert_int_equal(out.n, 2);
	assert_string_equal(out.v[0].judul, "Capaian (%)");
	assert_string_equal(out.v[1].judul, "Indikator Kinerja");
	naskah_colspecs_free(&out);
	assert_int_equal(naskah_colspecs_select(&bad,
	    &lt->kolom[LTABLE_PERBANDINGAN], &out), 1);
	assert_int_equal(out.n, 0);
	naskah_colspecs_free(&out);
	naskah_ltpl_free(lt);
	/* a content with two columns (the targets of two years) brings
	 * both, in the template's order */
	tpl = naskah_tpl_load("tests/regress/templat/kolom-iku.yaml", NULL, &t.d);
	assert_non_null(tpl);
	sel.v = lack + 1;	/* target */
	sel.n = 1;
	assert_int_equal(naskah_colspecs_select(&sel, &tpl->kolom_iku, &out),
	    (size_t)-1);
	assert_int_equal(out.n, 2);
	assert_int_equal(out.v[0].tahun, 0);
	assert_int_equal(out.v[1].tahun, 2025);
	naskah_colspecs_free(&out);
	naskah_tpl_free(tpl);
	tdiag_close(&t);
}

/* Line and column (in characters) of src[off], as an editor shows it. */
static struct naskah_pos
src_pos(const char *src, size_t off)
{
	struct naskah_pos p = { 1, 1, NULL };
	size_t i;

	for (i = 0; i < off; i++)
		if (src[i] == '\n') {
			p.line++;
			p.col = 1;
		} else if (((unsigned char)src[i] & 0xC0) != 0x80)
			p.col++;
	return p;
}

/* The position of the X of text t is that of the X after `before` in
 * src. */
static void
expect_x(const struct naskah_text *t, const char *src, const char *before)
{
	const char *x = strchr(t->s, 'X'), *at = strstr(src, before);
	struct naskah_pos want, got;

	assert_non_null(x);
	assert_non_null(at);
	want = src_pos(src, (size_t)(at - src) + strlen(before));
	got = naskah_text_pos(t, (size_t)(x - t->s));
	if (got.line != want.line || got.col != want.col)
		fail_msg("'%s': X at %d:%d, want %d:%d", t->s, got.line,
		    got.col, want.line, want.col);
}

/* A byte inside a text maps to where it is written, in block and
 * quoted scalars too, without the YAML tree (the model's span). */
static void
test_text_pos(void **state)
{
	struct tdiag t;
	char *src = fixture_with("tembusan:\n  - |\n    satu\n    dua X\n"
	    "  - \"tiga \\u00e9\\t X\"\n  - 'empat '' X'\n"
	    "  - \"lima\xe2\x80\xa8 enam X\"\n  - tujuh \xc3\xa9 X\n");
	struct naskah_decree *doc = load(&t, src);
	struct naskah_pos p;

	(void)state;
	assert_non_null(doc);
	assert_int_equal(doc->tembusan.n, 5);
	expect_x(&doc->tembusan.v[0], src, "    dua ");
	expect_x(&doc->tembusan.v[1], src, "\\t ");
	expect_x(&doc->tembusan.v[2], src, "'' ");
	expect_x(&doc->tembusan.v[3], src, "enam ");
	expect_x(&doc->tembusan.v[4], src, "tujuh \xc3\xa9 ");
	/* past the end: where the text starts */
	p = naskah_text_pos(&doc->tembusan.v[4], 100);
	assert_int_equal(p.line, doc->tembusan.v[4].span.at.line);
	assert_int_equal(p.col, 5);
	fixture_decree_free(doc);
	free(src);
	tdiag_close(&t);
}

/* Every byte of text t through a cursor (the index after the first
 * SPANCUR_SCANS) is where naskah_text_pos puts it; in reverse too. */
static void
expect_cursor_same(const struct naskah_text *t)
{
	struct naskah_spancur cur = { &t->span, NULL, 0 };
	struct naskah_pos a, b;
	size_t off, n = strlen(t->s) + 2, k;

	for (k = 0; k < 2 * n; k++) {
		off = k < n ? k : 2 * n - 1 - k;
		a = naskah_text_pos(t, off);
		b = naskah_spancur_pos(&cur, off);
		if (a.line != b.line || a.col != b.col)
			fail_msg("'%s' byte %zu: %d:%d through the index, "
			    "%d:%d", t->s, off, b.line, b.col, a.line, a.col);
	}
	assert_true(cur.idx != NULL || t->span.raw == NULL);
	naskah_spancur_done(&cur);
	naskah_spancur_done(&cur);
}

/* The index a cursor makes for many messages in one text gives the
 * positions the scan gives: block and quoted scalars, escapes, a
 * U+2028, a repeated letter over many lines (a block scalar of 300
 * lines of "x x x"). */
static void
test_text_pos_cursor(void **state)
{
	struct naskah_buf b = { NULL, 0, 0 };
	struct naskah_decree *doc;
	struct tdiag t;
	char *src;
	size_t i;
	int k;

	(void)state;
	buf_adds(&b, "tembusan:\n  - |\n    satu\n    dua X\n"
	    "  - \"tiga \\u00e9\\t X\"\n  - 'empat '' X'\n"
	    "  - \"lima\xe2\x80\xa8 enam X\"\n  - tujuh \xc3\xa9 X\n"
	    "  - >\n");
	for (k = 0; k < 300; k++)
		buf_adds(&b, "    x x \xc3\xa9 x\n");
	src = fixture_with(b.s);
	free(b.s);
	assert_non_null(doc = load(&t, src));
	assert_int_equal(doc->tembusan.n, 6);
	for (i = 0; i < doc->tembusan.n; i++)
		expect_cursor_same(&doc->tembusan.v[i]);
	fixture_decree_free(doc);
	free(src);
	tdiag_close(&t);
}

/* Texts of an included file map into that file, under its name. */
static void
test_text_pos_included(void **state)
{
	static const char inc[] = "- satu X\n- |\n  dua\n  tiga X\n";
	char dir[] = "/tmp/naskah-test-XXXXXX", *main_path, *inc_path;
	char *src = fixture_with("tembusan:\n  sertakan: inc.yaml\n");
	struct naskah_decree *doc;
	struct tdiag t;
	struct ydoc *y;
	struct naskah_pos p;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	main_path = xasprintf("%s/t.yaml", dir);
	inc_path = xasprintf("%s/inc.yaml", dir);
	assert_non_null(f = fopen(main_path, "w"));
	fputs(src, f);
	fclose(f);
	assert_non_null(f = fopen(inc_path, "w"));
	fputs(inc, f);
	fclose(f);
	tdiag_open(&t);
	assert_non_null(y = ydoc_load(main_path, &t.d));
	assert_non_null(doc = fixture_decree_load(y, main_path, &t.d));
	assert_int_equal(doc->tembusan.n, 2);
	expect_x(&doc->tembusan.v[0], inc, "satu ");
	expect_x(&doc->tembusan.v[1], inc, "tiga ");
	p = naskah_text_pos(&doc->tembusan.v[1], 0);
	assert_non_null(p.file);
	assert_non_null(strstr(p.file, "inc.yaml"));
	fixture_decree_free(doc);
	tdiag_close(&t);
	unlink(main_path);
	unlink(inc_path);
	rmdir(dir);
	free(main_path);
	free(inc_path);
	free(src);
}

/* The scalar at a.b of tree r, or NULL. */
static const char *
at2(const struct ynode *r, const char *a, const char *b)
{
	const struct ynode *n = ymap_get(ymap_get(r, a), b);

	return n != NULL && n->kind == YNODE_SCALAR ? n->str : NULL;
}

/*
 * tpl_merge: a mapping replaces only the keys it names and adds the new
 * ones; a list or a text replaces the whole; the root's dasar is not
 * taken; a value written the same is a warning at its line; moved
 * nodes leave from, copied ones name the file given.
 */
static void
test_tpl_merge(void **state)
{
	static const char base[] =
	    "kata: {a: A, b: B}\n"
	    "gaya: {x: huruf}\n"
	    "kolom: [1, 2, 3]\n";
	static const char over[] =
	    "dasar: keputusan\n"
	    "kata:\n"
	    "  b: BB\n"
	    "  c: C\n"
	    "gaya:\n"
	    "  x: huruf\n"
	    "kolom: [9]\n"
	    "baru: {k: v}\n";
	struct tdiag t;
	struct ydoc *yb, *yo;
	struct schema s;
	const struct ynode *k;
	int copy;

	(void)state;
	for (copy = 0; copy <= 1; copy++) {
		tdiag_open(&t);
		s.d = &t.d;
		yb = ydoc_parse(base, strlen(base), &t.d);
		yo = ydoc_parse(over, strlen(over), &t.d);
		assert_non_null(yb);
		assert_non_null(yo);
		tpl_merge(&s, yb->root, yo->root, copy, "doc.yaml", NULL);
		assert_string_equal(at2(yb->root, "kata", "a"), "A");
		assert_string_equal(at2(yb->root, "kata", "b"), "BB");
		assert_string_equal(at2(yb->root, "kata", "c"), "C");
		assert_string_equal(at2(yb->root, "gaya", "x"), "huruf");
		assert_string_equal(at2(yb->root, "baru", "k"), "v");
		assert_null(ymap_get(yb->root, "dasar"));
		k = ymap_get(yb->root, "kolom");
		assert_int_equal(k->nkid, 1);
		assert_string_equal(k->kid[0]->str, "9");
		/* where the new value is written: line 3 of over */
		k = ymap_get(ymap_get(yb->root, "kata"), "b");
		assert_int_equal(k->pos.line, 3);
		if (copy) {
			assert_string_equal(k->pos.file, "doc.yaml");
			assert_non_null(ymap_get(yo->root, "kata"));
		} else
			assert_null(k->pos.file);
		assert_non_null(strstr(tdiag_text(&t), copy ?
		    "naskah: doc.yaml:6:6: warning: 'gaya.x' is written as in "
		    "the template under it" : "naskah: t.yaml:6:6: warning: "
		    "'gaya.x' is written as in the template under it"));
		ydoc_free(yo);
		ydoc_free(yb);
		tdiag_close(&t);
	}
}

/* Write src to dir/name; returns the path (caller frees). */
static char *
write_file(const char *dir, const char *name, const char *src)
{
	char *p = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(p, "w");

	assert_non_null(f);
	assert_int_equal(fputs(src, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
	return p;
}

/* Load the template src (written to dir) over the shipped ones. */
static struct naskah_tpl *
tpl_from(struct tdiag *t, const char *dir, const char *src)
{
	struct naskah_tplsrc ts = { ".", NULL, NULL };
	struct naskah_tpl *tpl;
	char *p = write_file(dir, "t.yaml", src);

	tdiag_open(t);
	tpl = naskah_tpl_load(p, &ts, &t->d);
	unlink(p);
	free(p);
	return tpl;
}

/*
 * Optional template keys (template.def OT, OC, ON): a full copy made
 * before them loads with their defaults; a template over keputusan
 * sets one in a line; a misspelt one gets "did you mean", a value not
 * among the choices the list, and one written as the shipped template
 * writes it the warning that it changes nothing.
 */
static void
test_tpl_optional(void **state)
{
	char dir[] = "/tmp/test_tpl_optional.XXXXXX";
	struct naskah_tpl *tpl;
	struct tdiag t;

	(void)state;
	assert_non_null(mkdtemp(dir));
	tdiag_open(&t);
	/* a copy of 115 lines made before the optional keys */
	tpl = naskah_tpl_load("tests/regress/templat/kolom-iku.yaml", NULL,
	    &t.d);
	assert_non_null(tpl);
	assert_string_equal(tdiag_text(&t), "");
	assert_string_equal(tpl->gaya_butir_tunggal, "berlabel");
	naskah_tpl_free(tpl);
	tdiag_close(&t);

	tpl = tpl_from(&t, dir, "dasar: keputusan\ngaya:\n"
	    "  butir_tunggal: tanpa\n");
	assert_non_null(tpl);
	assert_string_equal(tdiag_text(&t), "");
	assert_string_equal(tpl->gaya_butir_tunggal, "tanpa");
	assert_string_equal(tpl->gaya_label_mengingat, "angka");
	naskah_tpl_free(tpl);
	tdiag_close(&t);

	tpl = tpl_from(&t, dir, "dasar: keputusan\ngaya:\n"
	    "  butir_tungal: tanpa\n");
	assert_null(tpl);
	assert_non_null(strstr(tdiag_text(&t), "t.yaml:3:3: error: unknown "
	    "key 'butir_tungal' in 'gaya'; did you mean 'butir_tunggal'?"));
	tdiag_close(&t);

	tpl = tpl_from(&t, dir, "dasar: keputusan\ngaya:\n"
	    "  butir_tunggal: tidak\n");
	assert_null(tpl);
	assert_non_null(strstr(tdiag_text(&t), "t.yaml:3:18: error: "
	    "'gaya.butir_tunggal' must be one of berlabel, tanpa, not "
	    "'tidak'"));
	tdiag_close(&t);

	tpl = tpl_from(&t, dir, "dasar: keputusan\ngaya:\n"
	    "  butir_tunggal: berlabel\n");
	assert_non_null(tpl);
	assert_non_null(strstr(tdiag_text(&t), "t.yaml:3:18: warning: "
	    "'gaya.butir_tunggal' is written as in the template under it"));
	naskah_tpl_free(tpl);
	tdiag_close(&t);
	assert_int_equal(rmdir(dir), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixture),
		cmocka_unit_test(test_text_pos),
		cmocka_unit_test(test_text_pos_cursor),
		cmocka_unit_test(test_text_pos_included),
		cmocka_unit_test(test_options),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_row_desimal),
		cmocka_unit_test(test_nip_warning),
		cmocka_unit_test(test_template),
		cmocka_unit_test(test_columns),
		cmocka_unit_test(test_tpl_merge),
		cmocka_unit_test(test_tpl_optional),
	};

	return cmocka_run_group_tests_name("load", tests, NULL, NULL);
}
