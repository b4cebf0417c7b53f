/* SPDX-License-Identifier: ISC */
/*
 * review_dasar.c - the legal bases (Mengingat): the order of the
 * hierarchy of regulations and by year and number within a level,
 * citations well formed, a regulation cited twice, amendment chains.
 * Each item is read once by citation_parse (citation.h); the chain's
 * later regulation belongs to its item.  How an item ends (";" or ".")
 * is bentuk's, not checked here.
 *
 * What is checkable and what is not:
 * - order: by the level of the cited kind (UU 12/2011 Pasal 7 ayat (1),
 *   then the kinds of Pasal 8 ayat (1): Keputusan Presiden, Peraturan
 *   Menteri, Keputusan Menteri, then the regions: Perda Provinsi,
 *   Peraturan/Keputusan Gubernur, Perda Kabupaten/Kota, Peraturan/
 *   Keputusan Bupati/Walikota); items of an unknown kind are skipped;
 * - within a level by year; by number only for one kind of one issuer
 *   in one year (Peraturan Menteri of two ministries share no sequence);
 * - Lembaran Negara and Tambahan Lembaran Negara for Undang-Undang
 *   (also Darurat, Perppu) and Peraturan Pemerintah from 1950 on (the
 *   Lembaran Negara of the Republic before it is not asked for);
 * - an amendment older than what it amends; "telah diubah dengan" (one
 *   amendment) naming a "Perubahan Kedua" or later.  Whether the cited
 *   chain is complete or current is not checkable from the text.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/xalloc.h"
#include "review/citation.h"
#include "review/review.h"

static struct naskah_pos
pos_at(const struct naskah_text *t, size_t off)
{
	return naskah_span_pos(&t->span, off);
}

/* "Peraturan Pemerintah Nomor 18 Tahun 2016"; caller frees. */
static char *
reg_label(const char *s, const struct cite_reg *r)
{
	if (r->nomor_len > 0 && r->tahun > 0 &&
	    (size_t)r->tahun_off >= r->nomor_off + r->nomor_len)
		return xasprintf("%s Nomor %.*s Tahun %ld",
		    cite_kind_name(r->kind), (int)r->nomor_len,
		    s + r->nomor_off, r->tahun);
	if (r->nomor_len > 0)
		return xasprintf("%s Nomor %.*s", cite_kind_name(r->kind),
		    (int)r->nomor_len, s + r->nomor_off);
	if (r->tahun > 0)
		return xasprintf("%s Tahun %ld", cite_kind_name(r->kind),
		    r->tahun);
	return xstrdup(cite_kind_name(r->kind));
}

static void
report_two(struct review *rv, enum review_rule rule, struct naskah_pos p,
    const char *s1, const struct cite_reg *r1, const char *s2,
    const struct cite_reg *r2)
{
	char *a = reg_label(s1, r1), *b = reg_label(s2, r2);

	review_report(rv, rule, p, a, b);
	free(a);
	free(b);
}

/* Same issuer: the words between the kind and "Nomor" match. */
static int
same_issuer(const char *s1, const struct cite_reg *r1, const char *s2,
    const struct cite_reg *r2)
{
	return r1->issuer_len == r2->issuer_len &&
	    strncasecmp(s1 + r1->issuer_off, s2 + r2->issuer_off,
	    r1->issuer_len) == 0;
}

/* Is b (cited after a, one level) out of order?  By year, then number. */
static int
before(const char *sa, const struct cite_reg *a, const char *sb,
    const struct cite_reg *b)
{
	long na, nb;

	if (a->tahun == 0 || b->tahun == 0)
		return 0;
	if (b->tahun != a->tahun)
		return b->tahun < a->tahun;
	if (a->kind != b->kind || !same_issuer(sa, a, sb, b))
		return 0;
	na = cite_nomor_value(sa, a);
	nb = cite_nomor_value(sb, b);
	return na >= 0 && nb >= 0 && nb < na;
}

/* Well formed: "Nomor" and "Tahun" where the kind has them. */
static void
check_form(struct review *rv, const struct naskah_text *t,
    const struct cite_reg *r)
{
	const char *name = cite_kind_name(r->kind);

	if (r->kind == CITE_UUD)
		return;
	if (r->nomor_len == 0)
		review_report(rv, RULE_DASAR_NOMOR_TAHUN, pos_at(t, r->off),
		    name, "Nomor");
	else if (r->tahun == 0)
		review_report(rv, RULE_DASAR_NOMOR_TAHUN,
		    pos_at(t, r->nomor_off), name, "Tahun");
	else if (r->tahun_lower)
		review_report(rv, RULE_DASAR_NOMOR_TAHUN,
		    pos_at(t, r->tahun_off), name, "Tahun");
}

