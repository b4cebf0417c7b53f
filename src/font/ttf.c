/* SPDX-License-Identifier: ISC */
/*
 * ttf.c - a small, bounds-checked TrueType metrics reader.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fileio.h"
#include "font/ttf.h"
#include "base/xalloc.h"


struct seg4 {
	uint16_t end, start, delta, range_off;
	size_t	 range_pos;	/* file offset of this idRangeOffset */
};

struct grp12 {
	uint32_t start, end, glyph;
};

struct naskah_ttf {
	char		*path;
	unsigned char	*data;
	size_t		 len;
	unsigned	 upem;
	unsigned	 nglyphs;
	unsigned	 nhmetrics;
	size_t		 hmtx;		/* offset of hmtx */
	int		 ascent, descent, cap;
	struct seg4	*seg;
	size_t		 nseg;
	struct grp12	*grp;
	size_t		 ngrp;
	int16_t		 latin[256];	/* cached widths, -1 missing */
	uint32_t	*kpair;		/* kern pairs: left << 16 | right */
	int16_t		*kval;		/* their values, font units */
	size_t		 nkern;
	uint16_t	 latin_gid[256];	/* cached glyph ids */
	uint16_t	 kern_row[256];	/* Latin-1 left character's row in
					   kern_latin plus one; 0: none */
	int16_t		*kern_latin;	/* kerning of Latin-1 pairs, 1/1000 em:
					   [(kern_row[a] - 1) * 256 + b], rows
					   only for left characters that kern */
};

static unsigned
u16(const struct naskah_ttf *f, size_t off)
{
	if (off + 2 > f->len)
		return 0;
	return (unsigned)f->data[off] << 8 | f->data[off + 1];
}

static uint32_t
u32(const struct naskah_ttf *f, size_t off)
{
	if (off + 4 > f->len)
		return 0;
	return (uint32_t)f->data[off] << 24 | (uint32_t)f->data[off + 1] << 16 |
	    (uint32_t)f->data[off + 2] << 8 | f->data[off + 3];
}

/* Offset of table tag, or 0; *tlen its length. */
static size_t
table(const struct naskah_ttf *f, const char *tag, size_t *tlen)
{
	unsigned n = u16(f, 4), i;
	size_t rec, off, len;

	for (i = 0; i < n; i++) {
		rec = 12 + 16 * (size_t)i;
		if (rec + 16 > f->len)
			return 0;
		if (memcmp(f->data + rec, tag, 4) != 0)
			continue;
		off = u32(f, rec + 8);
		len = u32(f, rec + 12);
		if (off == 0 || off > f->len || len > f->len - off)
			return 0;
		*tlen = len;
		return off;
	}
	return 0;
}

static int	kern_slow(const struct naskah_ttf *f, unsigned ga, unsigned gb);

static unsigned
glyph_of(const struct naskah_ttf *f, uint32_t cp)
{
	size_t lo = 0, hi, mid;

	if (f->ngrp > 0) {
		hi = f->ngrp;
		while (lo < hi) {
			mid = (lo + hi) / 2;
			if (cp > f->grp[mid].end)
				lo = mid + 1;
			else if (cp < f->grp[mid].start)
				hi = mid;
			else
				return f->grp[mid].glyph + (cp - f->grp[mid].start);
		}
		return 0;
	}
	if (cp > 0xFFFF)
		return 0;
	hi = f->nseg;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (cp > f->seg[mid].end)
			lo = mid + 1;
		else if (cp < f->seg[mid].start)
			hi = mid;
		else {
			const struct seg4 *s = &f->seg[mid];
			unsigned g;

			if (s->range_off == 0)
				return (cp + s->delta) & 0xFFFF;
			g = u16(f, s->range_pos + s->range_off +
			    2 * (cp - s->start));
			return g ? (g + s->delta) & 0xFFFF : 0;
		}
	}
	return 0;
}

static int
width_slow(const struct naskah_ttf *f, uint32_t cp)
{
	unsigned g = glyph_of(f, cp), adv;

	if (g == 0 || g >= f->nglyphs)
		return -1;
	if (g >= f->nhmetrics)
		g = f->nhmetrics - 1;
	adv = u16(f, f->hmtx + 4 * (size_t)g);
	return (int)((unsigned long)adv * 1000 / f->upem);
}

