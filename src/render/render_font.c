/* SPDX-License-Identifier: ISC */
/*
 * render_font.c - the faces a PDF embeds and their font files (see
 * render_font.h), and the cache of font files a context keeps between
 * renders (render.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hpdf.h>
#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>

#include "base/fileio.h"
#include "font/ttf.h"
#include "render/render_font.h"
#include "render/render_text.h"
#include "base/xalloc.h"

/* The zlib level of the font files (see stream_deflate). */
#ifndef FONT_LEVEL
#define FONT_LEVEL	3
#endif

/*
 * One font file made: what it was made from (the face's bytes, the
 * tag libharu gave the font in that document, which its name table
 * holds, and the glyphs marked used) and what was made (the glyphs
 * used in the end, the deflated subset and its /Length1).
 */
struct fc_entry {
	unsigned char	*file;
	size_t		 nfile;
	char		 tag[HPDF_TTF_FONT_TAG_LEN + 1];
	size_t		 nglyph;
	unsigned char	*before, *after;	/* nglyph flags each */
	unsigned char	*data;
	size_t		 ndata;
	HPDF_UINT32	 length1;
	int		 used;		/* by the render going on */
};

/* Bounded by what one render embeds: at most FACE__MAX font files are
 * kept, those the last render used (fontcache_prune). */
struct render_fontcache {
	struct fc_entry	*v;
	size_t		 n, cap;
};

struct render_fontcache *
render_fontcache_new(void)
{
	return xcalloc(1, sizeof(struct render_fontcache));
}

static void
entry_free(struct fc_entry *e)
{
	free(e->file);
	free(e->before);
	free(e->after);
	free(e->data);
}

void
render_fontcache_free(struct render_fontcache *fc)
{
	size_t i;

	if (fc == NULL)
		return;
	for (i = 0; i < fc->n; i++)
		entry_free(&fc->v[i]);
	free(fc->v);
	free(fc);
}

void
fontcache_prune(struct render_fontcache *fc)
{
	size_t i, k = 0;

	if (fc == NULL)
		return;
	for (i = 0; i < fc->n; i++) {
		if (!fc->v[i].used) {
			entry_free(&fc->v[i]);
			continue;
		}
		fc->v[i].used = 0;
		fc->v[k++] = fc->v[i];
	}
	fc->n = k;
}

/* The whole of the regular file path in *fb; 0 when it cannot be read
 * so, or is larger than a face the layout read (then libharu tries
 * and reports). */
static int
file_read(const char *path, struct face_bytes *fb)
{
	unsigned char *p;
	size_t n;
	int fd, err;

	if ((fd = naskah_open_regular(path, &err)) < 0)
		return 0;
	p = naskah_fd_read(fd, TTF_MAX_BYTES, &n);
	close(fd);
	if (p == NULL || n == 0 || n > TTF_MAX_BYTES) {
		free(p);
		return 0;
	}
	fb->p = p;
	fb->n = n;
	return 1;
}

/*
 * A libharu stream reading fb's bytes as its file reader reads a file
 * (stdio's fread, fseek, ftell): a short read is zero-filled and ends
 * with HPDF_STREAM_EOF, a seek may go past the end, not before the
 * start.  Nothing is copied.
 */
static HPDF_STATUS
bytes_read(HPDF_Stream st, HPDF_BYTE *p, HPDF_UINT *n)
{
	struct face_bytes *fb = st->attr;
	size_t k = fb->pos < fb->n ? fb->n - fb->pos : 0;

	if (k > *n)
		k = *n;
	if (k > 0)
		memcpy(p, fb->p + fb->pos, k);
	fb->pos += k;
	if (k < *n) {
		memset(p + k, 0, *n - k);
		*n = (HPDF_UINT)k;
		return HPDF_STREAM_EOF;
	}
	return HPDF_OK;
}