static const char *const pub_names[PUB__MAX] = {
	"Lembaran Negara", "Tambahan Lembaran Negara", "Berita Negara",
	"Lembaran Daerah", "Tambahan Lembaran Daerah", "Berita Daerah",
};

/* Each publication part with its Tahun (not the Tambahan) and Nomor. */
static void
check_pubs(struct review *rv, const struct naskah_text *t,
    const struct cite_reg *r)
{
	int k;

	for (k = 0; k < PUB__MAX; k++) {
		const struct cite_pub *p = &r->pub[k];
		int tambahan = k == PUB_TLN || k == PUB_TLD;
		char *form;

		if (p->n == 0 || ((tambahan || p->tahun > 0) && p->nomor >= 0))
			continue;
		form = xasprintf(tambahan ? "%s ... Nomor ..." :
		    "%s ... Tahun ... Nomor ...", pub_names[k]);
		review_report(rv, RULE_DASAR_LEMBARAN_BENTUK,
		    pos_at(t, p->off), pub_names[k],
		    !tambahan && p->tahun == 0 ? "Tahun" : "Nomor", form);
		free(form);
	}
}

/* UU and PP with their LN and TLN. */
static void
check_lembaran(struct review *rv, const struct naskah_text *t,
    const struct cite_reg *r)
{
	char *label;

	if (r->kind != CITE_UU && r->kind != CITE_UU_DARURAT &&
	    r->kind != CITE_PERPPU && r->kind != CITE_PP)
		return;
	if (r->tahun < 1950 || (r->pub[PUB_LN].n && r->pub[PUB_TLN].n))
		return;
	label = reg_label(t->s, r);
	review_report(rv, RULE_DASAR_LEMBARAN, pos_at(t, r->off), label,
	    r->pub[PUB_LN].n ? "Tambahan Lembaran Negara" :
	    "Lembaran Negara");
	free(label);
}

/* An amendment chain: newer than what it amends; "Kedua" after once. */
static void
check_chain(struct review *rv, const struct naskah_text *t,
    const struct citation *c)
{
	static const char *const later[] = {
		"Perubahan Kedua", "Perubahan Ketiga", "Perubahan Keempat",
		"Perubahan Kelima", "Perubahan Keenam",
	};
	const char *s = t->s;
	size_t k, at;

	if (c->chain == CHAIN_NONE)
		return;
	if (before(s, &c->reg, s, &c->last) ||
	    (c->last.kind == c->reg.kind && c->last.tahun == c->reg.tahun &&
	    cite_nomor_value(s, &c->last) >= 0 &&
	    cite_nomor_value(s, &c->last) == cite_nomor_value(s, &c->reg)))
		report_two(rv, RULE_DASAR_UBAH_URUTAN,
		    pos_at(t, c->last.tahun_off), s, &c->last, s, &c->reg);
	if (c->chain != CHAIN_ONCE || c->last.tentang_off == 0)
		return;
	at = c->last.tentang_off + 7;
	while (s[at] == ' ' || s[at] == '\n')
		at++;
	for (k = 0; k < sizeof(later) / sizeof(later[0]); k++)
		if (strncasecmp(s + at, later[k], strlen(later[k])) == 0)
			review_report(rv, RULE_DASAR_UBAH_KEDUA, pos_at(t, at),
			    later[k]);
}

/* One regulation named in Mengingat, for the search of repeats. */
struct dasar_ref {
	const struct naskah_text	*t;
	const struct cite_reg		*r;
	size_t				 seq;	/* order in the text */
};

