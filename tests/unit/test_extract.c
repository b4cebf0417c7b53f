/* SPDX-License-Identifier: ISC */
/*
 * test_extract.c - issue 17, libnaskah's naskah_extract through its
 * public header only: a PDF rendered to memory gives back, read through
 * a callback, the YAML it was made from; the failures of the callbacks,
 * a text that is no PDF, a PDF that carries nothing.
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
	"penetapan: {tempat: Contoh, tanggal: 2025-01-02}\n"
	"penandatangan: {jabatan: \"CAMAT CONTOH,\", nama: NAMA CAMAT, "
	"nip: 197001011990031001}\n";

/* The ids and severities of the messages received. */
struct got {
	size_t			n;
	enum naskah_severity	sev[16];
	char			id[16][32];
};

static void
collect(void *arg, const struct naskah_message *m)
{
	struct got *g = arg;

	if (g->n == 16)
		return;
	g->sev[g->n] = m->severity;
	snprintf(g->id[g->n], sizeof(g->id[0]), "%s", m->id);
	g->n++;
}

/* Bytes written, in memory. */
struct sink {
	char	*buf;
	size_t	 len;
};

static int
sink_write(void *arg, const void *buf, size_t len)
{
	struct sink *s = arg;

	s->buf = realloc(s->buf, s->len + len + 1);
	assert_non_null(s->buf);
	memcpy(s->buf + s->len, buf, len);
	s->len += len;
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

/* Issue 17: a PDF read back through naskah_extract, from memory. */
struct mem {
	const char	*p;
	size_t		 len, off;
	int		 fail;
};

static int
mem_read(void *arg, void *buf, size_t len, size_t *got)
{
	struct mem *m = arg;

	if (m->fail)
		return -1;
	*got = m->len - m->off < len ? m->len - m->off : len;
	memcpy(buf, m->p + m->off, *got);
	m->off += *got;
	return 0;
}

struct files {
	int	 n, stop, source;
	char	 name[32];
	int	 same;
};

static int
file_got(void *arg, const char *name, const void *data, size_t len,
    int source)
{
	struct files *f = arg;

	if (f->n++ == 0) {
		snprintf(f->name, sizeof(f->name), "%s", name);
		f->source = source;
		f->same = len == sizeof(decree) - 1 &&
		    memcmp(data, decree, len) == 0;
	}
	return f->stop ? -1 : 0;
}

/* The decree parsed as "t.yaml" comes back, the same bytes, as the
 * document; a callback that stops, a read that fails: -1 and no
 * message; a text that is no PDF, a PDF made with no_source: -1 after
 * an error. */
static void
test_extract(void **state)
{
	struct got g = { 0 };
	struct naskah *ctx = context(&g), *bare;
	struct naskah_options o;
	struct naskah_doc *doc;
	struct naskah_layout *l;
	struct sink a = { NULL, 0 }, b = { NULL, 0 };
	struct files f = { 0 };
	struct mem m;

	(void)state;
	doc = naskah_doc_parse(ctx, decree, sizeof(decree) - 1, "dir/t.yaml",
	    ".");
	assert_non_null(l = naskah_layout(ctx, doc));
	assert_int_equal(naskah_render(ctx, l, sink_write, &a), 0);
	m = (struct mem){ a.buf, a.len, 0, 0 };
	assert_int_equal(naskah_extract(ctx, mem_read, &m, "t.pdf", file_got,
	    &f), 1);
	assert_string_equal(f.name, "t.yaml");
	assert_true(f.source && f.same);
	f = (struct files){ 0, 1, 0, "", 0 };
	m.off = 0;
	assert_int_equal(naskah_extract(ctx, mem_read, &m, "t.pdf", file_got,
	    &f), -1);
	assert_int_equal(f.n, 1);
	m = (struct mem){ a.buf, a.len, 0, 1 };
	assert_int_equal(naskah_extract(ctx, mem_read, &m, "t.pdf", file_got,
	    &f), -1);
	assert_int_equal(g.n, 0);
	m = (struct mem){ decree, sizeof(decree) - 1, 0, 0 };
	assert_int_equal(naskah_extract(ctx, mem_read, &m, "t.yaml",
	    file_got, &f), -1);
	assert_int_equal(g.n, 1);
	assert_string_equal(g.id[0], "PDF_SOURCE_READ");
	assert_int_equal(g.sev[0], NASKAH_ERROR);
	naskah_layout_free(l);
	naskah_doc_free(doc);
	/* no_source: nothing carried */
	memset(&o, 0, sizeof(o));
	o.datadir = ".";
	o.no_source = 1;
	o.message = collect;
	o.message_arg = &g;
	assert_non_null(bare = naskah_new(&o));
	doc = naskah_doc_parse(bare, decree, sizeof(decree) - 1, "t.yaml",
	    ".");
	assert_non_null(l = naskah_layout(bare, doc));
	assert_int_equal(naskah_render(bare, l, sink_write, &b), 0);
	assert_true(b.len < a.len);
	m = (struct mem){ b.buf, b.len, 0, 0 };
	assert_int_equal(naskah_extract(bare, mem_read, &m, "b.pdf", file_got,
	    &f), -1);
	assert_string_equal(g.id[1], "PDF_NO_SOURCE");
	naskah_layout_free(l);
	naskah_doc_free(doc);
	naskah_free(bare);
	naskah_free(ctx);
	free(a.buf);
	free(b.buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_extract),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
