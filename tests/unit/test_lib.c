/* SPDX-License-Identifier: ISC */
/*
 * test_lib.c - libnaskah through its public header only: a decree from
 * a buffer laid out and rendered twice with one context (the same
 * bytes), the messages of a bad document as records, naskah_status,
 * the files a layout was made from, dumps and diff to a write callback
 * (diktum lists too long for one table too),
 * the font files a context keeps from render to render.
 * Run from the source tree: the data directory is ".".
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "naskah.h"

static const char decree[] =
	"naskah: 1\n"
	"jenis: keputusan\n"
	"keputusan:\n"
	"  judul: KEPUTUSAN CAMAT CONTOH\n"
	"  tahun: 2025\n"
	"  tentang: SATU KATA\n"
	"  pejabat: CAMAT CONTOH,\n"
	"menimbang:\n"
	"  - bahwa;\n"
	"mengingat:\n"
	"  - Pancasila;\n"
	"diktum:\n"
	"  - Berlaku.\n"
	"  - Keputusan ini mulai berlaku.\n"
	"penetapan: {tempat: Contoh, tanggal: 2025-01-02}\n"
	"penandatangan: {jabatan: \"CAMAT CONTOH,\", nama: NAMA CAMAT, "
	"nip: 197001011990031001}\n";

/* The messages received, copied. */
struct got {
	size_t			n;
	enum naskah_severity	sev[16];
	char			file[16][32];
	int			line[16], col[16];
	char			id[16][32];
	char			text[16][128];
};

static void
collect(void *arg, const struct naskah_message *m)
{
	struct got *g = arg;

	if (g->n == 16)
		return;
	g->sev[g->n] = m->severity;
	snprintf(g->file[g->n], sizeof(g->file[0]), "%s",
	    m->file != NULL ? m->file : "");
	g->line[g->n] = m->line;
	g->col[g->n] = m->column;
	snprintf(g->id[g->n], sizeof(g->id[0]), "%s", m->id);
	snprintf(g->text[g->n], sizeof(g->text[0]), "%s", m->text);
	g->n++;
}

/* Bytes written, in memory. */
struct sink {
	char	*buf;
	size_t	 len;
	int	 fail;		/* refuse every write */
};

static int
sink_write(void *arg, const void *buf, size_t len)
{
	struct sink *s = arg;

	if (s->fail)
		return -1;
	s->buf = realloc(s->buf, s->len + len + 1);
	assert_non_null(s->buf);
	memcpy(s->buf + s->len, buf, len);
	s->len += len;
	s->buf[s->len] = '\0';
	return 0;
}

static struct naskah *
context(struct got *g)
{
	struct naskah_options o;

	memset(&o, 0, sizeof(o));
	o.datadir = ".";
	o.lang = NASKAH_LANG_EN;
	o.message = collect;
	o.message_arg = g;
	return naskah_new(&o);
}

/* One context, one document from a buffer, two layouts and renders:
 * the same PDF (the revision's words are not added twice; nothing is
 * left over from the first). */
static void
test_render_twice(void **state)
{
	struct got g = { 0 };
	struct naskah *ctx = context(&g);
	struct naskah_doc *doc;
	struct naskah_layout *l1, *l2;
	struct sink a = { NULL, 0, 0 }, b = { NULL, 0, 0 };

	(void)state;
	assert_non_null(ctx);
	doc = naskah_doc_parse(ctx, decree, sizeof(decree) - 1, "t.yaml", ".");
	assert_non_null(doc);
	assert_string_equal(naskah_doc_kind(doc), "keputusan");
	assert_non_null(l1 = naskah_layout(ctx, doc));
	assert_int_equal(naskah_render(ctx, l1, sink_write, &a), 0);
	assert_non_null(l2 = naskah_layout(ctx, doc));
	assert_int_equal(naskah_render(ctx, l2, sink_write, &b), 0);
	assert_true(naskah_layout_pages(l1) >= 1);
	assert_true(a.len > 1000);
	assert_memory_equal(a.buf, "%PDF-", 5);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.buf, b.buf, a.len);
	assert_int_equal(g.n, 0);
	assert_int_equal(naskah_status(ctx), -1);
	naskah_layout_free(l1);
	naskah_layout_free(l2);
	naskah_doc_free(doc);
	naskah_free(ctx);
	free(a.buf);
	free(b.buf);
}