static HPDF_STATUS
bytes_seek(HPDF_Stream st, HPDF_INT pos, HPDF_WhenceMode mode)
{
	struct face_bytes *fb = st->attr;
	long at = mode == HPDF_SEEK_CUR ? (long)fb->pos :
	    mode == HPDF_SEEK_END ? (long)fb->n : 0;

	if (at + pos < 0)
		return HPDF_SetError(st->error, HPDF_FILE_IO_ERROR, EINVAL);
	fb->pos = (size_t)(at + pos);
	return HPDF_OK;
}

static HPDF_INT32
bytes_tell(HPDF_Stream st)
{
	return (HPDF_INT32)((struct face_bytes *)st->attr)->pos;
}

static HPDF_UINT32
bytes_size(HPDF_Stream st)
{
	return (HPDF_UINT32)((struct face_bytes *)st->attr)->n;
}

/* Raise the error libharu recorded (or a failed allocation). */
static void
fail(HPDF_Doc pdf)
{
	HPDF_CheckError(&pdf->error);
	HPDF_RaiseError(&pdf->error, HPDF_FAILD_TO_ALLOC_MEM, 0);
}

const char *
font_load(HPDF_Doc pdf, const char *path, struct face_bytes *fb)
{
	HPDF_Stream st;
	HPDF_FontDef def, had;
	int i;

	if (!file_read(path, fb))
		return HPDF_LoadTTFontFromFile(pdf, path, HPDF_TRUE);
	/* LoadTTFontFromStream of libharu 2.3.0's hpdf_doc.c */
	fb->pos = 0;
	if ((st = HPDF_CallbackReader_New(pdf->mmgr, bytes_read, bytes_seek,
	    bytes_tell, bytes_size, fb)) == NULL)
		fail(pdf);
	if ((def = HPDF_TTFontDef_Load(pdf->mmgr, st, HPDF_TRUE)) == NULL)
		fail(pdf);
	if ((had = HPDF_Doc_FindFontDef(pdf, def->base_font)) != NULL) {
		HPDF_FontDef_Free(def);
		return had->base_font;
	}
	if (HPDF_List_Add(pdf->fontdef_list, def) != HPDF_OK) {
		HPDF_FontDef_Free(def);
		fail(pdf);
	}
	if (pdf->ttfont_tag[0] == 0)
		memcpy(pdf->ttfont_tag, "HPDFAA", 6);
	else
		for (i = 5; i >= 0; i--) {
			pdf->ttfont_tag[i] += 1;
			if (pdf->ttfont_tag[i] > 'Z')
				pdf->ttfont_tag[i] = 'A';
			else
				break;
		}
	HPDF_TTFontDef_SetTagName(def, (char *)pdf->ttfont_tag);
	return def->base_font;
}

/* Tries of font_file: one is enough but for composite glyphs whose
 * parts add up to a multiple of 4096 bytes. */
#define SUBSET_TRIES	8

/*
 * Mark the glyph of one more character def has, from *cp on, as used
 * (with its components): one whose length moves the end of the subset.
 * Adding a glyph only grows the font file; what the pages show is
 * unchanged.  0 when every glyph is in use already.
 */
static int
subset_grow(HPDF_FontDef def, HPDF_UNICODE *cp)
{
	HPDF_TTFontDefAttr a = def->attr;
	HPDF_UINT16 gid;
	HPDF_UINT32 len;

	for (;; (*cp)++) {
		if (*cp == 0xFFFF)
			return 0;
		gid = HPDF_TTFontDef_GetGlyphid(def, *cp);
		if (gid == 0 || gid >= a->num_glyphs || a->glyph_tbl.flgs[gid])
			continue;
		len = a->glyph_tbl.offsets[gid + 1] - a->glyph_tbl.offsets[gid];
		if (a->header.index_to_loc_format == 0)
			len *= 2;
		if (len % HPDF_STREAM_BUF_SIZ != 0)
			break;
	}
	HPDF_TTFontDef_GetCharWidth(def, *cp);	/* marks it used */
	return 1;
}

