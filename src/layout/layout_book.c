/* SPDX-License-Identifier: ISC */
/*
 * layout_book.c - a book (jenis: buku) laid out part by part: the cover,
 * the decree (its own layout, its own paper and page numbers), the kata
 * pengantar, the daftar isi, the chapters and the lampiran.  Each part
 * starts a page; the front matter is numbered i, ii, ... and the body
 * from 1.  The daftar isi is filled in once every page is known.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/book.h"
#include "layout/layout_book_int.h"
#include "base/xalloc.h"

/* A placeholder in the daftar isi: "\001" and the mark's index. */
#define TOC_MARK	'\001'

/* A new heading to find again in the pages; returns its mark number. */
static int
mark_add(struct lctx *c, int level, char *title)
{
	struct mark m;

	memset(&m, 0, sizeof(m));
	m.level = level;
	m.title = title;
	VEC_PUSH(c->marks, c->nmarks, c->capmarks, m);
	return (int)c->nmarks;
}

/* "{key}" in fmt replaced by val, for one or two pairs; caller frees. */
static char *
subst(const char *fmt, const char *k1, const char *v1, const char *k2,
    const char *v2)
{
	const char *keys[2] = { k1, k2 }, *vals[2] = { v1, v2 };

	return naskah_fill(fmt, keys, vals, k2 != NULL ? 2 : 1);
}

/* A centred heading line; returns its first list item. */
static struct vitem *
heading(struct bctx *b, const char *s, double size, enum naskah_face f)
{
	struct lctx *c = &b->c;
	size_t n0 = c->vl.n;

	flow_para(c, s, NULL, f, size, c->left, c->width, ALIGN_CENTER,
	    KEEP_HEADING);
	return n0 < c->vl.n ? &c->vl.v[n0] : NULL;
}

static void
cover(struct bctx *b, const struct naskah_part *pt)
{
	struct lctx *c = &b->c;
	const struct naskah_btpl *bt = b->bt;
	double avail = c->bottom - c->top, used = 0, lw, lh = 0;
	struct naskah_image_info info;
	const char *why = "";
	struct vitem *it;
	size_t i, n0;
	char *path = NULL;
	int err;

	n0 = c->vl.n;
	vl_glue(c, avail * 0.12, KEEP_BLOCK);
	for (i = 0; i < pt->judul.n; i++)
		flow_para(c, pt->judul.v[i].s, &pt->judul.v[i], FACE_BOLD,
		    bt->ukuran_sampul_judul, c->left, c->width, ALIGN_CENTER,
		    KEEP_BLOCK);
	if (pt->logo.s != NULL) {
		path = pt->logo.s[0] == '/' ? xstrdup(pt->logo.s) :
		    xasprintf("%s/%s", b->book->setup->dir, pt->logo.s);
		if ((err = naskah_image_probe(path, &info, &why)) != 0) {
			naskah_diag(c->d, SEV_ERROR, pt->logo.span.at,
			    (enum naskah_msg)err, pt->logo.s, why);
			b->failed = 1;
			free(path);
			path = NULL;
		}
	}
	vl_glue(c, avail * 0.08, KEEP_BLOCK);
	if (path != NULL) {
		lw = MM(bt->jarak_sampul_logo);
		lh = lw * info.height / info.width;
		it = vl_add(c, VI_BLOCK, lh);
		it->keep = KEEP_BLOCK;
		vi_image(it, c->left + (c->width - lw) / 2, 0,
		    c->left + (c->width + lw) / 2, lh, path);
	}
	vl_glue(c, avail * 0.08, KEEP_BLOCK);
	for (i = 0; i < pt->instansi.n; i++)
		flow_para(c, pt->instansi.v[i].s, &pt->instansi.v[i],
		    FACE_BOLD, bt->ukuran_sampul_instansi, c->left, c->width,
		    ALIGN_CENTER, KEEP_BLOCK);
	/* the instansi lines sit near the foot of the page */
	for (i = n0; i < c->vl.n; i++)
		used += c->vl.v[i].h;
	if (used < avail)
		c->vl.v[n0].h += (avail - used) * 0.5;
	(void)lh;
}

/*
 * A section's number in chapter `bab`: in the text (kata.nomor_subbab,
 * "1.2.3.") or in the daftar isi (toc: kata.nomor_subbab_daftar, "1.2.3");
 * each level fills {bab} with its parent's daftar isi number.  Caller
 * frees.
 */
