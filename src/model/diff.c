/* SPDX-License-Identifier: ISC */
/*
 * diff.c - what changed between two versions of a decree, in the words
 * a reviewer checks before signing: the IKU rows added, removed, moved
 * and changed (which field, old -> new), the clauses, the title, the
 * dates and the signer.
 *
 * IKU rows are matched by content, not by position: identical rows
 * first, then the most similar pairs (same indikator, or at least two
 * of sasaran, indikator, formulasi, target alike), so inserting a row
 * does not mark the rows after it as changed.
 *
 * Clauses are compared as lists, by their longest common subsequence,
 * while one table of it fits LCS_CELLS; longer lists are cut first at
 * the clauses once in each (patience diff), so that no two lists cost
 * more than O(N log N) time and O(N) memory.  diff_match.c finds those
 * anchors and the IKU row pairs.
 *
 * The changes are computed once into a list (struct naskah_changes);
 * the terminal's change list and the PDF's table are both read from it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/diff.h"
#include "model/diff_match.h"
#include "base/xalloc.h"

const char *const naskah_diff_section_names[DIFF__MAX] = {
	[DIFF_KEPUTUSAN] = "keputusan",
	[DIFF_MENIMBANG] = "menimbang",
	[DIFF_MENGINGAT] = "mengingat",
	[DIFF_MEMPERHATIKAN] = "memperhatikan",
	[DIFF_DIKTUM] = "diktum",
	[DIFF_PENETAPAN] = "penetapan",
	[DIFF_PENANDATANGAN] = "penandatangan",
	[DIFF_MENGUBAH] = "mengubah",
	[DIFF_MENCABUT] = "mencabut",
	[DIFF_LAMPIRAN] = "lampiran",
};

const char *const naskah_diff_field_names[DIFF_FIELD__MAX] = {
	[DIFF_FIELD_NONE] = "",
	[DIFF_FIELD_JUDUL] = "judul",
	[DIFF_FIELD_NOMOR] = "nomor",
	[DIFF_FIELD_TAHUN] = "tahun",
	[DIFF_FIELD_TENTANG] = "tentang",
	[DIFF_FIELD_PEJABAT] = "pejabat",
	[DIFF_FIELD_TEMPAT] = "tempat",
	[DIFF_FIELD_TANGGAL] = "tanggal",
	[DIFF_FIELD_AWALAN] = "awalan",
	[DIFF_FIELD_JABATAN] = "jabatan",
	[DIFF_FIELD_NAMA] = "nama",
	[DIFF_FIELD_GELAR] = "gelar",
	[DIFF_FIELD_PANGKAT] = "pangkat",
	[DIFF_FIELD_NIP] = "nip",
	[DIFF_FIELD_SASARAN] = "sasaran",
	[DIFF_FIELD_INDIKATOR] = "indikator",
	[DIFF_FIELD_FORMULASI] = "formulasi",
	[DIFF_FIELD_TARGET] = "target",
	[DIFF_FIELD_SATUAN] = "satuan",
};

/* Where the changes go, and the section they are in now. */
struct out {
	struct naskah_changes	*cs;
	enum naskah_diff_section section;
	size_t			 lampiran;
};

