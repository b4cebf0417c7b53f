/* SPDX-License-Identifier: ISC */
/*
 * render_pdf.c - boxes -> PDF through libharu 2.3.0; the pages' text
 * and the compressed streams are render_text.c's, the fonts'
 * render_font.c's (only these files include hpdf.h).  libharu errors are sticky, so its error handler
 * jumps back to one cleanup point in naskah_render_pdf (the jump never
 * leaves these files, and skips nothing in render_text.c that owns
 * memory of its own).
 */
#include <errno.h>
#include <setjmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <hpdf.h>
#include <hpdf_conf.h>
#include <hpdf_encrypt.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_pages.h>

#include "base/fileio.h"
#include "render/render.h"
#include "render/png8.h"
#include "render/render_embed.h"
#include "render/render_pdfa.h"
#include "render/render_font.h"
#include "render/render_qr.h"
#include "render/render_span.h"
#include "render/render_text.h"
#include "base/utf8.h"
#include "base/xalloc.h"

/* The longest string shown at once: well below libharu's 65535 bytes. */
#define SHOW_MAX	16384
/* The zlib level of the pages' content (see stream_deflate; the font
 * files' is render_font.c's, libharu's other streams, small, are at
 * 6). */
#ifndef CONTENT_LEVEL
#define CONTENT_LEVEL	3
#endif
/* libharu's longest array, and the pages under one node beyond it. */
#define PAGES_MAX	32767
#define PAGES_NODE	4096

struct loaded {
	const char	*path;
	HPDF_Image	 image;
};

struct render {
	jmp_buf		 fail;
	HPDF_STATUS	 err, detail;
	HPDF_Doc	 pdf;
	const char	*name[FACE__MAX];	/* loaded font, libharu's name */
	HPDF_Font	 font8[FACE__MAX];	/* CP1252: almost every text */
	HPDF_Font	 font16[FACE__MAX];	/* UTF-8, made on first need */
	struct face_bytes fb[FACE__MAX];	/* what font8 was loaded from */
	char		*buf;			/* a text in CP1252 */
	size_t		 capbuf;
	char		*piece;			/* a part of a text shown */
	size_t		 cappiece;
	struct loaded	*img;		/* images loaded so far */
	size_t		 nimg;
	size_t		 capimg;
	const char	*bad_path;	/* a file that is not what the */
	const char	*bad_why;	/* layout checked, and why */
	const char	*bad_qr;	/* a QR code's text libqrencode
					   refused (issue 17) */
	struct textw	 tw;		/* the text of the page drawn */
	int		 pdfa;		/* issue 17: PDF/A (render_pdfa.c) */
	struct pdfa_doc	 xmp;		/* and its information, as Info */
	char		*kept[4], date[24];	/* owned: xmp's texts */
};

static void
on_error(HPDF_STATUS e, HPDF_STATUS detail, void *user)
{
	struct render *r = user;

	r->err = e;
	r->detail = detail;
	longjmp(r->fail, 1);
}

/*
 * libharu's ToUnicode CMap for UTF-8 fonts is its encoding CMap
 * (begincidrange), which a ToUnicode map may not use.  Replace it with
 * an identity map (CID = Unicode here) in 256 bfrange entries.
 */
static void
fix_tounicode(HPDF_Font font)
{
	HPDF_Stream s = ((HPDF_FontAttr)font->attr)->cmap_stream->stream;
	char line[48];
	int blk, i, n;

	HPDF_MemStream_FreeData(s);
	HPDF_Stream_WriteStr(s, "/CIDInit /ProcSet findresource begin\n"
	    "12 dict begin\nbegincmap\n"
	    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) "
	    "/Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n"
	    "/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n"
	    "endcodespacerange\n");
	for (blk = 0; blk < 256; blk += 100) {
		n = blk + 100 > 256 ? 256 - blk : 100;
		snprintf(line, sizeof(line), "%d beginbfrange\n", n);
		HPDF_Stream_WriteStr(s, line);
		for (i = blk; i < blk + n; i++) {
			snprintf(line, sizeof(line), "<%02X00> <%02XFF> <%02X00>\n",
			    i, i, i);
			HPDF_Stream_WriteStr(s, line);
		}
		HPDF_Stream_WriteStr(s, "endbfrange\n");
	}
	HPDF_Stream_WriteStr(s, "endcmap\nCMapName currentdict /CMap "
	    "defineresource pop\nend\nend\n");
}

