/* SPDX-License-Identifier: ISC */
/*
 * yedit.c - edits of a YAML text in place (yedit.h), found with the
 * byte ranges of ytree's positions.
 *
 * What an edit writes:
 * - a text is written plain when YAML reads it back as it is (no
 *   leading indicator, no ': ' or ' #', no brackets or commas, no
 *   control characters, not empty, not ~ or null), else in double
 *   quotes with escapes; a value that was quoted stays quoted;
 * - a value that was written plain over several lines is folded again
 *   at 80 columns with its first line's indentation; any other value
 *   goes on one line, however long;
 * - a missing key is added as the last of its mapping, at the
 *   mapping's indentation (inside its braces for a {...} mapping), with
 *   the keys above it that are missing too, indented two more each;
 * - a list item is its "- " line and the lines under it, with the
 *   comment lines right above it: a deleted item takes them along (the
 *   last item takes the blank lines before it instead of after), a
 *   moved one carries them, a new one is written with the "- " and
 *   indentation of its neighbour; blank lines between items stay where
 *   they are.  A list written in brackets is refused, so is deleting a
 *   list's only item.
 * Setting a value to what it reads as changes nothing.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/xalloc.h"
#include "yaml/yedit.h"
#include "yaml/ytree.h"

#define FOLD_WIDTH	80

const char *const yedit_kind_names[YEDIT__MAX] = {
	[YEDIT_SET] = "set",
	[YEDIT_INSERT] = "insert",
	[YEDIT_DELETE] = "delete",
	[YEDIT_MOVE] = "move",
};

/* One step of a path: a key, or an index when key is NULL. */
struct yseg {
	const char	*key;
	size_t		 klen;
	size_t		 idx;
};

/* path split into *seg (caller frees); 0 when it is not a path. */
static int
path_parse(const char *path, struct yseg **seg, size_t *n)
{
	size_t cap = 0, k;
	const char *p = path;
	struct yseg s;
	char *end;

	*seg = NULL;
	*n = 0;
	while (*p != '\0') {
		memset(&s, 0, sizeof(s));
		if (*p == '[') {
			if (p[1] < '0' || p[1] > '9')
				goto bad;
			s.idx = strtoul(p + 1, &end, 10);
			if (*end != ']')
				goto bad;
			p = end + 1;
		} else {
			if (*n > 0) {
				if (*p != '.')
					goto bad;
				p++;
			}
			k = strcspn(p, ".[]");
			if (k == 0)
				goto bad;
			s.key = p;
			s.klen = k;
			p += k;
		}
		VEC_PUSH(*seg, *n, cap, s);
	}
	return 1;
bad:
	free(*seg);
	*seg = NULL;
	*n = 0;
	return 0;
}

/* The value of key k in mapping m, or NULL. */
static struct ynode *
map_find(const struct ynode *m, const char *k, size_t klen)
{
	size_t i;

	for (i = 0; i < YMAP_LEN(m); i++)
		if (YMAP_KEY(m, i)->len == klen &&
		    memcmp(YMAP_KEY(m, i)->str, k, klen) == 0)
			return YMAP_VAL(m, i);
	return NULL;
}

/* Follow seg from n as far as it goes: the last node reached, *done
 * the number of steps taken. */
static struct ynode *
path_walk(struct ynode *n, const struct yseg *seg, size_t nseg, size_t *done)
{
	struct ynode *c;
	size_t i;

	for (i = 0; i < nseg && n != NULL; i++, n = c) {
		c = NULL;
		if (seg[i].key != NULL && n->kind == YNODE_MAP)
			c = map_find(n, seg[i].key, seg[i].klen);
		else if (seg[i].key == NULL && n->kind == YNODE_LIST &&
		    seg[i].idx < n->nkid)
			c = n->kid[seg[i].idx];
		if (c == NULL)
			break;
	}
	*done = i;
	return n;
}

struct ynode *
ypath_get(const struct ydoc *doc, const char *path)
{
	struct yseg *seg;
	struct ynode *n;
	size_t nseg, done;

	if (doc == NULL || !path_parse(path, &seg, &nseg))
		return NULL;
	n = path_walk(doc->root, seg, nseg, &done);
	free(seg);
	return done == nseg ? n : NULL;
}

/* ---- the text's lines ---- */

static size_t
line_start(const char *s, size_t off)
{
	while (off > 0 && s[off - 1] != '\n')
		off--;
	return off;
}

