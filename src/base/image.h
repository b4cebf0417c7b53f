/* SPDX-License-Identifier: ISC */
/*
 * image.h - what naskah reads of a picture without the PDF library: its
 * kind and size, checked before anything is laid out.
 */
#ifndef NASKAH_IMAGE_H
#define NASKAH_IMAGE_H

#include <stdio.h>

/* Image properties the layout needs (read without the PDF library). */
struct naskah_image_info {
	int	width, height;		/* pixels */
};

/*
 * Probe an image file: PNG (8-bit or less) or JPEG.  Returns 0 on
 * success, else a message id (MSG_LOGO_OPEN with *why the system's
 * reason, MSG_LOGO_KIND, MSG_LOGO_16BIT, MSG_LOGO_DAMAGED,
 * MSG_LOGO_TOO_BIG).
 */
int	naskah_image_probe(const char *path, struct naskah_image_info *info,
	    const char **why);
/* The same for an image open as f, read from its current position
 * (never MSG_LOGO_OPEN). */
int	naskah_image_probe_file(FILE *f, struct naskah_image_info *info);
#endif
