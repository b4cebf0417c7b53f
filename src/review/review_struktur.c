/* SPDX-License-Identifier: ISC */
/*
 * review_struktur.c - the structure of the decree: the title and the
 * line before Menimbang name the signer's office, Menetapkan names the
 * decree, the last diktum says when it takes effect, a Lampiran named
 * in a diktum exists and the other way round; for a Peraturan the same
 * of its Pasal (the last one, a Lampiran named in one).  References
 * inside the decree (huruf a, Diktum KESATU, Pasal 3 ayat (2)) are
 * review_acuan.c's and the loader's.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "model/perda.h"
#include "review/review.h"
#include "review/review_text.h"

/* The offset of the first character of s that is not blank. */
static size_t
skip_blank(const char *s, size_t i)
{
	while (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')
		i++;
	return i;
}

/*
 * The title names the signer's office: KEPUTUSAN CAMAT PASAR MANNA
 * (the region may follow it).  The fix is the title with the office,
 * in capitals, its region kept (rvt_judul_fix): judul-kapital's fix
 * of the same title, printed after it, is that text too, so applying
 * both in turn reaches it.
 */
static void
judul_jabatan(struct review *rv, const struct naskah_decree *doc,
    const char *name)
{
	const char *j = doc->judul.s;
	char *fix = rvt_judul_fix(doc);

	if (fix != NULL)
		review_report_fix(rv, RULE_JUDUL_JABATAN, naskah_text_pos(
		    &doc->judul, skip_blank(j, rvt_kind(j))), fix, name);
	free(fix);
}

/* The line before Menimbang names the office: "CAMAT PASAR MANNA,";
 * the fix is that line with its region kept (rvt_pejabat_fix), in
 * capitals and with its comma: jabatan-kapital and jabatan-koma on the
 * same line, printed after it, fix to it too. */
static void
pejabat_jabatan(struct review *rv, const struct naskah_decree *doc,
    const char *name)
{
	const char *p = doc->pejabat.s;
	char *fix = rvt_pejabat_fix(doc);

	if (fix != NULL)
		review_report_fix(rv, RULE_PEJABAT_JABATAN,
		    naskah_text_pos(&doc->pejabat, skip_blank(p, 0)), fix,
		    strchr(name, ' ') + 1);
	free(fix);
}

/*
 * The Menetapkan a decree wants: its title (with the signer's office,
 * as judul-jabatan fixes it), TENTANG and what it is about, in
 * capitals, with a full stop: "KEPUTUSAN CAMAT PASAR MANNA TENTANG
 * PENETAPAN ... .".  NULL without a tentang (or one of punctuation
 * only).  Caller frees.
 */
static char *
menetapkan_fix(const struct naskah_decree *doc)
{
	const char *t = doc->tentang.s;
	char *judul = rvt_judul_fix(doc), *tt, *fix;
	size_t e = rvt_last(t), b;

	if (e == (size_t)-1) {
		free(judul);
		return NULL;
	}
	while (e > 0 && strchr(".,;:", t[e]) != NULL)
		e--;
	b = skip_blank(t, 0);
	if (strchr(".,;:", t[e]) != NULL || b > e) {
		free(judul);
		return NULL;	/* only punctuation */
	}
	if (judul == NULL)
		judul = rvt_upper(doc->judul.s + skip_blank(doc->judul.s, 0),
		    rvt_last(doc->judul.s) + 1 - skip_blank(doc->judul.s, 0));
	tt = rvt_upper(t + b, e + 1 - b);
	fix = xasprintf("%s TENTANG %s.", judul, tt);
	free(judul);
	free(tt);
	return fix;
}

/*
 * Menetapkan names the decree: its kind and "TENTANG" (UU 12/2011
 * Lampiran II leaves out the region: "KEPUTUSAN BUPATI TENTANG ...").
 * Empty or absent, it is reported where it would stand: before the
 * first diktum, with the Menetapkan it wants as its fix (menetapkan_fix).
 * menetapkan-judul has no fix: what the text says besides the name
 * is the writer's.
 */
static void
menetapkan(struct review *rv, const struct naskah_decree *doc,
    const char *name)
{
	const struct naskah_text *m = &doc->menetapkan;
	struct naskah_pos pos = m->span.at;
	size_t k = rvt_kind(name), i;
	char *kind, *fix;
	int tentang = 0;

	if (m->s == NULL || rvt_last(m->s) == (size_t)-1) {
		if (m->s == NULL && doc->diktum.n > 0)
			pos = doc->diktum.v[0].text.span.at;
		else if (m->s == NULL)
			pos = doc->judul.span.at;
		fix = menetapkan_fix(doc);
		review_report_fix(rv, RULE_MENETAPKAN_KOSONG, pos, fix, name);
		free(fix);
		return;
	}
	for (i = 0; m->s[i] != '\0' && !tentang; i++)
		tentang = (i == 0 || m->s[i - 1] == ' ' || m->s[i - 1] == '\n')
		    && rvt_prefix(m->s + i, "TENTANG") != 0;
	kind = xstrndup(name, k);
	if (rvt_prefix(m->s, kind) == 0 || !tentang)
		review_report(rv, RULE_MENETAPKAN_JUDUL,
		    naskah_text_pos(m, skip_blank(m->s, 0)), name);
	free(kind);
}

/* Some text of v[0..n) says when the regulation takes effect ("mulai
 * berlaku pada tanggal ditetapkan", "berlaku sejak"). */
static int
says_berlaku(const struct naskah_text *const *v, size_t n)
{
	size_t k, i;

	for (k = 0; k < n; k++)
		for (i = 0; v[k]->s != NULL && v[k]->s[i] != '\0'; i++)
			if ((i == 0 || !isalpha((unsigned char)v[k]->s[i - 1]))
			    && rvt_prefix(v[k]->s + i, "berlaku") != 0)
				return 1;
	return 0;
}

/* The last diktum (a Peraturan: the last Pasal, v[0..n) its texts)
 * says when the decree takes effect; r is the rule. */
static void
last_berlaku(struct review *rv, enum review_rule r,
    const struct naskah_text *const *v, size_t n)
{
	if (n == 0 || v[0]->s == NULL || says_berlaku(v, n))
		return;
	review_report(rv, r, naskah_text_pos(v[0], skip_blank(v[0]->s, 0)));
}

/* A Roman numeral I-X at s (its value, 0 when none; *len its length). */
static int
roman_at(const char *s, size_t *len)
{
	static const char *const r[] = { "X", "IX", "VIII", "VII", "VI",
	    "V", "IV", "III", "II", "I" };
	static const int v[] = { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 };
	size_t i, n;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		n = strlen(r[i]);
		if (strncmp(s, r[i], n) == 0 && !isalnum((unsigned char)s[n])) {
			*len = n;
			return v[i];
		}
	}
	return 0;
}