/* Just past the end of the line off is on (past its \n); off itself
 * when it starts a line after a \n. */
static size_t
line_after(const char *s, size_t len, size_t off)
{
	if (off > 0 && s[off - 1] == '\n')
		return off;
	while (off < len && s[off] != '\n')
		off++;
	return off < len ? off + 1 : len;
}

static int
comment_line(const char *s, size_t a, size_t b)
{
	while (a < b && s[a] == ' ')
		a++;
	return a < b && s[a] == '#';
}

static int
blank_line(const char *s, size_t a, size_t b)
{
	while (a < b && s[a] == ' ')
		a++;
	return a == b;
}

static int
is_flow(const struct ydoc *doc, const struct ynode *n)
{
	size_t o = ydoc_offset(doc, n->pos);

	return n->kind != YNODE_SCALAR && o < doc->srclen &&
	    (doc->src[o] == '[' || doc->src[o] == '{');
}

/* Just past the last byte written of n (a block scalar's: the start of
 * the line after it). */
static size_t
content_end(const struct ydoc *doc, const struct ynode *n)
{
	size_t e, s;

	while (n->kind != YNODE_SCALAR && !is_flow(doc, n) && n->nkid > 0)
		n = n->kid[n->nkid - 1];
	e = ydoc_offset(doc, n->end);
	if (n->kind == YNODE_SCALAR && n->style == YSTYLE_BLOCK) {
		s = ydoc_offset(doc, n->pos);
		if (e < doc->srclen)
			e = line_start(doc->src, e);
		/* not the blank lines after it (libyaml's end is past
		 * them) */
		while (e > s && doc->src[e - 1] == '\n' &&
		    blank_line(doc->src, line_start(doc->src, e - 1), e - 1))
			e = line_start(doc->src, e - 1);
	}
	return e;
}

/* The end of item it's lines. */
static size_t
item_end(const struct ydoc *doc, const struct ynode *it)
{
	return line_after(doc->src, doc->srclen, content_end(doc, it));
}

/* The start of item it's "- " line, or (size_t)-1 when the text
 * before it on its line is not spaces, '-' and spaces. */
static size_t
item_line(const struct ydoc *doc, const struct ynode *it)
{
	size_t p = ydoc_offset(doc, it->pos), ls = line_start(doc->src, p);
	size_t i = ls;

	while (i < p && doc->src[i] == ' ')
		i++;
	if (i == p || doc->src[i] != '-')
		return (size_t)-1;
	for (i++; i < p && doc->src[i] == ' '; i++)
		;
	return i == p ? ls : (size_t)-1;
}

/* The start of item it with the comment lines right above it. */
static size_t
item_start(const struct ydoc *doc, const struct ynode *it)
{
	size_t ls = item_line(doc, it), pl;

	while (ls > 0) {
		pl = line_start(doc->src, ls - 1);
		if (!comment_line(doc->src, pl, ls - 1))
			break;
		ls = pl;
	}
	return ls;
}

/* Column (in characters) of byte off on its line. */
static size_t
col_of(const char *s, size_t off)
{
	size_t i = line_start(s, off), c = 0;

	for (; i < off; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/* ---- writing a text ---- */

/* Does YAML read v back as it is when written plain (and not a
 * mapping, a comment, a list, or a break of libyaml's)? */
static int
plain_ok(const char *v)
{
	size_t n = strlen(v), i;

	if (n == 0 || strchr(" \t-?:,[]{}#&*!|>'\"%@`", v[0]) != NULL ||
	    v[n - 1] == ' ' || v[n - 1] == ':' ||
	    strstr(v, ": ") != NULL || strstr(v, " #") != NULL ||
	    strpbrk(v, ",[]{}") != NULL || strcmp(v, "~") == 0 ||
	    strcasecmp(v, "null") == 0 || strncmp(v, "...", 3) == 0 ||
	    strstr(v, "\xc2\x85") != NULL || strstr(v, "\xe2\x80\xa8") ||
	    strstr(v, "\xe2\x80\xa9") != NULL || strstr(v, "\xef\xbb\xbf"))
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)v[i] < 0x20 || v[i] == 0x7F)
			return 0;
	return 1;
}

