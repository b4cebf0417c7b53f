/* SPDX-License-Identifier: ISC */
/*
 * render_qr.c - a QR code as filled rectangles: one per run of dark
 * modules in a row, all filled at once.
 */
#include <errno.h>
#include <qrencode.h>

#include "render/render_qr.h"

int
render_qr(HPDF_Page page, const struct naskah_box *b, double h)
{
	QRcode *q;
	double m, x, y;
	int row, col, run;

	errno = 0;
	q = QRcode_encodeString8bit(b->text, 0, QR_ECLEVEL_M);
	if (q == NULL) {
		if (errno == 0)
			errno = EINVAL;
		return 0;
	}
	m = (b->x2 - b->x) / q->width;
	for (row = 0; row < q->width; row++) {
		y = h - (b->y + (row + 1) * m);
		for (col = 0; col < q->width; col += run) {
			for (run = 0; col + run < q->width &&
			    (q->data[row * q->width + col + run] & 1); run++)
				;
			if (run == 0) {
				run = 1;
				continue;
			}
			x = b->x + col * m;
			HPDF_Page_Rectangle(page, (HPDF_REAL)x, (HPDF_REAL)y,
			    (HPDF_REAL)(run * m), (HPDF_REAL)m);
		}
	}
	HPDF_Page_Fill(page);
	QRcode_free(q);
	return 1;
}
