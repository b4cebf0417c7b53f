/* SPDX-License-Identifier: ISC */
/*
 * pdfincr.c - a signature appended to a PDF as an incremental update.
 *
 * The file is read only as far as the update needs: the last
 * cross-reference table and those before it (/Prev), the trailer, the
 * catalog, the first page and its /Annots.  Only classic tables are
 * read (what libharu, and so naskah, writes); a cross-reference stream
 * is refused with a message, not guessed at.  Every scan is bounded by
 * the file: a table's entries by its length, a chain of /Prev by the
 * number of tables that fit, an object by the end of the file.
 *
 * The update rewrites the catalog (with /AcroForm), the page (with the
 * field in /Annots, or its /Annots array object) and adds the field,
 * its widget, and the signature dictionary, whose /ByteRange covers
 * the whole file but the hexadecimal /Contents; that is filled last.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "sign/sign.h"

#define CONTENTS_MAX	16384	/* bytes of the CMS the update has room
				   for (twice as many hex digits) */
#define TAIL_SCAN	2048	/* the end of the file searched for
				   startxref */

/* The parts of the file the update needs. */
struct pdf {
	const unsigned char *s;
	size_t		 len;
	size_t		*off;		/* by object number: its offset,
					   or 0 (free or not seen) */
	unsigned	*gen;
	size_t		 size;		/* the trailer's /Size */
	size_t		 root, rootgen, info, infogen;
	const unsigned char *id;	/* the /ID array, as written */
	size_t		 idlen;
	size_t		 xref;		/* offset of the last table */
};

/* A span of the file: [a, b). */
struct span {
	size_t a, b;
};

static int
is_ws(int c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' ||
	    c == '\f' || c == '\0';
}

static int
is_delim(int c)
{
	return is_ws(c) || strchr("()<>[]{}/%", c) != NULL;
}

static size_t
skip_ws(const struct pdf *p, size_t i)
{
	while (i < p->len) {
		if (p->s[i] == '%')	/* a comment, to the end of its line */
			while (i < p->len && p->s[i] != '\n' && p->s[i] != '\r')
				i++;
		else if (is_ws(p->s[i]))
			i++;
		else
			break;
	}
	return i;
}

/* An unsigned integer at *i; -1 when there is none. */
static int
read_uint(const struct pdf *p, size_t *i, size_t *v)
{
	size_t k = *i, n = 0;

	if (k >= p->len || p->s[k] < '0' || p->s[k] > '9')
		return -1;
	for (; k < p->len && p->s[k] >= '0' && p->s[k] <= '9'; k++) {
		if (n > (SIZE_MAX - 9) / 10)
			return -1;
		n = n * 10 + (size_t)(p->s[k] - '0');
	}
	*i = k;
	*v = n;
	return 0;
}

/* Past the object (a value) at i: a dictionary, array, string, name,
 * number or keyword; p->len when it does not end. */
static size_t
skip_value(const struct pdf *p, size_t i)
{
	size_t depth = 0, paren;

	do {
		i = skip_ws(p, i);
		if (i >= p->len)
			return p->len;
		if (p->s[i] == '(') {		/* a string, ( ) nested */
			for (paren = 0; i < p->len; i++) {
				if (p->s[i] == '\\')
					i++;
				else if (p->s[i] == '(')
					paren++;
				else if (p->s[i] == ')' && --paren == 0)
					break;
			}
			i++;
		} else if (p->s[i] == '<' && i + 1 < p->len &&
		    p->s[i + 1] == '<') {
			depth++;
			i += 2;
		} else if (p->s[i] == '>' && i + 1 < p->len &&
		    p->s[i + 1] == '>') {
			if (depth > 0)
				depth--;
			i += 2;
		} else if (p->s[i] == '<') {	/* a hexadecimal string */
			while (i < p->len && p->s[i] != '>')
				i++;
			i++;
		} else if (p->s[i] == '[' || p->s[i] == '{') {
			depth++;
			i++;
		} else if (p->s[i] == ']' || p->s[i] == '}') {
			if (depth > 0)
				depth--;
			i++;
		} else {			/* a name, number, keyword */
			i++;
			while (i < p->len && !is_delim(p->s[i]))
				i++;
		}
	} while (depth > 0 && i < p->len);
	return i < p->len ? i : p->len;
}

