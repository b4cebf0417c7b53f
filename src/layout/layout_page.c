/* SPDX-License-Identifier: ISC */
/*
 * layout_page.c - the vertical list and the paginator.
 *
 * The document is first a list of items (lines, blocks, glue) with one
 * rule between them: a page may break after an item unless its "keep"
 * flag forbids it.  Widow/orphan control, headings kept with what
 * follows and the signature block carrying the last lines of the final
 * diktum are all expressed through that flag by the builders.  The
 * paginator fills each page, and when an item does not fit it goes back
 * to the last allowed break on the page.  Table header rows are
 * repeated at the top of every page a table continues on.
 */
#include <stdlib.h>
#include <string.h>

#include "base/units.h"
#include "layout/layout_int.h"
#include "base/xalloc.h"

/* The most characters of a word a kata penyambung repeats. */
#define PENYAMBUNG_MAX	60

struct vitem *
vl_add(struct lctx *c, enum vitem_kind k, double h)
{
	struct vitem it;

	memset(&it, 0, sizeof(it));
	it.kind = k;
	it.h = h;
	it.section = c->section;
	VEC_PUSH(c->vl.v, c->vl.n, c->vl.cap, it);
	return &c->vl.v[c->vl.n - 1];
}

const char *const keep_reason_names[KEEP__MAX] = {
	[KEEP_NO] = "-",
	[KEEP_ORPHAN] = "orphan",
	[KEEP_WIDOW] = "widow",
	[KEEP_HEADING] = "heading",
	[KEEP_HYPHEN] = "hyphen",
	[KEEP_SIGNATURE] = "signature",
	[KEEP_TABLE_HEAD] = "table-head",
	[KEEP_BLOCK] = "block",
};

void
vl_glue(struct lctx *c, double h, enum keep_reason keep)
{
	struct vitem *it = vl_add(c, VI_GLUE, h);

	it->keep = keep;
}

void
vi_text(struct vitem *it, double x, double y, enum naskah_face f,
    double size, const char *s, size_t len, double w)
{
	text_box_add(&it->box, &it->nbox, &it->cap, x, y, f, size, s, len,
	    w);
}

void
vi_image(struct vitem *it, double x1, double y1, double x2, double y2,
    char *path)
{
	struct naskah_box b = box_make(BOX_IMAGE, x1, y1, x2, y2, 0);

	b.text = path;
	VEC_PUSH(it->box, it->nbox, it->cap, b);
}

static struct naskah_page *
page_new(struct lctx *c)
{
	struct naskah_page pg;

	memset(&pg, 0, sizeof(pg));
	pg.w = c->page_w;
	pg.h = c->page_h;
	pg.label = c->label;
	pg.number = ++*c->counter;
	VEC_PUSH(c->out->page, c->out->npage, c->out->cap, pg);
	return &c->out->page[c->out->npage - 1];
}

/* fmt with every key ("{n}", "{kata}") replaced by word; caller frees. */
static char *
fill(const char *fmt, const char *key, const char *word)
{
	return naskah_fill(fmt, &key, &word, 1);
}

/*
 * The page number n where `where` says: a decree's "‐ n ‐" at the top,
 * or the book's number in the page's label style (v, 3), centred or
 * flush right, halfway down the top or the bottom margin.
 */
