/* SPDX-License-Identifier: ISC */
/*
 * render_text.c - a page's text into its content stream (see
 * render_text.h).  libharu keeps what it tracks (the text object, the
 * font resources, the two-byte encoder); the rest is written here,
 * each number once, rounded, and the current point followed as a
 * reader computes it from what was written, so errors never add up.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <zlib.h>
#include <hpdf_conf.h>
#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "render/render_text.h"
#include "base/utf8.h"
#include "base/xalloc.h"

/* The longest string of a TJ array: libharu's readers and ours take it. */
#define STR_MAX		16384
/* Decimals of a Td (points) and of a TJ number (thousandths of the
 * size): either is within 0.0005 pt of the layout for sizes to 100. */
#define TD_DEC		3
#define TJ_DEC		2

static void
put(struct textw *w, const char *s, size_t n)
{
	w->buf = xgrow(w->buf, &w->cap, w->len + n + 1, 1);
	memcpy(w->buf + w->len, s, n);
	w->len += n;
}

static void
putc1(struct textw *w, char c)
{
	if (w->len + 1 >= w->cap)
		w->buf = xgrow(w->buf, &w->cap, w->len + 2, 1);
	w->buf[w->len++] = c;
}

/*
 * v rounded to dec decimals, written without trailing zeros (as a
 * reader reads it back: the value returned).
 */
static double
put_num(struct textw *w, double v, int dec)
{
	static const double scale[] = { 1, 10, 100, 1000 };
	long long q;
	unsigned long long u;
	char tmp[32], *p = tmp + sizeof(tmp);
	int d = dec;

	/* far beyond any page (or NaN): still a number, not llround's
	 * undefined result */
	if (!(v > -1e9 && v < 1e9))
		v = v > 0 ? 1e9 : v < 0 ? -1e9 : 0;
	q = llround(v * scale[dec]);
	u = q < 0 ? (unsigned long long)-q : (unsigned long long)q;
	while (d > 0 && u % 10 == 0 && u != 0) {
		u /= 10;
		d--;
	}
	if (u == 0)
		d = 0;
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
		if (--d == 0)
			*--p = '.';
	} while (u > 0 || d >= 0);
	if (q < 0)
		*--p = '-';
	put(w, p, (size_t)(tmp + sizeof(tmp) - p));
	return (double)q / scale[dec];
}

/* Into the page's stream what is buffered, before libharu writes. */
static void
flush(struct textw *w)
{
	if (w->len > 0)
		HPDF_Stream_Write(w->st, (const HPDF_BYTE *)w->buf,
		    (HPDF_UINT)w->len);
	w->len = 0;
}

static void
close_tj(struct textw *w)
{
	if (w->instr)
		putc1(w, ')');
	if (w->open)
		put(w, "]TJ\n", 4);
	w->instr = w->open = 0;
}

/* The width of code c in thousandths of the size, marking it used (so
 * libharu subsets its glyph and writes its /Widths entry). */
static int
code_width(HPDF_FontAttr a, unsigned char c)
{
	if (!a->used[c]) {
		a->used[c] = 1;
		a->widths[c] = HPDF_TTFontDef_GetCharWidth(a->fontdef,
		    HPDF_Encoder_ToUnicode(a->encoder, c));
	}
	return a->widths[c];
}

/* Byte c into the open string, its advance onto the current point. */
static void
show_byte(struct textw *w, HPDF_FontAttr a, unsigned char c)
{
	if (!w->instr || w->nstr >= STR_MAX) {
		if (w->instr)
			putc1(w, ')');
		putc1(w, '(');
		w->instr = 1;
		w->nstr = 0;
	}
	if (c == '(' || c == ')' || c == '\\')
		putc1(w, '\\');
	if (c < 0x20) {
		char oct[4] = { '\\', (char)('0' + (c >> 6)),
		    (char)('0' + ((c >> 3) & 7)), (char)('0' + (c & 7)) };

		put(w, oct, 4);
	} else
		putc1(w, (char)c);
	w->nstr++;
	w->x += code_width(a, c) * w->size / 1000 * w->th + w->tc;
}