/*
 * The value of key (with its "/") at the top level of the dictionary
 * d, as a span; 0 when it has none.
 */
static int
dict_get(const struct pdf *p, struct span d, const char *key, struct span *v)
{
	size_t i = d.a + 2, n = strlen(key), e;

	for (;;) {
		i = skip_ws(p, i);
		if (i + 1 >= d.b || p->s[i] != '/')
			return 0;
		e = i + 1;
		while (e < d.b && !is_delim(p->s[e]))
			e++;
		v->a = skip_ws(p, e);
		v->b = skip_value(p, v->a);
		/* a reference is three values: N G R */
		if (v->b < d.b) {
			size_t j = skip_ws(p, v->b), k = j, x;

			if (read_uint(p, &k, &x) == 0) {
				k = skip_ws(p, k);
				if (k < d.b && p->s[k] == 'R' &&
				    (k + 1 >= p->len || is_delim(p->s[k + 1])))
					v->b = k + 1;
			}
		}
		if (e - i == n && memcmp(p->s + i, key, n) == 0)
			return 1;
		i = v->b;
		if (i >= d.b)
			return 0;
	}
}

/* A value that is a reference N G R: its number and generation. */
static int
ref_read(const struct pdf *p, struct span v, size_t *num, size_t *gen)
{
	size_t i = v.a;

	if (read_uint(p, &i, num) < 0)
		return -1;
	i = skip_ws(p, i);
	if (read_uint(p, &i, gen) < 0)
		return -1;
	i = skip_ws(p, i);
	return i < v.b && p->s[i] == 'R' ? 0 : -1;
}

/* Where the value of object num begins, past "N G obj", into *at. */
static int
obj_body(const struct pdf *p, size_t num, size_t *at)
{
	size_t i, n, g;

	if (num >= p->size || p->off[num] == 0)
		return -1;
	i = p->off[num];
	if (read_uint(p, &i, &n) < 0 || n != num)
		return -1;
	i = skip_ws(p, i);
	if (read_uint(p, &i, &g) < 0)
		return -1;
	i = skip_ws(p, i);
	if (i + 3 > p->len || memcmp(p->s + i, "obj", 3) != 0)
		return -1;
	*at = skip_ws(p, i + 3);
	return 0;
}

/* The dictionary of object num, as a span; -1 when it has none. */
static int
obj_dict(const struct pdf *p, size_t num, struct span *d)
{
	size_t i;

	if (obj_body(p, num, &i) < 0)
		return -1;
	if (i + 1 >= p->len || p->s[i] != '<' || p->s[i + 1] != '<')
		return -1;
	d->a = i;
	d->b = skip_value(p, i);
	return d->b < p->len ? 0 : -1;
}

/*
 * The table at off: with fill, its in-use entries not known yet are
 * taken into p->off (by object number below p->size); always, *t gets
 * its trailer dictionary.  Entries are 20 bytes each (ISO 32000-1
 * 7.5.4): ten digits of offset, five of generation, "n" or "f".
 */
static int
xref_table(struct pdf *p, size_t off, int fill, struct span *t)
{
	size_t i, start, count, k, o, g, j;

	if (off + 4 > p->len || memcmp(p->s + off, "xref", 4) != 0)
		return -1;
	i = skip_ws(p, off + 4);
	while (read_uint(p, &i, &start) == 0) {
		i = skip_ws(p, i);
		if (read_uint(p, &i, &count) < 0 || count > (p->len - i) / 20)
			return -1;
		i = skip_ws(p, i);
		for (k = 0; k < count; k++, i += 20) {
			j = i;
			if (read_uint(p, &j, &o) < 0 || j != i + 10)
				return -1;
			j++;
			if (read_uint(p, &j, &g) < 0 || j != i + 16 ||
			    (p->s[i + 17] != 'n' && p->s[i + 17] != 'f'))
				return -1;
			if (fill && start + k < p->size && start + k >= k &&
			    p->off[start + k] == 0 && p->s[i + 17] == 'n' &&
			    o < p->len) {
				p->off[start + k] = o;
				p->gen[start + k] = (unsigned)g;
			}
		}
		i = skip_ws(p, i);
	}
	if (i + 7 > p->len || memcmp(p->s + i, "trailer", 7) != 0)
		return -1;
	t->a = skip_ws(p, i + 7);
	if (t->a + 1 >= p->len || p->s[t->a] != '<' || p->s[t->a + 1] != '<')
		return -1;
	t->b = skip_value(p, t->a);
	return t->b < p->len ? 0 : -1;
}

