/* SPDX-License-Identifier: ISC */
/*
 * png8.c - a grey or palette PNG of 1, 2 or 4 bits a pixel rewritten at
 * 8 bits, for libharu 2.3.0, which leaves bytes of such pictures
 * uninitialised in the PDF (the same logo gave different PDFs).
 */
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "render/png8.h"
#include "base/xalloc.h"

static unsigned long
get32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 |
	    (unsigned long)p[2] << 8 | p[3];
}

static void
put32(unsigned char *p, unsigned long v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* Append chunk type (4 letters) with data[0..n) and its CRC to *o. */
static void
chunk(unsigned char **o, size_t *len, size_t *cap, const char *type,
    const unsigned char *data, size_t n)
{
	unsigned char *p;

	*o = xgrow(*o, cap, *len + n + 12, 1);
	p = *o + *len;
	put32(p, (unsigned long)n);
	memcpy(p + 4, type, 4);
	if (n > 0)
		memcpy(p + 8, data, n);
	put32(p + 8 + n, crc32(0L, p + 4, (uInt)(n + 4)));
	*len += n + 12;
}

static int
paeth(int a, int b, int c)
{
	int p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);

	return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/* Undo the filters of h rows of rb bytes (each after its filter byte)
 * in place; one byte a pixel unit (depth < 8).  0 on a bad filter. */
static int
unfilter(unsigned char *raw, unsigned long h, size_t rb)
{
	unsigned char *row, *prev = NULL;
	unsigned long y;
	size_t x;
	int a, b, c;

	for (y = 0; y < h; y++, prev = row + 1) {
		row = raw + y * (rb + 1);
		for (x = 0; x < rb; x++) {
			a = x > 0 ? row[x] : 0;		/* row[1 + x - 1] */
			b = prev != NULL ? prev[x] : 0;
			c = x > 0 && prev != NULL ? prev[x - 1] : 0;
			switch (row[0]) {
			case 0: break;
			case 1: row[1 + x] = (unsigned char)(row[1 + x] + a); break;
			case 2: row[1 + x] = (unsigned char)(row[1 + x] + b); break;
			case 3: row[1 + x] = (unsigned char)(row[1 + x] +
			    (a + b) / 2); break;
			case 4: row[1 + x] = (unsigned char)(row[1 + x] +
			    paeth(a, b, c)); break;
			default: return 0;
			}
		}
	}
	return 1;
}

unsigned char *
naskah_png_depth8(const unsigned char *png, size_t len, size_t *outlen)
{
	unsigned char *idat = NULL, *raw = NULL, *px = NULL, *z = NULL,
	    *o = NULL, ihdr[13], trns[2];
	const unsigned char *plte = NULL, *tr = NULL;
	size_t nidat = 0, capidat = 0, nplte = 0, ntr = 0, rb, at, olen = 0,
	    ocap = 0, x;
	unsigned long w, h, y, n;
	uLongf zn;
	uLong rawn;
	int depth, ct, max, v;

	if (len < 33 || memcmp(png + 12, "IHDR", 4) != 0)
		return NULL;
	w = get32(png + 16);
	h = get32(png + 20);
	depth = png[24];
	ct = png[25];
	if (depth >= 8 || (ct != 0 && ct != 3) || png[28] != 0 || w == 0 ||
	    h == 0)
		return NULL;
	for (at = 8; at + 12 <= len; at += n + 12) {
		n = get32(png + at);
		if (n > len - at - 12)
			return NULL;
		if (memcmp(png + at + 4, "IDAT", 4) == 0) {
			idat = xgrow(idat, &capidat, nidat + n + 1, 1);
			memcpy(idat + nidat, png + at + 8, n);
			nidat += n;
		} else if (memcmp(png + at + 4, "PLTE", 4) == 0) {
			plte = png + at + 8;
			nplte = n;
		} else if (memcmp(png + at + 4, "tRNS", 4) == 0) {
			tr = png + at + 8;
			ntr = n;
		}
	}
	rb = (w * (unsigned long)depth + 7) / 8;
	rawn = (uLong)(h * (rb + 1));
	raw = xmalloc(rawn + 1);
	if (idat == NULL || uncompress(raw, &rawn, idat, (uLong)nidat) != Z_OK ||
	    rawn != h * (rb + 1) || !unfilter(raw, h, rb))
		goto fail;
	/* rows of 1 + w bytes, filter 0; grey scaled to 0..255 */
	max = (1 << depth) - 1;
	px = xmalloc(h * (w + 1));
	for (y = 0; y < h; y++) {
		const unsigned char *r = raw + y * (rb + 1) + 1;
		unsigned char *p = px + y * (w + 1);

		p[0] = 0;
		for (x = 0; x < w; x++) {
			v = r[x * depth / 8] >> (8 - depth - (x * depth) % 8) & max;
			p[1 + x] = (unsigned char)(ct == 0 ? v * 255 / max : v);
		}
	}
	zn = compressBound((uLong)(h * (w + 1)));
	z = xmalloc(zn);
	if (compress2(z, &zn, px, (uLong)(h * (w + 1)), 6) != Z_OK)
		goto fail;
	memcpy(ihdr, png + 16, 13);
	ihdr[8] = 8;
	o = xgrow(o, &ocap, 8, 1);
	memcpy(o, png, 8);
	olen = 8;
	chunk(&o, &olen, &ocap, "IHDR", ihdr, 13);
	if (plte != NULL)
		chunk(&o, &olen, &ocap, "PLTE", plte, nplte);
	if (tr != NULL && ct == 0 && ntr == 2) {
		v = (int)((tr[0] << 8 | tr[1]) & max) * 255 / max;
		trns[0] = 0;
		trns[1] = (unsigned char)v;
		chunk(&o, &olen, &ocap, "tRNS", trns, 2);
	} else if (tr != NULL)
		chunk(&o, &olen, &ocap, "tRNS", tr, ntr);
	chunk(&o, &olen, &ocap, "IDAT", z, zn);
	chunk(&o, &olen, &ocap, "IEND", NULL, 0);
	*outlen = olen;
	free(idat);
	free(raw);
	free(px);
	free(z);
	return o;
fail:
	free(idat);
	free(raw);
	free(px);
	free(z);
	free(o);
	return NULL;
}