static int
same_s(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

static int
same(const struct naskah_text *a, const struct naskah_text *b)
{
	return same_s(a->s, b->s);
}

/* A new change in the current section; returns it to be filled in. */
static struct naskah_change *
add(struct out *o, char mark, enum naskah_diff_field field, size_t item,
    const char *old, const char *new)
{
	struct naskah_change c;

	memset(&c, 0, sizeof(c));
	c.section = o->section;
	c.lampiran = o->lampiran;
	c.field = field;
	c.item = item;
	c.mark = mark;
	c.old = old != NULL ? xstrdup(old) : NULL;
	c.new = new != NULL ? xstrdup(new) : NULL;
	VEC_PUSH(o->cs->v, o->cs->n, o->cs->cap, c);
	return &o->cs->v[o->cs->n - 1];
}

/* A field: a change (~) when the texts differ. */
static void
field(struct out *o, enum naskah_diff_field f, size_t item,
    const struct naskah_text *a, const struct naskah_text *b)
{
	if (!same(a, b))
		add(o, '~', f, item, a->s, b->s);
}

/* A date as written in the YAML (2024-01-15, 2024-01). */
static void
date_text(char *buf, size_t n, const struct naskah_date *d)
{
	if (d->day > 0)
		snprintf(buf, n, "%04d-%02d-%02d", d->year, d->month, d->day);
	else
		snprintf(buf, n, "%04d-%02d", d->year, d->month);
}

/*
 * A date field (a or b NULL: absent): a change when the dates, as
 * written, differ.
 */
static void
date_field(struct out *o, const struct naskah_date *a,
    const struct naskah_date *b)
{
	char da[48] = "", db[48] = "";
	struct naskah_change *c;

	if (a != NULL)
		date_text(da, sizeof(da), a);
	if (b != NULL)
		date_text(db, sizeof(db), b);
	if (strcmp(da, db) == 0)
		return;
	c = add(o, '~', DIFF_FIELD_TANGGAL, 0, a != NULL ? da : NULL,
	    b != NULL ? db : NULL);
	if (a != NULL)
		c->date[0] = *a;
	if (b != NULL)
		c->date[1] = *b;
}

/*
 * The most cells, (old clauses + 1) x (new clauses + 1), that one table
 * of longest common subsequences may have: 4 Mi, 32 MiB and some 50 ms.
 * Two lists of 2 000 clauses that share nothing fit, twenty times the
 * longest list of a real decree; within it the comparison is exact, as
 * it always was.  Beyond it, span() cuts the lists first.
 */
#define LCS_CELLS	((size_t)1 << 22)
/* How many times span() cuts a piece again at its own anchors. */
#define SPAN_DEPTH	8

#define TEXT(l, k)	(&(l)->v[(k)].text)

/*
 * Old clauses [i0, n) against new ones [j0, m): the longest common
 * subsequence of their texts stays; the rest is removed (-) or added
 * (+); a removal and an addition at the same place are one change (~).
 * The table has (n - i0 + 1) x (m - j0 + 1) cells: the caller keeps it
 * within LCS_CELLS.
 */
static void
lcs_table(struct out *o, const struct naskah_clauses *a, size_t i0,
    size_t n, const struct naskah_clauses *b, size_t j0, size_t m)
{
	size_t w = m - j0 + 1, i, j;
	size_t *L = xcalloc((n - i0 + 1) * w, sizeof(*L));

#define LCS(i, j) L[((i) - i0) * w + (j) - j0]
	for (i = n; i-- > i0;)
		for (j = m; j-- > j0;)
			LCS(i, j) = same(TEXT(a, i), TEXT(b, j)) ?
			    LCS(i + 1, j + 1) + 1 : LCS(i + 1, j) > LCS(i, j + 1) ?
			    LCS(i + 1, j) : LCS(i, j + 1);
	for (i = i0, j = j0; i < n || j < m;) {
		if (i < n && j < m && same(TEXT(a, i), TEXT(b, j))) {
			i++;
			j++;
		} else if (i < n && j < m && LCS(i + 1, j) == LCS(i, j + 1) &&
		    LCS(i + 1, j + 1) == LCS(i, j)) {
			field(o, DIFF_FIELD_NONE, j + 1, TEXT(a, i),
			    TEXT(b, j));
			i++;
			j++;
		} else if (j >= m || (i < n && LCS(i + 1, j) >= LCS(i, j + 1))) {
			add(o, '-', DIFF_FIELD_NONE, i + 1, a->v[i].text.s, NULL);
			i++;
		} else {
			add(o, '+', DIFF_FIELD_NONE, j + 1, NULL, b->v[j].text.s);
			j++;
		}
	}
#undef LCS
	free(L);
}

/*
 * Old clauses [i, n) against new ones [j, m) taken to share nothing:
 * paired in order, each pair one change (~, none when the two happen to
 * be equal), the longer list's rest removed or added; what the table
 * gives lists that share nothing.
 */
static void
unmatched(struct out *o, const struct naskah_clauses *a, size_t i, size_t n,
    const struct naskah_clauses *b, size_t j, size_t m)
{
	for (; i < n && j < m; i++, j++)
		field(o, DIFF_FIELD_NONE, j + 1, TEXT(a, i), TEXT(b, j));
	for (; i < n; i++)
		add(o, '-', DIFF_FIELD_NONE, i + 1, a->v[i].text.s, NULL);
	for (; j < m; j++)
		add(o, '+', DIFF_FIELD_NONE, j + 1, NULL, b->v[j].text.s);
}

/*
 * Old clauses [i, n) against new ones [j, m), lists too long for one
 * table: their common start and end stay; what is between is compared
 * by lcs_table when it fits LCS_CELLS, else cut at its anchors, each
 * piece between two compared the same way (depth more times at most,
 * uniqueness counted anew in the piece); a piece with no anchor, or
 * past the depth, is unmatched().  O(depth N log N) time, O(depth N)
 * memory, and the tables at most LCS_CELLS^(1/2) / 2 cells for each
 * clause of the pieces they cover (a piece of p x q cells within the
 * bound has pq <= LCS_CELLS^(1/2) (p + q) / 2).
 */
static void
span(struct out *o, const struct naskah_clauses *a, size_t i, size_t n,
    const struct naskah_clauses *b, size_t j, size_t m, int depth)
{
	size_t *ai, *bj, c, k;

	for (; i < n && j < m && same(TEXT(a, i), TEXT(b, j)); i++, j++)
		;
	for (; i < n && j < m && same(TEXT(a, n - 1), TEXT(b, m - 1)); n--, m--)
		;
	if (m - j + 1 <= LCS_CELLS / (n - i + 1)) {
		lcs_table(o, a, i, n, b, j, m);
		return;
	}
	if (depth == 0 || i == n || j == m) {
		unmatched(o, a, i, n, b, j, m);
		return;
	}
	ai = xcalloc(n - i, sizeof(*ai));
	bj = xcalloc(n - i, sizeof(*bj));
	c = diff_anchors(a, i, n, b, j, m, ai, bj);
	if (c == 0)
		unmatched(o, a, i, n, b, j, m);
	else
		for (k = 0; k <= c; k++) {
			span(o, a, i, k < c ? ai[k] : n, b, j,
			    k < c ? bj[k] : m, depth - 1);
			if (k < c) {
				i = ai[k] + 1;
				j = bj[k] + 1;
			}
		}
	free(ai);
	free(bj);
}

/*
 * Clauses: the longest common subsequence of their texts stays, the
 * rest is removed, added or changed (lcs_table), exactly while the
 * clauses after the common start fit one table of LCS_CELLS; longer
 * lists are cut at their anchors first (span).
 */
static void
clauses(struct out *o, const struct naskah_clauses *a,
    const struct naskah_clauses *b)
{
	size_t n = a->n, m = b->n, p = 0;

	while (p < n && p < m && same(TEXT(a, p), TEXT(b, p)))
		p++;
	if (m - p + 1 <= LCS_CELLS / (n - p + 1))
		lcs_table(o, a, p, n, b, p, m);
	else
		span(o, a, p, n, b, p, m, SPAN_DEPTH);
}

/* A whole row removed (-), added (+) or moved (>). */
static struct naskah_change *
row_change(struct out *o, char mark, size_t k, const struct naskah_iku *r)
{
	struct naskah_change *c = add(o, mark, DIFF_FIELD_NONE, k + 1,
	    mark != '+' ? r->indikator.s : NULL,
	    mark != '-' ? r->indikator.s : NULL);

	c->row = r;
	return c;
}

/* The fields of a matched pair that differ: row a (number was + 1 in the
 * old decree, formulasi fa) is row b (fb), number k + 1, in the new one. */
static void
row_fields(struct out *o, size_t was, size_t k, const struct naskah_iku *a,
    const struct naskah_iku *b, char *fa, char *fb)
{
	static const enum naskah_diff_field names[] = { DIFF_FIELD_SASARAN,
	    DIFF_FIELD_INDIKATOR, DIFF_FIELD_FORMULASI, DIFF_FIELD_TARGET,
	    DIFF_FIELD_SATUAN };
	const struct naskah_text ta[] = { a->sasaran, a->indikator,
	    { .s = fa }, a->target, a->satuan };
	const struct naskah_text tb[] = { b->sasaran, b->indikator,
	    { .s = fb }, b->target, b->satuan };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t n0 = o->cs->n;

		field(o, names[i], k + 1, &ta[i], &tb[i]);
		if (o->cs->n > n0) {
			o->cs->v[n0].row = b;
			o->cs->v[n0].was = was + 1;
		}
	}
}