static void
put_quoted(struct naskah_buf *b, const char *v)
{
	const unsigned char *p = (const unsigned char *)v;

	buf_addc(b, '"');
	for (; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\') {
			buf_addc(b, '\\');
			buf_addc(b, (char)*p);
		} else if (*p == '\n')
			buf_adds(b, "\\n");
		else if (*p == '\t')
			buf_adds(b, "\\t");
		else if (*p < 0x20 || *p == 0x7F)
			buf_printf(b, "\\x%02X", *p);
		else if (p[0] == 0xC2 && p[1] == 0x85) {
			buf_adds(b, "\\N");
			p++;
		} else if (p[0] == 0xE2 && p[1] == 0x80 &&
		    (p[2] == 0xA8 || p[2] == 0xA9)) {
			buf_adds(b, p[2] == 0xA8 ? "\\L" : "\\P");
			p += 2;
		} else
			buf_addc(b, (char)*p);
	}
	buf_addc(b, '"');
}

/* v plain, broken at single spaces into lines of at most FOLD_WIDTH
 * columns where it can be, the first starting at column col and the
 * others indented col spaces. */
static void
put_folded(struct naskah_buf *b, const char *v, size_t col)
{
	size_t n = strlen(v), ls = 0, last = (size_t)-1, i, j;

	for (i = 1; i + 1 < n; i++) {
		if (v[i] != ' ' || v[i - 1] == ' ' || v[i + 1] == ' ')
			continue;
		if (col + (i - ls) > FOLD_WIDTH && last != (size_t)-1) {
			buf_add(b, v + ls, last - ls);
			buf_addc(b, '\n');
			for (j = 0; j < col; j++)
				buf_addc(b, ' ');
			ls = last + 1;
		}
		last = i;
	}
	if (col + (n - ls) > FOLD_WIDTH && last != (size_t)-1 && last > ls) {
		buf_add(b, v + ls, last - ls);
		buf_addc(b, '\n');
		for (j = 0; j < col; j++)
			buf_addc(b, ' ');
		ls = last + 1;
	}
	buf_add(b, v + ls, n - ls);
}

/* How a text is written: mode 0 as preferred (fold: folded when plain;
 * quote: quoted), 1 quoted on one line. */
static void
put_text(struct naskah_buf *b, const char *v, size_t col, int fold,
    int quote, int mode)
{
	if (mode == 0 && !quote && plain_ok(v)) {
		if (fold)
			put_folded(b, v, col);
		else
			buf_adds(b, v);
	} else
		put_quoted(b, v);
}

/* ---- the operations ---- */

/* One operation's work: the text parsed, the new one built. */
struct yed {
	const struct ydoc	*doc;
	const struct yedit_op	*op;
	struct naskah_diag	*d;
	struct naskah_buf	 out;
	int			 mode;
};

/* out = the source with [a, b) replaced by ins[0..n). */
static void
splice(struct yed *e, size_t a, size_t b, const char *ins, size_t n)
{
	buf_add(&e->out, e->doc->src, a);
	buf_add(&e->out, ins, n);
	buf_add(&e->out, e->doc->src + b, e->doc->srclen - b);
}

static void
report(struct yed *e, enum naskah_msg msg, const struct ynode *at, ...)
{
	struct naskah_pos pos = { 0, 0, NULL };
	va_list ap;

	if (at != NULL)
		pos = at->pos;
	va_start(ap, at);
	naskah_diagv(e->d, SEV_ERROR, pos, msg, ap);
	va_end(ap);
}

/* The keys seg[0..n) added to mapping m, the last one's value v. */
static int
add_keys(struct yed *e, const struct ynode *m, const struct yseg *seg,
    size_t n)
{
	struct naskah_buf t = { NULL, 0, 0 };
	size_t i, j, at, col, ind;
	char *k;
	int flow = is_flow(e->doc, m);

	if (flow) {
		at = ydoc_offset(e->doc, m->end);
		if (at == 0 || e->doc->src[at - 1] != '}')
			return report(e, MSG_EDIT_LAYOUT, m, e->op->path), 0;
		at--;
		if (m->nkid > 0)
			buf_adds(&t, ", ");
	} else {
		at = item_end(e->doc, m);
		if (at == e->doc->srclen && at > 0 &&
		    e->doc->src[at - 1] != '\n')
			buf_addc(&t, '\n');
	}
	ind = col_of(e->doc->src, ydoc_offset(e->doc, m->pos));
	for (i = 0; i < n; i++) {
		if (!flow)
			for (j = 0; j < ind + 2 * i; j++)
				buf_addc(&t, ' ');
		k = xstrndup(seg[i].key, seg[i].klen);
		put_text(&t, k, 0, 0, 0, 0);
		free(k);
		buf_adds(&t, i + 1 < n ? (flow ? ": {" : ":\n") : ": ");
	}
	col = flow ? 0 : ind + 2 * (n - 1) + seg[n - 1].klen + 2;
	put_text(&t, e->op->value, col, 0, 0, e->mode);
	for (i = 1; flow && i < n; i++)
		buf_addc(&t, '}');
	if (!flow)
		buf_addc(&t, '\n');
	splice(e, at, at, t.s, t.len);
	buf_free(&t);
	return 1;
}