static void
page_number(struct lctx *c, struct naskah_page *pg, enum page_numbers where,
    int n)
{
	const struct naskah_tpl *t = c->tpl;
	double size = t->ukuran_nomor_halaman, w, x, y;
	char num[16], *s, *r;
	int decree = where == NUMBERS_DECREE;

	if (where == NUMBERS_NONE)
		return;
	if (!decree && pg->label == LABEL_ROMAN && (r = idn_roman(n)) != NULL) {
		for (s = r; *s != '\0'; s++)	/* past 3999: digits */
			if (*s >= 'A' && *s <= 'Z')
				*s = (char)(*s - 'A' + 'a');
		snprintf(num, sizeof(num), "%s", r);
		free(r);
	} else
		snprintf(num, sizeof(num), "%d", n);
	s = decree ? fill(t->kata_nomor_halaman, "{n}", num) : xstrdup(num);
	w = text_width(c, s, strlen(s), FACE_REGULAR, size);
	x = where == NUMBERS_BOTTOM_RIGHT || where == NUMBERS_TOP_RIGHT ?
	    c->right - w : c->left + (c->width - w) / 2;
	if (decree)
		y = MM(t->jarak_nomor_halaman_atas);
	else if (where == NUMBERS_TOP_CENTRE || where == NUMBERS_TOP_RIGHT)
		y = c->top / 2 + size * 0.35;
	else
		y = c->bottom + (c->page_h - c->bottom) / 2;
	text_put(c, &pg->box, &pg->nbox, &pg->cap, x, y, FACE_REGULAR, size,
	    0, 0, s, strlen(s));
	free(s);
}

/* A list marker of one word: "7.", "b.", "12)" (digits or one or two
 * lowercase letters, then a full stop or a parenthesis). */
static int
is_marker(const char *w, size_t n)
{
	size_t i, digits = 0, letters = 0;

	if (n < 2 || (w[n - 1] != '.' && w[n - 1] != ')'))
		return 0;
	for (i = 0; i + 1 < n; i++)
		if (w[i] >= '0' && w[i] <= '9')
			digits++;
		else if (w[i] >= 'a' && w[i] <= 'z')
			letters++;
		else
			return 0;
	return letters == 0 || (digits == 0 && letters <= 2);
}

/*
 * The kata penyambung's word(s) when a page breaks before item `next`
 * (caller frees), or NULL when no kata penyambung goes there: not a
 * decree, a change of section, a forced page break.  from >= 0: the
 * page breaks inside item next, from that far below what is left of it
 * (vl_scan).  The word is the first of the topmost, leftmost line of
 * the next page; a list marker ("7.") takes the first word of its text
 * with it ("7. Undang-Undang").
 */
static char *
penyambung_word(const struct lctx *c, size_t next, double from)
{
	const struct vlist *vl = &c->vl;
	const struct naskah_box *first = NULL, *after = NULL, *bx;
	size_t i, cur = 0, n, m;
	char *word;

	if (!c->penyambung || strcmp(c->tpl->gaya_penyambung, "ya") != 0 ||
	    next >= vl->n || (from < 0 && (next == 0 ||
	    vl->v[next - 1].section != 0)))
		return NULL;
	for (i = next; i < vl->n && vl->v[i].kind == VI_GLUE; i++)
		;
	if (i >= vl->n || vl->v[i].kind == VI_NEWPAGE || vl->v[i].section != 0)
		return NULL;
	if (from < 0)
		from = -1e300;
	/* line records hold whole words (text boxes may be pieces split
	 * for kerning) */
	while ((bx = vl_scan(vl, i, &cur, from, first == NULL ? 1e300 :
	    first->y + 0.01)) != NULL)
		if (bx->kind == BOX_LINE && (first == NULL || bx->y < first->y -
		    0.01 || (bx->y < first->y + 0.01 && bx->x < first->x)))
			first = bx;
	if (first == NULL)
		return NULL;
	for (n = 0; first->text[n] != '\0' && first->text[n] != ' '; n++)
		;
	if (first->text[n] != '\0' || !is_marker(first->text, n))
		return xstrndup(first->text, n);
	/* a marker alone on its line record: its text is the next record
	 * to the right on the same baseline */
	cur = 0;
	while ((bx = vl_scan(vl, i, &cur, from, first->y + 0.01)) !=
	    NULL)
		if (bx->kind == BOX_LINE && bx->y > first->y - 0.01 &&
		    bx->y < first->y + 0.01 && bx->x > first->x &&
		    (after == NULL || bx->x < after->x))
			after = bx;
	if (after == NULL)
		return xstrndup(first->text, n);
	for (m = 0; after->text[m] != '\0' && after->text[m] != ' '; m++)
		;
	word = xasprintf("%.*s %.*s", (int)n, first->text, (int)m,
	    after->text);
	return word;
}