static const char *
parse_cmap(struct naskah_ttf *f)
{
	size_t off, len, sub = 0, best4 = 0, best12 = 0, i, n, s;
	unsigned fmt;

	if ((off = table(f, "cmap", &len)) == 0)
		return "no cmap table";
	n = u16(f, off + 2);
	for (i = 0; i < n; i++) {
		unsigned pid = u16(f, off + 4 + 8 * i);
		unsigned eid = u16(f, off + 6 + 8 * i);

		sub = off + u32(f, off + 8 + 8 * i);
		if (sub + 4 > f->len)
			continue;
		fmt = u16(f, sub);
		if (pid == 3 && eid == 10 && fmt == 12)
			best12 = sub;
		else if (((pid == 3 && eid == 1) || pid == 0) && fmt == 4)
			best4 = sub;
	}
	if (best12 != 0) {
		n = u32(f, best12 + 12);
		if (n > (f->len - best12) / 12)
			return "bad cmap format 12";
		f->grp = xcalloc(n, sizeof(*f->grp));
		for (i = 0; i < n; i++) {
			f->grp[i].start = u32(f, best12 + 16 + 12 * i);
			f->grp[i].end = u32(f, best12 + 20 + 12 * i);
			f->grp[i].glyph = u32(f, best12 + 24 + 12 * i);
		}
		f->ngrp = n;
		return NULL;
	}
	if (best4 == 0)
		return "no Unicode cmap (format 4 or 12)";
	n = u16(f, best4 + 6) / 2;
	if (best4 + 16 + 8 * n > f->len)
		return "bad cmap format 4";
	f->seg = xcalloc(n, sizeof(*f->seg));
	for (i = 0; i < n; i++) {
		s = best4 + 14;
		f->seg[i].end = (uint16_t)u16(f, s + 2 * i);
		f->seg[i].start = (uint16_t)u16(f, s + 2 * n + 2 + 2 * i);
		f->seg[i].delta = (uint16_t)u16(f, s + 4 * n + 2 + 2 * i);
		f->seg[i].range_pos = s + 6 * n + 2 + 2 * i;
		f->seg[i].range_off = (uint16_t)u16(f, f->seg[i].range_pos);
	}
	f->nseg = n;
	return NULL;
}

/* The pairs of a format 0 subtable of the kern table, if any.  A font
 * with none (or a malformed one) simply has no kerning. */
static void
parse_kern(struct naskah_ttf *f)
{
	size_t off, len, sub, i, n;

	if ((off = table(f, "kern", &len)) == 0 || len < 4 ||
	    u16(f, off) != 0 || u16(f, off + 2) == 0)
		return;
	sub = off + 4;
	/* version 0 subtable: version, length, coverage (format in the
	 * high byte, horizontal bit 0) */
	if ((u16(f, sub + 4) >> 8) != 0 || !(u16(f, sub + 4) & 1))
		return;
	n = u16(f, sub + 6);
	if (sub + 14 + 6 * n > f->len)
		return;
	f->kpair = xcalloc(n ? n : 1, sizeof(*f->kpair));
	f->kval = xcalloc(n ? n : 1, sizeof(*f->kval));
	for (i = 0; i < n; i++) {
		f->kpair[i] = u32(f, sub + 14 + 6 * i);
		f->kval[i] = (int16_t)u16(f, sub + 18 + 6 * i);
	}
	f->nkern = n;
	/* the table must be sorted for the binary search; check */
	for (i = 1; i < n; i++)
		if (f->kpair[i] <= f->kpair[i - 1]) {
			f->nkern = 0;
			return;
		}
}

/* The kerning of every pair of Latin-1 characters in one table, so
 * that measuring text costs one lookup per pair: each kern pair is
 * spread over the characters that share its glyphs. */
static void
latin_kerning(struct naskah_ttf *f)
{
	int *first, next[256];
	size_t i, nrow = 0;
	unsigned ga, gb;
	int a, b;

	if (f->nkern == 0)
		return;
	first = xmalloc((f->nglyphs + 1) * sizeof(*first));
	for (i = 0; i <= f->nglyphs; i++)
		first[i] = -1;
	for (a = 255; a >= 0; a--) {
		ga = f->latin_gid[a];
		next[a] = -1;
		if (ga == 0 || ga > f->nglyphs)
			continue;
		next[a] = first[ga];
		first[ga] = a;
	}
	/* a row for each left character with a pair: a table of every
	 * pair would be 128 KiB a face, most of it zeros */
	for (i = 0; i < f->nkern; i++) {
		ga = f->kpair[i] >> 16;
		gb = f->kpair[i] & 0xFFFF;
		if (ga > f->nglyphs || gb > f->nglyphs || first[gb] < 0)
			continue;
		for (a = first[ga]; a >= 0; a = next[a])
			if (f->kern_row[a] == 0)
				f->kern_row[a] = (uint16_t)++nrow;
	}
	f->kern_latin = xcalloc(nrow * 256 + 1, sizeof(*f->kern_latin));
	for (i = 0; i < f->nkern; i++) {
		ga = f->kpair[i] >> 16;
		gb = f->kpair[i] & 0xFFFF;
		if (ga > f->nglyphs || gb > f->nglyphs)
			continue;
		for (a = first[ga]; a >= 0; a = next[a])
			for (b = first[gb]; b >= 0; b = next[b])
				f->kern_latin[(f->kern_row[a] - 1) * 256 + b] =
				    (int16_t)((long)f->kval[i] * 1000 /
				    (long)f->upem);
	}
	free(first);
}

