/*
 * image.c - probe a logo file (PNG or JPEG) without the PDF library:
 * its kind, size in pixels, and the PNG kinds libharu 2.3.0 mishandles.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "layout.h"

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

static int
probe_jpeg(FILE *f, struct naskah_image_info *info, const char **why)
{
	unsigned char h[9];
	int c;
	unsigned len;

	/* walk the markers up to the first SOFn */
	for (;;) {
		while ((c = fgetc(f)) != EOF && c != 0xFF)
			;
		while (c == 0xFF)
			c = fgetc(f);
		if (c == EOF)
			break;
		if (c == 0xD8 || (c >= 0xD0 && c <= 0xD7) || c == 0x01)
			continue;
		if (fread(h, 1, 2, f) != 2)
			break;
		len = be16(h);
		if (len < 2)
			break;
		if (c >= 0xC0 && c <= 0xCF && c != 0xC4 && c != 0xC8 &&
		    c != 0xCC) {
			if (fread(h, 1, 5, f) != 5)
				break;
			info->height = (int)be16(h + 1);
			info->width = (int)be16(h + 3);
			if (info->width <= 0 || info->height <= 0)
				break;
			return 0;
		}
		if (fseek(f, (long)len - 2, SEEK_CUR) != 0)
			break;
	}
	(void)why;
	return MSG_LOGO_DAMAGED;
}

int
naskah_image_probe(const char *path, struct naskah_image_info *info,
    const char **why)
{
	static const unsigned char png[8] = { 0x89, 'P', 'N', 'G', '\r', '\n',
	    0x1A, '\n' };
	unsigned char h[33];
	FILE *f;
	int rc = 0;

	memset(info, 0, sizeof(*info));
	*why = "";
	if ((f = fopen(path, "rb")) == NULL) {
		*why = strerror(errno);
		return MSG_LOGO_OPEN;
	}
	if (fread(h, 1, 3, f) != 3) {
		rc = MSG_LOGO_KIND;
	} else if (h[0] == 0xFF && h[1] == 0xD8 && h[2] == 0xFF) {
		rewind(f);
		rc = probe_jpeg(f, info, why);
	} else if (fread(h + 3, 1, 30, f) == 30 && memcmp(h, png, 8) == 0 &&
	    memcmp(h + 12, "IHDR", 4) == 0) {
		info->width = (int)be32(h + 16);
		info->height = (int)be32(h + 20);
		if (h[24] == 16)
			rc = MSG_LOGO_16BIT;
		else if (info->width <= 0 || info->height <= 0 ||
		    info->width > 20000 || info->height > 20000)
			rc = MSG_LOGO_DAMAGED;
	} else
		rc = MSG_LOGO_KIND;
	fclose(f);
	return rc;
}