/* A misspelt key: two errors at its line and column, by id, in the
 * context's language, without the "naskah: FILE:L:C: error: " the
 * command line adds; naskah_status says error until cleared. */
static void
test_bad_messages(void **state)
{
	struct got g = { 0 };
	struct naskah *ctx = context(&g);
	char *bad = strdup(decree), *p = strstr(bad, "judul:");
	struct naskah_doc *doc;

	(void)state;
	assert_non_null(p);
	memcpy(p, "judol", 5);
	doc = naskah_doc_parse(ctx, bad, strlen(bad), "bad.yaml", ".");
	assert_null(doc);
	assert_int_equal(g.n, 2);
	assert_string_equal(g.id[0], "UNKNOWN_KEY_HINT");
	assert_int_equal(g.sev[0], NASKAH_ERROR);
	assert_string_equal(g.file[0], "bad.yaml");
	assert_int_equal(g.line[0], 4);
	assert_int_equal(g.col[0], 3);
	assert_string_equal(g.text[0],
	    "unknown key 'judol' in 'keputusan'; did you mean 'judul'?");
	assert_string_equal(g.id[1], "MISSING_KEY");
	assert_int_equal(g.line[1], 4);
	assert_int_equal(naskah_status(ctx), NASKAH_ERROR);
	naskah_status_clear(ctx);
	assert_int_equal(naskah_status(ctx), -1);
	/* the same mistakes again after clearing: said again */
	doc = naskah_doc_parse(ctx, bad, strlen(bad), "bad.yaml", ".");
	assert_null(doc);
	assert_int_equal(g.n, 4);
	naskah_free(ctx);
	free(bad);
}

/* A file that cannot be read: a system error without a position. */
static void
test_missing_file(void **state)
{
	struct got g = { 0 };
	struct naskah *ctx = context(&g);

	(void)state;
	assert_null(naskah_doc_open(ctx, "tests/unit/no-such-file.yaml"));
	assert_int_equal(g.n, 1);
	assert_int_equal(g.sev[0], NASKAH_SYSTEM);
	assert_int_equal(g.line[0], 0);
	assert_int_equal(naskah_status(ctx), NASKAH_SYSTEM);
	naskah_free(ctx);
}

/* Options that are wrong: no context, and a usage message saying why. */
static void
test_bad_options(void **state)
{
	struct got g = { 0 };
	struct naskah_options o;

	(void)state;
	memset(&o, 0, sizeof(o));
	o.lang = NASKAH_LANG__MAX;
	o.message = collect;
	o.message_arg = &g;
	assert_null(naskah_new(&o));
	assert_int_equal(g.n, 1);
	assert_int_equal(g.sev[0], NASKAH_USAGE);
	assert_string_equal(g.id[0], "OPTIONS");
	assert_string_equal(g.text[0],
	    "naskah_new: naskah_options.lang is not valid");
	naskah_free(NULL);
	naskah_doc_free(NULL);
	naskah_layout_free(NULL);
	naskah_diff_free(NULL);
}

/* Dumps go to the write callback, and its failure is returned; the
 * files a layout was made from begin with the patterns and the YAML. */
