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

/*
 * Where the first QR code of l is (the TTE block of the decree's
 * signature), as the named destination "naskah.tte" of pdf's catalog
 * /Dests: [page /FitR left bottom right top].  naskah sign puts its
 * signature field there.  Nothing when l has none.
 */
void	render_qr_dest(HPDF_Doc pdf, const struct naskah_layout *l,
	    HPDF_Page *pages);

#endif