/*
 * What libharu 2.3.0 reads of the cmap without checking it: the first
 * (3, 1) format 4 subtable, whose segments it walks up to the first
 * end at or above a character (so the last end must be 0xFFFF), whose
 * glyphIdArray it indexes with an off-by-one bound, and through which
 * it looks up 'H' and 'x' while loading the font, reading the loca
 * entry of their glyphs unchecked.  Returns why the font would crash
 * it, or NULL.
 */
static const char *
check_libharu_cmap(const struct naskah_ttf *f)
{
	static const unsigned probe[2] = { 'H', 'x' };
	size_t off, len, sub = 0, nseg, i, head;
	long count, idx;
	unsigned n, k, start, end, delta, range, g;

	if ((off = table(f, "cmap", &len)) == 0)
		return NULL;
	n = u16(f, off + 2);
	for (i = 0; i < n && sub == 0; i++)
		if (u16(f, off + 4 + 8 * i) == 3 && u16(f, off + 6 + 8 * i) == 1 &&
		    u16(f, off + u32(f, off + 8 + 8 * i)) == 4)
			sub = off + u32(f, off + 8 + 8 * i);
	if (sub == 0)
		return NULL;	/* libharu refuses the font itself */
	nseg = u16(f, sub + 6) / 2;
	head = 16 + 8 * nseg;
	if (nseg == 0 || sub + head > f->len ||
	    u16(f, sub + 14 + 2 * (nseg - 1)) != 0xFFFF)
		return "bad cmap format 4 (its last segment must end at U+FFFF)";
	count = u16(f, sub + 2) > head ? (long)(u16(f, sub + 2) - head) / 2 : 0;
	for (i = 0; i < nseg; i++) {
		end = u16(f, sub + 14 + 2 * i);
		start = u16(f, sub + 16 + 2 * nseg + 2 * i);
		range = u16(f, sub + 16 + 6 * nseg + 2 * i);
		if (range == 0 || start > end)
			continue;
		idx = (long)range / 2 + (long)(end - start) - (long)(nseg - i);
		if (idx >= count)
			return "bad cmap format 4 (glyph index beyond its array)";
	}
	for (k = 0; k < 2; k++) {
		for (i = 0; i + 1 < nseg && u16(f, sub + 14 + 2 * i) < probe[k];
		    i++)
			;
		start = u16(f, sub + 16 + 2 * nseg + 2 * i);
		delta = u16(f, sub + 16 + 4 * nseg + 2 * i);
		range = u16(f, sub + 16 + 6 * nseg + 2 * i);
		if (start > probe[k])
			continue;
		if (range == 0)
			g = (probe[k] + delta) & 0xFFFF;
		else {
			idx = (long)range / 2 + (long)(probe[k] - start) -
			    (long)(nseg - i);
			if (idx < 0)
				continue;	/* libharu's index wraps: none */
			g = (u16(f, sub + head + 2 * (size_t)idx) + delta) &
			    0xFFFF;
		}
		if (g >= f->nglyphs)
			return "cmap maps 'H' or 'x' to a glyph the font lacks";
	}
	return NULL;
}

/* Every table of the directory lies inside the file: libharu copies
 * the ones it embeds (post, name, cvt ...) by their length, and one
 * that runs past the end kept it reading for minutes. */
static const char *
check_directory(const struct naskah_ttf *f)
{
	unsigned n = u16(f, 4), i;
	size_t rec, off, len;

	if (12 + 16 * (size_t)n > f->len)
		return "table directory past the end of the file";
	for (i = 0; i < n; i++) {
		rec = 12 + 16 * (size_t)i;
		off = u32(f, rec + 8);
		len = u32(f, rec + 12);
		if (off > f->len || len > f->len - off)
			return "a table runs past the end of the file (damaged)";
	}
	return NULL;
}

