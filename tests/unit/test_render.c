/* SPDX-License-Identifier: ISC */
/*
 * test_render.c - the render stage against libharu 2.3.0's limits:
 * font subsets it cannot write (0x1033), strings it refuses (0x105B),
 * every glyph of every shipped face.  Renders hand-made layouts, so
 * the glyphs a PDF uses are exactly the test's.
 */
#include "test.h"

#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include <hpdf.h>
#include <hpdf_conf.h>
#include <hpdf_fontdef.h>

#include "layout/layout.h"
#include "render/png8.h"
#include "render/render.h"
#include "font/ttf.h"
#include "base/utf8.h"
#include "yaml/ytree.h"

#define OUTDIR	"tests/out"

static const char *const families[3][4] = {
	{ "fonts/bonum-regular.ttf", "fonts/bonum-bold.ttf",
	  "fonts/bonum-italic.ttf", "fonts/bonum-bolditalic.ttf" },
	{ "fonts/liberation-sans-regular.ttf", "fonts/liberation-sans-bold.ttf",
	  "fonts/liberation-sans-italic.ttf",
	  "fonts/liberation-sans-bolditalic.ttf" },
	{ "fonts/liberation-serif-regular.ttf",
	  "fonts/liberation-serif-bold.ttf", "fonts/liberation-serif-italic.ttf",
	  "fonts/liberation-serif-bolditalic.ttf" },
};

/* A layout of one A4 page; add boxes with add_text. */
struct fixture {
	struct naskah_layout	 l;
	struct naskah_page	 pg;
	struct naskah_info	 info;
	struct tdiag		 t;
};

static void
fixture_open(struct fixture *x)
{
	memset(x, 0, sizeof(*x));
	x->pg.w = x->l.page_w = 595;
	x->pg.h = x->l.page_h = 842;
	x->pg.number = 1;
	x->l.page = &x->pg;
	x->l.npage = 1;
	x->info.title = (char *)"";	/* no metadata: not freed */
	x->info.seed = "";
	tdiag_open(&x->t);
}

static void
add_text(struct fixture *x, enum naskah_face f, double size, double y,
    const char *s)
{
	struct naskah_box b;

	memset(&b, 0, sizeof(b));
	b.kind = BOX_TEXT;
	b.x = 50;
	b.y = y;
	b.size = size;
	b.face = f;
	b.text = strdup(s);
	x->pg.box = realloc(x->pg.box, (x->pg.nbox + 1) * sizeof(b));
	x->pg.box[x->pg.nbox++] = b;
}

/* A naskah_write_fn into a FILE *: 0, or -1 on a short write. */
static int
file_write(void *arg, const void *buf, size_t len)
{
	return fwrite(buf, 1, len, arg) == len ? 0 : -1;
}

/* Render x with the fonts path; the result, no diagnostic expected. */
static int
render(struct fixture *x, const char *const path[4], const char *out)
{
	FILE *f = fopen(out, "wb");
	int ok = f != NULL && naskah_render_pdf(&x->l, &x->info, path, NULL,
	    file_write, f, &x->t.d) == 1;

	if (f != NULL && fclose(f) != 0)
		ok = 0;

	if (!ok || *tdiag_text(&x->t) != '\0')
		print_error("%s: %s\n", out, tdiag_text(&x->t));
	return ok && *tdiag_text(&x->t) == '\0';
}

static void
fixture_close(struct fixture *x)
{
	size_t i;

	for (i = 0; i < x->pg.nbox; i++)
		free(x->pg.box[i].text);
	free(x->pg.box);
	tdiag_close(&x->t);
}

/*
 * The size libharu gives def's subset with the glyphs flagged now, the
 * table directory left out; 0 when it fails with 0x1033.
 */
static unsigned long
subset_size(HPDF_Doc pdf, HPDF_FontDef def)
{
	HPDF_Stream s = HPDF_MemStream_New(pdf->mmgr, HPDF_STREAM_BUF_SIZ);
	HPDF_STATUS st = HPDF_TTFontDef_SaveFontData(def, s);
	unsigned long n = HPDF_Stream_Size(s);

	HPDF_Stream_Free(s);
	HPDF_ResetError(pdf);
	if (st == HPDF_INVALID_OBJECT)
		return 0;
	assert_int_equal(st, HPDF_OK);
	return n - (12 + 16 * 13);
}