/* The IKU rows of one Lampiran. */
static void
rows(struct out *o, const struct naskah_lampiran *a,
    const struct naskah_lampiran *b)
{
	size_t na = a->niku, nt = a->niku + b->niku, i, j, last;
	size_t *pair = xcalloc(na + 1, sizeof(*pair));	/* a -> b+1 */
	int *taken = xcalloc(b->niku + 1, sizeof(*taken));
	char **ft = xcalloc(nt + 1, sizeof(*ft));	/* a's, then b's */

	for (i = 0; i < nt; i++)
		ft[i] = diff_formula_text(i < na ? &a->iku[i] :
		    &b->iku[i - na]);
	diff_pair_rows(a, b, ft, pair, taken);
	for (i = 0; i < na; i++)
		if (pair[i] == 0)
			row_change(o, '-', i, &a->iku[i]);
	for (j = 0; j < b->niku; j++)
		if (!taken[j])
			row_change(o, '+', j, &b->iku[j]);
	/* rows whose order changed: a kept row that now stands before
	 * one that stood before it */
	for (i = 0, last = 0; i < na; i++) {
		if (pair[i] == 0)
			continue;
		if (pair[i] < last)
			row_change(o, '>', i, &a->iku[i])->to = pair[i];
		else
			last = pair[i];
		row_fields(o, i, pair[i] - 1, &a->iku[i], &b->iku[pair[i] - 1],
		    ft[i], ft[na + pair[i] - 1]);
	}
	for (i = 0; i < nt; i++)
		free(ft[i]);
	free(ft);
	free(pair);
	free(taken);
}