/* The file's last table and its trailer (/Size, /Root, /Info, /ID),
 * then every table before it through /Prev, for the objects' places. */
static int
pdf_read(struct pdf *p)
{
	size_t from = p->len > TAIL_SCAN ? p->len - TAIL_SCAN : 0, i, k;
	size_t off, prev, n;
	struct span t, v;

	for (i = p->len; i > from + 9; i--)
		if (memcmp(p->s + i - 9, "startxref", 9) == 0)
			break;
	if (i <= from + 9)
		return -1;
	i = skip_ws(p, i);
	if (read_uint(p, &i, &p->xref) < 0 || p->xref >= p->len)
		return -1;
	if (xref_table(p, p->xref, 0, &t) < 0 ||
	    !dict_get(p, t, "/Size", &v) || (i = v.a,
	    read_uint(p, &i, &p->size)) < 0 || p->size == 0 ||
	    p->size > p->len || !dict_get(p, t, "/Root", &v) ||
	    ref_read(p, v, &p->root, &p->rootgen) < 0)
		return -1;
	if (dict_get(p, t, "/Info", &v) &&
	    ref_read(p, v, &p->info, &p->infogen) < 0)
		return -1;
	if (dict_get(p, t, "/ID", &v)) {
		p->id = p->s + v.a;
		p->idlen = v.b - v.a;
	}
	p->off = xcalloc(p->size, sizeof(*p->off));
	p->gen = xcalloc(p->size, sizeof(*p->gen));
	/* at most as many tables as fit in the file: a loop of /Prev
	 * ends there */
	for (off = p->xref, n = 0; n < p->len / 32; n++) {
		if (xref_table(p, off, 1, &t) < 0)
			return -1;
		if (!dict_get(p, t, "/Prev", &v))
			break;
		k = v.a;
		if (read_uint(p, &k, &prev) < 0 || prev >= p->len)
			return -1;
		off = prev;
	}
	return 0;
}

/* The first page: /Pages of the catalog, then the first of /Kids down
 * the tree (a tree deeper than 32 is refused). */
static int
first_page(const struct pdf *p, struct span cat, size_t *num, size_t *gen)
{
	struct span d, v;
	size_t i, depth;

	if (!dict_get(p, cat, "/Pages", &v) || ref_read(p, v, num, gen) < 0)
		return -1;
	for (depth = 0; depth < 32; depth++) {
		if (obj_dict(p, *num, &d) < 0 || !dict_get(p, d, "/Type", &v))
			return -1;
		if (v.b - v.a == 5 && memcmp(p->s + v.a, "/Page", 5) == 0)
			return 0;
		if (!dict_get(p, d, "/Kids", &v) || p->s[v.a] != '[')
			return -1;
		i = v.a + 1;
		v.a = skip_ws(p, i);
		if (ref_read(p, v, num, gen) < 0)
			return -1;
	}
	return -1;
}

/* The value at *i when it is a number (a real), into *x. */
static int
read_real(const struct pdf *p, size_t *i, double *x)
{
	char tok[40], *end;
	size_t k = 0, at = skip_ws(p, *i);

	while (at + k < p->len && k + 1 < sizeof(tok) &&
	    strchr("+-.0123456789", p->s[at + k]) != NULL) {
		tok[k] = (char)p->s[at + k];
		k++;
	}
	tok[k] = '\0';
	if (k == 0)
		return -1;
	*x = strtod(tok, &end);
	if (*end != '\0')
		return -1;
	*i = at + k;
	return 0;
}