/* fc's font file of def loaded from fb, as it is now, or NULL. */
static struct fc_entry *
fontcache_find(struct render_fontcache *fc, HPDF_FontDef def,
    const struct face_bytes *fb)
{
	HPDF_TTFontDefAttr a = def->attr;
	size_t i;

	for (i = 0; i < fc->n; i++) {
		struct fc_entry *e = &fc->v[i];

		if (e->nfile == fb->n && e->nglyph == a->num_glyphs &&
		    strcmp(e->tag, a->tag_name) == 0 &&
		    memcmp(e->before, a->glyph_tbl.flgs, e->nglyph) == 0 &&
		    memcmp(e->file, fb->p, fb->n) == 0)
			return e;
	}
	return NULL;
}

/* Keep in fc the font file of def just made: the ndata deflated bytes
 * of data, from fb and the glyphs before. */
static void
fontcache_add(struct render_fontcache *fc, HPDF_FontDef def,
    const struct face_bytes *fb, const unsigned char *before,
    const void *data, size_t ndata)
{
	HPDF_TTFontDefAttr a = def->attr;
	struct fc_entry *e;

	fc->v = xgrow(fc->v, &fc->cap, fc->n + 1, sizeof(*fc->v));
	e = &fc->v[fc->n];
	memset(e, 0, sizeof(*e));
	e->file = xmalloc(fb->n);
	memcpy(e->file, fb->p, fb->n);
	e->nfile = fb->n;
	memcpy(e->tag, a->tag_name, sizeof(e->tag));
	e->nglyph = a->num_glyphs;
	e->before = xmalloc(e->nglyph + 1);
	memcpy(e->before, before, e->nglyph);
	e->after = xmalloc(e->nglyph + 1);
	memcpy(e->after, a->glyph_tbl.flgs, e->nglyph);
	e->data = xmalloc(ndata + 1);
	memcpy(e->data, data, ndata);
	e->ndata = ndata;
	e->length1 = a->length1;
	e->used = 1;
	fc->n++;
}

/* The subset of def, deflated, into data's stream, and its /Length1:
 * from fc when it has it, else made (and then kept in fc). */
static void
font_subset(HPDF_Doc pdf, HPDF_FontDef def, HPDF_Dict data,
    const struct face_bytes *fb, struct render_fontcache *fc, char **buf,
    size_t *cap)
{
	HPDF_TTFontDefAttr a = def->attr;
	HPDF_UNICODE cp = 0x21;
	HPDF_STATUS st;
	struct fc_entry *e = NULL;
	unsigned char *before = NULL;
	size_t n;
	int tries = 0;

	if (fc != NULL && fb->p != NULL &&
	    (e = fontcache_find(fc, def, fb)) != NULL) {
		memcpy(a->glyph_tbl.flgs, e->after, e->nglyph);
		a->length1 = e->length1;
		e->used = 1;
		stream_deflated(data, e->data, e->ndata);
		return;
	}
	if (fc != NULL && fb->p != NULL) {
		before = xmalloc((size_t)a->num_glyphs + 1);
		memcpy(before, a->glyph_tbl.flgs, a->num_glyphs);
	}
	while ((st = HPDF_TTFontDef_SaveFontData(def, data->stream)) !=
	    HPDF_OK) {
		if (st != HPDF_INVALID_OBJECT || tries++ >= SUBSET_TRIES ||
		    !subset_grow(def, &cp)) {
			free(before);
			HPDF_RaiseError(&pdf->error, st, 0);
		}
		HPDF_ResetError(pdf);
		HPDF_MemStream_FreeData(data->stream);
	}
	n = stream_deflate(data, FONT_LEVEL, buf, cap);
	if (before != NULL)
		fontcache_add(fc, def, fb, before, *buf, n);
	free(before);
}