/*
 * A text in the font at path whose subset libharu 2.3.0 cannot write
 * (it ends on a 4096-byte boundary, checked with libharu itself), from
 * characters with simple glyphs, by subset sum over glyph lengths.
 * Returns it (malloc'd) or NULL if the font offers none.
 */
static char *
failing_text(const char *path)
{
	HPDF_Doc pdf = HPDF_New(NULL, NULL);
	HPDF_FontDef def;
	HPDF_TTFontDefAttr a;
	unsigned long base, target, len;
	unsigned cp, ncand = 0, i, k;
	uint32_t *cand = calloc(0x10000, sizeof(*cand));
	unsigned *clen = calloc(0x10000, sizeof(*clen));
	unsigned char *saved, *reach, *flg;
	char *text = NULL, *p;

	assert_non_null(pdf);
	HPDF_UseUTFEncodings(pdf);
	def = HPDF_GetFontDef(pdf, HPDF_LoadTTFontFromFile(pdf, path,
	    HPDF_TRUE));
	assert_non_null(def);
	a = def->attr;
	saved = malloc(a->num_glyphs);
	memcpy(saved, a->glyph_tbl.flgs, a->num_glyphs);
	base = subset_size(pdf, def);
	assert_true(base > 0);
	/* characters with a simple glyph of their own (one new flag);
	 * not U+00AD and U+2010, which the renderer exchanges */
	for (cp = 0x21; cp < 0xFFFF; cp++) {
		HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(def, (HPDF_UNICODE)cp);
		unsigned n = 0;

		if (gid == 0 || cp == 0xAD || cp == 0x2010 ||
		    (cp >= 0x7F && cp < 0xA0) || a->glyph_tbl.flgs[gid])
			continue;
		HPDF_TTFontDef_GetCharWidth(def, (HPDF_UNICODE)cp);
		for (i = 0; i < a->num_glyphs; i++)
			n += a->glyph_tbl.flgs[i] != saved[i];
		len = a->glyph_tbl.offsets[gid + 1] - a->glyph_tbl.offsets[gid];
		if (a->header.index_to_loc_format == 0)
			len *= 2;
		if (n == 1 && len > 0) {
			cand[ncand] = cp;
			clen[ncand++] = (unsigned)len;
			saved[gid] = 1;	/* keep it: each glyph once */
		} else
			memcpy(a->glyph_tbl.flgs, saved, a->num_glyphs);
	}
	/* reach[i][r]: some of the first i candidates add r mod 4096 */
	target = (4096 - base % 4096) % 4096;
	reach = calloc((size_t)(ncand + 1) * 4096, 1);
	reach[0] = 1;
	for (i = 0; i < ncand; i++)
		for (k = 0; k < 4096; k++)
			if (reach[(size_t)i * 4096 + k]) {
				reach[(size_t)(i + 1) * 4096 + k] = 1;
				reach[(size_t)(i + 1) * 4096 +
				    (k + clen[i]) % 4096] = 1;
			}
	if (target != 0 && reach[(size_t)ncand * 4096 + target]) {
		flg = a->glyph_tbl.flgs;
		memset(flg, 0, a->num_glyphs);
		flg[0] = 1;
		text = p = malloc((size_t)ncand * 4 + 1);
		for (i = ncand, k = (unsigned)target; i > 0 && k != 0; i--) {
			unsigned r = (k + 4096 - clen[i - 1] % 4096) % 4096;

			if (reach[(size_t)i * 4096 + k] &&
			    !reach[(size_t)(i - 1) * 4096 + k]) {
				p += utf8_encode(cand[i - 1], p);
				flg[HPDF_TTFontDef_GetGlyphid(def,
				    (HPDF_UNICODE)cand[i - 1])] = 1;
				k = r;
			}
		}
		*p = '\0';
		/* libharu alone fails on it */
		assert_int_equal(subset_size(pdf, def), 0);
	}
	free(reach);
	free(saved);
	free(cand);
	free(clen);
	HPDF_Free(pdf);
	return text;
}