/* A value that is an object, or a reference to one: the span of the
 * object's value. */
static int
value_of(const struct pdf *p, struct span v, struct span *out)
{
	size_t num, gen;

	if (ref_read(p, v, &num, &gen) < 0) {
		*out = v;
		return 0;
	}
	if (obj_body(p, num, &out->a) < 0)
		return -1;
	out->b = skip_value(p, out->a);
	return out->b < p->len ? 0 : -1;
}

/*
 * The TTE block naskah rendered (its QR code): the catalog's named
 * destination naskah.tte, [page /FitR left bottom right top], its page
 * and rectangle.  -1, rect untouched, when there is none.
 */
static int
tte_place(const struct pdf *p, struct span cat, size_t *page,
    size_t *pgen, double rect[4])
{
	struct span v, d, a, r;
	double x[4];
	size_t i, k;

	if (!dict_get(p, cat, "/Dests", &v) || value_of(p, v, &d) < 0 ||
	    p->s[d.a] != '<' || !dict_get(p, d, "/naskah.tte", &v) ||
	    value_of(p, v, &a) < 0 || p->s[a.a] != '[')
		return -1;
	r.a = skip_ws(p, a.a + 1);
	r.b = a.b;
	if (ref_read(p, r, page, pgen) < 0)
		return -1;
	i = skip_value(p, skip_value(p, skip_value(p, r.a)));	/* N G R */
	i = skip_ws(p, i);
	if (i + 5 > a.b || memcmp(p->s + i, "/FitR", 5) != 0)
		return -1;
	i += 5;
	for (k = 0; k < 4; k++)
		if (read_real(p, &i, &x[k]) < 0 || i > a.b)
			return -1;
	if (*page >= p->size || p->off[*page] == 0)
		return -1;
	memcpy(rect, x, sizeof(x));
	return 0;
}

/* A PDF text string: UTF-16BE with its byte order mark, in hex. */
static void
text_hex(struct naskah_buf *b, const char *s)
{
	size_t n = strlen(s), k;
	uint32_t cp;

	buf_adds(b, "<FEFF");
	while (n > 0) {
		k = utf8_decode(s, n, &cp);
		if (k == 0) {
			k = 1;
			cp = 0xFFFD;
		}
		if (cp >= 0x10000) {
			cp -= 0x10000;
			buf_printf(b, "%04X%04X", (unsigned)(0xD800 + (cp >> 10)),
			    (unsigned)(0xDC00 + (cp & 0x3FF)));
		} else
			buf_printf(b, "%04X", (unsigned)cp);
		s += k;
		n -= k;
	}
	buf_addc(b, '>');
}

/* Where the update's objects begin, by number, for its table. */
struct placed {
	size_t	num;
	size_t	off;
	unsigned gen;
};

/* Object num written again: "N G obj", its value body from the file
 * with add put in at offset at (before a closing "]" or ">>"), then
 * "endobj"; its place into pl. */
static void
obj_insert(struct naskah_buf *b, const struct pdf *p, size_t num,
    struct span body, size_t at, const char *add, struct placed *pl)
{
	pl->num = num;
	pl->gen = p->gen[num];
	pl->off = b->len;
	buf_printf(b, "%zu %u obj\n", num, p->gen[num]);
	buf_add(b, (const char *)p->s + body.a, at - body.a);
	buf_adds(b, add);
	buf_add(b, (const char *)p->s + at, body.b - at);
	buf_adds(b, "\nendobj\n");
}

/* The widget wid put into the page's /Annots: the page written again
 * with it added, or with it in the array written there; an /Annots
 * that is an object of its own is written again instead.  The object
 * written goes into pl. */