static void
test_dump_and_inputs(void **state)
{
	struct got g = { 0 };
	struct naskah *ctx = context(&g);
	struct naskah_doc *doc = naskah_doc_open(ctx,
	    "examples/pasar-manna-2024.yaml");
	struct naskah_layout *l;
	struct naskah_stats st;
	struct sink s = { NULL, 0, 0 }, bad = { NULL, 0, 1 };
	struct sink d = { NULL, 0, 0 };
	const char *p;
	size_t i;
	int yaml = 0, tpl = 0;

	(void)state;
	assert_non_null(doc);
	assert_int_equal(naskah_dump_doc(doc, sink_write, &s), 0);
	assert_memory_equal(s.buf, "naskah 1 keputusan\n", 19);
	assert_int_equal(naskah_dump_doc(doc, sink_write, &bad), -1);
	assert_non_null(l = naskah_layout(ctx, doc));
	assert_string_equal(naskah_layout_input(l, 0),
	    "./hyphen/hyph_id_ID.dic");
	for (i = 0; naskah_layout_input(l, i) != NULL; i++) {
		yaml |= strcmp(naskah_layout_input(l, i),
		    "examples/pasar-manna-2024.yaml") == 0;
		tpl |= strcmp(naskah_layout_input(l, i),
		    "./templates/keputusan.yaml") == 0;
	}
	assert_true(yaml && tpl);
	/* the figures are the dump's */
	naskah_layout_stats(l, &st);
	assert_true(st.lines > 0);
	assert_int_equal(naskah_dump_layout(l, sink_write, &d), 0);
	assert_non_null(p = strstr(d.buf, "\nstats justified-lines "));
	assert_int_equal(atoi(p + 23), st.lines);
	assert_int_equal(naskah_dump_layout(l, sink_write, &bad), -1);
	free(d.buf);
	naskah_layout_free(l);
	naskah_doc_free(doc);
	naskah_free(ctx);
	free(s.buf);
}

/* A decree against itself: no changes; against a book: refused, at its
 * jenis. */
static void
test_diff(void **state)
{
	struct got g = { 0 };
	struct naskah *ctx = context(&g);
	struct naskah_doc *a = naskah_doc_parse(ctx, decree,
	    sizeof(decree) - 1, "a.yaml", ".");
	struct naskah_doc *b = naskah_doc_open(ctx,
	    "examples/pasar-manna-2024-buku.yaml");
	struct naskah_diff *df;
	struct sink s = { NULL, 0, 0 };

	(void)state;
	assert_non_null(a);
	assert_non_null(b);
	assert_string_equal(naskah_doc_kind(b), "buku");
	assert_non_null(df = naskah_diff(ctx, a, a));
	assert_int_equal(naskah_diff_count(df), 0);
	assert_int_equal(naskah_diff_print(df, sink_write, &s), 0);
	assert_int_equal(s.len, 0);
	naskah_diff_free(df);
	assert_int_equal(naskah_status(ctx), -1);
	assert_null(naskah_diff(ctx, a, b));
	assert_int_equal(g.n, 1);
	assert_string_equal(g.id[0], "DIFF_KIND");
	assert_true(g.line[0] > 0);
	assert_int_equal(naskah_status(ctx), NASKAH_ERROR);
	naskah_doc_free(a);
	naskah_doc_free(b);
	naskah_free(ctx);
}

/*
 * A decree whose diktum read "<word> k." for k = 1..n, but those at the
 * positions at[] (from 1), which read text[]; caller frees.
 */
static char *
many_diktum(const char *word, size_t n, const size_t *at,
    const char *const *text, size_t nat)
{
	const char *d = strstr(decree, "diktum:\n"), *t = strstr(decree,
	    "penetapan:");
	struct sink s = { NULL, 0, 0 };
	char line[64];
	size_t k, e;

	sink_write(&s, decree, (size_t)(d - decree) + strlen("diktum:\n"));
	for (k = 1; k <= n; k++) {
		for (e = 0; e < nat && at[e] != k; e++)
			;
		if (e < nat)
			snprintf(line, sizeof(line), "  - %s\n", text[e]);
		else
			snprintf(line, sizeof(line), "  - %s %zu.\n", word, k);
		sink_write(&s, line, strlen(line));
	}
	sink_write(&s, t, strlen(t));
	return s.buf;
}

/*
 * Diktum lists too long for one table (4 201 x 4 201 cells, over 4 Mi)
 * are cut at the texts once in each and in the same order: Tetap A and
 * B stay; Pindah, moved past Tetap B, is changed where it was and
 * added where it is now; what is between is paired in order, the rest
 * removed or added.  The same list as the whole table gave.
 */