/* Unicode -> Windows-1252 for 0x80-0x9F (0 where it has none). */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/*
 * s (UTF-8) in Windows-1252 into r->buf; 0 when a character has no
 * code there.  Nearly all Indonesian text has one.
 */
static int
to_cp1252(struct render *r, const char *s)
{
	size_t n = strlen(s), i = 0, o = 0, k;
	uint32_t cp;
	int c;

	r->buf = xgrow(r->buf, &r->capbuf, n + 1, 1);
	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		if (k == 0)
			return 0;
		i += k;
		if (cp == 0xAD)
			return 0;	/* the code 0xAD stands for U+2010 */
		if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
			r->buf[o++] = (char)cp;
			continue;
		}
		if (cp == 0x2010) {
			/* HYPHEN (the page number's): the soft hyphen's code,
			 * which the layout never draws, with the same glyph
			 * shape; the ToUnicode map gives it back as U+2010 */
			r->buf[o++] = (char)0xAD;
			continue;
		}
		for (c = 0; c < 32 && cp1252_high[c] != cp; c++)
			;
		if (c == 32 || cp == 0)
			return 0;
		r->buf[o++] = (char)(0x80 + c);
	}
	r->buf[o] = '\0';
	return 1;
}

/*
 * A ToUnicode map for a CP1252 font: identity for ASCII and Latin-1,
 * the table above for 0x80-0x9F, 0xAD for U+2010, so every reader
 * copies text out right, not only those that know WinAnsiEncoding.
 */
static void
tounicode_cp1252(struct render *r, HPDF_Font font)
{
	HPDF_Dict st = HPDF_DictStream_New(r->pdf->mmgr, r->pdf->xref);
	char line[48];
	int c, n = 0;

	st->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	HPDF_Stream_WriteStr(st->stream, "/CIDInit /ProcSet findresource "
	    "begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry "
	    "(Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName "
	    "/Adobe-Identity-UCS def\n/CMapType 2 def\n1 "
	    "begincodespacerange\n<00> <FF>\nendcodespacerange\n"
	    "3 beginbfrange\n<20> <7E> <0020>\n<A0> <AC> <00A0>\n"
	    "<AE> <FF> <00AE>\nendbfrange\n");
	for (c = 0; c < 32; c++)
		n += cp1252_high[c] != 0;
	snprintf(line, sizeof(line), "%d beginbfchar\n<AD> <2010>\n", n + 1);
	HPDF_Stream_WriteStr(st->stream, line);
	for (c = 0; c < 32; c++)
		if (cp1252_high[c] != 0) {
			snprintf(line, sizeof(line), "<%02X> <%04X>\n", 0x80 + c,
			    cp1252_high[c]);
			HPDF_Stream_WriteStr(st->stream, line);
		}
	HPDF_Stream_WriteStr(st->stream, "endbfchar\nendcmap\nCMapName "
	    "currentdict /CMap defineresource pop\nend\nend\n");
	HPDF_Dict_Add(font, "ToUnicode", st);
}

/* Load the face files the layout uses, each once, with a CP1252 font
 * for each; UTF-8 ones come later, only if a text needs one. */