/* A word naming another regulation: "Lampiran Keputusan Camat ..." is
 * the Lampiran of another decree. */
static int
names_other(const char *s)
{
	static const char *const w[] = { "Keputusan", "Peraturan",
	    "Undang-Undang", "Instruksi", "Surat", NULL };
	size_t i;

	for (i = 0; w[i] != NULL; i++)
		if (rvt_prefix(s, w[i]) != 0 &&
		    rvt_prefix(s, "Keputusan ini") == 0)
			return 1;
	return 0;
}

/* Does the word at s + i follow "dalam " or "pada "?  ("tercantum
 * dalam Lampiran": this decree's; "Mengubah Lampiran ...": another's.) */
static int
after_dalam(const char *s, size_t i)
{
	return (i >= 6 && strncmp(s + i - 6, "dalam ", 6) == 0 &&
	    (i == 6 || !isalpha((unsigned char)s[i - 7]))) ||
	    (i >= 5 && strncmp(s + i - 5, "pada ", 5) == 0 &&
	    (i == 5 || !isalpha((unsigned char)s[i - 6])));
}

/*
 * The Lampiran that the texts v[0..n) refer to ("sebagaimana tercantum
 * dalam Lampiran", "dalam Lampiran II") exist (rule ada: nlampiran of
 * them).  Returns how many references were found.
 */
