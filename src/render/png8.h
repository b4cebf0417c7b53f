/* SPDX-License-Identifier: ISC */
/*
 * png8.h - PNG pictures of fewer than 8 bits a pixel widened to 8 bits
 * for the PDF library, which takes 8 bits only.
 */
#ifndef NASKAH_PNG8_H
#define NASKAH_PNG8_H

#include <stddef.h>

/*
 * A probed PNG of 1, 2 or 4 bits a pixel (grey or palette) as the same
 * picture at 8 bits, in a new buffer of *outlen bytes; NULL when png is
 * of another depth (use it as it is) or cannot be decoded.
 */
unsigned char *naskah_png_depth8(const unsigned char *png, size_t len,
	    size_t *outlen);


#endif