static void
load_fonts(struct render *r, const struct naskah_layout *l,
    const char *const path[4])
{
	int used[FACE__MAX] = { 0 }, f, g;
	size_t p, b;

	used[FACE_REGULAR] = 1;
	for (p = 0; p < l->npage; p++)
		for (b = 0; b < l->page[p].nbox; b++)
			if (l->page[p].box[b].kind == BOX_TEXT)
				used[l->page[p].box[b].face] = 1;
	for (f = 0; f < FACE__MAX; f++) {
		const char *pf = path[f] ? path[f] : path[FACE_REGULAR];

		if (!used[f])
			continue;
		for (g = 0; g < f; g++) {
			const char *pg = path[g] ? path[g] : path[FACE_REGULAR];

			if (r->name[g] != NULL && strcmp(pg, pf) == 0)
				break;
		}
		if (g < f) {
			r->name[f] = r->name[g];
			r->font8[f] = r->font8[g];
			continue;
		}
		r->name[f] = font_load(r->pdf, pf, &r->fb[f]);
		r->font8[f] = HPDF_GetFont(r->pdf, r->name[f], "CP1252");
		tounicode_cp1252(r, r->font8[f]);
	}
}

/* The UTF-8 font of face f (for text beyond CP1252), made once. */
static HPDF_Font
font16(struct render *r, enum naskah_face f)
{
	int g;

	if (r->font16[f] != NULL)
		return r->font16[f];
	for (g = 0; g < FACE__MAX; g++)
		if (g != (int)f && r->font16[g] != NULL &&
		    r->name[g] == r->name[f])
			return r->font16[f] = r->font16[g];
	r->font16[f] = HPDF_GetFont(r->pdf, r->name[f], "UTF-8");
	fix_tounicode(r->font16[f]);
	return r->font16[f];
}

/*
 * s, or its first SHOW_MAX bytes cut between UTF-8 characters (in
 * r->piece, valid until the next use): for the document information
 * and bookmarks, where libharu refuses 65536 bytes (0x105B) and a
 * viewer shows a line at most.
 */