static size_t
lampiran_refs(struct review *rv, enum review_rule ada,
    const struct naskah_text *const *v, size_t n, size_t nlampiran)
{
	size_t d, i, j, len, found = 0;
	int num;

	for (d = 0; d < n; d++) {
		const struct naskah_text *t = v[d];

		for (i = 0; t->s != NULL && t->s[i] != '\0'; i++) {
			const char *s = t->s + i;

			if (!after_dalam(t->s, i) ||
			    rvt_prefix(s, "Lampiran") == 0 ||
			    strncmp(s + 1, "ampiran", 7) != 0)
				continue;
			j = skip_blank(s, 8);
			num = roman_at(s + j, &len);
			if (names_other(s + (num ? skip_blank(s, j + len) :
			    j)))
				continue;
			found++;
			if ((num == 0 && nlampiran == 0) ||
			    (size_t)num > nlampiran)
				review_report(rv, ada, naskah_text_pos(t, i),
				    (int)nlampiran);
		}
	}
	return found;
}

/* The texts of a Peraturan's Pasal, in reading order. */
struct texts {
	const struct naskah_text **v;
	size_t			   n, cap;
};

static void
item_texts(struct texts *ts, const struct perda_item *it)
{
	size_t k;

	if (it->teks.s != NULL) {
		ts->v = xgrow(ts->v, &ts->cap, ts->n + 1, sizeof(*ts->v));
		ts->v[ts->n++] = &it->teks;
	}
	for (k = 0; k < it->nkid; k++)
		item_texts(ts, &it->kid[k]);
}

/* A Peraturan's Pasal in place of the diktum: the last one says when
 * it takes effect, a Lampiran named in a Pasal exists and the other
 * way round. */
static void
struktur_pasal(struct review *rv, const struct naskah_decree *doc)
{
	const struct naskah_perda *pd = doc->perda;
	struct texts ts = { NULL, 0, 0 };
	size_t i, last = 0;

	for (i = 0; i < pd->npasal; i++) {
		last = ts.n;
		item_texts(&ts, &pd->pasal[i]);
	}
	last_berlaku(rv, RULE_PASAL_BERLAKU, ts.v + last, ts.n - last);
	if (lampiran_refs(rv, RULE_PASAL_LAMPIRAN_ADA, ts.v, ts.n,
	    doc->nlampiran) == 0 && doc->nlampiran > 0)
		review_report(rv, RULE_PASAL_LAMPIRAN_ACUAN,
		    doc->lampiran[0].pos);
	free(ts.v);
}

void
review_struktur(struct review *rv, const struct naskah_decree *doc)
{
	char *name = rvt_decree_name(doc);
	const struct naskah_text **v;
	size_t i;

	if (name != NULL) {
		judul_jabatan(rv, doc, name);
		pejabat_jabatan(rv, doc, name);
		menetapkan(rv, doc, name);
	}
	free(name);
	if (doc->perda != NULL) {
		struktur_pasal(rv, doc);	/* Pasal in place of diktum */
		return;
	}
	v = xcalloc(doc->diktum.n + 1, sizeof(*v));
	for (i = 0; i < doc->diktum.n; i++)
		v[i] = &doc->diktum.v[i].text;
	if (doc->diktum.n > 0)
		last_berlaku(rv, RULE_DIKTUM_BERLAKU, v + doc->diktum.n - 1, 1);
	if (lampiran_refs(rv, RULE_LAMPIRAN_ADA, v, doc->diktum.n,
	    doc->nlampiran) == 0 && doc->nlampiran > 0)
		review_report(rv, RULE_LAMPIRAN_ACUAN, doc->lampiran[0].pos);
	free(v);
}
