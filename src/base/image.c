/* SPDX-License-Identifier: ISC */
/*
 * image.c - probe a logo file (PNG or JPEG) without the PDF library:
 * its kind, size in pixels, and the PNG kinds libharu 2.3.0 mishandles.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "base/fileio.h"
#include "base/image.h"

static unsigned
be16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static unsigned long
be32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 |
	    (unsigned long)p[2] << 8 | p[3];
}

/*
 * The most a logo may decode to, in bytes (width x height x channels):
 * 64 MiB, a 4096 x 4096 RGBA or 4700 x 4700 RGB picture.  The largest
 * logo the layout prints (the book's cover, 120 mm at most) needs about
 * 2800 pixels across at 600 dpi; this leaves room for a phone's
 * 12-megapixel photo and keeps a logo's cost near a second and 100 MB
 * (libharu holds a PNG decoded).  Sides are at most 20000 pixels.
 */
#define LOGO_MAX_BYTES	(64UL * 1024 * 1024)
#define LOGO_MAX_SIDE	20000

/* 0 if a w x h picture of chans channels is within bounds. */
static int
size_check(unsigned long w, unsigned long h, unsigned chans)
{
	if (w == 0 || h == 0)
		return MSG_LOGO_DAMAGED;
	if (w > LOGO_MAX_SIDE || h > LOGO_MAX_SIDE ||
	    w * h > LOGO_MAX_BYTES / chans)
		return MSG_LOGO_TOO_BIG;
	return 0;
}

/*
 * A JPEG as libharu 2.3.0 embeds it and a PDF reader decodes it: after
 * SOI a chain of marker segments (libharu takes nothing else before
 * the frame header), one baseline, extended or progressive 8-bit frame
 * of 1, 3 or 4 components, at least one scan, and the scans' data
 * running to EOI: a file cut short (no EOI) is refused, since libharu
 * copies it as it is.
 */
static int
probe_jpeg(FILE *f, struct naskah_image_info *info)
{
	unsigned char h[8];
	unsigned len, ncomp = 0;
	int c, m, scans = 0;

	if (fseek(f, 2, SEEK_SET) != 0)
		return MSG_LOGO_DAMAGED;
	for (;;) {
		/* a marker segment: FF, its kind, a length */
		if (fgetc(f) != 0xFF || (m = fgetc(f)) == EOF)
			return MSG_LOGO_DAMAGED;
		if (m == 0xD9)		/* EOI */
			break;
		if (m == 0x00 || m == 0x01 || m == 0xD8 || m == 0xFF ||
		    (m >= 0xD0 && m <= 0xD7) || fread(h, 1, 2, f) != 2 ||
		    (len = be16(h)) < 2)
			return MSG_LOGO_DAMAGED;
		if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 &&
		    m != 0xCC) {
			/* one frame, Huffman-coded, not lossless or
			 * hierarchical: what PDF's DCTDecode reads */
			if (ncomp != 0 || m > 0xC2 || len < 8 ||
			    fread(h, 1, 6, f) != 6 || h[0] != 8)
				return MSG_LOGO_DAMAGED;
			info->height = (int)be16(h + 1);
			info->width = (int)be16(h + 3);
			ncomp = h[5];
			if ((ncomp != 1 && ncomp != 3 && ncomp != 4) ||
			    len != 8 + 3 * ncomp)
				return MSG_LOGO_DAMAGED;
			if ((c = size_check(be16(h + 3), be16(h + 1), ncomp)))
				return c;
			len -= 6;
		}
		if (fseek(f, (long)len - 2, SEEK_CUR) != 0)
			return MSG_LOGO_DAMAGED;
		if (m != 0xDA)
			continue;
		/* SOS: entropy-coded data up to the next marker that is
		 * not a stuffed byte, fill or restart */
		if (ncomp == 0)
			return MSG_LOGO_DAMAGED;
		scans++;
		for (;;) {
			while ((c = fgetc(f)) != EOF && c != 0xFF)
				;
			while (c == 0xFF)
				c = fgetc(f);
			if (c == EOF)
				return MSG_LOGO_DAMAGED;	/* cut short */
			if (c != 0x00 && (c < 0xD0 || c > 0xD7))
				break;
		}
		if (fseek(f, -2, SEEK_CUR) != 0)
			return MSG_LOGO_DAMAGED;
	}
	return ncomp != 0 && scans > 0 ? 0 : MSG_LOGO_DAMAGED;
}