/*
 * Kata penyambung: the word(s) of the next page followed by dots, flush
 * right on the line under the page's last line (y: its top), which the
 * paginator keeps inside the text area.
 */
static void
penyambung(struct lctx *c, struct naskah_page *pg, size_t next, double from,
    double y)
{
	const struct naskah_tpl *t = c->tpl;
	char *word, *s;
	double size = t->ukuran_huruf, w;

	if ((word = penyambung_word(c, next, from)) == NULL)
		return;
	s = fill(t->kata_penyambung, "{kata}", word);
	w = text_width(c, s, strlen(s), FACE_REGULAR, size);
	/* a word wider than the column (a long token, broken at the
	 * column's edge on the next page) gives as much of its start as
	 * fits: at most PENYAMBUNG_MAX characters, fewer until it fits */
	if (w > c->width) {
		size_t n = 0, k = 0;

		while (word[n] != '\0' && k++ < PENYAMBUNG_MAX)
			while (((unsigned char)word[++n] & 0xC0) == 0x80)
				;
		for (;;) {
			word[n] = '\0';
			free(s);
			s = fill(t->kata_penyambung, "{kata}", word);
			w = text_width(c, s, strlen(s), FACE_REGULAR, size);
			if (w <= c->width || n == 0)
				break;
			while (n > 0 && ((unsigned char)word[--n] & 0xC0) == 0x80)
				;
		}
	}
	text_put(c, &pg->box, &pg->nbox, &pg->cap, c->right - w,
	    y + baseline_off(c, size, t->spasi_baris), FACE_REGULAR, size, 0,
	    0, s, strlen(s));
	free(s);
	free(word);
}

/* A rule at y across the rules of item it (a table row a page ends
 * after, whose merged cells go on on the next page). */
static void
page_close_rule(struct naskah_page *pg, const struct vitem *it, double y)
{
	double x0 = 1e9, x1 = -1e9, lw = 0;
	struct naskah_box b;
	size_t k;

	for (k = 0; k < it->nbox; k++)
		if (it->box[k].kind == BOX_RULE) {
			if (it->box[k].x < x0)
				x0 = it->box[k].x;
			if (it->box[k].x2 > x1)
				x1 = it->box[k].x2;
			lw = it->box[k].size;
		}
	if (x1 <= x0)
		return;
	b = box_make(BOX_RULE, x0, y, x1, y, lw);
	VEC_PUSH(pg->box, pg->nbox, pg->cap, b);
}

/* Item it's boxes onto page pg, dy down, ruled off below when the page
 * ends after it inside its table (ends): moved, the item left empty, but
 * for header rows, repeated on later pages, which are copied. */
static void
page_put_item(struct naskah_page *pg, struct vitem *it, double dy, int ends)
{
	size_t k;

	if (ends && it->close)
		page_close_rule(pg, it, dy + it->h);
	if (it->header) {
		box_add_moved(&pg->box, &pg->nbox, &pg->cap, it->box, it->nbox,
		    dy);
		return;
	}
	for (k = 0; k < it->nbox; k++) {
		struct naskah_box b = it->box[k];

		b.y += dy;
		b.y2 += dy;
		VEC_PUSH(pg->box, pg->nbox, pg->cap, b);
	}
	free(it->box);
	it->box = NULL;
	it->nbox = it->cap = 0;
}

/* A page's boxes are final but for a few (page numbers of a book): no
 * room is kept for doubling. */
static void
page_trim(struct naskah_page *pg)
{
	if (pg->nbox > 0 && pg->nbox < pg->cap) {
		pg->box = xrealloc(pg->box, pg->nbox * sizeof(*pg->box));
		pg->cap = pg->nbox;
	}
}