/*
 * The font file of def (the subset of the glyphs shown, deflated at
 * FONT_LEVEL) and its descriptor, made once, here: libharu would make
 * the subset at write time, and we once more before to try it.
 *
 * libharu 2.3.0 cannot write a subset whose last table ('prep', absent
 * or empty in unhinted fonts such as ours) is empty while the tables
 * before it fill its 4096-byte memory buffers exactly: it seeks to that
 * table's offset, the very end of the stream, where no buffer exists
 * yet, and fails with 0x1033 (HPDF_INVALID_OBJECT).  The size moves
 * with the glyphs a text uses, so about one text in 2048 hits it; then
 * one more glyph goes in (subset_grow), at most SUBSET_TRIES times, so
 * a crafted font costs no more than a few subsets.  A font file from
 * the cache comes with the glyphs the first one ended with.
 */
static void
font_file(HPDF_Doc pdf, HPDF_FontDef def, const struct face_bytes *fb,
    struct render_fontcache *fc, char **buf, size_t *cap)
{
	HPDF_TTFontDefAttr a = def->attr;
	HPDF_MMgr mm = pdf->mmgr;
	HPDF_Dict data = HPDF_DictStream_New(mm, pdf->xref), desc;
	int bad = 0;

	if (data == NULL)
		HPDF_RaiseError(&pdf->error, HPDF_FAILD_TO_ALLOC_MEM, 0);
	font_subset(pdf, def, data, fb, fc, buf, cap);
	bad += HPDF_Dict_AddNumber(data, "Length1", (HPDF_INT32)a->length1);
	bad += HPDF_Dict_AddNumber(data, "Length2", 0);
	bad += HPDF_Dict_AddNumber(data, "Length3", 0);
	if ((desc = HPDF_Dict_New(mm)) == NULL)
		HPDF_RaiseError(&pdf->error, HPDF_FAILD_TO_ALLOC_MEM, 0);
	/* the entries libharu's TrueType descriptor has */
	bad += HPDF_Xref_Add(pdf->xref, desc);
	bad += HPDF_Dict_AddName(desc, "Type", "FontDescriptor");
	bad += HPDF_Dict_AddNumber(desc, "Ascent", def->ascent);
	bad += HPDF_Dict_AddNumber(desc, "Descent", def->descent);
	bad += HPDF_Dict_AddNumber(desc, "CapHeight", def->cap_height);
	bad += HPDF_Dict_AddNumber(desc, "Flags", (HPDF_INT32)def->flags);
	bad += HPDF_Dict_Add(desc, "FontBBox", HPDF_Box_Array_New(mm,
	    def->font_bbox));
	bad += HPDF_Dict_AddName(desc, "FontName", a->base_font);
	bad += HPDF_Dict_AddNumber(desc, "ItalicAngle", def->italic_angle);
	bad += HPDF_Dict_AddNumber(desc, "StemV", def->stemv);
	bad += HPDF_Dict_AddNumber(desc, "XHeight", def->x_height);
	if (a->char_set != NULL)
		bad += HPDF_Dict_AddName(desc, "CharSet", a->char_set);
	bad += HPDF_Dict_Add(desc, "FontFile2", data);
	if (bad != 0)
		HPDF_RaiseError(&pdf->error, HPDF_FAILD_TO_ALLOC_MEM, 0);
	def->descriptor = desc;
}

void
font_files(HPDF_Doc pdf, HPDF_Font font8[FACE__MAX],
    const struct face_bytes fb[FACE__MAX], struct render_fontcache *fc,
    char **buf, size_t *cap)
{
	HPDF_FontDef done[FACE__MAX] = { NULL };
	int f, g;

	for (f = 0; f < FACE__MAX; f++) {
		if (font8[f] == NULL)
			continue;
		done[f] = ((HPDF_FontAttr)font8[f]->attr)->fontdef;
		for (g = 0; g < f && done[g] != done[f]; g++)
			;
		if (g == f)
			font_file(pdf, done[f], &fb[f], fc, buf, cap);
	}
}
