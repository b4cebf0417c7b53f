/* SPDX-License-Identifier: ISC */
/*
 * ypos.c - positions in a YAML file's source (ypos.h): libyaml's marks
 * as an editor shows them, byte offsets to lines and columns and back,
 * a scalar's span.  A checkpoint every YDOC_CHK_STEP characters keeps
 * each lookup within that many characters of decoding, so a file of
 * many values on one long line costs linear time.
 */
#include <stdint.h>
#include <string.h>

#include "base/span.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "yaml/ypos.h"

/* The character index of byte off (a character's start), counted from
 * the last checkpoint at or before it. */
static size_t
char_at(const struct ydoc *doc, size_t off)
{
	size_t lo = 0, hi = doc->nchk, mid, i, ch, k;
	uint32_t cp;

	if (doc->nchk == 0)
		return 0;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (doc->chk[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	for (i = doc->chk[lo], ch = lo * YDOC_CHK_STEP; i < off;
	    i += k ? k : 1, ch++)
		k = utf8_decode(doc->src + i, doc->srclen - i, &cp);
	return ch;
}

/*
 * The position an editor shows for a libyaml mark.  libyaml also breaks
 * lines at U+0085, U+2028 and U+2029, which editors show inside a line:
 * take the breaks before the mark off its line (and count its column
 * from the line's start when one of them is on its line).
 */
/* The byte offset n characters on from byte off (a character's start),
 * at most the source's end. */
static size_t
skip_chars(const struct ydoc *doc, size_t off, size_t n)
{
	size_t k;
	uint32_t cp;

	for (; n > 0 && off < doc->srclen; n--) {
		k = utf8_decode(doc->src + off, doc->srclen - off, &cp);
		off += k ? k : 1;
	}
	return off;
}

/* The byte offset of character index ch (below doc->nchar), from the
 * checkpoint before it. */
static size_t
byte_at(const struct ydoc *doc, size_t ch)
{
	return skip_chars(doc, doc->chk[ch / YDOC_CHK_STEP],
	    ch % YDOC_CHK_STEP);
}

/* How many of the breaks editors do not show come before character
 * index ch. */
static size_t
breaks_before(const struct ydoc *doc, size_t ch)
{
	size_t lo = 0, hi = doc->nxbreak, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (doc->xbreak[mid] < ch)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

struct naskah_pos
ypos_mark(const struct ydoc *doc, yaml_mark_t m)
{
	struct naskah_pos p = { (int)m.line + 1, (int)m.column + 1, NULL };
	size_t lo = breaks_before(doc, m.index), start;

	if (lo == 0)
		return p;
	p.line -= (int)lo;
	if (p.line < 1 || (size_t)p.line > doc->nline)
		return p;
	start = char_at(doc, doc->line[p.line - 1]);
	if (doc->xbreak[lo - 1] >= start)
		p.col = (int)(m.index - start) + 1;
	return p;
}

size_t
ypos_break_before(const struct ydoc *doc, yaml_mark_t m)
{
	struct naskah_pos p;
	size_t lo = breaks_before(doc, m.index);

	if (lo == 0)
		return (size_t)-1;
	p = ypos_mark(doc, m);
	if (p.line < 1 || (size_t)p.line > doc->nline ||
	    doc->xbreak[lo - 1] < char_at(doc, doc->line[p.line - 1]))
		return (size_t)-1;
	return byte_at(doc, doc->xbreak[lo - 1]);
}

void
ypos_index_lines(struct ydoc *doc)
{
	size_t i, k, ch, cap = 0;
	uint32_t cp;

	/* offsets fit in 32 bits: ydoc_parse refuses larger files first */
	VEC_PUSH(doc->line, doc->nline, cap, 0);
	for (i = 0; i < doc->srclen; i++)
		if (doc->src[i] == '\n')
			VEC_PUSH(doc->line, doc->nline, cap, i + 1);
	/* characters as ypos_offset and ypos_line_col count them: a byte
	 * that starts no UTF-8 sequence is one, and a newline always one
	 * (so every line starts on a character) */
	/* no more characters than bytes: room for every checkpoint */
	doc->chk = xmalloc((doc->srclen / YDOC_CHK_STEP + 1) *
	    sizeof(doc->chk[0]));
	cap = 0;
	for (i = 0, ch = 0; i < doc->srclen; i += k ? k : 1, ch++) {
		if (ch % YDOC_CHK_STEP == 0)
			doc->chk[doc->nchk++] = (uint32_t)i;
		k = utf8_decode(doc->src + i, doc->srclen - i, &cp);
		if (k != 0 && (cp == 0x85 || cp == 0x2028 || cp == 0x2029))
			VEC_PUSH(doc->xbreak, doc->nxbreak, cap, ch);
	}
	doc->nchar = ch;
}

/* Byte offset of a (line, col) position in the source. */
size_t
ypos_offset(const struct ydoc *doc, struct naskah_pos p)
{
	size_t off, ch;

	if (p.line < 1 || (size_t)p.line > doc->nline)
		return doc->srclen;
	if (p.col < 1)
		return doc->line[p.line - 1];
	off = doc->line[p.line - 1];
	if (p.col <= YDOC_CHK_STEP)	/* near the line's start */
		return skip_chars(doc, off, (size_t)p.col - 1);
	/* character ch of the source, from the checkpoint before it */
	ch = char_at(doc, off) + (size_t)(p.col - 1);
	if (ch >= doc->nchar)
		return doc->srclen;
	return byte_at(doc, ch);
}

size_t
ydoc_offset(const struct ydoc *doc, struct naskah_pos p)
{
	return ypos_offset(doc, p);
}

/* Line and column of byte off (a character's start) of doc's source:
 * lines counted at \n, columns in characters. */
struct naskah_pos
ypos_line_col(const struct ydoc *doc, size_t off)
{
	struct naskah_pos p = { 1, 1, NULL };
	size_t lo = 0, hi = doc->nline, mid, i, k;
	uint32_t cp;

	while (hi - lo > 1) {	/* the last line starting at or before off */
		mid = lo + (hi - lo) / 2;
		if (doc->line[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	p.line = (int)lo + 1;
	if (off - doc->line[lo] <= YDOC_CHK_STEP) {	/* near its start */
		for (i = doc->line[lo]; i < off; i += k ? k : 1, p.col++)
			k = utf8_decode(doc->src + i, doc->srclen - i, &cp);
		return p;
	}
	p.col = (int)(char_at(doc, off) - char_at(doc, doc->line[lo])) + 1;
	return p;
}

void
ydoc_span(const struct ydoc *doc, const struct ynode *n,
    struct naskah_span *sp)
{
	size_t start, end;

	memset(sp, 0, sizeof(*sp));
	if (n == NULL)
		return;
	sp->at = n->pos;
	if (n->doc != NULL)
		doc = n->doc;	/* an included file's node */
	if (doc == NULL || n->kind != YNODE_SCALAR)
		return;
	sp->val = n->str;
	sp->vlen = n->len;
	start = ypos_offset(doc, n->pos);
	end = ypos_offset(doc, n->end);
	sp->raw = doc->src + start;
	sp->rawlen = end > start ? end - start : 0;
	sp->rawat = ypos_line_col(doc, start);
	sp->rawat.file = n->pos.file;
}

struct naskah_pos
ydoc_text_pos(const struct ydoc *doc, const struct ynode *n, size_t off)
{
	struct naskah_span sp;

	ydoc_span(doc, n, &sp);
	return naskah_span_pos(&sp, off);
}
