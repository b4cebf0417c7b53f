/* SPDX-License-Identifier: ISC */
/*
 * test_hyphbin.c - the compiled patterns (hyphen/hyph_id_ID.hyb, made
 * by make) break every word of the examples, the regression inputs and
 * the templates as libhyphen does with the .dic; a damaged compiled file
 * is refused, or read without harm; the word cache answers as what it
 * caches, full or not, and a layout is the same with or without it.
 */
#include <glob.h>
#include <unistd.h>

#include "test.h"
#include "fixture.h"
#include "fake.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "layout/hyph.h"
#include "layout/hyph_int.h"
#include "layout/layout.h"
#include "load/load.h"
#include "model/template.h"
#include "render/dump.h"
#include "yaml/ytree.h"

#define DIC	"hyphen/hyph_id_ID.dic"
#define HYB	"hyphen/hyph_id_ID.hyb"

static char *
slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *s;
	long len;

	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	len = ftell(f);
	rewind(f);
	s = xmalloc((size_t)len + 1);
	assert_int_equal(fread(s, 1, (size_t)len, f), (size_t)len);
	s[len] = '\0';
	fclose(f);
	*n = (size_t)len;
	return s;
}

static int
is_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	    (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7);
}

/* Every run of letters (UTF-8, as written) of the files: a list of
 * words, each once, NUL-separated; *count of them. */
static char *
words_of_inputs(size_t *count)
{
	static const char *const pat[] = { "examples/*.yaml",
	    "tests/regress/*.yaml", "templates/*.yaml" };
	struct naskah_buf out = { NULL, 0, 0 };
	glob_t g;
	size_t p, i, a, n, k;
	uint32_t cp;
	char *s;

	*count = 0;
	for (p = 0; p < sizeof(pat) / sizeof(pat[0]); p++) {
		assert_int_equal(glob(pat[p], 0, NULL, &g), 0);
		for (i = 0; i < g.gl_pathc; i++) {
			s = slurp(g.gl_pathv[i], &n);
			for (a = 0; a < n; a += k) {
				size_t b = a;

				while (b < n && (k = utf8_decode(s + b,
				    n - b, &cp)) > 0 && is_letter(cp))
					b += k;
				if (b > a) {
					buf_add(&out, s + a, b - a);
					buf_addc(&out, '\0');
					++*count;
				}
				k = b > a ? b - a : (k = utf8_decode(s + a,
				    n - a, &cp)) > 0 ? k : 1;
			}
			free(s);
		}
		globfree(&g);
	}
	buf_addc(&out, '\0');
	return buf_take(&out);
}

/* The points of every word of ws by a and by b the same? */
static void
same_points(const char *ws, const struct naskah_hyph *a,
    const struct naskah_hyph *b)
{
	char pa[512], pb[512];
	const char *w;
	size_t n;

	for (w = ws; *w != '\0'; w += n + 1) {
		n = strlen(w);
		if (n > sizeof(pa))
			continue;
		memset(pa, 0, n);
		memset(pb, 0, n);
		a->points(a->ctx, w, n, pa);
		b->points(b->ctx, w, n, pb);
		if (memcmp(pa, pb, n) != 0)
			fail_msg("'%s': the points differ", w);
	}
}

static void
test_compiled_same(void **state)
{
	struct naskah_hyphdict *parsed, *compiled, *loaded;
	struct naskah_hyph hp, hc;
	size_t count = 0;
	char *ws;

	(void)state;
	ws = words_of_inputs(&count);
	assert_true(count > 10000);
	parsed = naskah_hyphdict_parse(DIC);
	compiled = naskah_hyphdict_read(HYB);
	assert_non_null(parsed);
	assert_non_null(compiled);
	assert_null(parsed->mem);
	assert_non_null(compiled->mem);
	naskah_hyphdict_iface(parsed, &hp);
	naskah_hyphdict_iface(compiled, &hc);
	same_points(ws, &hp, &hc);
	/* load takes the compiled file beside the .dic */
	loaded = naskah_hyphdict_load(DIC);
	assert_non_null(loaded);
	assert_non_null(loaded->mem);
	naskah_hyphdict_free(loaded);
	naskah_hyphdict_free(parsed);
	naskah_hyphdict_free(compiled);
	free(ws);
}