static int
op_set(struct yed *e, const struct yseg *seg, size_t nseg)
{
	struct naskah_buf t = { NULL, 0, 0 };
	struct ynode *n;
	size_t done, a, z;

	n = path_walk(e->doc->root, seg, nseg, &done);
	if (n == NULL)
		return report(e, MSG_EDIT_NOT_MAP, NULL, "", e->op->path), 0;
	if (done < nseg) {
		for (a = done; a < nseg && seg[a].key != NULL; a++)
			;
		if (n->kind == YNODE_MAP && a == nseg)
			return add_keys(e, n, seg + done, nseg - done);
		if (n->kind == YNODE_LIST && seg[done].key == NULL)
			report(e, MSG_EDIT_NO_ITEM, n, e->op->path,
			    (int)n->nkid, (int)seg[done].idx);
		else if (seg[done].key == NULL)
			report(e, MSG_EDIT_NOT_LIST, n, e->op->path);
		else
			report(e, MSG_EDIT_NOT_MAP, n, e->op->path,
			    "");
		return 0;
	}
	if (n->kind != YNODE_SCALAR)
		return report(e, MSG_EDIT_NOT_TEXT, n, e->op->path,
		    ynode_kind_names[n->kind]), 0;
	a = ydoc_offset(e->doc, n->pos);
	z = content_end(e->doc, n);
	if (strcmp(n->str, e->op->value) == 0) {
		splice(e, 0, 0, "", 0);
		return 1;
	}
	if (a == z && a > 0 && (e->doc->src[a - 1] == ':' ||
	    e->doc->src[a - 1] == '-'))
		buf_addc(&t, ' ');
	put_text(&t, e->op->value, col_of(e->doc->src, a) + t.len,
	    n->style == YSTYLE_PLAIN && n->pos.line != n->end.line,
	    n->style == YSTYLE_QUOTED, e->mode);
	if (n->style == YSTYLE_BLOCK && z > a && e->doc->src[z - 1] == '\n')
		buf_addc(&t, '\n');
	splice(e, a, z, t.s, t.len);
	buf_free(&t);
	return 1;
}

/* The list seg[0..nseg-1) and the index seg[nseg-1] names; NULL after
 * a report.  max: the largest index allowed. */
static struct ynode *
list_of(struct yed *e, const struct yseg *seg, size_t nseg, size_t max)
{
	struct ynode *l;
	size_t done, i;

	if (nseg == 0 || seg[nseg - 1].key != NULL) {
		report(e, MSG_EDIT_NOT_LIST, NULL, e->op->path);
		return NULL;
	}
	l = path_walk(e->doc->root, seg, nseg - 1, &done);
	if (l == NULL || done < nseg - 1 || l->kind != YNODE_LIST) {
		report(e, MSG_EDIT_NOT_LIST, l, e->op->path);
		return NULL;
	}
	if (seg[nseg - 1].idx > max) {
		report(e, MSG_EDIT_NO_ITEM, l, e->op->path, (int)l->nkid,
		    (int)seg[nseg - 1].idx);
		return NULL;
	}
	for (i = 0; i < l->nkid; i++)
		if (is_flow(e->doc, l) || item_line(e->doc, l->kid[i]) ==
		    (size_t)-1) {
			report(e, MSG_EDIT_LAYOUT, l, e->op->path);
			return NULL;
		}
	return l;
}