static int
page_annots(struct naskah_buf *b, const struct pdf *p, size_t page,
    size_t wid, struct placed *pl)
{
	struct span d, v, a;
	size_t num, gen;
	char add[80];

	if (obj_dict(p, page, &d) < 0)
		return -1;
	if (!dict_get(p, d, "/Annots", &v)) {
		snprintf(add, sizeof(add), "/Annots [ %zu 0 R ]\n", wid);
		obj_insert(b, p, page, d, d.b - 2, add, pl);
		return 0;
	}
	snprintf(add, sizeof(add), " %zu 0 R ", wid);
	if (p->s[v.a] == '[') {		/* in the page: before its "]" */
		obj_insert(b, p, page, d, v.b - 1, add, pl);
		return 0;
	}
	/* an array object of its own: written again, the page unchanged */
	if (ref_read(p, v, &num, &gen) < 0 || obj_body(p, num, &a.a) < 0 ||
	    a.a >= p->len || p->s[a.a] != '[')
		return -1;
	a.b = skip_value(p, a.a);
	if (a.b >= p->len)
		return -1;
	obj_insert(b, p, num, a, a.b - 1, add, pl);
	return 0;
}

/* The signature dictionary, its /ByteRange and /Contents left to fill:
 * their places into *br and *ct. */
