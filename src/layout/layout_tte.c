/* SPDX-License-Identifier: ISC */
/*
 * layout_tte.c - the appearance of an electronic signature (issue 17;
 * naskah.5, penandatangan.tte): the QR code of the verification
 * address where the wet signature would go, and the template's
 * statement at the foot of every page of the decree.  The QR code is a
 * box of its own (BOX_QR); its modules are the renderer's.
 */
#include <stdlib.h>
#include <string.h>

#include "base/units.h"
#include "layout/layout_int.h"
#include "base/xalloc.h"

/* Room left above and below the QR code (its quiet zone is inside). */
#define TTE_GAP		MM(3)
/* From the QR code to the words beside it. */
#define TTE_SIDE	MM(3)
/* From the paper's lower edge to the footer's last line. */
#define TTE_FOOT	MM(8)
/* The least room between the text area and the footer. */
#define TTE_ABOVE	MM(3)

/* The boxes of src, dy down, appended to it (text copied). */
static void
boxes_add(struct vitem *it, const struct vitem *src, double dy)
{
	struct naskah_box b;
	size_t k;

	for (k = 0; k < src->nbox; k++) {
		b = src->box[k];
		b.y += dy;
		b.y2 += dy;
		b.text = b.text != NULL ? xstrdup(b.text) : NULL;
		VEC_PUSH(it->box, it->nbox, it->cap, b);
	}
}

void
layout_tte_footer_free(struct vitem *it)
{
	size_t k;

	for (k = 0; k < it->nbox; k++)
		free(it->box[k].text);
	free(it->box);
	it->box = NULL;
	it->nbox = it->cap = 0;
}

double
layout_tte_mark(struct lctx *c, struct vitem *it, double x, double w,
    double y)
{
	const struct naskah_ttekata *k = &c->tpl->tte;
	double q = MM(k->qr_lebar), h;
	struct naskah_box b;
	struct vitem side;

	y += TTE_GAP;
	memset(&b, 0, sizeof(b));
	b.kind = BOX_QR;
	b.x = x;
	b.y = y;
	b.x2 = x + q;
	b.y2 = y + q;
	b.text = xstrdup(c->doc->signer.tte.tautan.s);
	VEC_PUSH(it->box, it->nbox, it->cap, b);
	if (k->keterangan != NULL && *k->keterangan != '\0' &&
	    w > q + TTE_SIDE + MM(10)) {
		/* beside it, centred on its height */
		memset(&side, 0, sizeof(side));
		h = block_para(c, &side, k->keterangan, NULL, FACE_REGULAR,
		    k->ukuran, c->tpl->spasi_tabel_baris, x + q + TTE_SIDE,
		    w - q - TTE_SIDE, ALIGN_LEFT, 0);
		boxes_add(it, &side, y + (q - h) / 2);
		layout_tte_footer_free(&side);
	}
	return y + q + TTE_GAP;
}

void
layout_tte_footer(struct lctx *c, struct vitem *foot)
{
	const struct naskah_tte *tte;
	const struct naskah_ttekata *k = &c->tpl->tte;
	double y = 0, sp = c->tpl->spasi_tabel_baris;

	memset(foot, 0, sizeof(*foot));
	if (c->doc == NULL || !c->doc->signer.tte.present)
		return;
	tte = &c->doc->signer.tte;
	if (tte->uu_ite == 1 || (tte->uu_ite == -1 && k->cetak_uu_ite))
		y = block_para(c, foot, k->uu_ite, NULL, FACE_REGULAR,
		    k->ukuran, sp, c->left, c->width, ALIGN_CENTER, y);
	y = block_para(c, foot, k->catatan_kaki, NULL, FACE_REGULAR,
	    k->ukuran, sp, c->left, c->width, ALIGN_CENTER, y);
	foot->h = y;
}

/* Where the footer's top goes on a page of c. */
static double
footer_top(const struct lctx *c, const struct vitem *foot)
{
	return c->page_h - TTE_FOOT - foot->h;
}

double
layout_tte_room(const struct lctx *c, const struct vitem *foot)
{
	double need;

	if (foot->h <= 0)
		return 0;
	need = c->bottom + TTE_ABOVE - footer_top(c, foot);
	return need > 0 ? need : 0;
}

void
layout_tte_footer_put(struct lctx *c, struct naskah_page *pg,
    const struct vitem *foot)
{
	struct naskah_box b;
	size_t k;

	for (k = 0; k < foot->nbox; k++) {
		b = foot->box[k];
		b.y += footer_top(c, foot);
		b.y2 += footer_top(c, foot);
		b.text = b.text != NULL ? xstrdup(b.text) : NULL;
		VEC_PUSH(pg->box, pg->nbox, pg->cap, b);
	}
}