static int
ref_cmp(const void *va, const void *vb)
{
	const struct dasar_ref *a = va, *b = vb;
	int d;

	if (a->r->kind != b->r->kind)
		return a->r->kind < b->r->kind ? -1 : 1;
	if (a->r->tahun != b->r->tahun)
		return a->r->tahun < b->r->tahun ? -1 : 1;
	if (a->r->nomor_len != b->r->nomor_len)
		return a->r->nomor_len < b->r->nomor_len ? -1 : 1;
	d = strncmp(a->t->s + a->r->nomor_off, b->t->s + b->r->nomor_off,
	    a->r->nomor_len);
	if (d == 0 && a->r->issuer_len != b->r->issuer_len)
		d = a->r->issuer_len < b->r->issuer_len ? -1 : 1;
	if (d == 0)
		d = strncasecmp(a->t->s + a->r->issuer_off,
		    b->t->s + b->r->issuer_off, a->r->issuer_len);
	if (d == 0 && a->seq != b->seq)
		d = a->seq < b->seq ? -1 : 1;
	return d;
}

/* The same regulation twice (kind, issuer, Nomor, Tahun): by sorting. */
static void
check_repeats(struct review *rv, const struct naskah_decree *doc,
    const struct citation *cv)
{
	struct dasar_ref *v;
	size_t i, n = 0;

	v = xcalloc(2 * doc->mengingat.n + 1, sizeof(*v));
	for (i = 0; i < doc->mengingat.n; i++) {
		const struct naskah_text *t = &doc->mengingat.v[i].text;

		if (cv[i].reg.kind != CITE_NONE && cv[i].reg.nomor_len > 0) {
			v[n].t = t, v[n].r = &cv[i].reg, v[n].seq = n;
			n++;
		}
		if (cv[i].chain != CHAIN_NONE && cv[i].last.nomor_len > 0) {
			v[n].t = t, v[n].r = &cv[i].last, v[n].seq = n;
			n++;
		}
	}
	qsort(v, n, sizeof(*v), ref_cmp);
	for (i = 1; i < n; i++) {
		struct dasar_ref a = v[i - 1], b = v[i];

		b.seq = a.seq;
		if (ref_cmp(&a, &b) == 0) {
			char *label = reg_label(b.t->s, b.r);

			review_report(rv, RULE_DASAR_GANDA,
			    pos_at(b.t, b.r->off), label);
			free(label);
		}
	}
	free(v);
}

/* The order: by level, then by year and number within a level. */
static void
check_order(struct review *rv, const struct naskah_decree *doc,
    const struct citation *cv)
{
	size_t i, top = 0, prev = 0;
	int have = 0;

	for (i = 0; i < doc->mengingat.n; i++) {
		const struct naskah_text *t = &doc->mengingat.v[i].text;
		const struct cite_reg *r = &cv[i].reg;
		int lv = cite_kind_level(r->kind);

		if (lv < 0)
			continue;
		if (have && lv < cite_kind_level(cv[top].reg.kind))
			report_two(rv, RULE_DASAR_HIERARKI, pos_at(t, r->off),
			    t->s, r, doc->mengingat.v[top].text.s,
			    &cv[top].reg);
		else if (have && lv == cite_kind_level(cv[prev].reg.kind) &&
		    before(doc->mengingat.v[prev].text.s, &cv[prev].reg,
		    t->s, r))
			report_two(rv, RULE_DASAR_KRONOLOGI,
			    pos_at(t, r->tahun_off), t->s, r,
			    doc->mengingat.v[prev].text.s, &cv[prev].reg);
		if (!have || lv > cite_kind_level(cv[top].reg.kind))
			top = i;
		prev = i;
		have = 1;
	}
}

void
review_dasar_hukum(struct review *rv, const struct naskah_decree *doc)
{
	struct citation *cv;
	size_t i;

	if (doc->mengingat.n == 0)
		return;
	cv = xcalloc(doc->mengingat.n, sizeof(*cv));
	for (i = 0; i < doc->mengingat.n; i++) {
		const struct naskah_text *t = &doc->mengingat.v[i].text;

		if (t->s == NULL)
			continue;
		citation_parse(t->s, strlen(t->s), &cv[i]);
		if (cv[i].reg.kind == CITE_NONE)
			continue;
		check_form(rv, t, &cv[i].reg);
		check_pubs(rv, t, &cv[i].reg);
		check_lembaran(rv, t, &cv[i].reg);
		if (cv[i].chain != CHAIN_NONE) {
			check_form(rv, t, &cv[i].last);
			check_pubs(rv, t, &cv[i].last);
			check_lembaran(rv, t, &cv[i].last);
		}
		check_chain(rv, t, &cv[i]);
	}
	check_order(rv, doc, cv);
	check_repeats(rv, doc, cv);
	free(cv);
}