/* A text whose font subset libharu cannot write still renders, in
 * every shipped face. */
static void
test_subset_boundary(void **state)
{
	char out[64];
	int fam, f, n = 0;

	(void)state;
	for (fam = 0; fam < 3; fam++)
		for (f = 0; f < 4; f++) {
			const char *path[4] = { families[fam][f], NULL, NULL,
			    NULL };
			struct fixture x;
			char *s = failing_text(families[fam][f]);

			if (s == NULL)
				continue;
			n++;
			fixture_open(&x);
			add_text(&x, FACE_REGULAR, 10, 100, s);
			snprintf(out, sizeof(out), OUTDIR "/subset-%d-%d.pdf",
			    fam, f);
			assert_true(render(&x, path, out));
			fixture_close(&x);
			free(s);
		}
	assert_true(n >= 10);	/* the search finds such texts */
}

/* Every character of every face of the shipped families, in one
 * document per family. */
static void
test_every_glyph(void **state)
{
	char out[64], line[8 * 48 + 1], *p;
	int fam, f, n;
	uint32_t cp;
	double y;

	(void)state;
	for (fam = 0; fam < 3; fam++) {
		struct fixture x;

		fixture_open(&x);
		y = 40;
		for (f = 0; f < 4; f++) {
			const char *err;
			int io;
			struct naskah_ttf *t = naskah_ttf_load(families[fam][f],
			    &err, &io);

			assert_non_null(t);
			p = line;
			n = 0;
			for (cp = 0x20; cp < 0x10000; cp++) {
				if (naskah_ttf_width(t, cp) < 0 ||
				    (cp >= 0xD800 && cp < 0xE000))
					continue;
				p += utf8_encode(cp, p);
				if (++n == 48) {
					*p = '\0';
					add_text(&x, (enum naskah_face)f, 8, y, line);
					y += 10;
					p = line;
					n = 0;
				}
			}
			*p = '\0';
			if (n > 0)
				add_text(&x, (enum naskah_face)f, 8, y, line);
			y += 14;
			naskah_ttf_free(t);
		}
		snprintf(out, sizeof(out), OUTDIR "/every-glyph-%d.pdf", fam);
		assert_true(render(&x, families[fam], out));
		fixture_close(&x);
	}
}

/* How often needle occurs in what cmd prints. */
static size_t
count_output(const char *cmd, const char *needle)
{
	FILE *f = popen(cmd, "r");
	char *buf = NULL, *p;
	size_t cap = 0, len = 0, n = 0, k;

	assert_non_null(f);
	do {
		if (len + 4096 > cap)
			buf = realloc(buf, cap = 2 * cap + 4096);
		k = fread(buf + len, 1, cap - len - 1, f);
		len += k;
	} while (k > 0);
	buf[len] = '\0';
	pclose(f);
	for (p = buf; (p = strstr(p, needle)) != NULL; p += strlen(needle))
		n++;
	free(buf);
	return n;
}

/*
 * Runs of 70000 bytes, more than libharu takes in one string: one in
 * the CP1252 font, one in the UTF-8 font on a second page (poppler
 * reads at most 50000 characters of a page); as long a title, keywords
 * and bookmark.
 */