/* Bytes of image data a (not interlaced) PNG of this kind decompresses
 * to: each row a filter byte and its pixels. */
static unsigned long
png_data_size(unsigned long w, unsigned long h, int depth, int ctype)
{
	static const int chans[7] = { 1, 0, 3, 1, 2, 0, 4 };
	unsigned long bits = (unsigned long)depth * chans[ctype];

	return h * (1 + (w * bits + 7) / 8);
}

/* What the chunks of a PNG have said so far. */
struct png_walk {
	int	depth, ctype;
	int	ihdr;		/* seen */
	int	plte;		/* palette entries, 0 none */
	int	idat;		/* 1 in the IDAT run, 2 after it */
	int	trns;		/* seen */
};

/*
 * One chunk of a PNG against the rules libpng and libharu 2.3.0 hold
 * it to (libpng aborts on what this refuses; libharu crashes on an RGB
 * tRNS, misreads a palette tRNS under 8 bits and fails on interlaced
 * files).  Returns 0 or a message id.
 */
static int
png_chunk(struct png_walk *w, const unsigned char *type,
    const unsigned char *data, unsigned long len)
{
	/* bit depths allowed for each colour type, as bit masks */
	static const unsigned depths[7] = { 0x116, 0, 0x100, 0x116, 0x100,
	    0, 0x100 };
	int is = memcmp(type, "IDAT", 4) == 0;

	if (w->idat == 1 && !is)
		w->idat = 2;
	if (memcmp(type, "IHDR", 4) == 0) {
		if (w->ihdr || len != 13)
			return MSG_LOGO_DAMAGED;
		w->ihdr = 1;
		w->depth = data[8];
		w->ctype = data[9];
		if (w->ctype > 6 || data[8] > 8 ||
		    !(depths[w->ctype] & (1U << data[8])) ||
		    data[10] != 0 || data[11] != 0 || data[12] > 1)
			return MSG_LOGO_DAMAGED;
		return data[12] ? MSG_LOGO_INTERLACED : 0;
	}
	if (!w->ihdr)
		return MSG_LOGO_DAMAGED;
	if (memcmp(type, "PLTE", 4) == 0) {
		if (w->plte || w->idat || w->trns || len % 3 != 0 || len == 0 ||
		    len > 3 * 256 || w->ctype == 0 || w->ctype == 4 ||
		    (w->ctype == 3 && len / 3 > (1UL << w->depth)))
			return MSG_LOGO_DAMAGED;
		w->plte = (int)(len / 3);
	} else if (memcmp(type, "tRNS", 4) == 0) {
		if (w->trns || w->idat || w->ctype == 4 || w->ctype == 6 ||
		    (w->ctype == 0 && len != 2) ||
		    (w->ctype == 3 && (!w->plte || len > (unsigned long)w->plte)))
			return MSG_LOGO_DAMAGED;
		w->trns = 1;
		if (w->ctype == 2 || (w->ctype == 3 && w->depth < 8))
			return MSG_LOGO_TRNS;
	} else if (is) {
		if (w->idat == 2 || (w->ctype == 3 && !w->plte))
			return MSG_LOGO_DAMAGED;
		w->idat = 1;
	} else if (memcmp(type, "IEND", 4) != 0 && !(type[0] & 0x20))
		return MSG_LOGO_DAMAGED;	/* an unknown critical chunk */
	return 0;
}

/*
 * Walk every chunk of a PNG: lengths in bounds, CRCs right, each chunk
 * as png_chunk wants it, IHDR first, IEND last, and the image data
 * inflating to exactly the size the header promises.  Returns 0 or a
 * message id.
 */