static const char *
parse(struct naskah_ttf *f)
{
	size_t off, len, hl;
	const char *e;
	uint32_t cp;

	if (f->len < 12)
		return "file too short";
	if (u32(f, 0) != 0x00010000 && memcmp(f->data, "true", 4) != 0)
		return memcmp(f->data, "OTTO", 4) == 0 ?
		    "PostScript (CFF) outlines; a TrueType-outline .ttf is needed" :
		    "not a TrueType font";
	if ((e = check_directory(f)) != NULL)
		return e;
	if ((off = table(f, "head", &len)) == 0 || len < 54)
		return "no head table";
	f->upem = u16(f, off + 18);
	if (f->upem < 16 || f->upem > 16384)
		return "bad unitsPerEm";
	if ((off = table(f, "maxp", &len)) == 0 || len < 6)
		return "no maxp table";
	f->nglyphs = u16(f, off + 4);
	if ((off = table(f, "hhea", &len)) == 0 || len < 36)
		return "no hhea table";
	f->ascent = (int)(int16_t)u16(f, off + 4) * 1000 / (int)f->upem;
	f->descent = -(int)(int16_t)u16(f, off + 6) * 1000 / (int)f->upem;
	f->nhmetrics = u16(f, off + 34);
	if (f->nhmetrics == 0 || f->nhmetrics > f->nglyphs)
		return "bad hhea table";
	if ((f->hmtx = table(f, "hmtx", &hl)) == 0 ||
	    hl < 4 * (size_t)f->nhmetrics)
		return "no hmtx table";
	if (table(f, "glyf", &len) == 0 || table(f, "loca", &len) == 0)
		return "no glyf/loca tables (TrueType outlines)";
	f->cap = f->ascent * 7 / 10;
	if ((off = table(f, "OS/2", &len)) != 0) {
		if (len >= 72) {
			f->ascent = (int)(int16_t)u16(f, off + 68) * 1000 /
			    (int)f->upem;
			f->descent = -(int)(int16_t)u16(f, off + 70) * 1000 /
			    (int)f->upem;
		}
		if (len >= 90 && u16(f, off) >= 2)
			f->cap = (int)(int16_t)u16(f, off + 88) * 1000 /
			    (int)f->upem;
	} else
		return "no OS/2 table";
	if ((e = parse_cmap(f)) != NULL || (e = check_libharu_cmap(f)) != NULL)
		return e;
	for (cp = 0; cp < 256; cp++) {
		f->latin[cp] = (int16_t)width_slow(f, cp);
		f->latin_gid[cp] = (uint16_t)glyph_of(f, cp);
	}
	parse_kern(f);
	latin_kerning(f);
	return NULL;
}

struct naskah_ttf *
naskah_ttf_load(const char *path, const char **err, int *io)
{
	struct naskah_ttf *f;
	FILE *fp;
	long sz;
	int why;

	*io = 0;
	if ((fp = naskah_fopen_regular(path, &why)) == NULL) {
		*err = naskah_file_error(why);
		*io = 1;
		return NULL;
	}
	if (fseek(fp, 0, SEEK_END) != 0 || (sz = ftell(fp)) < 0 ||
	    fseek(fp, 0, SEEK_SET) != 0) {
		*err = strerror(errno);
		*io = 1;
		fclose(fp);
		return NULL;
	}
	if (sz > TTF_MAX_BYTES) {
		*err = "file larger than 16 MiB";
		fclose(fp);
		return NULL;
	}
	f = xcalloc(1, sizeof(*f));
	f->path = xstrdup(path);
	f->len = (size_t)sz;
	f->data = xmalloc(f->len);
	if (fread(f->data, 1, f->len, fp) != f->len) {
		*err = "short read";
		*io = 1;
		fclose(fp);
		naskah_ttf_free(f);
		return NULL;
	}
	fclose(fp);
	if ((*err = parse(f)) != NULL) {
		naskah_ttf_free(f);
		return NULL;
	}
	return f;
}

void
naskah_ttf_free(struct naskah_ttf *f)
{
	if (f == NULL)
		return;
	free(f->path);
	free(f->data);
	free(f->seg);
	free(f->grp);
	free(f->kpair);
	free(f->kval);
	free(f->kern_latin);
	free(f);
}

int
naskah_ttf_width(const struct naskah_ttf *f, uint32_t cp)
{
	if (cp < 256)
		return f->latin[cp];
	return width_slow(f, cp);
}

int
naskah_ttf_kern(const struct naskah_ttf *f, uint32_t a, uint32_t b)
{
	if (f->nkern == 0)
		return 0;
	if (a < 256 && b < 256)
		return f->kern_row[a] == 0 ? 0 :
		    f->kern_latin[(f->kern_row[a] - 1) * 256 + b];
	return kern_slow(f, glyph_of(f, a), glyph_of(f, b));
}

