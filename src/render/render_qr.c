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

void
render_qr_dest(HPDF_Doc pdf, const struct naskah_layout *l, HPDF_Page *pages)
{
	HPDF_Destination dst;
	HPDF_Dict dests;
	size_t p, i;

	for (p = 0; p < l->npage; p++)
		for (i = 0; i < l->page[p].nbox; i++) {
			const struct naskah_box *b = &l->page[p].box[i];
			double h = l->page[p].h;

			if (b->kind != BOX_QR)
				continue;
			dst = HPDF_Page_CreateDestination(pages[p]);
			HPDF_Destination_SetFitR(dst, (HPDF_REAL)b->x,
			    (HPDF_REAL)(h - b->y2), (HPDF_REAL)b->x2,
			    (HPDF_REAL)(h - b->y));
			dests = HPDF_Dict_New(pdf->mmgr);
			HPDF_Dict_Add(pdf->catalog, "Dests", dests);
			HPDF_Dict_Add(dests, "naskah.tte", dst);
			return;
		}
}