static char *
section_number(const struct naskah_btpl *bt, int bab,
    const struct naskah_section *sc, int toc)
{
	char *cur = xasprintf("%d", bab), *next, n[16];
	int k;

	for (k = 0; k < sc->level; k++) {
		snprintf(n, sizeof(n), "%d", sc->num[k]);
		next = subst(k + 1 == sc->level && !toc ?
		    bt->kata_nomor_subbab : bt->kata_nomor_subbab_daftar,
		    "{bab}", cur, "{n}", n);
		free(cur);
		cur = next;
	}
	return cur;
}

static void
chapter(struct bctx *b, const struct naskah_part *pt)
{
	struct lctx *c = &b->c;
	const struct naskah_btpl *bt = b->bt;
	char *roman = idn_roman(pt->nomor), *bab, *title;
	struct naskah_buf jb = { NULL, 0, 0 };
	struct vitem *it;
	size_t i;

	bab = subst(bt->kata_bab, "{nomor}", roman, NULL, NULL);
	for (i = 0; i < pt->judul.n; i++)
		buf_printf(&jb, "%s%s", i ? " " : "", pt->judul.v[i].s);
	title = subst(bt->kata_bab_daftar, "{nomor}", roman, "{judul}", jb.s);
	it = heading(b, bab, bt->ukuran_judul_bab, FACE_BOLD);
	if (it != NULL)
		it->mark = mark_add(c, 0, title);
	else
		free(title);
	for (i = 0; i < pt->judul.n; i++)
		flow_para(c, pt->judul.v[i].s, &pt->judul.v[i], FACE_BOLD,
		    bt->ukuran_judul_bab, c->left, c->width, ALIGN_CENTER,
		    KEEP_HEADING);
	vl_glue(c, bt->spasi_sesudah_judul_bab, KEEP_HEADING);
	book_blocks(b, &pt->isi, c->left);
	for (i = 0; i < pt->nsub; i++) {
		const struct naskah_section *sc = &pt->sub[i];
		const struct naskah_section *prev = i > 0 ? &pt->sub[i - 1] :
		    NULL;
		double size = bt->ukuran_judul_subbab, nw;
		char *n, *nd;
		size_t n0;

		n = section_number(bt, pt->nomor, sc, 0);
		nd = section_number(bt, pt->nomor, sc, 1);
		nw = book_label_width(c, n, FACE_BOLD, size);
		/* no extra space right under the heading of a parent with
		 * no text of its own */
		if (prev != NULL ? prev->isi.n > 0 || sc->level <= prev->level :
		    pt->isi.n > 0)
			vl_glue(c, bt->spasi_sebelum_subbab, KEEP_NO);
		/* the number, and the title's lines after it */
		n0 = c->vl.n;
		flow_para(c, sc->judul.s, &sc->judul, FACE_BOLD, size,
		    c->left + nw, c->width - nw, ALIGN_LEFT, KEEP_HEADING);
		if (n0 < c->vl.n) {
			book_label_put(c, n, FACE_BOLD, size, c->tpl->spasi_baris,
			    c->left, &c->vl.v[n0]);
			c->vl.v[n0].mark = mark_add(c, sc->level,
			    xasprintf("%s %s", nd, sc->judul.s));
		}
		vl_glue(c, bt->spasi_sesudah_subbab, KEEP_HEADING);
		book_blocks(b, &sc->isi, c->left);
		free(n);
		free(nd);
	}
	free(roman);
	free(bab);
	buf_free(&jb);
}

/* A titled part: kata pengantar or lampiran. */
static void
titled(struct bctx *b, const struct naskah_part *pt, const char *title)
{
	struct lctx *c = &b->c;
	const struct naskah_btpl *bt = b->bt;
	struct vitem *it = NULL;

	if (pt->kop && b->book->setup->has_kop)
		layout_kop(c);
	if (pt->judul.n > 0) {
		/* its own title lines instead of the template's word */
		struct naskah_buf t = { NULL, 0, 0 };
		size_t i, n0 = c->vl.n;

		for (i = 0; i < pt->judul.n; i++) {
			heading(b, pt->judul.v[i].s, bt->ukuran_judul_bab,
			    FACE_BOLD);
			buf_printf(&t, "%s%s", i ? " " : "", pt->judul.v[i].s);
		}
		if (n0 < c->vl.n)
			c->vl.v[n0].mark = mark_add(c, 0, buf_take(&t));
		else
			buf_free(&t);
	} else if ((it = heading(b, title, bt->ukuran_judul_bab,
	    FACE_BOLD)) != NULL)
		it->mark = mark_add(c, 0, xstrdup(title));
	vl_glue(c, bt->spasi_sesudah_judul_bab, KEEP_HEADING);
	book_blocks(b, &pt->isi, c->left);
}