static void
test_diff_long_lists(void **state)
{
	static const size_t was[] = { 100, 2100, 4150 }, is[] = { 4180, 2150,
	    4100 };
	static const char *const text[] = { "Pindah.", "Tetap A.",
	    "Tetap B." };
	static const char *const want[] = {
		"  ~ diktum 100: \"Pindah.\" -> \"Baru 100.\"\n",
		"  ~ diktum 2099: \"Lama 2099.\" -> \"Baru 2099.\"\n",
		"  + diktum 2149: \"Baru 2149.\"\n",
		"  - diktum 4149: \"Lama 4149.\"\n",
		"  ~ diktum 4149: \"Lama 4199.\" -> \"Baru 4149.\"\n",
		"  + diktum 4180: \"Pindah.\"\n",
	};
	struct got g = { 0 };
	struct naskah *ctx = context(&g);
	char *ya = many_diktum("Lama", 4200, was, text, 3);
	char *yb = many_diktum("Baru", 4200, is, text, 3);
	struct naskah_doc *a = naskah_doc_parse(ctx, ya, strlen(ya), "a.yaml",
	    ".");
	struct naskah_doc *b = naskah_doc_parse(ctx, yb, strlen(yb), "b.yaml",
	    ".");
	struct naskah_diff *df;
	struct sink s = { NULL, 0, 0 };
	size_t i;

	(void)state;
	assert_non_null(a);
	assert_non_null(b);
	assert_non_null(df = naskah_diff(ctx, a, b));
	assert_int_equal(naskah_diff_count(df), 4298);
	assert_int_equal(naskah_diff_print(df, sink_write, &s), 0);
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		if (strstr(s.buf, want[i]) == NULL)
			fail_msg("no line %s", want[i]);
	assert_null(strstr(s.buf, "Tetap"));
	naskah_diff_free(df);
	naskah_doc_free(a);
	naskah_doc_free(b);
	naskah_free(ctx);
	free(ya);
	free(yb);
	free(s.buf);
}

/* b's tree dump into t, its diff from a into d, its PDF into p. */
static void
doc_outputs(struct naskah *ctx, const struct naskah_doc *a,
    const struct naskah_doc *b, struct sink *t, struct sink *d,
    struct sink *p)
{
	struct naskah_layout *l;
	struct naskah_diff *df;

	assert_int_equal(naskah_dump_doc(b, sink_write, t), 0);
	assert_non_null(df = naskah_diff(ctx, a, b));
	assert_int_equal(naskah_diff_print(df, sink_write, d), 0);
	naskah_diff_free(df);
	assert_non_null(l = naskah_layout(ctx, b));
	assert_int_equal(naskah_render(ctx, l, sink_write, p), 0);
	naskah_layout_free(l);
}

/*
 * naskah_layout takes a const document: a revoking decree's dump and a
 * diff with it are the same before and after it is laid out (the
 * revision's words are the layout's, as on the command line, where
 * --dump=tree and diff never lay out), and a second layout gives the
 * same PDF as the first.
 */
static void
test_layout_keeps_doc(void **state)
{
	struct got g = { 0 };
	struct naskah *ctx = context(&g);
	struct naskah_doc *a = naskah_doc_open(ctx,
	    "examples/pasar-manna-2024.yaml");
	struct naskah_doc *b = naskah_doc_open(ctx,
	    "examples/pasar-manna-2024-perubahan.yaml");
	struct sink t1 = { NULL, 0, 0 }, t2 = { NULL, 0, 0 };
	struct sink d1 = { NULL, 0, 0 }, d2 = { NULL, 0, 0 };
	struct sink p1 = { NULL, 0, 0 }, p2 = { NULL, 0, 0 };

	(void)state;
	assert_non_null(a);
	assert_non_null(b);
	doc_outputs(ctx, a, b, &t1, &d1, &p1);
	doc_outputs(ctx, a, b, &t2, &d2, &p2);
	assert_int_equal(t1.len, t2.len);
	assert_memory_equal(t1.buf, t2.buf, t1.len);
	assert_int_equal(d1.len, d2.len);
	assert_memory_equal(d1.buf, d2.buf, d1.len);
	assert_int_equal(p1.len, p2.len);
	assert_memory_equal(p1.buf, p2.buf, p1.len);
	assert_int_equal(naskah_status(ctx), -1);
	free(t1.buf);
	free(t2.buf);
	free(d1.buf);
	free(d2.buf);
	free(p1.buf);
	free(p2.buf);
	naskah_doc_free(a);
	naskah_doc_free(b);
	naskah_free(ctx);
}