static void
sig_dict(struct naskah_buf *b, size_t num, const struct sign_info *si,
    size_t *br, size_t *ct)
{
	struct tm tm;
	size_t i;

	gmtime_r(&si->when, &tm);
	buf_printf(b, "%zu 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite "
	    "/SubFilter /ETSI.CAdES.detached\n/ByteRange ", num);
	*br = b->len;
	buf_adds(b, "[0 0000000000 0000000000 0000000000]\n/Contents ");
	*ct = b->len;
	buf_addc(b, '<');
	for (i = 0; i < 2 * CONTENTS_MAX; i++)
		buf_addc(b, '0');
	buf_printf(b, ">\n/M (D:%04d%02d%02d%02d%02d%02dZ)", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
	if (si->name != NULL && si->name[0] != '\0') {
		buf_adds(b, "\n/Name ");
		text_hex(b, si->name);
	}
	if (si->reason != NULL) {
		buf_adds(b, "\n/Reason ");
		text_hex(b, si->reason);
	}
	if (si->location != NULL) {
		buf_adds(b, "\n/Location ");
		text_hex(b, si->location);
	}
	buf_adds(b, " >>\nendobj\n");
}

static int
placed_cmp(const void *x, const void *y)
{
	const struct placed *a = x, *b = y;

	return a->num < b->num ? -1 : a->num > b->num;
}

/* The update's table (a subsection per object) and trailer. */
static void
xref_write(struct naskah_buf *b, const struct pdf *p, struct placed *pl,
    size_t n, size_t size)
{
	size_t i, at = b->len;

	qsort(pl, n, sizeof(*pl), placed_cmp);
	buf_adds(b, "xref\n");
	for (i = 0; i < n; i++)
		buf_printf(b, "%zu 1\n%010zu %05u n\r\n", pl[i].num, pl[i].off,
		    pl[i].gen);
	buf_printf(b, "trailer\n<< /Size %zu /Root %zu %zu R", size, p->root,
	    p->rootgen);
	if (p->info != 0)
		buf_printf(b, " /Info %zu %zu R", p->info, p->infogen);
	if (p->id != NULL) {
		buf_adds(b, " /ID ");
		buf_add(b, (const char *)p->id, p->idlen);
	}
	buf_printf(b, " /Prev %zu >>\nstartxref\n%zu\n%%%%EOF\n", p->xref, at);
}

/* The /ByteRange at br and the signature's hex at ct filled in. */
static int
sig_fill(struct naskah_buf *b, size_t br, size_t ct,
    const struct sign_key *k, struct naskah_diag *d)
{
	struct naskah_buf cms = { NULL, 0, 0 };
	size_t after = ct + 2 + 2 * CONTENTS_MAX, i;
	char range[40];
	static const char hex[] = "0123456789ABCDEF";

	snprintf(range, sizeof(range), "[0 %10zu %10zu %10zu]", ct, after,
	    b->len - after);
	memcpy(b->s + br, range, strlen(range));
	if (sign_cms(k, b->s, ct, b->s + after, b->len - after, &cms, d) < 0)
		return -1;
	if (cms.len > CONTENTS_MAX) {
		naskah_diag(d, SEV_ERROR, (struct naskah_pos){ 0, 0, NULL },
		    MSG_SIGN_TOO_BIG, cms.len, (size_t)CONTENTS_MAX);
		free(cms.s);
		return -1;
	}
	for (i = 0; i < cms.len; i++) {
		b->s[ct + 1 + 2 * i] = hex[(unsigned char)cms.s[i] >> 4];
		b->s[ct + 2 + 2 * i] = hex[(unsigned char)cms.s[i] & 15];
	}
	free(cms.s);
	return 0;
}

int
sign_pdf(const unsigned char *pdf, size_t len, const struct sign_key *k,
    const struct sign_info *si, struct naskah_buf *out,
    struct naskah_diag *d)
{
	const struct naskah_pos none = { 0, 0, NULL };
	struct pdf p = { pdf, len, NULL, NULL, 0, 0, 0, 0, 0, NULL, 0, 0 };
	struct placed pl[5];
	struct span cat, v;
	size_t page, pgen, sig, wid, ap, br, ct;
	double rect[4] = { 0, 0, 0, 0 };
	int r = -1;

	if (len < 8 || memcmp(pdf, "%PDF-", 5) != 0) {
		naskah_diag(d, SEV_ERROR, none, MSG_SIGN_NOT_PDF);
		return -1;
	}
	/* on the TTE block when there is one, else invisible on page 1 */
	if (pdf_read(&p) < 0 || obj_dict(&p, p.root, &cat) < 0 ||
	    (tte_place(&p, cat, &page, &pgen, rect) < 0 &&
	    first_page(&p, cat, &page, &pgen) < 0)) {
		naskah_diag(d, SEV_ERROR, none, MSG_SIGN_UNREADABLE);
		goto done;
	}
	if (dict_get(&p, cat, "/AcroForm", &v)) {
		naskah_diag(d, SEV_ERROR, none, MSG_SIGN_FORM);
		goto done;
	}
	sig = p.size;
	wid = p.size + 1;
	ap = p.size + 2;
	buf_add(out, (const char *)pdf, len);
	if (pdf[len - 1] != '\n' && pdf[len - 1] != '\r')
		buf_addc(out, '\n');
	{
		char add[96];

		snprintf(add, sizeof(add), "/AcroForm << /Fields [ %zu 0 R ] "
		    "/SigFlags 3 >>\n", wid);
		obj_insert(out, &p, p.root, cat, cat.b - 2, add, &pl[0]);
	}
	if (page_annots(out, &p, page, wid, &pl[1]) < 0) {
		naskah_diag(d, SEV_ERROR, none, MSG_SIGN_UNREADABLE);
		goto done;
	}
	/* the widget, its appearance an empty form (the page shows the
	 * TTE block already), the signature */
	pl[2] = (struct placed){ wid, out->len, 0 };
	buf_printf(out, "%zu 0 obj\n<< /Type /Annot /Subtype /Widget /FT /Sig "
	    "/T (Signature1) /F 132 /Rect [ %.2f %.2f %.2f %.2f ] /P %zu %zu R "
	    "/V %zu 0 R /AP << /N %zu 0 R >> >>\nendobj\n", wid, rect[0],
	    rect[1], rect[2], rect[3], page, pgen, sig, ap);
	pl[3] = (struct placed){ ap, out->len, 0 };
	buf_printf(out, "%zu 0 obj\n<< /Type /XObject /Subtype /Form /BBox "
	    "[ 0 0 %.2f %.2f ] /Length 0 >>\nstream\n\nendstream\nendobj\n", ap,
	    rect[2] - rect[0], rect[3] - rect[1]);
	pl[4] = (struct placed){ sig, out->len, 0 };
	sig_dict(out, sig, si, &br, &ct);
	xref_write(out, &p, pl, 5, p.size + 3);
	r = sig_fill(out, br, ct, k, d);
done:
	free(p.off);
	free(p.gen);
	return r;
}