void
naskah_diff_changes(const struct naskah_decree *a, const struct naskah_decree *b,
    struct naskah_changes *out)
{
	static const struct naskah_lampiran none;
	struct out o = { out, DIFF_KEPUTUSAN, 0 };
	size_t i, n;

	field(&o, DIFF_FIELD_JUDUL, 0, &a->judul, &b->judul);
	field(&o, DIFF_FIELD_NOMOR, 0, &a->nomor, &b->nomor);
	field(&o, DIFF_FIELD_TAHUN, 0, &a->tahun, &b->tahun);
	field(&o, DIFF_FIELD_TENTANG, 0, &a->tentang, &b->tentang);
	field(&o, DIFF_FIELD_PEJABAT, 0, &a->pejabat, &b->pejabat);
	o.section = DIFF_MENIMBANG;
	clauses(&o, &a->menimbang, &b->menimbang);
	o.section = DIFF_MENGINGAT;
	clauses(&o, &a->mengingat, &b->mengingat);
	o.section = DIFF_MEMPERHATIKAN;
	clauses(&o, &a->memperhatikan, &b->memperhatikan);
	o.section = DIFF_DIKTUM;
	clauses(&o, &a->diktum, &b->diktum);
	o.section = DIFF_PENETAPAN;
	field(&o, DIFF_FIELD_TEMPAT, 0, &a->tempat, &b->tempat);
	date_field(&o, &a->tanggal, &b->tanggal);
	o.section = DIFF_PENANDATANGAN;
	field(&o, DIFF_FIELD_AWALAN, 0, &a->signer.awalan, &b->signer.awalan);
	field(&o, DIFF_FIELD_JABATAN, 0, &a->signer.jabatan,
	    &b->signer.jabatan);
	field(&o, DIFF_FIELD_NAMA, 0, &a->signer.nama, &b->signer.nama);
	field(&o, DIFF_FIELD_GELAR, 0, &a->signer.gelar, &b->signer.gelar);
	field(&o, DIFF_FIELD_PANGKAT, 0, &a->signer.pangkat,
	    &b->signer.pangkat);
	field(&o, DIFF_FIELD_NIP, 0, &a->signer.nip, &b->signer.nip);
	o.section = DIFF_MENGUBAH;
	field(&o, DIFF_FIELD_JUDUL, 0, &a->mengubah.judul, &b->mengubah.judul);
	field(&o, DIFF_FIELD_NOMOR, 0, &a->mengubah.nomor, &b->mengubah.nomor);
	field(&o, DIFF_FIELD_TENTANG, 0, &a->mengubah.tentang,
	    &b->mengubah.tentang);
	o.section = DIFF_MENCABUT;
	field(&o, DIFF_FIELD_JUDUL, 0, &a->mencabut.judul, &b->mencabut.judul);
	field(&o, DIFF_FIELD_NOMOR, 0, &a->mencabut.nomor, &b->mencabut.nomor);
	field(&o, DIFF_FIELD_TENTANG, 0, &a->mencabut.tentang,
	    &b->mencabut.tentang);
	date_field(&o, a->mencabut.present ? &a->mencabut.tanggal : NULL,
	    b->mencabut.present ? &b->mencabut.tanggal : NULL);
	o.section = DIFF_LAMPIRAN;
	n = a->nlampiran > b->nlampiran ? a->nlampiran : b->nlampiran;
	for (i = 0; i < n; i++) {
		o.lampiran = i + 1;
		rows(&o, i < a->nlampiran ? &a->lampiran[i] : &none,
		    i < b->nlampiran ? &b->lampiran[i] : &none);
	}
}