/*
 * The daftar isi: one line per heading of the parts after the cover and
 * the decree, each with a placeholder for its page number, filled in by
 * fill_toc once the pages are made.
 */
static void
contents(struct bctx *b, size_t from)
{
	struct lctx *c = &b->c;
	const struct naskah_btpl *bt = b->bt;
	const struct naskah_book *bk = b->book;
	double size = bt->ukuran_huruf, sp = bt->spasi_baris_daftar_isi;
	double indent = MM(bt->jarak_nomor_daftar);
	struct vitem *it;
	size_t i, j, entry = 0;
	char mark[16];

	it = heading(b, bt->kata_daftar_isi, bt->ukuran_judul_bab, FACE_BOLD);
	if (it != NULL)
		it->mark = mark_add(c, 0, xstrdup(bt->kata_daftar_isi));
	vl_glue(c, bt->spasi_sesudah_judul_bab, KEEP_HEADING);
	/* entries follow the marks the other parts will make, in order:
	 * their text is known now from the model */
	for (i = from; i < bk->npart; i++) {
		const struct naskah_part *pt = &bk->part[i];
		struct naskah_buf t = { NULL, 0, 0 };
		size_t nsub = pt->kind == PART_BAB ? pt->nsub : 0;

		switch (pt->kind) {
		case PART_KATA_PENGANTAR:
			buf_adds(&t, bt->kata_kata_pengantar);
			break;
		case PART_DAFTAR_ISI:
			buf_adds(&t, bt->kata_daftar_isi);
			break;
		case PART_LAMPIRAN:
			buf_adds(&t, bt->kata_lampiran);
			break;
		case PART_BAB: {
			char *r = idn_roman(pt->nomor), *s;
			struct naskah_buf jb = { NULL, 0, 0 };

			for (j = 0; j < pt->judul.n; j++)
				buf_printf(&jb, "%s%s", j ? " " : "",
				    pt->judul.v[j].s);
			s = subst(bt->kata_bab_daftar, "{nomor}", r, "{judul}",
			    jb.s);
			buf_adds(&t, s);
			free(s);
			free(r);
			buf_free(&jb);
			break;
		}
		default:
			continue;
		}
		for (j = 0; j <= nsub; j++) {
			double x = c->left, w = 0, nw = 0;
			double bo = baseline_off(c, size, sp);
			const char *title = t.s;
			char *nd = NULL;
			struct para p;
			struct lines ls = { NULL, 0, 0 };
			size_t k;

			if (j > 0) {
				const struct naskah_section *sc =
				    &pt->sub[j - 1];

				nd = section_number(bt, pt->nomor, sc, 1);
				x += indent * (sc->level - 1) + indent;
				nw = book_label_width(c, nd, FACE_REGULAR, size);
				title = sc->judul.s;
			}
			/* a long entry takes as many lines as it needs,
			 * under its first word, the leader and number on
			 * its last */
			para_build(c, &p, title, NULL, FACE_REGULAR, size);
			para_break(c, &p, c->right - x - nw - MM(15),
			    ALIGN_LEFT, &ls);
			for (k = 0; k < ls.n || k == 0; k++) {
				it = vl_add(c, VI_BLOCK,
				    line_height(c, size, sp));
				it->keep = k + 1 < ls.n ? KEEP_BLOCK : KEEP_NO;
				if (k == 0 && nd != NULL)
					book_label_put(c, nd, FACE_REGULAR, size, sp,
					    x, it);
				if (k < ls.n)
					w = nw + para_emit(c, &p, &ls.v[k],
					    x + nw, c->right - x - nw - MM(15),
					    ALIGN_LEFT, bo, it);
			}
			free(nd);
			/* the page number's place: x is where the entry
			 * ends, x2 the right edge; fill_toc writes it */
			snprintf(mark, sizeof(mark), "%c%zu", TOC_MARK,
			    entry++);
			vi_text(it, x + w, bo, FACE_REGULAR, size, mark,
			    strlen(mark), c->right - (x + w));
			free(ls.v);
			para_free(&p);
		}
		buf_free(&t);
	}
}

