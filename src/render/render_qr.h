/* SPDX-License-Identifier: ISC */
/*
 * render_qr.h - a QR code box (BOX_QR, issue 17) drawn with libqrencode.
 */
#ifndef NASKAH_RENDER_QR_H
#define NASKAH_RENDER_QR_H

#include <hpdf.h>

#include "layout/layout.h"

/*
 * Draw the QR code of b->text (error correction level M, bytes as they
 * are) filling b's square on page, h points high, its dark modules
 * filled in the current colour; the quiet zone around it is the
 * layout's.  Returns 1, or 0 with errno set when libqrencode cannot
 * make it (ERANGE: too long for any QR code).
 */
int	render_qr(HPDF_Page page, const struct naskah_box *b, double h);

#endif