/*
 * naskah_doc_parse's basedir: NULL, "" and "." are the current
 * directory, where a document's sertakan are read from ("" once made
 * them relative to "/").
 */
static void
test_parse_basedir(void **state)
{
	static const char *const dirs[] = { NULL, "", ".", "./" };
	struct got g = { 0 };
	struct naskah *ctx = context(&g);
	struct naskah_doc *doc;
	struct sink yaml = { NULL, 0, 0 };
	FILE *f;
	char buf[4096];
	size_t i, n;

	(void)state;
	assert_non_null(f = fopen("tests/regress/include.yaml", "rb"));
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sink_write(&yaml, buf, n);
	fclose(f);
	assert_int_equal(chdir("tests/regress"), 0);
	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		doc = naskah_doc_parse(ctx, yaml.buf, yaml.len, "<buf>",
		    dirs[i]);
		if (doc == NULL)
			print_message("basedir \"%s\": %s\n",
			    dirs[i] != NULL ? dirs[i] : "(null)",
			    g.n > 0 ? g.text[0] : "");
		naskah_doc_free(doc);
		if (doc == NULL)
			break;
	}
	assert_int_equal(chdir("../.."), 0);
	assert_int_equal(i, sizeof(dirs) / sizeof(dirs[0]));
	assert_int_equal(g.n, 0);
	free(yaml.buf);
	naskah_free(ctx);
}

/* One thread's work: its own context, the decree from the buffer and
 * from the book example, rendered into its sink. */
struct job {
	struct sink	out;
	int		ok;
};

static void *
job_run(void *arg)
{
	static const char *const files[] = {
		"examples/pasar-manna-2024-buku.yaml",
		"examples/pasar-manna-2024.yaml",
	};
	struct job *j = arg;
	struct naskah_options o;
	struct naskah *ctx;
	struct naskah_doc *doc;
	struct naskah_layout *l;
	size_t i;

	memset(&o, 0, sizeof(o));
	o.datadir = ".";
	if ((ctx = naskah_new(&o)) == NULL)
		return NULL;
	j->ok = 1;
	for (i = 0; i < 2 * sizeof(files) / sizeof(files[0]); i++) {
		doc = naskah_doc_open(ctx, files[i % 2]);
		l = doc != NULL ? naskah_layout(ctx, doc) : NULL;
		if (l == NULL || naskah_render(ctx, l, sink_write, &j->out))
			j->ok = 0;
		naskah_layout_free(l);
		naskah_doc_free(doc);
	}
	naskah_free(ctx);
	return NULL;
}

/* Two contexts on two threads at once (no state shared between them):
 * the same bytes as one context alone. */
static void
test_threads(void **state)
{
	struct job one = { { NULL, 0, 0 }, 0 };
	struct job two[2] = { { { NULL, 0, 0 }, 0 }, { { NULL, 0, 0 }, 0 } };
	pthread_t t[2];
	int i;

	(void)state;
	job_run(&one);
	assert_true(one.ok);
	for (i = 0; i < 2; i++)
		assert_int_equal(pthread_create(&t[i], NULL, job_run,
		    &two[i]), 0);
	for (i = 0; i < 2; i++) {
		assert_int_equal(pthread_join(t[i], NULL), 0);
		assert_true(two[i].ok);
		assert_int_equal(two[i].out.len, one.out.len);
		assert_memory_equal(two[i].out.buf, one.out.buf, one.out.len);
		free(two[i].out.buf);
	}
	free(one.out.buf);
}