static int
op_insert(struct yed *e, const struct yseg *seg, size_t nseg)
{
	struct naskah_buf t = { NULL, 0, 0 };
	const struct ydoc *doc = e->doc;
	struct ynode *l, *tp;
	size_t k, at, ls, p;

	if ((l = list_of(e, seg, nseg, (size_t)-1)) == NULL)
		return 0;
	k = seg[nseg - 1].idx;
	if (l->nkid == 0 || k > l->nkid) {
		report(e, MSG_EDIT_NO_ITEM, l, e->op->path, (int)l->nkid,
		    (int)k);
		return 0;
	}
	tp = l->kid[k < l->nkid ? k : l->nkid - 1];
	at = k < l->nkid ? item_start(doc, tp) : item_end(doc, tp);
	if (at == doc->srclen && at > 0 && doc->src[at - 1] != '\n')
		buf_addc(&t, '\n');
	ls = item_line(doc, tp);
	p = ydoc_offset(doc, tp->pos);
	if (e->op->value == NULL) {
		buf_add(&t, doc->src + ls, item_end(doc, tp) - ls);
	} else {
		buf_add(&t, doc->src + ls, p - ls);
		put_text(&t, e->op->value, col_of(doc->src, p), tp->kind ==
		    YNODE_SCALAR && tp->style == YSTYLE_PLAIN &&
		    tp->pos.line != tp->end.line, 0, e->mode);
	}
	if (t.len > 0 && t.s[t.len - 1] != '\n')
		buf_addc(&t, '\n');
	splice(e, at, at, t.s, t.len);
	buf_free(&t);
	return 1;
}

static int
op_delete(struct yed *e, const struct yseg *seg, size_t nseg)
{
	struct ynode *l;
	size_t i, a, z;

	if ((l = list_of(e, seg, nseg, (size_t)-1)) == NULL)
		return 0;
	i = seg[nseg - 1].idx;
	if (i >= l->nkid) {
		report(e, MSG_EDIT_NO_ITEM, l, e->op->path, (int)l->nkid,
		    (int)i);
		return 0;
	}
	if (l->nkid == 1)
		return report(e, MSG_EDIT_LAST, l, e->op->path), 0;
	if (i + 1 < l->nkid) {
		a = item_start(e->doc, l->kid[i]);
		z = item_start(e->doc, l->kid[i + 1]);
	} else {
		a = item_end(e->doc, l->kid[i - 1]);
		z = item_end(e->doc, l->kid[i]);
	}
	splice(e, a, z, "", 0);
	return 1;
}

static int
op_move(struct yed *e, const struct yseg *seg, size_t nseg)
{
	const struct ydoc *doc = e->doc;
	struct naskah_buf blk = { NULL, 0, 0 };
	struct ynode *l;
	size_t i, to = e->op->to, a, z, c;

	if ((l = list_of(e, seg, nseg, (size_t)-1)) == NULL)
		return 0;
	i = seg[nseg - 1].idx;
	if (i >= l->nkid || to >= l->nkid) {
		report(e, MSG_EDIT_NO_ITEM, l, e->op->path, (int)l->nkid,
		    (int)(i >= l->nkid ? i : to));
		return 0;
	}
	if (i == to) {
		splice(e, 0, 0, "", 0);
		return 1;
	}
	a = item_start(doc, l->kid[i]);
	z = item_end(doc, l->kid[i]);
	c = to < i ? item_start(doc, l->kid[to]) : item_end(doc, l->kid[to]);
	if (c == doc->srclen && c > 0 && doc->src[c - 1] != '\n')
		buf_addc(&blk, '\n');
	buf_add(&blk, doc->src + a, z - a);
	if (blk.len > 0 && blk.s[blk.len - 1] != '\n')
		buf_addc(&blk, '\n');
	if (c <= a) {
		buf_add(&e->out, doc->src, c);
		buf_add(&e->out, blk.s, blk.len);
		buf_add(&e->out, doc->src + c, a - c);
		buf_add(&e->out, doc->src + z, doc->srclen - z);
	} else {
		buf_add(&e->out, doc->src, a);
		buf_add(&e->out, doc->src + z, c - z);
		buf_add(&e->out, blk.s, blk.len);
		buf_add(&e->out, doc->src + c, doc->srclen - c);
	}
	buf_free(&blk);
	return 1;
}