void
textw_begin(struct textw *w, HPDF_Page page)
{
	HPDF_Page_BeginText(page);
	w->page = page;
	w->st = ((HPDF_PageAttr)page->attr)->stream;
	w->font = NULL;
	w->size = w->tc = 0;
	w->th = 1;
	w->lx = w->ly = w->x = 0;
	w->online = w->open = w->instr = 0;
	w->len = 0;
}

/*
 * Text from here in font at size, tc points of letter spacing after
 * each glyph and glyphs scaled horizontally by th, as drawn (Tc and
 * the TJ numbers are scaled by Tz too: written divided by th).
 */
void
textw_font(struct textw *w, HPDF_Font font, double size, double tc,
    double th)
{
	if (font != w->font || size != w->size) {
		close_tj(w);
		flush(w);
		HPDF_Page_SetFontAndSize(w->page, font, (HPDF_REAL)size);
		w->font = font;
		w->size = size;
	}
	if (th != w->th) {
		close_tj(w);
		w->th = put_num(w, th * 100, TJ_DEC) / 100;
		put(w, " Tz\n", 4);
	}
	if (tc != w->tc) {
		close_tj(w);
		w->tc = put_num(w, tc / w->th, TD_DEC) * w->th;
		put(w, " Tc\n", 4);
	}
}

void
textw_space(struct textw *w)
{
	if (w->open && w->online)
		show_byte(w, w->font->attr, ' ');
}

/* A Td to x, y from the line matrix; the current point is there. */
static void
move_to(struct textw *w, double x, double y)
{
	close_tj(w);
	w->lx += put_num(w, x - w->lx, TD_DEC);
	putc1(w, ' ');
	w->ly += put_num(w, y - w->ly, TD_DEC);
	put(w, " Td\n", 4);
	w->x = w->lx;
	w->online = 1;
}

void
textw_show8(struct textw *w, double x, double y, const char *s, size_t n,
    int same_line)
{
	HPDF_FontAttr a = w->font->attr;
	size_t i;

	if (!same_line || !w->online)
		move_to(w, x, y);
	if (!w->open) {
		putc1(w, '[');
		w->open = 1;
	}
	if (fabs(w->x - x) >= 0.5e-3) {
		if (w->instr)
			putc1(w, ')');
		w->instr = 0;
		w->x -= put_num(w, (w->x - x) * 1000 / (w->size * w->th),
		    TJ_DEC) * w->size * w->th / 1000;
	}
	for (i = 0; i < n; i++)
		show_byte(w, a, (unsigned char)s[i]);
}