static void
test_long_run(void **state)
{
	const char *path[4] = { families[0][0], NULL, NULL, NULL };
	const char *pdf = OUTDIR "/long-run.pdf";
	struct naskah_page pg[2];
	struct naskah_outline ol;
	struct fixture x;
	char *s = malloc(70000 + 1), *p;
	int i;

	(void)state;
	fixture_open(&x);
	memset(s, 'a', 70000);
	s[70000] = '\0';
	add_text(&x, FACE_REGULAR, 0.01, 100, s);
	pg[0] = x.pg;
	x.pg.box = NULL;
	x.pg.nbox = 0;
	for (p = s, i = 0; i < 14000; i++) {
		p += utf8_encode(0x00E9, p);	/* é, 2 bytes */
		p += utf8_encode(0x2248, p);	/* ≈, 3 bytes */
	}
	*p = '\0';
	add_text(&x, FACE_REGULAR, 0.01, 100, s);
	pg[1] = x.pg;
	pg[1].number = 2;
	x.l.page = pg;
	x.l.npage = 2;
	/* the same lengths in the document information and a bookmark */
	x.info.title = (char *)pg[0].box[0].text;
	x.info.keywords = s;
	ol.level = 0;
	ol.title = s;
	ol.page = 1;
	ol.y = 100;
	x.l.outline = &ol;
	x.l.noutline = 1;
	assert_true(render(&x, path, pdf));
	assert_int_equal(system("qpdf --check " OUTDIR "/long-run.pdf "
	    "> /dev/null 2>&1"), 0);
	/* the content stream shows every byte of the first run */
	assert_int_equal(system("qpdf --qdf --object-streams=disable "
	    OUTDIR "/long-run.pdf " OUTDIR "/long-run-qdf.pdf"), 0);
	assert_int_equal(count_output("tr -cd 'a()' < " OUTDIR
	    "/long-run-qdf.pdf | tr -s '()' '\\n\\n' | awk 'length > 1000'"
	    " | tr -d '\\n'", "a"), 70000);
	assert_int_equal(count_output("pdftotext -f 2 -l 2 " OUTDIR
	    "/long-run.pdf -", "\xC3\xA9\xE2\x89\x88"), 14000);
	x.pg = pg[0];
	fixture_close(&x);
	x.pg = pg[1];
	x.pg.box = pg[1].box;
	free(x.pg.box[0].text);
	free(x.pg.box);
	free(s);
}

/* More pages than libharu puts in one array (32767) render. */
static void
test_many_pages(void **state)
{
	const char *path[4] = { families[0][0], NULL, NULL, NULL };
	struct fixture x;
	size_t i, n = 32768;

	(void)state;
	fixture_open(&x);
	x.l.page = calloc(n, sizeof(*x.l.page));
	x.l.npage = n;
	for (i = 0; i < n; i++) {
		x.l.page[i].w = 595;
		x.l.page[i].h = 842;
		x.l.page[i].number = (int)i + 1;
	}
	assert_true(render(&x, path, OUTDIR "/pages.pdf"));
	/* poppler finds the last page through the tree (qpdf --check
	 * would take seconds) */
	assert_int_equal(count_output("pdfinfo -f 32768 -l 32768 " OUTDIR
	    "/pages.pdf", "Page 32768 size:  595 x 842"), 1);
	free(x.l.page);
	fixture_close(&x);
	remove(OUTDIR "/pages.pdf");
}