static int
png_check(FILE *f, const struct naskah_image_info *info)
{
	unsigned char h[8], *data = NULL, *idat = NULL, *out = NULL;
	unsigned long len, crc, nidat = 0, capidat = 0, want;
	int rc = MSG_LOGO_DAMAGED, end = 0, c;
	struct png_walk w;
	z_stream z;

	memset(&w, 0, sizeof(w));
	if (fseek(f, 8, SEEK_SET) != 0)
		return rc;
	while (!end) {
		if (fread(h, 1, 8, f) != 8)
			goto out;
		len = be32(h);
		if (len > 64UL * 1024 * 1024)
			goto out;
		free(data);
		data = malloc(len + 4 ? len + 4 : 1);
		if (data == NULL || fread(data, 1, len + 4, f) != len + 4)
			goto out;
		crc = crc32(0L, h + 4, 4);
		crc = crc32(crc, data, (uInt)len);
		if (crc != be32(data + len))
			goto out;
		if ((c = png_chunk(&w, h + 4, data, len)) != 0) {
			rc = c;
			goto out;
		}
		if (memcmp(h + 4, "IDAT", 4) == 0) {
			if (nidat + len > 256UL * 1024 * 1024)
				goto out;
			if (nidat + len > capidat) {
				unsigned char *q;

				capidat = (nidat + len) * 2;
				if ((q = realloc(idat, capidat)) == NULL)
					goto out;
				idat = q;
			}
			memcpy(idat + nidat, data, len);
			nidat += len;
		} else if (memcmp(h + 4, "IEND", 4) == 0)
			end = 1;
	}
	want = png_data_size((unsigned long)info->width,
	    (unsigned long)info->height, w.depth, w.ctype);
	if (nidat == 0 || want == 0 || want > 512UL * 1024 * 1024 ||
	    (out = malloc(want + 1)) == NULL)
		goto out;
	memset(&z, 0, sizeof(z));
	if (inflateInit(&z) != Z_OK)
		goto out;
	z.next_in = idat;
	z.avail_in = (uInt)nidat;
	z.next_out = out;
	z.avail_out = (uInt)(want + 1);
	if (inflate(&z, Z_FINISH) == Z_STREAM_END && z.total_out == want)
		rc = 0;
	inflateEnd(&z);
out:
	free(data);
	free(idat);
	free(out);
	return rc;
}

int
naskah_image_probe(const char *path, struct naskah_image_info *info,
    const char **why)
{
	FILE *f;
	int rc, err;

	memset(info, 0, sizeof(*info));
	*why = "";
	if ((f = naskah_fopen_regular(path, &err)) == NULL) {
		*why = naskah_file_error(err);
		return MSG_LOGO_OPEN;
	}
	rc = naskah_image_probe_file(f, info);
	fclose(f);
	return rc;
}

int
naskah_image_probe_file(FILE *f, struct naskah_image_info *info)
{
	static const unsigned char png[8] = { 0x89, 'P', 'N', 'G', '\r', '\n',
	    0x1A, '\n' };
	unsigned char h[33];
	int rc = 0;

	memset(info, 0, sizeof(*info));
	if (fread(h, 1, 3, f) != 3) {
		rc = MSG_LOGO_KIND;
	} else if (h[0] == 0xFF && h[1] == 0xD8 && h[2] == 0xFF) {
		rc = probe_jpeg(f, info);
	} else if (fread(h + 3, 1, 30, f) == 30 && memcmp(h, png, 8) == 0 &&
	    memcmp(h + 12, "IHDR", 4) == 0) {
		static const unsigned chans[7] = { 1, 0, 3, 1, 2, 0, 4 };

		info->width = (int)be32(h + 16);
		info->height = (int)be32(h + 20);
		if (h[24] == 16)
			rc = MSG_LOGO_16BIT;
		else if (info->width <= 0 || info->height <= 0 || h[25] > 6 ||
		    chans[h[25]] == 0)
			rc = MSG_LOGO_DAMAGED;
		else if ((rc = size_check((unsigned long)info->width,
		    (unsigned long)info->height, chans[h[25]])) == 0)
			rc = png_check(f, info);
	} else
		rc = MSG_LOGO_KIND;
	return rc;
}