void
textw_show16(struct textw *w, double x, double y, const char *s,
    size_t max)
{
	size_t n = strlen(s), k;

	move_to(w, x, y);
	flush(w);
	do {	/* the pieces in w->buf, free once flushed */
		k = n < max ? n : max;
		while (k < n && k > 1 && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
		w->buf = xgrow(w->buf, &w->cap, k + 1, 1);
		memcpy(w->buf, s, k);
		w->buf[k] = '\0';
		HPDF_Page_ShowText(w->page, w->buf);
		s += k;
		n -= k;
	} while (n > 0);
	w->online = 0;	/* where it ended is libharu's business */
}

void
textw_raw(struct textw *w, const char *op)
{
	close_tj(w);
	put(w, op, strlen(op));
}

/* Open a marked-content span whose text reads as whole (UTF-16BE), or
 * as nothing. */
void
textw_span(struct textw *w, const char *whole)
{
	size_t i = 0, n = whole != NULL ? strlen(whole) : 0, k;
	uint32_t cp;
	char hex[16];

	textw_raw(w, "/Span <</ActualText <FEFF");
	while (i < n) {
		k = utf8_decode(whole + i, n - i, &cp);
		i += k > 0 ? k : 1;
		if (cp > 0xFFFF) {
			cp -= 0x10000;
			snprintf(hex, sizeof(hex), "%04X%04X",
			    (unsigned)(0xD800 + (cp >> 10)),
			    (unsigned)(0xDC00 + (cp & 0x3FF)));
		} else
			snprintf(hex, sizeof(hex), "%04X", (unsigned)cp);
		textw_raw(w, hex);
	}
	textw_raw(w, ">>> BDC\n");
}

void
textw_end(struct textw *w)
{
	/* Tc and Tz outlast the text object: back to none for the next */
	textw_font(w, w->font, w->size, 0, 1);
	close_tj(w);
	flush(w);
	HPDF_Page_EndText(w->page);
}

void
textw_free(struct textw *w)
{
	free(w->buf);
	w->buf = NULL;
	w->cap = w->len = 0;
}

/*
 * s (UTF-8) as a PDF text string: UTF-16BE after a byte order mark, as
 * libharu's UTF-8 encoder writes one, without making that encoder (a
 * CMap of 1.4 M instructions) for a document whose fonts need none.
 * Made in *buf (of *cap bytes).
 */
HPDF_Binary
text_string(HPDF_MMgr mmgr, char **buf, size_t *cap, const char *s)
{
	size_t i = 0, n = strlen(s), o = 2, k;
	unsigned char *p;
	uint32_t cp, u[2];
	int j, nu;

	*buf = xgrow(*buf, cap, 2 * n + 2, 2);
	p = (unsigned char *)*buf;
	p[0] = 0xFE;
	p[1] = 0xFF;
	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		if (k == 0) {
			cp = 0xFFFD;
			k = 1;
		}
		i += k;
		nu = 1;
		u[0] = cp;
		if (cp > 0xFFFF) {
			u[0] = 0xD800 + ((cp - 0x10000) >> 10);
			u[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
			nu = 2;
		}
		for (j = 0; j < nu; j++) {
			p[o++] = (unsigned char)(u[j] >> 8);
			p[o++] = (unsigned char)(u[j] & 0xFF);
		}
	}
	return HPDF_Binary_New(mmgr, p, (HPDF_UINT)o);
}

/* Writes the filter of a stream that stream_deflate compressed (libharu writes a /Filter only for what it compresses). */
static HPDF_STATUS
flate_name(HPDF_Dict d, HPDF_Stream st)
{
	(void)d;
	return HPDF_Stream_WriteStr(st, "/Filter /FlateDecode\012");
}

void
stream_deflated(HPDF_Dict d, const void *z, size_t n)
{
	HPDF_MemStream_FreeData(d->stream);
	HPDF_Stream_Write(d->stream, (const HPDF_BYTE *)z, (HPDF_UINT)n);
	d->filter = HPDF_STREAM_FILTER_NONE;
	d->write_fn = flate_name;
}

size_t
stream_deflate(HPDF_Dict d, int level, char **buf, size_t *cap)
{
	HPDF_Stream st = d->stream;
	HPDF_UINT i, n = HPDF_MemStream_GetBufCount(st), len;
	z_stream z;
	uLong bound;

	memset(&z, 0, sizeof(z));
	if (deflateInit(&z, level) != Z_OK)
		HPDF_RaiseError(d->error, HPDF_FAILD_TO_ALLOC_MEM, 0);
	bound = deflateBound(&z, HPDF_Stream_Size(st));
	*buf = xgrow(*buf, cap, bound, 1);
	z.next_out = (Bytef *)*buf;
	z.avail_out = (uInt)bound;
	for (i = 0; i < n; i++) {
		z.next_in = HPDF_MemStream_GetBufPtr(st, i, &len);
		z.avail_in = len;
		deflate(&z, Z_NO_FLUSH);
	}
	z.avail_in = 0;
	deflate(&z, Z_FINISH);		/* fits: the bound's room */
	deflateEnd(&z);
	stream_deflated(d, *buf, z.total_out);
	return z.total_out;
}