/* The height the kata penyambung takes at the foot of a page. */
static double
penyambung_height(struct lctx *c)
{
	return line_height(c, c->tpl->ukuran_huruf, c->tpl->spasi_baris);
}

/* Index range of the header rows of table id, or 0 if none. */
static int
table_header(const struct vlist *vl, int id, size_t *h0, size_t *h1)
{
	static const size_t none = (size_t)-1;
	size_t i;

	/* the caller keeps the last answer in h0 and h1: a table's
	 * pages ask for the same header */
	if (*h0 != none && *h0 < vl->n && vl->v[*h0].table == id &&
	    vl->v[*h0].header && (*h0 == 0 || vl->v[*h0 - 1].table != id ||
	    !vl->v[*h0 - 1].header)) {
		for (i = *h0; i < vl->n && vl->v[i].table == id &&
		    vl->v[i].header; i++)
			;
		*h1 = i;
		return 1;
	}
	for (i = 0; i < vl->n; i++)
		if (vl->v[i].table == id && vl->v[i].header) {
			*h0 = i;
			while (i < vl->n && vl->v[i].table == id &&
			    vl->v[i].header)
				i++;
			*h1 = i;
			return 1;
		}
	return 0;
}

/*
 * The end (one past the last item) of the page that starts at item
 * start, with avail points of height of which hdr go to a repeated
 * table header.  *cut > 0 when the page then takes the head of item
 * end, a block taller than a page, down to *cut (vl_split); *tall
 * is set when one cannot be cut and stands alone on the page.  Nothing
 * is changed: the caller may ask again with less room.
 */
static size_t
page_fill(struct lctx *c, size_t start, double avail, double hdr, int *tall,
    double *cut)
{
	struct vlist *vl = &c->vl;
	double y = hdr;
	long last_ok = -1;
	enum keep_reason held = KEEP_NO;
	size_t i;

	*cut = 0;
	for (i = start; i < vl->n; i++) {
		struct vitem *it = &vl->v[i];

		if (it->kind == VI_NEWPAGE && i > start)
			return i;
		if (y + it->h <= avail + 0.01) {
			y += it->h;
			/* glue holds what the item before it holds */
			if (it->kind != VI_GLUE)
				held = it->keep;
			if (!it->keep && !held)
				last_ok = (long)i;
			continue;
		}
		/* it does not fit */
		if (it->kind == VI_BLOCK && it->h > avail - hdr + 0.01) {
			/* taller than a whole page: the one case where a
			 * block (a table row) is split */
			if ((*cut = vl_clean_cut(vl, i, avail - y)) > 0)
				return i;
			if (i > start)
				return i;	/* try on a fresh page */
			*tall = 1;
			return i + 1;
		}
		if (i == start)		/* cannot happen but for glue */
			return i + 1;
		return last_ok >= (long)start ? (size_t)last_ok + 1 : i;
	}
	return vl->n;
}

/* Item it onto page pg at y, its mark placed there; returns its height. */
static double
page_place(struct lctx *c, struct naskah_page *pg, struct vitem *it,
    double y, int ends)
{
	double h = it->h;

	page_put_item(pg, it, y, ends);
	if (it->mark > 0) {
		struct mark *m = &c->marks[it->mark - 1];

		m->page = c->out->npage - 1;
		m->y = y;
		m->placed = 1;
	}
	return h;
}