/* With no compiled file beside it, the .dic is parsed. */
static void
test_no_compiled(void **state)
{
	char dir[] = "/tmp/naskah-hyphbin-XXXXXX", *dic, *cmd;
	struct naskah_hyphdict *h;

	(void)state;
	assert_non_null(mkdtemp(dir));
	dic = xasprintf("%s/hyph_id_ID.dic", dir);
	cmd = xasprintf("cp %s %s", DIC, dic);
	assert_int_equal(system(cmd), 0);
	h = naskah_hyphdict_load(dic);
	assert_non_null(h);
	assert_null(h->mem);
	naskah_hyphdict_free(h);
	unlink(dic);
	rmdir(dir);
	free(dic);
	free(cmd);
}

static const char *const some_words =
    "pemerintahan\0masyarakat\0akuntabilitas\0kecamatan\0Pendayagunaan\0"
    "keberhasilan\0meningkatkan\0memperkuat\0pelayanan\0perencanaan\0"
    "ketenteraman\0pembangunan\0kesejahteraan\0\0";

/* The file p (n bytes) written to path and read: refused, or a dict
 * that breaks words without harm (ASan and valgrind watch). */
static int
read_mutant(const char *path, const unsigned char *p, size_t n)
{
	struct naskah_hyphdict *h;
	struct naskah_hyph hy;
	FILE *f = fopen(path, "wb");
	char brk[64];
	const char *w;

	assert_non_null(f);
	assert_int_equal(fwrite(p, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
	if ((h = naskah_hyphdict_read(path)) == NULL)
		return 0;
	naskah_hyphdict_iface(h, &hy);
	for (w = some_words; *w != '\0'; w += strlen(w) + 1) {
		memset(brk, 0, sizeof(brk));
		hy.points(hy.ctx, w, strlen(w), brk);
	}
	naskah_hyphdict_free(h);
	return 1;
}

static uint32_t
get32(const unsigned char *p, size_t at)
{
	uint32_t v;

	memcpy(&v, p + at, 4);
	return v;
}

static void
put32(unsigned char *p, size_t at, uint32_t v)
{
	memcpy(p + at, &v, 4);
}

static void
test_damaged(void **state)
{
	char path[] = "/tmp/naskah-hyb-XXXXXX";
	unsigned char *p, *q;
	size_t n, i, at, states, trans, nst;
	unsigned seed = 12;
	int fd;

	(void)state;
	p = (unsigned char *)slurp(HYB, &n);
	q = xmalloc(n);
	assert_true((fd = mkstemp(path)) >= 0);
	close(fd);
	assert_int_equal(read_mutant(path, p, n), 1);	/* as made */
	/* truncated anywhere in the head and the first level, or by one */
	for (i = 0; i < 200; i++)
		assert_int_equal(read_mutant(path, p, i), 0);
	assert_int_equal(read_mutant(path, p, n - 1), 0);
	/* the head's fields: magic, version, byte order, sizes, levels */
	for (at = 0; at < 32; at += 4) {
		memcpy(q, p, n);
		put32(q, at, get32(q, at) ^ 0x00100001u);
		if (at != 28)	/* unused */
			assert_int_equal(read_mutant(path, q, n), 0);
	}
	/* a fallback to itself (following it would never end), to a
	 * deeper state, a transition out of range or back to state 0, a
	 * match longer than its string or than where it can match (the
	 * second level's states: a level is 48 bytes, a state 16) */
	states = get32(p, 32 + 48 + 4);
	trans = get32(p, 32 + 48 + 8);
	nst = get32(p, 32 + 48);
	assert_true(nst > 100);
	for (i = 1; i < 100; i++) {
		memcpy(q, p, n);
		put32(q, states + 16 * i + 12, (uint32_t)i);
		assert_int_equal(read_mutant(path, q, n), 0);
		memcpy(q, p, n);		/* breadth first: the last */
		put32(q, states + 16 * i + 12, (uint32_t)(nst - 1));
		assert_int_equal(read_mutant(path, q, n), 0);
		if (get32(p, states + 16 * i) == 0)
			continue;
		/* one past its NUL (unless what follows is an empty string:
		 * then only shorter than said, which is harmless) */
		memcpy(q, p, n);
		put32(q, states + 16 * i + 4, get32(p, states + 16 * i + 4) + 1);
		if (p[get32(p, states + 16 * i) + get32(p, states + 16 * i + 4) +
		    1] != '\0')
			assert_int_equal(read_mutant(path, q, n), 0);
		memcpy(q, p, n);
		put32(q, states + 16 * i + 4, 30);
		assert_int_equal(read_mutant(path, q, n), 0);
	}
	/* HyphenTrans: ch, then new_state at 4 */
	memcpy(q, p, n);
	put32(q, trans + 4, (uint32_t)nst);
	assert_int_equal(read_mutant(path, q, n), 0);
	memcpy(q, p, n);
	put32(q, trans + 4, 0);
	assert_int_equal(read_mutant(path, q, n), 0);
	/* bytes changed anywhere: refused or harmless */
	for (i = 0; i < 300; i++) {
		memcpy(q, p, n);
		seed = seed * 1103515245u + 12345u;
		at = (seed >> 8) % n;
		seed = seed * 1103515245u + 12345u;
		q[at] ^= (unsigned char)(1u << ((seed >> 16) % 8));
		(void)read_mutant(path, q, n);
	}
	unlink(path);
	free(p);
	free(q);
}

/* A fake hyphenator: breaks after every byte whose value is odd, and
 * counts the words it is asked. */
struct counted {
	int	asked;
};

static void
odd_points(void *ctx, const char *word, size_t n, char *brk)
{
	struct counted *c = ctx;
	size_t i;

	c->asked++;
	for (i = 0; i + 1 < n; i++)
		brk[i] = (unsigned char)word[i] & 1;
}

static void
cached(struct naskah_hyph *h, const char *w, char *brk)
{
	memset(brk, 0, strlen(w));
	h->points(h->ctx, w, strlen(w), brk);
}

static void
test_cache(void **state)
{
	struct counted cnt = { 0 };
	struct naskah_hyph in = { &cnt, odd_points }, h;
	struct naskah_hyphcache *c;
	char want[64], got[64], w[16];
	int i;

	(void)state;
	c = naskah_hyphcache_new(&in, 1 << 20);
	naskah_hyphcache_iface(c, &h);
	cached(&in, "abcdefg", want);
	cnt.asked = 0;
	cached(&h, "abcdefg", got);
	assert_memory_equal(got, want, 7);
	cached(&h, "abcdefg", got);
	assert_memory_equal(got, want, 7);
	assert_int_equal(cnt.asked, 1);		/* the second from the cache */
	/* one byte changed: asked, not served the other's points */
	cached(&in, "abcdefh", want);
	cnt.asked = 0;
	cached(&h, "abcdefh", got);
	assert_int_equal(cnt.asked, 1);
	assert_memory_equal(got, want, 7);
	cached(&h, "abcdef", got);		/* a prefix is another word */
	assert_int_equal(cnt.asked, 2);
	/* thousands of words: the table grows, all answered right */
	for (i = 0; i < 5000; i++) {
		snprintf(w, sizeof(w), "w%dx%d", i, i * 7);
		cached(&in, w, want);
		cached(&h, w, got);
		assert_memory_equal(got, want, strlen(w));
	}
	naskah_hyphcache_free(c);

	/* a cache of 40 bytes: full all the time, still right; a word
	 * longer than 20 bytes is never kept */
	c = naskah_hyphcache_new(&in, 40);
	naskah_hyphcache_iface(c, &h);
	for (i = 0; i < 3000; i++) {
		snprintf(w, sizeof(w), "v%d", i % 37);
		cached(&in, w, want);
		cached(&h, w, got);
		assert_memory_equal(got, want, strlen(w));
	}
	cnt.asked = 0;
	cached(&h, "abcdefghijklmnopqrstu", got);
	cached(&h, "abcdefghijklmnopqrstu", got);
	assert_int_equal(cnt.asked, 2);
	naskah_hyphcache_free(c);
}

/*
 * Words whose hashes agree in the low bits the table starts with (as
 * crafted words would): each is kept within a few slots of its own or
 * not at all, so some are asked again, the last one is not, and every
 * answer is right.  Before, all stayed in one run of slots, and each
 * lookup walked it.
 */
static void
test_cache_collide(void **state)
{
	enum { N = 100 };
	struct counted cnt = { 0 };
	struct naskah_hyph in = { &cnt, odd_points }, h;
	struct naskah_hyphcache *c;
	char w[N][16], want[16], got[16];
	uint64_t low = 0;
	int i, k;

	(void)state;
	for (i = 0, k = 0; i < N; k++) {
		snprintf(w[i], sizeof(w[i]), "c%dq", k);
		if (i == 0)
			low = naskah_bytes_hash(w[0], strlen(w[0])) & 1023;
		if ((naskah_bytes_hash(w[i], strlen(w[i])) & 1023) == low)
			i++;
	}
	c = naskah_hyphcache_new(&in, 1 << 20);
	naskah_hyphcache_iface(c, &h);
	for (i = 0; i < N; i++)
		cached(&h, w[i], got);
	assert_int_equal(cnt.asked, N);
	for (i = 0; i < N; i++) {
		cached(&in, w[i], want);
		cached(&h, w[i], got);
		assert_memory_equal(got, want, strlen(w[i]));
	}
	assert_true(cnt.asked > 2 * N);		/* some asked again */
	cnt.asked = 0;
	cached(&h, w[N - 1], got);
	assert_int_equal(cnt.asked, 0);
	naskah_hyphcache_free(c);
}

/* The real patterns behind caches of every size: the points of every
 * word of the inputs as without the cache, asked twice. */
static void
test_cache_words(void **state)
{
	static const size_t sizes[] = { 16, 64, 4096, 1 << 20 };
	struct naskah_hyphdict *d = naskah_hyphdict_load(DIC);
	struct naskah_hyph hd, hc;
	struct naskah_hyphcache *c;
	size_t count, s;
	char *ws = words_of_inputs(&count);

	(void)state;
	assert_non_null(d);
	naskah_hyphdict_iface(d, &hd);
	for (s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++) {
		c = naskah_hyphcache_new(&hd, sizes[s]);
		naskah_hyphcache_iface(c, &hc);
		same_points(ws, &hd, &hc);
		same_points(ws, &hd, &hc);
		naskah_hyphcache_free(c);
	}
	naskah_hyphdict_free(d);
	free(ws);
}

/* The pages of decree path (fake metrics), dumped; its hyphenated
 * lines added to *hyphens. */
static char *
pages_with(const char *path, const struct naskah_hyph *h, int *hyphens)
{
	struct naskah_buf b = { NULL, 0, 0 };
	struct naskah_decree *doc;
	struct naskah_layout *l;
	struct naskah_tpl *tpl;
	struct tdiag t;
	struct ydoc *y;
	size_t n;
	char *src;

	tdiag_open(&t);
	src = slurp(path, &n);
	y = ydoc_parse(src, n, &t.d);
	assert_non_null(y);
	doc = fixture_decree_load(y, path, &t.d);
	if (doc == NULL)
		fail_msg("%s: %s", path, tdiag_text(&t));
	tpl = naskah_tpl_load("templates/keputusan.yaml", NULL, &t.d);
	assert_non_null(tpl);
	l = naskah_layout_run(doc, tpl, &fake, h, NULL, &t.d);
	assert_non_null(l);
	*hyphens += l->stats.hyphens;
	naskah_dump_pages(&b, l);
	naskah_layout_free(l);
	naskah_tpl_free(tpl);
	fixture_decree_free(doc);
	free(src);
	tdiag_close(&t);
	return buf_take(&b);
}

/* Decrees laid out (fake metrics) through the patterns alone, through
 * a cache, again through it (every word from the cache), through a
 * cache always full: the same pages. */
static void
test_cache_layout(void **state)
{
	static const char *const docs[] = { "tests/regress/full-options.yaml",
	    "tests/regress/hard-long-mengingat.yaml",
	    "tests/regress/hard-page-end.yaml",
	    "tests/regress/last-line.yaml",
	    "tests/regress/hard-60-letters.yaml" };
	struct naskah_hyphdict *d = naskah_hyphdict_load(DIC);
	struct naskah_hyph hd, hc, hf;
	struct naskah_hyphcache *c, *full;
	char *plain, *once, *twice, *tiny;
	int hyphens = 0, unused = 0;
	size_t i;

	(void)state;
	assert_non_null(d);
	naskah_hyphdict_iface(d, &hd);
	c = naskah_hyphcache_new(&hd, 1 << 20);
	full = naskah_hyphcache_new(&hd, 24);
	naskah_hyphcache_iface(c, &hc);
	naskah_hyphcache_iface(full, &hf);
	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
		plain = pages_with(docs[i], &hd, &hyphens);
		once = pages_with(docs[i], &hc, &unused);
		twice = pages_with(docs[i], &hc, &unused);
		tiny = pages_with(docs[i], &hf, &unused);
		assert_string_equal(once, plain);
		assert_string_equal(twice, plain);
		assert_string_equal(tiny, plain);
		free(plain);
		free(once);
		free(twice);
		free(tiny);
	}
	assert_true(hyphens > 0);
	naskah_hyphcache_free(c);
	naskah_hyphcache_free(full);
	naskah_hyphdict_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_compiled_same),
		cmocka_unit_test(test_no_compiled),
		cmocka_unit_test(test_damaged),
		cmocka_unit_test(test_cache),
		cmocka_unit_test(test_cache_collide),
		cmocka_unit_test(test_cache_words),
		cmocka_unit_test(test_cache_layout),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