char *
naskah_diff_row_name(const struct naskah_iku *r)
{
	const char *s = r->indikator.s != NULL ? r->indikator.s : "";
	size_t i, chars = 0, cut = 0, space = 0;	/* a space in the 2nd half */
	char *name;

	for (i = 0; s[i] != '\0'; i++) {
		if (((unsigned char)s[i] & 0xC0) == 0x80)
			continue;	/* inside a character */
		if (chars == NASKAH_DIFF_NAME_MAX) {
			cut = space > 0 ? space : i;
			break;
		}
		if ((s[i] == ' ' || s[i] == '\n') &&
		    chars >= NASKAH_DIFF_NAME_MAX / 2)
			space = i;
		chars++;
	}
	if (s[i] == '\0')
		name = xstrdup(s);
	else {
		while (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == ',' ||
		    s[cut - 1] == ';'))
			cut--;
		name = xasprintf("%.*s...", (int)cut, s);
	}
	/* one line: a literal block's line ends are spaces */
	for (i = 0; name[i] != '\0'; i++)
		if (name[i] == '\n' || name[i] == '\t' || name[i] == '\r')
			name[i] = ' ';
	return name;
}

static void
quoted(struct naskah_buf *f, const char *s)
{
	if (s == NULL) {
		buf_adds(f, "(-)");
		return;
	}
	buf_addc(f, '"');
	buf_adds(f, s);
	buf_addc(f, '"');
}

/* "lampiran 1:" and the other headings of the list. */
static void
print_heading(struct naskah_buf *f, const struct naskah_change *c)
{
	if (c->section == DIFF_LAMPIRAN)
		buf_printf(f, "lampiran %zu:\n", c->lampiran);
	else
		buf_printf(f, "%s:\n", naskah_diff_section_names[c->section]);
}

/* One change's line, after its mark: "iku 2 target: "75" -> "78"". */
static void
print_change(struct naskah_buf *f, const struct naskah_change *c)
{
	const char *sec = naskah_diff_section_names[c->section];
	const char *fld = naskah_diff_field_names[c->field];

	if (c->section == DIFF_LAMPIRAN && c->field == DIFF_FIELD_NONE) {
		buf_printf(f, "iku %zu", c->item);
		if (c->mark == '>') {
			buf_printf(f, " -> iku %zu: ", c->to);
			quoted(f, c->row->indikator.s);
			return;
		}
		buf_adds(f, ": ");
		quoted(f, c->row->indikator.s);
		buf_adds(f, ", sasaran ");
		quoted(f, c->row->sasaran.s);
		buf_adds(f, ", target ");
		quoted(f, c->row->target.s);
		return;
	}
	if (c->section == DIFF_LAMPIRAN) {
		char *name = naskah_diff_row_name(c->row);

		if (c->was != c->item)
			buf_printf(f, "iku %zu -> iku %zu (%s) %s: ", c->was,
			    c->item, name, fld);
		else
			buf_printf(f, "iku %zu (%s) %s: ", c->item, name, fld);
		free(name);
	}
	else if (c->field == DIFF_FIELD_NONE)
		buf_printf(f, "%s %zu: ", sec, c->item);
	else
		buf_printf(f, "%s: ", fld);
	if (c->mark == '~') {
		quoted(f, c->old);
		buf_adds(f, " -> ");
		quoted(f, c->new);
	} else
		quoted(f, c->mark == '-' ? c->old : c->new);
}

void
naskah_changes_print(struct naskah_buf *f, const struct naskah_changes *cs)
{
	size_t i;

	for (i = 0; i < cs->n; i++) {
		const struct naskah_change *c = &cs->v[i];

		if (i == 0 || c->section != cs->v[i - 1].section ||
		    c->lampiran != cs->v[i - 1].lampiran)
			print_heading(f, c);
		buf_printf(f, "  %c ", c->mark);
		print_change(f, c);
		buf_addc(f, '\n');
	}
}

void
naskah_changes_free(struct naskah_changes *cs)
{
	size_t i;

	if (cs == NULL)
		return;
	for (i = 0; i < cs->n; i++) {
		free(cs->v[i].old);
		free(cs->v[i].new);
	}
	free(cs->v);
	cs->v = NULL;
	cs->n = cs->cap = 0;
}