/* Kerning between two glyphs by binary search, 1/1000 em. */
static int
kern_slow(const struct naskah_ttf *f, unsigned ga, unsigned gb)
{
	uint32_t key;
	size_t lo = 0, hi = f->nkern, mid;

	if (ga == 0 || gb == 0)
		return 0;
	key = (uint32_t)ga << 16 | gb;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (f->kpair[mid] < key)
			lo = mid + 1;
		else if (f->kpair[mid] > key)
			hi = mid;
		else	/* truncated towards zero, like the widths */
			return (int)((long)f->kval[mid] * 1000 / (long)f->upem);
	}
	return 0;
}

int
naskah_ttf_ascent(const struct naskah_ttf *f)
{
	return f->ascent;
}

int
naskah_ttf_descent(const struct naskah_ttf *f)
{
	return f->descent;
}

int
naskah_ttf_cap_height(const struct naskah_ttf *f)
{
	return f->cap;
}

const char *
naskah_ttf_path(const struct naskah_ttf *f)
{
	return f->path;
}

int
naskah_fontset_load(struct naskah_fontset *fs, const char *const path[4],
    int *which, const char **err, int *io)
{
	int i;

	memset(fs, 0, sizeof(*fs));
	fs->bad = -1;
	for (i = 0; i < 4; i++)
		if (path[i] != NULL)
			fs->path[i] = xstrdup(path[i]);
	if (path[FACE_REGULAR] == NULL)
		return 1;
	fs->tried[FACE_REGULAR] = 1;
	fs->face[FACE_REGULAR] = naskah_ttf_load(path[FACE_REGULAR], err, io);
	if (fs->face[FACE_REGULAR] == NULL) {
		*which = FACE_REGULAR;
		naskah_fontset_free(fs);
		return 0;
	}
	return 1;
}

int
naskah_fontset_bad(const struct naskah_fontset *fs, unsigned long since,
    int *which, const char **err, int *io)
{
	if (fs->nbad == since)
		return 0;
	*which = fs->bad;
	*err = fs->err;
	*io = fs->io;
	return 1;
}

void
naskah_fontset_free(struct naskah_fontset *fs)
{
	int i;

	if (fs == NULL)
		return;
	for (i = 0; i < 4; i++) {
		naskah_ttf_free(fs->face[i]);
		free(fs->path[i]);
		fs->face[i] = NULL;
		fs->path[i] = NULL;
	}
}

/* The face serving f, read now if it was not yet: a face given no file
 * of its own, or one that cannot be read (counted in fs->nbad), is
 * served by the regular face; one whose file another face has, by
 * that face. */
static const struct naskah_ttf *
face(struct naskah_fontset *fs, enum naskah_face f)
{
	int j;

	if (fs->face[f] != NULL)
		return fs->face[f];
	if (fs->path[f] == NULL)
		return fs->face[FACE_REGULAR];
	for (j = 0; j < 4; j++)
		if (fs->face[j] && fs->path[j] &&
		    strcmp(fs->path[j], fs->path[f]) == 0)
			return fs->face[j];
	if (!fs->tried[f]) {
		fs->tried[f] = 1;
		if ((fs->face[f] = naskah_ttf_load(fs->path[f], &fs->err,
		    &fs->io)) != NULL)
			return fs->face[f];
		if (fs->bad < 0)
			fs->bad = f;
	}
	fs->nbad++;
	return fs->face[FACE_REGULAR];
}

/* The metrics' ctx is the fontset naskah_fontset_metrics was given,
 * which is not const: its faces are read into it on demand. */
static int
fs_width(const void *ctx, enum naskah_face f, uint32_t cp)
{
	return naskah_ttf_width(face((struct naskah_fontset *)ctx, f), cp);
}

static int
fs_kern(const void *ctx, enum naskah_face f, uint32_t a, uint32_t b)
{
	return naskah_ttf_kern(face((struct naskah_fontset *)ctx, f), a, b);
}

static const char *
fs_name(const void *ctx, enum naskah_face f)
{
	const char *p = naskah_ttf_path(face((struct naskah_fontset *)ctx, f));
	const char *s = strrchr(p, '/');

	return s ? s + 1 : p;
}

void
naskah_fontset_metrics(struct naskah_fontset *fs, struct naskah_metrics *m)
{
	const struct naskah_ttf *r = fs->face[FACE_REGULAR];

	m->ctx = fs;
	m->width = fs_width;
	m->kern = fs_kern;
	m->name = fs_name;
	m->ascent = naskah_ttf_ascent(r);
	m->descent = naskah_ttf_descent(r);
	m->cap_height = naskah_ttf_cap_height(r);
}