/* Does nw (the text after op) read as op asked of old? */
static int
op_verify(const struct ydoc *old, const struct ydoc *nw,
    const struct yedit_op *op, const struct yseg *seg, size_t nseg)
{
	struct ynode *o, *n, *ol, *nl;
	size_t done, k = nseg > 0 ? seg[nseg - 1].idx : 0;

	if (op->kind == YEDIT_SET) {
		n = path_walk(nw->root, seg, nseg, &done);
		return done == nseg && n != NULL &&
		    n->kind == YNODE_SCALAR && strcmp(n->str, op->value) == 0;
	}
	ol = path_walk(old->root, seg, nseg - 1, &done);
	nl = path_walk(nw->root, seg, nseg - 1, &done);
	if (done != nseg - 1 || nl == NULL || nl->kind != YNODE_LIST)
		return 0;
	switch (op->kind) {
	case YEDIT_INSERT:
		n = nl->nkid == ol->nkid + 1 ? nl->kid[k] : NULL;
		o = ol->kid[k < ol->nkid ? k : ol->nkid - 1];
		return n != NULL && (op->value == NULL ?
		    n->kind == o->kind : n->kind == YNODE_SCALAR &&
		    strcmp(n->str, op->value) == 0);
	case YEDIT_DELETE:
		return nl->nkid + 1 == ol->nkid;
	default:
		if (nl->nkid != ol->nkid)
			return 0;
		o = ol->kid[k];
		n = nl->kid[op->to];
		return n->kind == o->kind && (o->kind != YNODE_SCALAR ||
		    strcmp(n->str, o->str) == 0);
	}
}

/* A parse of text that reports nothing. */
static struct ydoc *
quiet_parse(const char *text, size_t len)
{
	struct naskah_diag q;

	naskah_diag_init(&q, LANG_ID);
	return ydoc_parse(text, len, &q);
}

/* Apply op to *doc: on success *doc is the new text's parse. */
static int
op_apply(struct ydoc **doc, const struct yedit_op *op, struct naskah_diag *d)
{
	struct yedit_op set;
	struct yed e = { *doc, op, d, { NULL, 0, 0 }, 0 };
	struct ydoc *nw = NULL;
	struct yseg *seg;
	size_t nseg;
	int ok = 0;

	if (!path_parse(op->path, &seg, &nseg) ||
	    (op->kind != YEDIT_SET && nseg == 0)) {
		naskah_diag(d, SEV_ERROR, (struct naskah_pos){ 0, 0, NULL },
		    MSG_EDIT_PATH, op->path);
		return 0;
	}
	if (op->kind == YEDIT_SET && op->value == NULL) {
		set = *op;	/* no text: the empty one */
		set.value = "";
		e.op = op = &set;
	}
	for (e.mode = 0; e.mode < 2 && !ok; e.mode++) {
		e.out.len = 0;
		ok = op->kind == YEDIT_SET ? op_set(&e, seg, nseg) :
		    op->kind == YEDIT_INSERT ? op_insert(&e, seg, nseg) :
		    op->kind == YEDIT_DELETE ? op_delete(&e, seg, nseg) :
		    op_move(&e, seg, nseg);
		if (!ok)
			break;
		nw = quiet_parse(e.out.s != NULL ? e.out.s : "", e.out.len);
		if (nw == NULL || !op_verify(*doc, nw, op, seg, nseg)) {
			ydoc_free(nw);
			nw = NULL;
			ok = 0;
			if (e.mode == 1)
				naskah_diag(d, SEV_ERROR,
				    (struct naskah_pos){ 0, 0, NULL },
				    MSG_EDIT_VERIFY, op->path);
		}
	}
	buf_free(&e.out);
	free(seg);
	if (ok) {
		ydoc_free(*doc);
		*doc = nw;
	}
	return ok;
}

char *
yedit_apply(const char *text, size_t len, const struct yedit_op *ops,
    size_t nops, size_t *outlen, struct naskah_diag *d)
{
	struct ydoc *doc;
	char *out;
	size_t i;

	if ((doc = quiet_parse(text, len)) == NULL) {
		doc = ydoc_parse(text, len, d);	/* its errors, reported */
		ydoc_free(doc);
		return NULL;
	}
	for (i = 0; i < nops; i++)
		if (!op_apply(&doc, &ops[i], d)) {
			ydoc_free(doc);
			return NULL;
		}
	out = xmalloc(doc->srclen + 1);
	memcpy(out, doc->src, doc->srclen);
	out[doc->srclen] = '\0';
	*outlen = doc->srclen;
	ydoc_free(doc);
	return out;
}