static const char *
fit(struct render *r, const char *s)
{
	size_t k = SHOW_MAX;

	if (strlen(s) <= SHOW_MAX)
		return s;
	while (k > 1 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	r->piece = xgrow(r->piece, &r->cappiece, k + 1, 1);
	memcpy(r->piece, s, k);
	r->piece[k] = '\0';
	return r->piece;
}

/* The most bytes an image file may have (the decoded bound of image.c
 * is the same: no compressed picture is larger than it decodes). */
#define IMAGE_FILE_MAX	(64UL * 1024 * 1024)

/*
 * The bytes of the image at path, read once and probed again: the file
 * the PDF gets is the one that passes the checks, even if path was
 * replaced since the layout probed it (by a FIFO, a larger picture).
 * NULL with *why set otherwise.
 */
static unsigned char *
image_bytes(const char *path, size_t *len, const char **why)
{
	struct naskah_image_info info;
	unsigned char *data, *d8;
	size_t n8;
	FILE *f;
	int fd, err;

	*len = 0;
	if ((fd = naskah_open_regular(path, &err)) < 0) {
		*why = naskah_file_error(err);
		return NULL;
	}
	data = naskah_fd_read(fd, IMAGE_FILE_MAX, len);
	close(fd);
	*why = "it changed after it was checked";
	if (data == NULL || *len > IMAGE_FILE_MAX ||
	    (f = fmemopen(data, *len, "rb")) == NULL) {
		free(data);
		return NULL;
	}
	err = naskah_image_probe_file(f, &info);
	fclose(f);
	if (err != 0) {
		free(data);
		return NULL;
	}
	/* libharu leaves bytes of a PNG under 8 bits uninitialised */
	if (data[0] != 0xFF && (d8 = naskah_png_depth8(data, *len, &n8)) !=
	    NULL) {
		free(data);
		data = d8;
		*len = n8;
	}
	return data;
}

/* The image at path, loaded once per document. */
static HPDF_Image
image(struct render *r, const char *path)
{
	struct loaded l;
	unsigned char *data;
	size_t i, len;

	for (i = 0; i < r->nimg; i++)
		if (strcmp(r->img[i].path, path) == 0)
			return r->img[i].image;
	if ((data = image_bytes(path, &len, &r->bad_why)) == NULL) {
		r->bad_path = path;
		longjmp(r->fail, 1);
	}
	l.path = path;
	/* probed: JPEG starts with 0xFF, PNG otherwise; libharu copies */
	l.image = data[0] == 0xFF ? HPDF_LoadJpegImageFromMem(r->pdf, data,
	    (HPDF_UINT)len) : HPDF_LoadPngImageFromMem(r->pdf, data,
	    (HPDF_UINT)len);
	free(data);
	VEC_PUSH(r->img, r->nimg, r->capimg, l);
	return l.image;
}

/* Rules and images of page pg (height h), before its text. */
static void
draw_graphics(struct render *r, HPDF_Page page,
    const struct naskah_page *pg, double h)
{
	double curlw = -1;
	size_t i;

	for (i = 0; i < pg->nbox; i++) {
		const struct naskah_box *b = &pg->box[i];

		if (b->kind == BOX_RULE) {
			if (b->size != curlw) {
				HPDF_Page_SetLineWidth(page, (HPDF_REAL)b->size);
				curlw = b->size;
			}
			HPDF_Page_MoveTo(page, (HPDF_REAL)b->x,
			    (HPDF_REAL)(h - b->y));
			HPDF_Page_LineTo(page, (HPDF_REAL)b->x2,
			    (HPDF_REAL)(h - b->y2));
			HPDF_Page_Stroke(page);
		} else if (b->kind == BOX_IMAGE)
			HPDF_Page_DrawImage(page, image(r, b->text),
			    (HPDF_REAL)b->x, (HPDF_REAL)(h - b->y2),
			    (HPDF_REAL)(b->x2 - b->x), (HPDF_REAL)(b->y2 - b->y));
		else if (b->kind == BOX_QR && !render_qr(page, b, h)) {
			if (errno == ENOMEM)
				xalloc_oom();
			r->bad_qr = b->text;
			r->bad_why = strerror(errno);
			longjmp(r->fail, 1);
		}
	}
}

/*
 * Whether text box b, the next piece of the line whose words not yet
 * shown are *rest, follows a space there; advances *rest past b, or
 * sets it NULL when b does not spell what comes next (no more spaces
 * are claimed on that line then).
 */
static int
line_gap(const char **rest, const struct naskah_box *b)
{
	const char *t = *rest;
	size_t n = strlen(b->text);
	int gap;

	if (t == NULL)
		return 0;
	gap = *t == ' ';
	while (*t == ' ')
		t++;
	if (strncmp(t, b->text, n) != 0) {
		*rest = NULL;
		return 0;
	}
	*rest = t + n;
	return gap;
}

/* Watermark b (a draft's KONSEP) in a text object of its own, light
 * grey, its baseline turned from (x, y) towards (x2, y2). */
static void
draw_watermark(struct render *r, HPDF_Page page, const struct naskah_box *b,
    double h)
{
	double dx = b->x2 - b->x, dy = -(b->y2 - b->y), n = hypot(dx, dy);
	char tm[160];

	if (n <= 0)
		return;
	textw_begin(&r->tw, page);
	textw_raw(&r->tw, "0.8 g\n");
	snprintf(tm, sizeof(tm), "%.4f %.4f %.4f %.4f %.3f %.3f Tm\n",
	    dx / n, dy / n, -dy / n, dx / n, b->x, h - b->y);
	if (to_cp1252(r, b->text)) {
		textw_font(&r->tw, r->font8[b->face], b->size, 0, 1);
		textw_raw(&r->tw, tm);
		textw_show8(&r->tw, 0, 0, r->buf, strlen(r->buf), 0);
	} else {
		textw_font(&r->tw, font16(r, b->face), b->size, 0, 1);
		textw_raw(&r->tw, tm);
		textw_show16(&r->tw, 0, 0, b->text, SHOW_MAX);
	}
	textw_raw(&r->tw, "0 g\n");
	textw_end(&r->tw);
}

static HPDF_Page
draw_page(struct render *r, const struct naskah_page *pg, double w, double h)
{
	HPDF_Page page = HPDF_AddPage(r->pdf);
	struct spans sp = { NULL, 0, 0 };
	const char *rest = NULL;	/* the current line's words */
	size_t i, si = 0, line = 0, prevline = 0;
	double prevy = 0;
	int intext = 0, gap, same;

	HPDF_Page_SetWidth(page, (HPDF_REAL)w);
	HPDF_Page_SetHeight(page, (HPDF_REAL)h);
	/* a draft's mark under everything (issue 17) */
	for (i = 0; i < pg->nbox; i++)
		if (pg->box[i].kind == BOX_WATERMARK)
			draw_watermark(r, page, &pg->box[i], h);
	/* rules and images first, then all text in one text object */
	draw_graphics(r, page, pg, h);
	spans_broken_words(pg, &sp);
	for (i = 0; i < pg->nbox; i++) {
		const struct naskah_box *b = &pg->box[i];
		HPDF_Font want;

		if (b->kind == BOX_LINE) {
			rest = b->text;
			line = i + 1;
		}
		if (b->kind != BOX_TEXT)
			continue;
		if (!intext) {
			textw_begin(&r->tw, page);
			intext = 1;
		}
		gap = line_gap(&rest, b);
		same = line != 0 && line == prevline && b->y == prevy;
		prevline = line;
		prevy = b->y;
		if (gap && same)
			textw_space(&r->tw);
		if (si < sp.n && sp.v[si].first == i)
			textw_span(&r->tw, sp.v[si].whole);
		want = to_cp1252(r, b->text) ? r->font8[b->face] :
		    font16(r, b->face);
		textw_font(&r->tw, want, b->size, b->tracking, 1 + b->expand);
		if (want == r->font8[b->face])
			textw_show8(&r->tw, b->x, h - b->y, r->buf,
			    strlen(r->buf), same);
		else
			textw_show16(&r->tw, b->x, h - b->y, b->text, SHOW_MAX);
		if (si < sp.n && sp.v[si].last == i)
			textw_raw(&r->tw, "EMC\n");
		while (si < sp.n && sp.v[si].last <= i)
			si++;
	}
	if (intext)
		textw_end(&r->tw);
	for (i = 0; i < sp.n; i++)
		free(sp.v[i].whole);
	free(sp.v);
	return page;
}

/* Bookmark levels: a chapter and three levels of sections. */
#define OUTLINE_DEPTH 4

/*
 * Page labels, bookmarks and links: what a book has and a decree alone
 * does not.  Labels are written only when the numbering is not simply
 * 1, 2, 3 ...
 */
static void
navigation(struct render *r, const struct naskah_layout *l, HPDF_Page *pages)
{
	static const HPDF_PageNumStyle style[LABEL__MAX] = {
		[LABEL_ARABIC] = HPDF_PAGE_NUM_STYLE_DECIMAL,
		[LABEL_ROMAN] = HPDF_PAGE_NUM_STYLE_LOWER_ROMAN,
	};
	HPDF_Outline parent[OUTLINE_DEPTH] = { NULL }, o;
	HPDF_Destination dst;
	HPDF_Annotation a;
	HPDF_Rect rect;
	size_t p, i;
	int plain = 1, lv, k;

	for (p = 0; p < l->npage; p++)
		if (l->page[p].label != LABEL_ARABIC ||
		    l->page[p].number != (int)p + 1)
			plain = 0;
	for (p = 0; !plain && p < l->npage; p++)
		if (p == 0 || l->page[p].label != l->page[p - 1].label ||
		    l->page[p].number != l->page[p - 1].number + 1)
			HPDF_AddPageLabel(r->pdf, (HPDF_UINT)p,
			    style[l->page[p].label], (HPDF_UINT)l->page[p].number,
			    "");
	for (i = 0; i < l->noutline; i++) {
		const struct naskah_outline *ol = &l->outline[i];

		lv = ol->level < 0 ? 0 : ol->level < OUTLINE_DEPTH ?
		    ol->level : OUTLINE_DEPTH - 1;
		while (lv > 0 && parent[lv - 1] == NULL)
			lv--;		/* under the nearest heading above */
		o = HPDF_CreateOutline(r->pdf, lv > 0 ? parent[lv - 1] : NULL,
		    "", NULL);
		HPDF_Dict_Add(o, "Title", text_string(r->pdf->mmgr, &r->buf, &r->capbuf, fit(r, ol->title)));
		dst = HPDF_Page_CreateDestination(pages[ol->page]);
		HPDF_Destination_SetXYZ(dst, 0,
		    (HPDF_REAL)(l->page[ol->page].h - ol->y), 1);
		HPDF_Outline_SetDestination(o, dst);
		parent[lv] = o;
		for (k = lv + 1; k < OUTLINE_DEPTH; k++)
			parent[k] = NULL;
	}
	if (l->noutline > 0)
		HPDF_SetPageMode(r->pdf, HPDF_PAGE_MODE_USE_OUTLINE);
	for (i = 0; i < l->nlink; i++) {
		const struct naskah_link *lk = &l->link[i];
		double h = l->page[lk->page].h;

		dst = HPDF_Page_CreateDestination(pages[lk->target]);
		rect.left = (HPDF_REAL)lk->x;
		rect.right = (HPDF_REAL)lk->x2;
		rect.top = (HPDF_REAL)(h - lk->y);
		rect.bottom = (HPDF_REAL)(h - lk->y2);
		a = HPDF_Page_CreateLinkAnnot(pages[lk->page], rect, dst);
		HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
		if (r->pdfa)	/* PDF/A: printed as the page is */
			HPDF_Dict_AddNumber(a, "F", 4);
	}
}

/* The information entry key (type) as the text string s. */
static void
info_text(struct render *r, HPDF_InfoType type, const char *key,
    const char *s)
{
	HPDF_SetInfoAttr(r->pdf, type, "");	/* makes the dictionary */
	HPDF_Dict_Add(r->pdf->info, key, text_string(r->pdf->mmgr, &r->buf, &r->capbuf, s));
}

/* What of box b the file identifier is derived from: its text; of a
 * picture, the last part of its path, so that the same files give the
 * same PDF wherever they are (issue 17: extracted elsewhere). */
static const char *
id_text(const struct naskah_box *b)
{
	const char *s;

	if (b->kind != BOX_IMAGE || (s = strrchr(b->text, '/')) == NULL)
		return b->text;
	return s + 1;
}

/* The information entry key (type) as s (NULL: none), cut as shown;
 * for the XMP of a PDF/A it is kept as r->kept[i] and returned (else
 * NULL). */
static const char *
info_kept(struct render *r, HPDF_InfoType type, const char *key, int i,
    const char *s)
{
	if (s == NULL)
		return NULL;
	s = fit(r, s);
	info_text(r, type, key, s);
	return r->pdfa ? (r->kept[i] = xstrdup(s)) : NULL;
}

static void
set_info(struct render *r, const struct naskah_layout *l,
    const struct naskah_info *info)
{
	r->xmp.title = info_kept(r, HPDF_INFO_TITLE, "Title", 0, info->title);
	r->xmp.subject = info_kept(r, HPDF_INFO_SUBJECT, "Subject", 1,
	    info->subject);
	r->xmp.author = info_kept(r, HPDF_INFO_AUTHOR, "Author", 2,
	    info->author);
	r->xmp.keywords = info_kept(r, HPDF_INFO_KEYWORDS, "Keywords", 3,
	    info->keywords);
	r->xmp.creator = "naskah";
	r->xmp.producer = "naskah " NASKAH_VERSION;
	info_text(r, HPDF_INFO_CREATOR, "Creator", "naskah");
	info_text(r, HPDF_INFO_PRODUCER, "Producer", "naskah " NASKAH_VERSION);
	if (info->has_date) {
		HPDF_Date dt;

		memset(&dt, 0, sizeof(dt));
		dt.year = info->date.year;
		dt.month = info->date.month;
		dt.day = info->date.day;
		dt.ind = 'Z';
		HPDF_SetInfoDateAttr(r->pdf, HPDF_INFO_CREATION_DATE, dt);
		HPDF_SetInfoDateAttr(r->pdf, HPDF_INFO_MOD_DATE, dt);
		snprintf(r->date, sizeof(r->date), "%04d-%02d-%02dT00:00:00Z",
		    dt.year, dt.month, dt.day);
		r->xmp.date = r->date;
	}
	/* a file identifier derived from what the pages show (so files
	 * it includes count, and two documents from one YAML differ),
	 * never from the clock */
	{
		HPDF_MD5_CTX md5;
		HPDF_BYTE digest[16];
		HPDF_Array id = HPDF_Array_New(r->pdf->mmgr);
		size_t p, k;

		HPDF_MD5Init(&md5);
		HPDF_MD5Update(&md5, (const HPDF_BYTE *)info->seed,
		    (HPDF_UINT32)info->seedlen);
		for (p = 0; p < l->npage; p++)
			for (k = 0; k < l->page[p].nbox; k++) {
				const struct naskah_box *b = &l->page[p].box[k];
				const double v[4] = { b->x, b->y, b->x2, b->y2 };
				HPDF_BYTE q[2 + 4 * 4];
				int i, j;

				/* kind, face and the coordinates in
				 * hundredths of a point, 32 bits
				 * little-endian (MD5 costs by the byte),
				 * the same bytes on every machine */
				q[0] = (HPDF_BYTE)b->kind;
				q[1] = (HPDF_BYTE)b->face;
				for (i = 0; i < 4; i++) {
					long h = fabs(v[i]) < 2e7 ?
					    lround(v[i] * 100) : 0;

					for (j = 0; j < 4; j++)
						q[2 + 4 * i + j] = (HPDF_BYTE)
						    ((unsigned long)h >>
						    (8 * j));
				}
				HPDF_MD5Update(&md5, q, sizeof(q));
				if (b->text != NULL)
					HPDF_MD5Update(&md5,
					    (const HPDF_BYTE *)id_text(b),
					    (HPDF_UINT32)strlen(id_text(b)));
			}
		HPDF_MD5Final(digest, &md5);
		HPDF_Dict_Add(r->pdf->trailer, "ID", id);
		HPDF_Array_Add(id, HPDF_Binary_New(r->pdf->mmgr, digest, 16));
		HPDF_Array_Add(id, HPDF_Binary_New(r->pdf->mmgr, digest, 16));
	}
}

/* The finished PDF from libharu's memory stream to the sink, in
 * pieces of 64 KiB but the last, copied straight from the stream's
 * buffers (libharu's reader copies byte by byte); 0 when the sink
 * fails. */
static int
copy_out(HPDF_Doc pdf, naskah_write_fn write, void *arg)
{
	HPDF_BYTE buf[65536], *p;
	HPDF_UINT i, n, len, k, fill = 0;

	if (pdf->stream == NULL || pdf->stream->type != HPDF_STREAM_MEMORY)
		HPDF_RaiseError(&pdf->error, HPDF_INVALID_STREAM, 0);
	n = HPDF_MemStream_GetBufCount(pdf->stream);
	for (i = 0; i < n; i++) {
		if ((p = HPDF_MemStream_GetBufPtr(pdf->stream, i, &len)) ==
		    NULL)
			HPDF_RaiseError(&pdf->error, HPDF_INVALID_STREAM, 0);
		while (len > 0) {
			k = len < sizeof(buf) - fill ? len :
			    (HPDF_UINT)sizeof(buf) - fill;
			memcpy(buf + fill, p, k);
			fill += k;
			p += k;
			len -= k;
			if (fill == sizeof(buf)) {
				if (write(arg, buf, fill) != 0)
					return 0;
				fill = 0;
			}
		}
	}
	return fill == 0 || write(arg, buf, fill) == 0;
}

int
naskah_render_pdf(const struct naskah_layout *l, const struct naskah_info *info,
    const char *const font_path[4], struct render_fontcache *fc,
    naskah_write_fn write, void *arg, struct naskah_diag *d)
{
	struct render *r = xcalloc(1, sizeof(*r));
	struct naskah_pos none = { 0, 0, NULL };
	/* volatile: set after setjmp, read after a longjmp back to it */
	volatile int ok = 0;
	HPDF_Page *pages = xcalloc(l->npage ? l->npage : 1, sizeof(*pages));
	HPDF_Array af;
	size_t p;
	int f;

	r->pdfa = info->pdfa && info->icc != NULL;
	r->pdf = HPDF_New(on_error, r);
	if (r->pdf == NULL) {
		xalloc_oom();
	}
	if (setjmp(r->fail)) {
		if (r->bad_qr != NULL)
			naskah_diag(d, SEV_ERROR, none, MSG_TTE_QR, r->bad_qr,
			    r->bad_why);
		else if (r->bad_path != NULL)
			naskah_diag(d, SEV_SYSTEM, none, MSG_READ, r->bad_path,
			    r->bad_why);
		else
			naskah_diag(d, SEV_SYSTEM, none, MSG_PDF,
			    (unsigned)r->err, (unsigned)r->detail);
		ok = 0;
		goto out;
	}
	HPDF_SetCompressionMode(r->pdf, HPDF_COMP_ALL);
	/* libharu puts every page in one array of at most 32767 (0x1001
	 * beyond); a longer document gets a tree of 4096 pages a node */
	if (l->npage >= PAGES_MAX)
		HPDF_SetPagesConfiguration(r->pdf, PAGES_NODE);
	HPDF_UseUTFEncodings(r->pdf);	/* the encoder made on first need */
	load_fonts(r, l, font_path);
	for (p = 0; p < l->npage; p++)
		pages[p] = draw_page(r, &l->page[p], l->page[p].w,
		    l->page[p].h);
	for (p = 0; p < l->npage; p++)
		stream_deflate(((HPDF_PageAttr)pages[p]->attr)->contents,
		    CONTENT_LEVEL, &r->buf, &r->capbuf);
	navigation(r, l, pages);
	render_qr_dest(r->pdf, l, pages);	/* issue 17: for naskah sign */
	set_info(r, l, info);
	af = r->pdfa && info->nembed > 0 ? HPDF_Array_New(r->pdf->mmgr) : NULL;
	embed_files(r->pdf, info->embed, info->nembed, af, &r->buf,
	    &r->capbuf);
	r->xmp.icc = info->icc;
	if (r->pdfa && pdfa_finish(r->pdf, &r->xmp, af, &r->bad_path,
	    &r->bad_why) < 0)
		longjmp(r->fail, 1);
	font_files(r->pdf, r->font8, r->fb, fc, &r->buf, &r->capbuf);
	HPDF_SaveToStream(r->pdf);
	ok = copy_out(r->pdf, write, arg) ? 1 : -1;
out:
	fontcache_prune(fc);
	HPDF_Free(r->pdf);
	for (f = 0; f < FACE__MAX; f++)
		free(r->fb[f].p);
	free(pages);
	free(r->img);
	free(r->buf);
	free(r->piece);
	textw_free(&r->tw);
	for (f = 0; f < 4; f++)
		free(r->kept[f]);
	free(r);
	return ok;
}
