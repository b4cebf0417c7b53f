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
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "xalloc.h"

struct out {
	FILE		*f;
	int		 changes;
	const char	*section;	/* heading printed before the first
					 * change under it, then NULL */
};

static int
same(const struct naskah_text *a, const struct naskah_text *b)
{
	if (a->s == NULL || b->s == NULL)
		return a->s == b->s;
	return strcmp(a->s, b->s) == 0;
}

static void
quoted(FILE *f, const char *s)
{
	if (s == NULL) {
		fputs("(-)", f);
		return;
	}
	fputc('"', f);
	fputs(s, f);
	fputc('"', f);
}

/* One change line under the current section. */
static void
line(struct out *o, char mark, const char *what)
{
	if (o->section != NULL) {
		fprintf(o->f, "%s\n", o->section);
		o->section = NULL;
	}
	fprintf(o->f, "  %c %s", mark, what);
	o->changes++;
}

/* A field: "~ name: old -> new" when they differ. */
static void
field(struct out *o, const char *name, const struct naskah_text *a,
    const struct naskah_text *b)
{
	if (same(a, b))
		return;
	line(o, '~', name);
	fputs(": ", o->f);
	quoted(o->f, a->s);
	fputs(" -> ", o->f);
	quoted(o->f, b->s);
	fputc('\n', o->f);
}

/* A text removed (-) or added (+): "+ what: text". */
static void
one(struct out *o, char mark, const char *what, const struct naskah_text *t)
{
	line(o, mark, what);
	fputs(": ", o->f);
	quoted(o->f, t->s);
	fputc('\n', o->f);
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
 * Clauses: the longest common subsequence of their texts stays; the rest
 * is removed (-) or added (+); a removal and an addition at the same
 * place are one change (~).
 */
static void
clauses(struct out *o, const char *name, const struct naskah_clauses *a,
    const struct naskah_clauses *b)
{
	size_t n = a->n, m = b->n, i, j;
	size_t *L = xcalloc((n + 1) * (m + 1), sizeof(*L));
	char what[64];

#define LCS(i, j) L[(i) * (m + 1) + (j)]
	for (i = n; i-- > 0;)
		for (j = m; j-- > 0;)
			LCS(i, j) = same(&a->v[i].text, &b->v[j].text) ?
			    LCS(i + 1, j + 1) + 1 : LCS(i + 1, j) > LCS(i, j + 1) ?
			    LCS(i + 1, j) : LCS(i, j + 1);
	for (i = 0, j = 0; i < n || j < m;) {
		if (i < n && j < m && same(&a->v[i].text, &b->v[j].text)) {
			i++;
			j++;
		} else if (i < n && j < m && LCS(i + 1, j) == LCS(i, j + 1) &&
		    LCS(i + 1, j + 1) == LCS(i, j)) {
			snprintf(what, sizeof(what), "%s %zu", name, j + 1);
			field(o, what, &a->v[i].text, &b->v[j].text);
			i++;
			j++;
		} else if (j >= m || (i < n && LCS(i + 1, j) >= LCS(i, j + 1))) {
			snprintf(what, sizeof(what), "%s %zu", name, i + 1);
			one(o, '-', what, &a->v[i].text);
			i++;
		} else {
			snprintf(what, sizeof(what), "%s %zu", name, j + 1);
			one(o, '+', what, &b->v[j].text);
			j++;
		}
	}
#undef LCS
	free(L);
}

/* The formulasi of a row as one text, for comparing and printing. */
static char *
formula_text(const struct naskah_iku *r)
{
	if (r->formula == FORMULA_FRACTION)
		return xasprintf("%s / %s%s%s", r->pembilang.s, r->penyebut.s,
		    r->kali.s != NULL ? " x " : "", r->kali.s != NULL ?
		    r->kali.s : "");
	return xstrdup(r->formulasi.s != NULL ? r->formulasi.s : "");
}

/* How alike two rows are: 0 (unrelated) to 8 (identical). */
static int
likeness(const struct naskah_iku *a, const struct naskah_iku *b)
{
	char *fa = formula_text(a), *fb = formula_text(b);
	int score = 0;

	score += same(&a->indikator, &b->indikator) ? 3 : 0;
	score += same(&a->sasaran, &b->sasaran) ? 2 : 0;
	score += strcmp(fa, fb) == 0 ? 2 : 0;
	score += same(&a->target, &b->target) ? 1 : 0;
	free(fa);
	free(fb);
	return score;
}

static void
row_line(struct out *o, char mark, size_t k, const struct naskah_iku *r)
{
	char what[32];

	snprintf(what, sizeof(what), "iku %zu", k + 1);
	line(o, mark, what);
	fputs(": ", o->f);
	quoted(o->f, r->indikator.s);
	fputs(", sasaran ", o->f);
	quoted(o->f, r->sasaran.s);
	fputs(", target ", o->f);
	quoted(o->f, r->target.s);
	fputc('\n', o->f);
}

/* The fields of a matched pair that differ. */
static void
row_fields(struct out *o, size_t k, const struct naskah_iku *a,
    const struct naskah_iku *b)
{
	static const char *const names[] = { "sasaran", "indikator",
	    "formulasi", "target", "satuan" };
	char what[64], *fa = formula_text(a), *fb = formula_text(b);
	const struct naskah_text ta[] = { a->sasaran, a->indikator,
	    { fa, NULL }, a->target, a->satuan };
	const struct naskah_text tb[] = { b->sasaran, b->indikator,
	    { fb, NULL }, b->target, b->satuan };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		snprintf(what, sizeof(what), "iku %zu %s", k + 1, names[i]);
		field(o, what, &ta[i], &tb[i]);
	}
	free(fa);
	free(fb);
}