/* text (a decree) laid out and rendered with ctx into *out. */
static void
render_text(struct naskah *ctx, const char *text, struct sink *out)
{
	struct naskah_doc *doc;
	struct naskah_layout *l;

	out->len = 0;
	doc = naskah_doc_parse(ctx, text, strlen(text), "t.yaml", ".");
	assert_non_null(doc);
	assert_non_null(l = naskah_layout(ctx, doc));
	assert_int_equal(naskah_render(ctx, l, sink_write, out), 0);
	naskah_layout_free(l);
	naskah_doc_free(doc);
}

/* No message but warnings (one font file for four faces is one). */
static void
warnings_only(const struct got *g)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		assert_int_equal(g->sev[i], NASKAH_WARNING);
}

/* text rendered by a new context: the bytes of a cold render. */
static void
render_fresh(const char *text, struct sink *out)
{
	struct got g = { 0 };
	struct naskah *ctx = context(&g);

	assert_non_null(ctx);
	render_text(ctx, text, out);
	warnings_only(&g);
	naskah_free(ctx);
}

static void
same_bytes(const struct sink *a, const struct sink *b)
{
	assert_int_equal(a->len, b->len);
	assert_memory_equal(a->buf, b->buf, a->len);
}

/*
 * The font files a context keeps between renders: a warm context
 * gives a fresh one's bytes, for the same document again (taken from
 * the cache) and for one that shows a glyph the others did not (a
 * larger subset, not the one kept).
 */
static void
test_fontcache_glyphs(void **state)
{
	static const char more[] = "  tentang: SATU KATA QUIZ 'Zebra' Ÿ\n";
	struct got g = { 0 };
	struct naskah *ctx = context(&g);
	struct sink cold = { NULL, 0, 0 }, warm = { NULL, 0, 0 };
	char *other = malloc(sizeof(decree) + sizeof(more));
	char *at;
	int i;

	(void)state;
	assert_non_null(ctx);
	assert_non_null(other);
	/* decree with another subject line */
	at = strstr(decree, "  tentang:");
	assert_non_null(at);
	memcpy(other, decree, (size_t)(at - decree));
	strcpy(other + (at - decree), more);
	strcat(other, strchr(at, '\n') + 1);
	render_fresh(decree, &cold);
	for (i = 0; i < 3; i++) {	/* the third from the cache */
		render_text(ctx, decree, &warm);
		same_bytes(&cold, &warm);
	}
	render_fresh(other, &cold);
	render_text(ctx, other, &warm);
	same_bytes(&cold, &warm);
	render_fresh(decree, &cold);
	render_text(ctx, decree, &warm);
	same_bytes(&cold, &warm);
	assert_int_equal(g.n, 0);
	naskah_free(ctx);
	free(other);
	free(cold.buf);
	free(warm.buf);
}

/* Copy the font from to to, with the last byte of the date its 'head'
 * table says it was modified changed by delta (what the pages show
 * stays; the font file embedded changes). */