/* The number as the page's label shows it: "v" or "3"; caller frees. */
static char *
page_label(const struct naskah_page *pg)
{
	char *r, *s;

	if (pg->label == LABEL_ROMAN && (r = idn_roman(pg->number)) != NULL) {
		for (s = r; *s != '\0'; s++)	/* past 3999: digits */
			if (*s >= 'A' && *s <= 'Z')
				*s = (char)(*s - 'A' + 'a');
		return r;
	}
	return xasprintf("%d", pg->number);
}

/* Put label (w points wide) in the place of box k of page pg, a daftar
 * isi mark, flush with its right edge and set as it is measured
 * (text_put): its first piece in the mark's place, any others at the
 * end of the page's boxes. */
static void
toc_label_put(struct lctx *c, struct naskah_page *pg, size_t k,
    const char *label, double w)
{
	struct naskah_box *bx = &pg->box[k];
	size_t at = pg->nbox;

	text_put(c, &pg->box, &pg->nbox, &pg->cap, bx->x2 - w, bx->y,
	    bx->face, bx->size, 0, 0, label, strlen(label));
	bx = &pg->box[k];
	free(bx->text);
	*bx = pg->box[at];
	memmove(&pg->box[at], &pg->box[at + 1],
	    (pg->nbox - at - 1) * sizeof(*pg->box));
	pg->nbox--;
}

/* Write the page numbers, leaders and links into the daftar isi; entry
 * k is the k-th mark after the daftar isi's own heading. */
static void
fill_toc(struct bctx *b, size_t first_mark)
{
	struct lctx *c = &b->c;
	struct naskah_layout *out = c->out;
	const struct naskah_btpl *bt = b->bt;
	size_t p, k, idx, target;
	double dotw, w, from, to, right;
	struct naskah_buf dots = { NULL, 0, 0 };
	char *label;
	int n;
	long k0, k1;

	dotw = text_width(c, bt->kata_titik_penuntun,
	    strlen(bt->kata_titik_penuntun), FACE_REGULAR, bt->ukuran_huruf) +
	    text_width(c, " ", 1, FACE_REGULAR, bt->ukuran_huruf);
	for (p = 0; p < out->npage; p++)
		for (k = 0; k < out->page[p].nbox; k++) {
			struct naskah_box *bx = &out->page[p].box[k];
			struct naskah_box lead;
			struct naskah_link lk;

			if (bx->kind != BOX_TEXT || bx->text[0] != TOC_MARK)
				continue;
			idx = first_mark + (size_t)strtoul(bx->text + 1, NULL,
			    10);
			if (idx >= c->nmarks || !c->marks[idx].placed) {
				bx->text[0] = '\0';
				continue;
			}
			target = c->marks[idx].page;
			label = page_label(&out->page[target]);
			w = text_width(c, label, strlen(label), FACE_REGULAR,
			    bx->size);
			from = bx->x + dotw / 2;
			to = bx->x2 - w - dotw / 2;
			right = bx->x2;
			toc_label_put(c, &out->page[p], k, label, w);
			free(label);
			bx = &out->page[p].box[k];
			/* the leader: dots on one grid for every entry, so
			 * they stand in columns, from the entry to the number */
			k0 = (long)((from - c->left) / dotw) + 1;
			k1 = (long)((to - c->left) / dotw) - 1;
			dots.len = 0;
			for (n = 0; k0 + n <= k1; n++) {
				buf_adds(&dots, bt->kata_titik_penuntun);
				buf_addc(&dots, ' ');
			}
			if (n > 0) {
				lead = *bx;
				lead.text = xstrndup(dots.s, dots.len - 1);
				lead.x = c->left + (double)k0 * dotw;
				lead.x2 = lead.x + n * dotw;
				VEC_PUSH(out->page[p].box, out->page[p].nbox,
				    out->page[p].cap, lead);
				bx = &out->page[p].box[k];
			}
			memset(&lk, 0, sizeof(lk));
			lk.page = p;
			lk.x = c->left;
			lk.x2 = right;
			lk.y = bx->y - bx->size;
			lk.y2 = bx->y + bx->size * 0.3;
			lk.target = target;
			VEC_PUSH(out->link, out->nlink, out->caplink, lk);
		}
	buf_free(&dots);
}

