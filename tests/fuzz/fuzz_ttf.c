/* SPDX-License-Identifier: ISC */
/*
 * fuzz_ttf.c - libFuzzer entry point over the TrueType reader (ttf.c):
 * any bytes are read as a font, as naskah_fontset_load does for a
 * document's huruf:, and every query layout makes is asked of it.  A
 * font the reader accepts then goes to libharu as render_pdf.c gives
 * it (embedded, CP1252 and UTF-8), written out to memory: the reader
 * must refuse what libharu cannot take safely.
 */
#include <stdint.h>
#include <string.h>

#include <hpdf.h>

#include "scratch.h"
#include "font/ttf.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* What render_pdf.c does with a face: load, embed, both encodings, a
 * line of text in each, save. */
static void
through_libharu(const char *path)
{
	int failed = 0;
	HPDF_Doc pdf = HPDF_New(scratch_hpdf_error, &failed);
	HPDF_Page page;
	HPDF_Font f8, f16;
	const char *name;

	if (pdf == NULL)
		return;
	HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
	HPDF_UseUTFEncodings(pdf);
	HPDF_SetCurrentEncoder(pdf, "UTF-8");
	page = HPDF_AddPage(pdf);
	name = HPDF_LoadTTFontFromFile(pdf, path, HPDF_TRUE);
	if (failed || name == NULL)
		goto out;
	f8 = HPDF_GetFont(pdf, name, "CP1252");
	f16 = HPDF_GetFont(pdf, name, "UTF-8");
	if (failed || f8 == NULL || f16 == NULL)
		goto out;
	HPDF_Page_BeginText(page);
	HPDF_Page_SetFontAndSize(page, f8, 12);
	HPDF_Page_ShowText(page, "Keputusan Camat \xe9");
	HPDF_Page_SetFontAndSize(page, f16, 12);
	HPDF_Page_ShowText(page, "Keputusan \xe2\x80\x9c\xc3\xa9\xe2\x80\x9d");
	HPDF_Page_EndText(page);
	if (!failed)
		HPDF_SaveToStream(pdf);
out:
	HPDF_Free(pdf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint32_t probe[] = { 0, ' ', 'A', 'a', 0xE9, 0xFF,
	    0x100, 0x2013, 0x201C, 0x20AC, 0xFFFD, 0xFFFF, 0x10000,
	    0x1F600, 0x10FFFF, 0x110000, 0xFFFFFFFF };
	const char *path = scratch_write(".ttf", data, size), *err = "";
	const char *paths[4] = { path, NULL, NULL, NULL };
	struct naskah_fontset fs;
	struct naskah_metrics m;
	size_t i, j;
	int which = 0, io = 0, sum = 0;

	if (!naskah_fontset_load(&fs, paths, &which, &err, &io))
		return 0;
	naskah_fontset_metrics(&fs, &m);
	sum += m.ascent + m.descent + m.cap_height;
	for (i = 0; i < 0x250; i++)
		sum += m.width(m.ctx, (enum naskah_face)(i % 4), (uint32_t)i);
	for (i = 0; i < sizeof(probe) / sizeof(probe[0]); i++) {
		sum += m.width(m.ctx, FACE_REGULAR, probe[i]);
		for (j = 0; j < sizeof(probe) / sizeof(probe[0]); j++)
			sum += m.kern(m.ctx, FACE_BOLD, probe[i], probe[j]);
	}
	for (i = 'A'; i <= 'z'; i++)
		for (j = 'A'; j <= 'z'; j++)
			sum += m.kern(m.ctx, FACE_REGULAR, (uint32_t)i,
			    (uint32_t)j);
	/* a code point from the input, beyond the ones above */
	if (size >= 4) {
		uint32_t cp;

		memcpy(&cp, data + size - 4, 4);
		sum += m.width(m.ctx, FACE_ITALIC, cp);
	}
	(void)m.name(m.ctx, FACE_BOLDITALIC);
	naskah_fontset_free(&fs);
	through_libharu(path);
	return sum == 0x7fffffff;	/* keep the queries */
}