static void
font_copy(const char *from, const char *to, int delta)
{
	static unsigned char b[1 << 20];
	FILE *f = fopen(from, "rb");
	size_t n, t, nt;

	assert_non_null(f);
	n = fread(b, 1, sizeof(b), f);
	fclose(f);
	assert_true(n > 12 && n < sizeof(b));
	nt = (size_t)b[4] << 8 | b[5];
	for (t = 0; t < nt && memcmp(b + 12 + 16 * t, "head", 4) != 0; t++)
		;
	assert_true(t < nt);
	t = 12 + 16 * t + 8;
	t = (size_t)b[t] << 24 | (size_t)b[t + 1] << 16 |
	    (size_t)b[t + 2] << 8 | b[t + 3];
	b[t + 35] = (unsigned char)(b[t + 35] + delta);
	assert_non_null(f = fopen(to, "wb"));
	assert_int_equal(fwrite(b, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

/* A font file changed under the same path between renders of one
 * context: the PDF embeds the new file, as a fresh context's does. */
static void
test_fontcache_file_changes(void **state)
{
	char dir[] = "/tmp/naskah-fcXXXXXX", path[64], *text;
	struct got g = { 0 };
	struct naskah *ctx = context(&g);
	struct sink cold = { NULL, 0, 0 }, warm = { NULL, 0, 0 },
	    before = { NULL, 0, 0 };
	int i;

	(void)state;
	assert_non_null(ctx);
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/f.ttf", dir);
	text = malloc(sizeof(decree) + 128);
	assert_non_null(text);
	snprintf(text, sizeof(decree) + 128, "%shuruf: %s\n", decree, path);
	font_copy("fonts/bonum-regular.ttf", path, 0);
	for (i = 0; i < 3; i++)
		render_text(ctx, text, &before);
	font_copy("fonts/bonum-regular.ttf", path, 1);
	render_fresh(text, &cold);
	render_text(ctx, text, &warm);
	same_bytes(&cold, &warm);
	assert_true(before.len != warm.len ||
	    memcmp(before.buf, warm.buf, warm.len) != 0);
	warnings_only(&g);
	naskah_free(ctx);
	unlink(path);
	rmdir(dir);
	free(text);
	free(cold.buf);
	free(warm.buf);
	free(before.buf);
}

static void
oom_exit(void *arg)
{
	_exit(*(int *)arg);
}

/*
 * Out of memory: the context's hook is called (here it ends the
 * process with 42), not exit(3) nor a message.  In a child whose
 * address space is capped a little above what it uses, parsing a long
 * list runs out.
 */
static void
test_oom_hook(void **state)
{
	pid_t pid;
	int st = 0;

	(void)state;
	if ((getenv("NASKAH_RUN") != NULL && *getenv("NASKAH_RUN") != '\0') ||
	    getenv("ASAN_OPTIONS") != NULL) {
		printf("skipped: test_oom_hook, because valgrind or ASan run "
		    "the test and a limit of the address space breaks them\n");
		skip();
	}
	if ((pid = fork()) == 0) {
		static int code = 42;
		struct naskah_options o;
		struct naskah *ctx;
		size_t n = 4 * 1024 * 1024, i;
		char *big = malloc(n + 64);
		struct rlimit rl;
		unsigned long vm = 0;
		FILE *f = fopen("/proc/self/statm", "r");

		memset(&o, 0, sizeof(o));
		o.oom = oom_exit;
		o.oom_arg = &code;
		if (big == NULL || f == NULL || fscanf(f, "%lu", &vm) != 1)
			_exit(1);
		fclose(f);
		strcpy(big, "naskah: 1\nmenimbang:\n");
		for (i = strlen(big); i + 4 < n; i += 4)
			memcpy(big + i, "- a\n", 4);
		big[i] = '\0';
		ctx = naskah_new(&o);
		rl.rlim_cur = rl.rlim_max = vm * (unsigned long)
		    sysconf(_SC_PAGESIZE) + 8 * 1024 * 1024;
		if (setrlimit(RLIMIT_AS, &rl) != 0)
			_exit(2);
		naskah_doc_free(naskah_doc_parse(ctx, big, strlen(big), "big",
		    "."));
		_exit(0);	/* the hook was not called */
	}
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 42);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_render_twice),
		cmocka_unit_test(test_bad_messages),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_bad_options),
		cmocka_unit_test(test_dump_and_inputs),
		cmocka_unit_test(test_diff),
		cmocka_unit_test(test_diff_long_lists),
		cmocka_unit_test(test_layout_keeps_doc),
		cmocka_unit_test(test_parse_basedir),
		cmocka_unit_test(test_threads),
		cmocka_unit_test(test_fontcache_glyphs),
		cmocka_unit_test(test_fontcache_file_changes),
		cmocka_unit_test(test_oom_hook),
	};

	assert_non_null(naskah_version());
	return cmocka_run_group_tests(tests, NULL, NULL);
}