/* A template's place for page numbers (nomor_halaman.*) as layout's. */
static enum page_numbers
numbers_place(const char *s)
{
	static const char *const name[NUMBERS__MAX] = {
		[NUMBERS_NONE] = "tanpa",
		[NUMBERS_BOTTOM_CENTRE] = "bawah_tengah",
		[NUMBERS_BOTTOM_RIGHT] = "bawah_kanan",
		[NUMBERS_TOP_CENTRE] = "atas_tengah",
		[NUMBERS_TOP_RIGHT] = "atas_kanan",
	};
	int i;

	for (i = 0; i < NUMBERS__MAX; i++)
		if (name[i] != NULL && strcmp(name[i], s) == 0)
			return (enum page_numbers)i;
	return NUMBERS_NONE;
}

/*
 * Page geometry and numbering of the book's own parts: `first` on a
 * part's first page, `rest` on the others (template words, or NULL for
 * none).
 */
static void
book_page(struct bctx *b, const char *first, const char *rest,
    enum naskah_label label)
{
	const struct naskah_setup *s = b->book->setup;
	struct lctx *c = &b->c;

	layout_page_area(c, s);
	c->doc = NULL;
	c->numbers_first = first != NULL ? numbers_place(first) : NUMBERS_NONE;
	c->numbers = rest != NULL ? numbers_place(rest) : NUMBERS_NONE;
	c->label = label;
}

/* The book and LKjIP templates' words, in the regular and the bold
 * face. */
static int
check_book_template(struct bctx *b)
{
	const struct naskah_btpl *t = b->bt;
	const char *words[] = {
#define T(sec, key) t->sec##_##key,
#define C(sec, key, choices)
#define N(sec, key, lo, hi)
#include "model/template_buku.def"
#undef T
#undef C
#undef N
	};

	const struct naskah_ltpl *lt = b->c.ltpl;
	int i, ok;

	ok = layout_check_words(&b->c, &t->file, words,
	    sizeof(words) / sizeof(words[0]));
	if (lt != NULL) {
		const char *lwords[] = { lt->kata_jumlah,
		    lt->kata_pihak_pertama, lt->kata_pihak_kedua };

		ok = ok && layout_check_words(&b->c, &lt->file, lwords, sizeof(lwords) / sizeof(lwords[0]));
		for (i = 0; ok && i < LTABLE__MAX; i++)
			ok = layout_check_columns(&b->c, &lt->file,
			    &lt->kolom[i]);
	}
	/* a tabel_iku's headings are the decree template's */
	if (b->dtpl != NULL && b->dtpl != b->c.tpl)
		ok = ok && layout_check_columns(&b->c, &b->dtpl->file,
		    &b->dtpl->kolom_iku);
	return ok;
}

static int
check_book(struct bctx *b)
{
	const struct naskah_book *bk = b->book;
	size_t i, j;
	int ok = 1;

	b->c.setup = bk->setup;
	b->c.doc = NULL;
	ok &= check_book_template(b);
	for (i = 0; i < bk->npart; i++) {
		const struct naskah_part *pt = &bk->part[i];

		for (j = 0; j < pt->judul.n; j++)
			ok &= layout_check_text(&b->c, &pt->judul.v[j],
			    FACE_BOLD);
		for (j = 0; j < pt->instansi.n; j++)
			ok &= layout_check_text(&b->c, &pt->instansi.v[j],
			    FACE_BOLD);
		ok &= book_check_blocks(b, &pt->isi);
		for (j = 0; j < pt->nsub; j++) {
			ok &= layout_check_text(&b->c, &pt->sub[j].judul,
			    FACE_BOLD);
			ok &= book_check_blocks(b, &pt->sub[j].isi);
		}
	}
	return ok;
}

/*
 * The decree part as the decree is alone: its paper, template, margins
 * and "‐ 2 ‐" numbers; the book's labels.  Its template and kata
 * penyambung hold until it is paginated.
 */
static void
book_decree(struct bctx *b, const struct naskah_decree *dd)
{
	struct lctx *c = &b->c;
	const char *saved = c->d->file;

	book_page(b, NULL, NULL, LABEL_ROMAN);
	c->numbers = NUMBERS_DECREE;
	layout_page_area(c, &dd->setup);
	c->doc = dd;
	c->tpl = b->dtpl;
	c->susun = &b->dtpl->file.susun;
	c->d->file = dd->path;
	layout_names_no_hyphen(c);
	c->penyambung = 1;
	layout_decree(c);
	layout_names_free(c);
	c->d->file = saved;
}

