/* SPDX-License-Identifier: ISC */
/*
 * layout_tte.c - the appearance of an electronic signature (issue 17;
 * naskah.5, penandatangan.tte): the QR code of the verification
 * address where the wet signature would go, and the template's
 * statement at the foot of every page of the decree.  The QR code is a
 * box of its own (BOX_QR); its modules are the renderer's.  And a
 * draft's (status: konsep): the word across every page (BOX_WATERMARK)
 * and the paraf box at the foot, above the statement when there is one.
 */
#include <math.h>
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

double
layout_tte_mark(struct lctx *c, struct vitem *it, double x, double w,
    double y)
{
	const struct naskah_ttekata *k = &c->tpl->tte;
	double q = MM(k->qr_lebar), h;
	struct naskah_box b;
	struct vitem side;

	y += TTE_GAP;
	b = box_make(BOX_QR, x, y, x + q, y + q, 0);
	b.text = xstrdup(c->doc->signer.tte.tautan.s);
	VEC_PUSH(it->box, it->nbox, it->cap, b);
	if (k->keterangan != NULL && *k->keterangan != '\0' &&
	    w > q + TTE_SIDE + MM(10)) {
		/* beside it, centred on its height */
		memset(&side, 0, sizeof(side));
		h = block_para(c, &side, k->keterangan, NULL, FACE_REGULAR,
		    k->ukuran, c->tpl->spasi_tabel_baris, x + q + TTE_SIDE,
		    w - q - TTE_SIDE, ALIGN_LEFT, 0);
		box_add_moved(&it->box, &it->nbox, &it->cap, side.box, side.nbox,
		    y + (q - h) / 2);
		vitem_free(&side);
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

/* Where the paraf box's top goes: above the footer, or as low as it. */
static double
paraf_top(const struct lctx *c, const struct vitem *tte,
    const struct vitem *paraf)
{
	double bottom = tte->h > 0 ? footer_top(c, tte) - TTE_ABOVE :
	    c->page_h - TTE_FOOT;

	return bottom - paraf->h;
}

double
layout_tte_room(const struct lctx *c, const struct vitem *tte,
    const struct vitem *paraf)
{
	double need, top;

	if (tte->h <= 0 && paraf->h <= 0)
		return 0;
	top = paraf->h > 0 ? paraf_top(c, tte, paraf) : footer_top(c, tte);
	need = c->bottom + TTE_ABOVE - top;
	return need > 0 ? need : 0;
}

void
layout_tte_footer_put(struct lctx *c, struct naskah_page *pg,
    const struct vitem *tte, const struct vitem *paraf)
{
	if (tte->h > 0)
		box_add_moved(&pg->box, &pg->nbox, &pg->cap, tte->box, tte->nbox,
		    footer_top(c, tte));
	if (paraf->h > 0)
		box_add_moved(&pg->box, &pg->nbox, &pg->cap, paraf->box,
		    paraf->nbox, paraf_top(c, tte, paraf));
}

void
layout_konsep_mark(struct lctx *c, struct naskah_page *pg)
{
	const char *w;
	double per, diag, size, len, cs, sn, cx, cy;
	struct naskah_box b;

	if (c->doc == NULL || !c->doc->konsep)
		return;
	w = c->tpl->konsep.tanda;
	if ((per = text_width(c, w, strlen(w), FACE_BOLD, 100) / 100) <= 0)
		return;
	/* along the diagonal from the lower left to the upper right,
	 * 55 % of it long, at most 160 pt, centred: the middle of the
	 * baseline half the capitals' height off the page's centre */
	diag = hypot(c->page_w, c->page_h);
	size = 0.55 * diag / per;
	if (size > 160)
		size = 160;
	len = per * size;
	cs = c->page_w / diag;
	sn = c->page_h / diag;
	cx = c->page_w / 2 + sn * size * 0.35;
	cy = c->page_h / 2 + cs * size * 0.35;
	b = box_make(BOX_WATERMARK, cx - cs * len / 2, cy + sn * len / 2,
	    cx + cs * len / 2, cy - sn * len / 2, size);
	b.face = FACE_BOLD;
	b.text = xstrdup(w);
	VEC_PUSH(pg->box, pg->nbox, pg->cap, b);
}

/* One row of the paraf box from y: its cells' texts (NULL: none) in
 * columns x[0..4), the header's in bold, centred; returns its bottom. */
static double
paraf_row(struct lctx *c, struct vitem *box, const double x[5],
    const char *const cell[4], const struct naskah_text *const src[4],
    int head, double y)
{
	const struct naskah_konsepkata *k = &c->tpl->konsep;
	double pad = c->tpl->spasi_sel_tepi, lw = c->tpl->garis_tabel;
	double bottom = y + (head ? 0 : MM(8)), e;
	size_t j;

	for (j = 0; j < 4; j++) {
		if (cell[j] == NULL || *cell[j] == '\0')
			continue;
		e = block_para(c, box, cell[j], src[j], head ? FACE_BOLD :
		    FACE_REGULAR, k->ukuran, c->tpl->spasi_tabel_baris,
		    x[j] + pad, x[j + 1] - x[j] - 2 * pad, head || j == 0 ?
		    ALIGN_CENTER : ALIGN_LEFT, y + pad) + pad;
		if (e > bottom)
			bottom = e;
	}
	vi_rule(box, x[0], bottom, x[4], bottom, lw);
	return bottom;
}

void
layout_paraf_box(struct lctx *c, struct vitem *box)
{
	const struct naskah_decree *doc = c->doc;
	const struct naskah_konsepkata *k = &c->tpl->konsep;
	const struct naskah_text *const none[4] = { NULL, NULL, NULL, NULL };
	double w = c->width < MM(120) ? c->width : MM(120), x[5], y, lw;
	char num[24];
	size_t i, j;

	memset(box, 0, sizeof(*box));
	if (doc == NULL || !doc->konsep || doc->nparaf == 0)
		return;
	lw = c->tpl->garis_tabel;
	/* No. and Paraf narrow, the rest shared by Jabatan and Nama */
	x[0] = c->left;
	x[1] = x[0] + MM(8);
	x[4] = x[0] + w;
	x[3] = x[4] - MM(20);
	x[2] = x[1] + (x[3] - x[1]) * 0.55;
	vi_rule(box, x[0], 0, x[4], 0, lw);
	{
		const char *const head[4] = { k->no, k->jabatan, k->nama,
		    k->paraf };

		y = paraf_row(c, box, x, head, none, 1, 0);
	}
	for (i = 0; i < doc->nparaf; i++) {
		const struct naskah_paraf *p = &doc->paraf[i];
		const char *const cell[4] = { num, p->jabatan.s, p->nama.s,
		    NULL };
		const struct naskah_text *const src[4] = { NULL, &p->jabatan,
		    &p->nama, NULL };

		snprintf(num, sizeof(num), "%zu.", i + 1);
		y = paraf_row(c, box, x, cell, src, 0, y);
	}
	for (j = 0; j < 5; j++)
		vi_rule(box, x[j], 0, x[j], y, lw);
	box->h = y;
}