void
vl_paginate(struct lctx *c)
{
	struct vlist *vl = &c->vl;
	struct naskah_page *pg;
	size_t start = 0, i, end, h0 = (size_t)-1, h1 = 0, k;
	double avail = c->bottom - c->top, y, hdr, foot, cut, room;
	int repeat, tall, cont = 0;
	char *w;
	struct vitem tte, paraf, head;

	/* issue 17: a decree signed electronically says so at the foot of
	 * each page, and a draft has its paraf box there, in the margin,
	 * or in room kept from the text area */
	layout_tte_footer(c, &tte);
	layout_paraf_box(c, &paraf);
	room = layout_tte_room(c, &tte, &paraf);
	if (paraf.h > 0 && room > avail / 2) {
		/* a page of one line each is no draft to read */
		naskah_diag(c->d, SEV_ERROR, c->doc->paraf[0].jabatan.span.at,
		    MSG_PARAF_ROOM, (int)c->doc->nparaf, room / MM(1),
		    avail / MM(1));
		c->failed = 1;
		start = vl->n;
	}
	avail -= room;
	while (start < vl->n) {
		/* skip glue and page breaks at the top of a page */
		while (start < vl->n && c->part_page > 0 &&
		    (vl->v[start].kind == VI_GLUE ||
		    vl->v[start].kind == VI_NEWPAGE))
			start++;
		if (start >= vl->n)
			break;
		pg = page_new(c);
		c->part_page++;
		page_number(c, pg, c->part_page == 1 ? c->numbers_first :
		    c->numbers, c->numbers == NUMBERS_DECREE ? c->part_page :
		    pg->number);
		layout_konsep_mark(c, pg);
		layout_tte_footer_put(c, pg, &tte, &paraf);
		hdr = 0;
		/* a table going on from the page before (cont: the rest of
		 * a row cut there) repeats its header rows */
		repeat = vl->v[start].table > 0 && !vl->v[start].header &&
		    (cont || (start > 0 &&
		    vl->v[start - 1].table == vl->v[start].table)) &&
		    table_header(vl, vl->v[start].table, &h0, &h1);
		if (repeat)
			for (k = h0; k < h1; k++)
				hdr += vl->v[k].h;
		tall = 0;
		end = page_fill(c, start, avail, hdr, &tall, &cut);
		/* a page that ends in a kata penyambung keeps a line for it
		 * inside the text area: filled again, a line shorter */
		if (end < vl->n && (w = penyambung_word(c, end, cut > 0 ?
		    cut : -1)) != NULL) {
			tall = 0;
			end = page_fill(c, start, avail - penyambung_height(c),
			    hdr, &tall, &cut);
			free(w);
		}
		if (tall)
			naskah_diag(c->d, SEV_WARNING,
			    (struct naskah_pos){ 0, 0, NULL }, MSG_TALL_BLOCK);
		/* place: repeated header, then items start..end, then the
		 * head of item end when it is cut */
		y = c->top;
		if (repeat)
			for (k = h0; k < h1; k++) {
				vl_settle(vl, k);
				box_add_moved(&pg->box, &pg->nbox, &pg->cap,
				    vl->v[k].box, vl->v[k].nbox, y);
				y += vl->v[k].h;
			}
		foot = y;
		for (i = start; i < end; i++) {
			vl_settle(vl, i);
			y += page_place(c, pg, &vl->v[i], y, i + 1 == end &&
			    end < vl->n && cut == 0);
			if (vl->v[i].kind != VI_GLUE)
				foot = y;
		}
		if (cut > 0) {
			vl_split(vl, end, cut, &head);
			foot = y += page_place(c, pg, &head, y, 1);
			vitem_free(&head);
		} else if (end < vl->n) {
			/* a break the rules forbid was the only one left */
			switch (vl->v[end - 1].keep) {
			case KEEP_NO:
				break;
			case KEEP_WIDOW:
				c->out->stats.widows++;
				break;
			case KEEP_ORPHAN:
				c->out->stats.orphans++;
				break;
			default:
				c->out->stats.forced++;
				break;
			}
		}
		if (end < vl->n)
			penyambung(c, pg, end, cut > 0 ? 0 : -1, foot);
		page_trim(pg);
		cont = cut > 0;
		start = end;
	}
	vitem_free(&tte);
	vitem_free(&paraf);
}

void
vl_free(struct vlist *vl)
{
	size_t i;

	vl_settle_any(vl);
	for (i = 0; i < vl->n; i++)
		vitem_free(&vl->v[i]);
	free(vl->v);
	memset(vl, 0, sizeof(*vl));
}