struct naskah_layout *
naskah_layout_book(const struct naskah_book *bk, const struct naskah_tpl *tpl,
    const struct naskah_tpl *dtpl, const struct naskah_btpl *bt,
    const struct naskah_ltpl *lt, const struct naskah_metrics *m,
    const struct naskah_hyph *h, struct naskah_paracache *pc,
    struct naskah_diag *d)
{
	struct bctx b;
	struct lctx *c = &b.c;
	const struct naskah_susun *own;
	size_t i, k;
	int body = 0, has_toc = 0;

	memset(&b, 0, sizeof(b));
	b.book = bk;
	b.bt = bt;
	b.dtpl = dtpl;
	c->tpl = tpl;
	/* how lines are set: as the document's own template says (a
	 * lkjip-lampiran's is its LKjIP template); the decree's part as
	 * its template says (book_decree) */
	c->susun = bk->lkjip && lt != NULL ? &lt->file.susun :
	    &bt->file.susun;
	own = c->susun;
	c->ltpl = lt;
	c->m = m;
	c->d = d;
	c->hyph = h;
	c->pc = paracache_begin(pc);
	c->counter = &b.counter;
	c->out = xcalloc(1, sizeof(*c->out));
	c->out->page_w = bk->setup->page_w;
	c->out->page_h = bk->setup->page_h;
	if (!check_book(&b)) {
		naskah_layout_free(c->out);
		return NULL;
	}
	for (i = 0; i < bk->npart && !b.failed; i++) {
		const struct naskah_part *pt = &bk->part[i];

		memset(&c->vl, 0, sizeof(c->vl));
		c->section = 0;
		c->part_page = 0;
		switch (pt->kind) {
		case PART_SAMPUL:
			book_page(&b, NULL, NULL, LABEL_ROMAN);
			cover(&b, pt);
			break;
		case PART_KEPUTUSAN:
			book_decree(&b, pt->keputusan);
			break;
		case PART_KATA_PENGANTAR:
			book_page(&b, bt->nomor_halaman_depan,
			    bt->nomor_halaman_depan, LABEL_ROMAN);
			titled(&b, pt, bt->kata_kata_pengantar);
			break;
		case PART_DAFTAR_ISI:
			book_page(&b, bt->nomor_halaman_depan,
			    bt->nomor_halaman_depan, LABEL_ROMAN);
			has_toc = 1;
			contents(&b, 0);
			break;
		case PART_BAB:
		case PART_LAMPIRAN:
			if (!body) {
				b.counter = 0;	/* the body counts from 1 */
				body = 1;
			}
			if (pt->kind == PART_BAB)
				book_page(&b, bt->nomor_halaman_awal_bab,
				    bt->nomor_halaman_bab, LABEL_ARABIC);
			else {
				book_page(&b, bt->nomor_halaman_lampiran,
				    bt->nomor_halaman_lampiran, LABEL_ARABIC);
				if (pt->melintang > 0 || (pt->melintang < 0 &&
				    lt->melintang))
					book_turn_page(&b);
			}
			if (pt->kind == PART_BAB)
				chapter(&b, pt);
			else	/* its own judul, or the template's word */
				titled(&b, pt, bt->kata_lampiran);
			break;
		default:
			break;
		}
		if (!c->failed)
			vl_paginate(c);
		if (c->failed)
			b.failed = 1;
		c->penyambung = 0;
		c->tpl = tpl;
		c->susun = own;
		vl_free(&c->vl);
	}
	/* the daftar isi lists the parts' headings in book order, and the
	 * marks were made in the same order: entry k is mark k */
	if (!b.failed && has_toc)
		fill_toc(&b, 0);
	for (k = 0; k < c->nmarks; k++) {
		struct naskah_outline o;

		if (!c->marks[k].placed || b.failed)
			continue;
		o.level = c->marks[k].level;
		o.title = c->marks[k].title;
		c->marks[k].title = NULL;
		o.page = c->marks[k].page;
		o.y = c->marks[k].y;
		VEC_PUSH(c->out->outline, c->out->noutline,
		    c->out->capoutline, o);
	}
	for (k = 0; k < c->nmarks; k++)
		free(c->marks[k].title);
	free(c->marks);
	if (b.failed) {
		naskah_layout_free(c->out);
		return NULL;
	}
	return c->out;
}
