/* SPDX-License-Identifier: ISC */
/*
 * fuzz_image.c - libFuzzer entry point over the logo probe (image.c):
 * any bytes are probed as a PNG or JPEG logo.  An image the probe
 * accepts then goes to libharu as render_pdf.c gives it, drawn and
 * written out to memory: the probe exists to refuse what libharu and
 * libpng would crash or abort on, so whatever it passes must load.
 */
#include <stdint.h>
#include <string.h>

#include <hpdf.h>

#include "layout/layout.h"
#include "scratch.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
through_libharu(const char *path, int jpeg)
{
	int failed = 0;
	HPDF_Doc pdf = HPDF_New(scratch_hpdf_error, &failed);
	HPDF_Page page;
	HPDF_Image img;

	if (pdf == NULL)
		return;
	HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
	page = HPDF_AddPage(pdf);
	img = jpeg ? HPDF_LoadJpegImageFromFile(pdf, path) :
	    HPDF_LoadPngImageFromFile(pdf, path);
	if (!failed && img != NULL) {
		HPDF_Page_DrawImage(page, img, 10, 10, 60, 60);
		if (!failed)
			HPDF_SaveToStream(pdf);
	}
	HPDF_Free(pdf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = scratch_write(".img", data, size), *why = "";
	struct naskah_image_info info;

	if (naskah_image_probe(path, &info, &why) != 0)
		return 0;
	if (info.width <= 0 || info.height <= 0)
		__builtin_trap();	/* accepted without a size */
	through_libharu(path, size > 0 && data[0] == 0xFF);
	return 0;
}