/* The IKU rows of one Lampiran. */
static void
rows(struct out *o, const struct naskah_lampiran *a,
    const struct naskah_lampiran *b)
{
	size_t *pair = xcalloc(a->niku + 1, sizeof(*pair));	/* a -> b+1 */
	int *taken = xcalloc(b->niku + 1, sizeof(*taken));
	size_t i, j, bi, last;
	int want, s, best;

	/* identical rows first, then the likest pairs, strongest first */
	for (want = 8; want >= 3; want--)
		for (i = 0; i < a->niku; i++) {
			if (pair[i] != 0)
				continue;
			best = -1;
			bi = 0;
			for (j = 0; j < b->niku; j++) {
				if (taken[j])
					continue;
				s = likeness(&a->iku[i], &b->iku[j]);
				if (s >= want && s > best) {
					best = s;
					bi = j;
				}
			}
			if (best >= want && (want == 8 || best >= 3)) {
				pair[i] = bi + 1;
				taken[bi] = 1;
			}
		}
	for (i = 0; i < a->niku; i++)
		if (pair[i] == 0)
			row_line(o, '-', i, &a->iku[i]);
	for (j = 0; j < b->niku; j++)
		if (!taken[j])
			row_line(o, '+', j, &b->iku[j]);
	/* rows whose order changed: a kept row that now stands before
	 * one that stood before it */
	for (i = 0, last = 0; i < a->niku; i++) {
		char what[48];

		if (pair[i] == 0)
			continue;
		if (pair[i] < last) {
			snprintf(what, sizeof(what), "iku %zu", i + 1);
			line(o, '>', what);
			fprintf(o->f, " -> iku %zu: ", pair[i]);
			quoted(o->f, a->iku[i].indikator.s);
			fputc('\n', o->f);
		} else
			last = pair[i];
		row_fields(o, pair[i] - 1, &a->iku[i], &b->iku[pair[i] - 1]);
	}
	free(pair);
	free(taken);
}

int
naskah_diff(FILE *f, const struct naskah_doc *a, const struct naskah_doc *b)
{
	struct out o = { f, 0, NULL };
	char da[48], db[48], sec[32];
	size_t i, n;

	o.section = "keputusan:";
	field(&o, "judul", &a->judul, &b->judul);
	field(&o, "nomor", &a->nomor, &b->nomor);
	field(&o, "tahun", &a->tahun, &b->tahun);
	field(&o, "tentang", &a->tentang, &b->tentang);
	field(&o, "pejabat", &a->pejabat, &b->pejabat);
	o.section = "menimbang:";
	clauses(&o, "menimbang", &a->menimbang, &b->menimbang);
	o.section = "mengingat:";
	clauses(&o, "mengingat", &a->mengingat, &b->mengingat);
	o.section = "memperhatikan:";
	clauses(&o, "memperhatikan", &a->memperhatikan, &b->memperhatikan);
	o.section = "diktum:";
	clauses(&o, "diktum", &a->diktum, &b->diktum);
	o.section = "penetapan:";
	field(&o, "tempat", &a->tempat, &b->tempat);
	date_text(da, sizeof(da), &a->tanggal);
	date_text(db, sizeof(db), &b->tanggal);
	field(&o, "tanggal", &(struct naskah_text){ da, NULL },
	    &(struct naskah_text){ db, NULL });
	o.section = "penandatangan:";
	field(&o, "awalan", &a->signer.awalan, &b->signer.awalan);
	field(&o, "jabatan", &a->signer.jabatan, &b->signer.jabatan);
	field(&o, "nama", &a->signer.nama, &b->signer.nama);
	field(&o, "gelar", &a->signer.gelar, &b->signer.gelar);
	field(&o, "pangkat", &a->signer.pangkat, &b->signer.pangkat);
	field(&o, "nip", &a->signer.nip, &b->signer.nip);
	o.section = "mengubah:";
	field(&o, "judul", &a->mengubah.judul, &b->mengubah.judul);
	field(&o, "nomor", &a->mengubah.nomor, &b->mengubah.nomor);
	field(&o, "tentang", &a->mengubah.tentang, &b->mengubah.tentang);
	o.section = "mencabut:";
	field(&o, "judul", &a->mencabut.judul, &b->mencabut.judul);
	field(&o, "nomor", &a->mencabut.nomor, &b->mencabut.nomor);
	field(&o, "tentang", &a->mencabut.tentang, &b->mencabut.tentang);
	da[0] = db[0] = '\0';
	if (a->mencabut.present)
		date_text(da, sizeof(da), &a->mencabut.tanggal);
	if (b->mencabut.present)
		date_text(db, sizeof(db), &b->mencabut.tanggal);
	field(&o, "tanggal", &(struct naskah_text){ da[0] ? da : NULL, NULL },
	    &(struct naskah_text){ db[0] ? db : NULL, NULL });
	n = a->nlampiran > b->nlampiran ? a->nlampiran : b->nlampiran;
	for (i = 0; i < n; i++) {
		static const struct naskah_lampiran none;

		snprintf(sec, sizeof(sec), "lampiran %zu:", i + 1);
		o.section = sec;
		rows(&o, i < a->nlampiran ? &a->lampiran[i] : &none,
		    i < b->nlampiran ? &b->lampiran[i] : &none);
	}
	return o.changes;
}