static void
put32(unsigned char *p, unsigned long v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

static void
png_chunk(FILE *f, const char *type, const unsigned char *data,
    unsigned long len)
{
	unsigned char h[8];

	put32(h, len);
	memcpy(h + 4, type, 4);
	fwrite(h, 1, 8, f);
	fwrite(data, 1, len, f);
	put32(h, crc32(crc32(0L, (const Bytef *)type, 4), data, (uInt)len));
	fwrite(h, 1, 4, f);
}

/*
 * A valid w x h 8-bit grey PNG, all black, at path, made fast: after a
 * full flush deflate starts afresh, so every row after the first
 * compresses to the same bytes, written h - 1 times; the stream ends
 * with an empty final block and the Adler-32 of all rows.
 */
static void
png_write(const char *path, unsigned long w, unsigned long h)
{
	static const unsigned char sig[8] = { 0x89, 'P', 'N', 'G', '\r',
	    '\n', 0x1A, '\n' };
	unsigned char ihdr[13] = { 0 }, *row = calloc(w + 1, 1);
	unsigned char *first = malloc(w + 1024), *again = malloc(w + 1024);
	unsigned char *idat, *p;
	unsigned long nfirst, nagain, y, a, arow;
	z_stream z;
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	memset(&z, 0, sizeof(z));
	assert_int_equal(deflateInit(&z, 9), Z_OK);
	z.next_in = row;
	z.avail_in = (uInt)(w + 1);
	z.next_out = first;
	z.avail_out = (uInt)(w + 1024);
	assert_int_equal(deflate(&z, Z_FULL_FLUSH), Z_OK);
	nfirst = z.total_out;
	z.next_in = row;
	z.avail_in = (uInt)(w + 1);
	z.next_out = again;
	z.avail_out = (uInt)(w + 1024);
	assert_int_equal(deflate(&z, Z_FULL_FLUSH), Z_OK);
	nagain = z.total_out - nfirst;
	deflateEnd(&z);
	p = idat = malloc(nfirst + (h - 1) * nagain + 6);
	memcpy(p, first, nfirst);
	p += nfirst;
	for (y = 1; y < h; y++, p += nagain)
		memcpy(p, again, nagain);
	*p++ = 0x03;		/* final block, fixed codes, end of block */
	*p++ = 0x00;
	arow = adler32(adler32(0L, NULL, 0), row, (uInt)(w + 1));
	for (a = arow, y = 1; y < h; y++)
		a = adler32_combine(a, arow, (z_off_t)(w + 1));
	put32(p, a);
	p += 4;
	put32(ihdr, w);
	put32(ihdr + 4, h);
	ihdr[8] = 8;
	fwrite(sig, 1, 8, f);
	png_chunk(f, "IHDR", ihdr, 13);
	png_chunk(f, "IDAT", idat, (unsigned long)(p - idat));
	png_chunk(f, "IEND", (const unsigned char *)"", 0);
	fclose(f);
	free(idat);
	free(first);
	free(again);
	free(row);
}

/*
 * A 20000 x 20000 PNG (400 MB decoded, 389 KB on disk) is refused by
 * its header, before any decoding; one within the bound is read.
 */
static void
test_png_bound(void **state)
{
	struct naskah_image_info info;
	const char *why;
	clock_t t;

	(void)state;
	png_write(OUTDIR "/huge.png", 20000, 20000);
	t = clock();
	assert_int_equal(naskah_image_probe(OUTDIR "/huge.png", &info, &why),
	    MSG_LOGO_TOO_BIG);
	print_message("20000 x 20000 PNG refused in %.3f s\n",
	    (double)(clock() - t) / CLOCKS_PER_SEC);
	png_write(OUTDIR "/big.png", 4000, 4000);
	assert_int_equal(naskah_image_probe(OUTDIR "/big.png", &info, &why), 0);
	assert_int_equal(info.width, 4000);
}

/*
 * A small w x h PNG of colour type ct and bit depth d (not interlaced),
 * with a palette for type 3 and a tRNS chunk when trns is set.
 */
static void
png_small(const char *path, int ct, int d, int trns)
{
	static const unsigned char sig[8] = { 0x89, 'P', 'N', 'G', '\r',
	    '\n', 0x1A, '\n' };
	static const int chans[7] = { 1, 0, 3, 1, 2, 0, 4 };
	unsigned long w = 13, h = 7, rowlen = (w * d * chans[ct] + 7) / 8;
	unsigned char ihdr[13] = { 0 }, plte[3 * 256], t[6] = { 0, 1, 0, 2 };
	unsigned char raw[7 * 64], out[1024];
	uLongf n = sizeof(out);
	unsigned long i, y;
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	for (y = 0, i = 0; y < h; y++) {
		raw[i++] = 0;
		for (n = 0; n < rowlen; n++)
			raw[i++] = (unsigned char)(y * 31 + n * 17);
	}
	n = sizeof(out);
	assert_int_equal(compress(out, &n, raw, i), Z_OK);
	put32(ihdr, w);
	put32(ihdr + 4, h);
	ihdr[8] = (unsigned char)d;
	ihdr[9] = (unsigned char)ct;
	fwrite(sig, 1, 8, f);
	png_chunk(f, "IHDR", ihdr, 13);
	if (ct == 3) {
		for (i = 0; i < sizeof(plte); i++)
			plte[i] = (unsigned char)(i * 7);
		png_chunk(f, "PLTE", plte, 3UL << d);
	}
	if (trns)
		png_chunk(f, "tRNS", t, ct == 2 ? 6 : 2);
	png_chunk(f, "IDAT", out, n);
	png_chunk(f, "IEND", (const unsigned char *)"", 0);
	fclose(f);
}

/*
 * Every kind of PNG the probe takes (grey 1-8 bits, RGB, palette 1-8
 * bits, grey and RGB with alpha; tRNS on grey and 8-bit palettes)
 * renders to a PDF qpdf accepts; the kinds libharu cannot read are
 * refused with their own message.
 */
static void
test_png_kinds(void **state)
{
	static const struct { int ct, d, trns, want; } k[] = {
		{ 0, 1, 0, 0 }, { 0, 2, 0, 0 }, { 0, 4, 0, 0 }, { 0, 8, 0, 0 },
		{ 0, 1, 1, 0 }, { 0, 8, 1, 0 }, { 2, 8, 0, 0 }, { 3, 1, 0, 0 },
		{ 3, 2, 0, 0 }, { 3, 4, 0, 0 }, { 3, 8, 0, 0 }, { 3, 8, 1, 0 },
		{ 4, 8, 0, 0 }, { 6, 8, 0, 0 },
		{ 2, 8, 1, MSG_LOGO_TRNS }, { 3, 1, 1, MSG_LOGO_TRNS },
		{ 3, 4, 1, MSG_LOGO_TRNS }, { 2, 4, 0, MSG_LOGO_DAMAGED },
		{ 4, 2, 0, MSG_LOGO_DAMAGED },
	};
	const char *path[4] = { families[0][0], NULL, NULL, NULL };
	struct naskah_image_info info;
	const char *why;
	struct fixture x;
	struct naskah_box b;
	char name[64];
	size_t i;

	(void)state;
	fixture_open(&x);
	for (i = 0; i < sizeof(k) / sizeof(k[0]); i++) {
		snprintf(name, sizeof(name), OUTDIR "/kind-%zu.png", i);
		png_small(name, k[i].ct, k[i].d, k[i].trns);
		if (naskah_image_probe(name, &info, &why) != k[i].want)
			fail_msg("PNG type %d, %d bits, tRNS %d: not %d", k[i].ct,
			    k[i].d, k[i].trns, k[i].want);
		if (k[i].want != 0)
			continue;
		memset(&b, 0, sizeof(b));
		b.kind = BOX_IMAGE;
		b.x = 20 + 40 * (double)(i % 12);
		b.y = 50 + 40 * (double)(i / 12);
		b.x2 = b.x + 26;
		b.y2 = b.y + 14;
		b.text = strdup(name);
		x.pg.box = realloc(x.pg.box, (x.pg.nbox + 1) * sizeof(b));
		x.pg.box[x.pg.nbox++] = b;
	}
	assert_true(render(&x, path, OUTDIR "/png-kinds.pdf"));
	/* the same bytes again: libharu left bytes of the pictures under
	 * 8 bits uninitialised until naskah_png_depth8 */
	assert_true(render(&x, path, OUTDIR "/png-kinds-2.pdf"));
	assert_int_equal(system("cmp -s " OUTDIR "/png-kinds.pdf " OUTDIR
	    "/png-kinds-2.pdf"), 0);
	assert_int_equal(system("qpdf --check " OUTDIR "/png-kinds.pdf "
	    "> /dev/null 2>&1"), 0);
	fixture_close(&x);
}

/* Copy the first n bytes of from to to. */
static void
copy_head(const char *from, const char *to, long n)
{
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	int c;

	assert_non_null(in);
	assert_non_null(out);
	while (n-- > 0 && (c = fgetc(in)) != EOF)
		fputc(c, out);
	fclose(in);
	fclose(out);
}

/*
 * JPEGs: baseline and progressive with restart markers are read and
 * render to a PDF qpdf accepts; the same files cut short anywhere are
 * refused.
 */
static void
test_jpeg_checks(void **state)
{
	static const char *const good[2] = { "tests/regress/lambang.jpg",
	    "tests/regress/lambang-progressive.jpg" };
	const char *path[4] = { families[0][0], NULL, NULL, NULL };
	struct naskah_image_info info;
	const char *why;
	struct fixture x;
	struct naskah_box b;
	long n, size;
	int i;
	FILE *f;

	(void)state;
	fixture_open(&x);
	for (i = 0; i < 2; i++) {
		assert_int_equal(naskah_image_probe(good[i], &info, &why), 0);
		assert_int_equal(info.width, 60);
		assert_int_equal(info.height, 72);
		memset(&b, 0, sizeof(b));
		b.kind = BOX_IMAGE;
		b.x = 50 + 100 * i;
		b.y = 50;
		b.x2 = b.x + 60;
		b.y2 = b.y + 72;
		b.text = strdup(good[i]);
		x.pg.box = realloc(x.pg.box, (x.pg.nbox + 1) * sizeof(b));
		x.pg.box[x.pg.nbox++] = b;
		f = fopen(good[i], "rb");
		assert_non_null(f);
		fseek(f, 0, SEEK_END);
		size = ftell(f);
		fclose(f);
		for (n = 3; n < size; n++) {
			copy_head(good[i], OUTDIR "/cut.jpg", n);
			if (naskah_image_probe(OUTDIR "/cut.jpg", &info, &why) !=
			    MSG_LOGO_DAMAGED)
				fail_msg("%s cut to %ld bytes is taken", good[i],
				    n);
		}
	}
	assert_true(render(&x, path, OUTDIR "/jpeg.pdf"));
	assert_int_equal(system("qpdf --check " OUTDIR "/jpeg.pdf "
	    "> /dev/null 2>&1"), 0);
	fixture_close(&x);
}

/*
 * The picture the PDF gets is the one that passes the checks: a logo
 * replaced after the layout probed it, by a FIFO (which would block a
 * reader forever) or by something that is no picture, is a system
 * error naming the file, at once; the real picture still renders.
 */
static void
test_image_swapped(void **state)
{
	const char *path[4] = { families[0][0], NULL, NULL, NULL };
	const char *logo = OUTDIR "/swapped-logo";
	struct naskah_box b;
	struct fixture x;
	FILE *f;
	time_t t0;
	int ok;

	(void)state;
	alarm(20);	/* a reader blocked on the FIFO fails the test */
	fixture_open(&x);
	memset(&b, 0, sizeof(b));
	b.kind = BOX_IMAGE;
	b.x = 50;
	b.y = 50;
	b.x2 = 100;
	b.y2 = 100;
	b.text = strdup(logo);
	x.pg.box = malloc(sizeof(b));
	x.pg.box[x.pg.nbox++] = b;
	unlink(logo);
	assert_int_equal(mkfifo(logo, 0600), 0);
	t0 = time(NULL);
	f = fopen(OUTDIR "/swapped.pdf", "wb");
	assert_non_null(f);
	ok = naskah_render_pdf(&x.l, &x.info, path, NULL, file_write, f,
	    &x.t.d);
	fclose(f);
	assert_int_equal(ok, 0);
	assert_true(time(NULL) - t0 < 5);
	assert_non_null(strstr(tdiag_text(&x.t), "swapped-logo"));
	tdiag_close(&x.t);
	tdiag_open(&x.t);
	unlink(logo);
	f = fopen(logo, "wb");
	assert_non_null(f);
	fputs("not a picture", f);
	fclose(f);
	f = fopen(OUTDIR "/swapped.pdf", "wb");
	ok = naskah_render_pdf(&x.l, &x.info, path, NULL, file_write, f,
	    &x.t.d);
	fclose(f);
	assert_int_equal(ok, 0);
	assert_non_null(strstr(tdiag_text(&x.t), "changed after it was checked"));
	tdiag_close(&x.t);
	tdiag_open(&x.t);
	free(x.pg.box[0].text);
	x.pg.box[0].text = strdup("tests/regress/lambang.png");
	assert_true(render(&x, path, OUTDIR "/swapped.pdf"));
	unlink(logo);
	fixture_close(&x);
	alarm(0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subset_boundary),
		cmocka_unit_test(test_every_glyph),
		cmocka_unit_test(test_long_run),
		cmocka_unit_test(test_image_swapped),
		cmocka_unit_test(test_many_pages),
		cmocka_unit_test(test_png_bound),
		cmocka_unit_test(test_png_kinds),
		cmocka_unit_test(test_jpeg_checks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
