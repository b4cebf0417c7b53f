/* SPDX-License-Identifier: ISC */
/*
 * review_bentuk.c - punctuation and form: how each Menimbang and
 * Mengingat begins and ends, capitals where the rules want them
 * (titles, the lampiran's title, jabatan lines), the comma after a
 * jabatan.  MEMUTUSKAN, Menimbang and the other fixed words come from
 * the template, not the document: they are not checked.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "model/perda.h"
#include "review/review.h"
#include "review/review_text.h"

/*
 * Fixes are whole values.  Where two rules speak of one text, the
 * one printed later fixes what the earlier ones fix too (when they are
 * not switched off), so that a clerk who applies each in turn, or the
 * last alone, reaches the text the rules want.
 */

/* The fix of menimbang-bahwa for s, or NULL when it is not mechanical
 * (caller frees): "Bahwa ..." written "bahwa ...", or "bahwa " before
 * a point that begins with a lower-case word, an acronym ("IKU"), or a
 * capitalised word followed by a lower-case one ("Dalam rangka": the
 * capital of a sentence, not of a name such as "Peraturan Menteri"). */
static char *
bahwa_fix(const char *s)
{
	size_t n, w;

	if ((n = rvt_prefix(s, "bahwa")) != 0)
		return xasprintf("bahwa%s", s + n);
	for (w = 0; s[w] != '\0' && s[w] != ' '; w++)
		;
	if (islower((unsigned char)s[0]) || (w > 1 &&
	    isupper((unsigned char)s[0]) && isupper((unsigned char)s[1])))
		return xasprintf("bahwa %s", s);
	if (isupper((unsigned char)s[0]) && s[w] == ' ' &&
	    islower((unsigned char)s[w + 1]))
		return xasprintf("bahwa %c%s", tolower((unsigned char)s[0]),
		    s + 1);
	return NULL;
}

/* Each Menimbang point begins with "bahwa". */
static void
menimbang_bahwa(struct review *rv, const struct naskah_decree *doc)
{
	size_t i;

	for (i = 0; i < doc->menimbang.n; i++) {
		const struct naskah_text *t = &doc->menimbang.v[i].text;
		char *fix;

		if (t->s != NULL && strncmp(t->s, "bahwa", 5) != 0) {
			fix = bahwa_fix(t->s);
			review_report_fix(rv, RULE_MENIMBANG_BAHWA, t->span.at,
			    fix);
			free(fix);
		}
	}
}

/*
 * The fix of a point that does not end with ";": its final ".", ","
 * or ":" replaced by ";", else ";" added; NULL when it ends with "dan"
 * or "atau" (a list, which the writer must end).  s is what
 * menimbang-bahwa fixes it to, when it does.
 */
static char *
titik_koma_fix(const char *s)
{
	size_t e = rvt_last(s), w;

	for (w = e; w > 0 && isalpha((unsigned char)s[w - 1]); w--)
		;
	if (rvt_prefix(s + w, "dan") != 0 || rvt_prefix(s + w, "atau") != 0)
		return NULL;
	if (strchr(".,:", s[e]) != NULL)
		return xasprintf("%.*s;", (int)e, s);
	return xasprintf("%.*s;", (int)e + 1, s);
}

/*
 * Each point of cs ends with ";", the last one too (UU 12/2011
 * Lampiran II: konsiderans and dasar hukum alike; its examples end the
 * last point with ";" and leave the full stop to the diktum; a
 * Keputusan's Memperhatikan, numbered as Mengingat, ends its points as
 * Mengingat does: naskah-dinas.md 1.7).  The finding is at the
 * character that stands where ";" should; its fix begins with "bahwa"
 * when menimbang-bahwa (bahwa: 1) fixes that too.
 */
static void
titik_koma(struct review *rv, enum review_rule r, const char *what,
    const struct naskah_clauses *cs, int bahwa)
{
	size_t i, e;

	for (i = 0; i < cs->n; i++) {
		const struct naskah_text *t = &cs->v[i].text;
		char *b = NULL, *fix;

		if ((e = rvt_last(t->s)) == (size_t)-1 || t->s[e] == ';')
			continue;
		if (bahwa && !rv->off[RULE_MENIMBANG_BAHWA] &&
		    strncmp(t->s, "bahwa", 5) != 0)
			b = bahwa_fix(t->s);
		fix = titik_koma_fix(b != NULL ? b : t->s);
		review_report_fix(rv, r, naskah_text_pos(t, e), fix, what);
		free(fix);
		free(b);
	}
}

/*
 * t is in capitals; what names it ("keputusan.judul").  The fix is
 * base (what an earlier rule fixes t to; NULL: t) in capitals
 * (rvt_upper: ASCII letters only, other bytes as written).  Returns
 * whether it spoke.
 */
static int
kapital(struct review *rv, enum review_rule r, const char *what,
    const struct naskah_text *t, const char *base)
{
	size_t w = rvt_lower_word(t->s);
	char *up, *fix;

	if (w == (size_t)-1)
		return 0;
	up = rvt_upper(t->s, (size_t)-1);
	fix = base != NULL ? rvt_upper(base, (size_t)-1) : xstrdup(up);
	review_report_fix(rv, r, naskah_text_pos(t, w), fix, what, up);
	free(fix);
	free(up);
	return !rv->off[r];
}

/* What an earlier rule that spoke fixes t to (kapital: in capitals),
 * for the fix of a later one; t itself when none did. */
static char *
base_of(const struct naskah_text *t, int upper)
{
	return upper ? rvt_upper(t->s, (size_t)-1) : xstrdup(t->s);
}

/* Menetapkan ends with a full stop: "KEPUTUSAN ... TENTANG ....".  The
 * fix is the text (in capitals when judul-kapital spoke of it: upper)
 * with its final ";", ":" or "," replaced by ".", or "." added. */
static void
menetapkan_titik(struct review *rv, const struct naskah_text *t, int upper)
{
	size_t e = rvt_last(t->s), w;
	char *s, *b, *fix;

	if (e == (size_t)-1 || t->s[e] == '.')
		return;
	for (w = e; w > 0 && strchr(" \t\n", t->s[w - 1]) == NULL; w--)
		;
	while (e > w && strchr(";:,", t->s[e]) != NULL)
		e--;
	s = xstrndup(t->s + w, e + 1 - w);
	b = base_of(t, upper);
	for (e = rvt_last(b); e > 0 && strchr(";:,", b[e]) != NULL; e--)
		;
	fix = xasprintf("%.*s.", (int)e + 1, b);
	review_report_fix(rv, RULE_MENETAPKAN_TITIK, naskah_text_pos(t,
	    rvt_last(t->s)), fix, s);
	free(fix);
	free(b);
	free(s);
}

/* The last line of a lampiran's title ends without punctuation
 * (brackets and quotes close a word: they are not punctuation here).
 * The fix is the line without it, in capitals when lampiran-kapital
 * spoke of it (upper). */
static void
lampiran_tanda_baca(struct review *rv, const struct naskah_text *t,
    int upper)
{
	size_t e;
	char *b;

	if ((e = rvt_last(t->s)) == (size_t)-1 ||
	    strchr(".,;:", t->s[e]) == NULL)
		return;
	b = base_of(t, upper);
	while (e > 0 && (strchr(".,;:", b[e]) != NULL ||
	    strchr(" \t\n", b[e]) != NULL))
		e--;
	b[e + 1] = '\0';
	review_report_fix(rv, RULE_LAMPIRAN_TANDA_BACA,
	    naskah_text_pos(t, rvt_last(t->s)), b);
	free(b);
}

/*
 * A jabatan line ends with a comma: "CAMAT PASAR MANNA,".  The fix is
 * base (what the rules before it fix the line to: pejabat-jabatan's
 * fix, or the line in capitals when jabatan-kapital spoke; NULL: the
 * line as written) with its final ".", ";" or ":" replaced by ",", or
 * "," added.
 */
static void
koma(struct review *rv, const char *what, const struct naskah_text *t,
    const char *base)
{
	size_t e = rvt_last(t->s);
	struct naskah_pos pos;
	char *up, *fix;

	if (e == (size_t)-1 || t->s[e] == ',')
		return;
	pos = naskah_text_pos(t, e);
	while (e > 0 && strchr(".;:", t->s[e]) != NULL)
		e--;
	up = rvt_upper(t->s, e + 1);
	if (base == NULL)
		base = t->s;
	for (e = rvt_last(base); e > 0 && strchr(".;:,", base[e]) != NULL;
	    e--)
		;
	fix = xasprintf("%.*s,", (int)e + 1, base);
	review_report_fix(rv, RULE_JABATAN_KOMA, pos, fix, what, up);
	free(fix);
	free(up);
}

/* jabatan-kapital and jabatan-koma on jabatan line t; base is what
 * pejabat-jabatan fixes it to (NULL: it did not speak). */
static void
jabatan(struct review *rv, const char *what, const struct naskah_text *t,
    const char *base)
{
	char *b = NULL;

	if (kapital(rv, RULE_JABATAN_KAPITAL, what, t, base) && base == NULL)
		b = rvt_upper(t->s, (size_t)-1);
	koma(rv, what, t, b != NULL ? b : base);
	free(b);
}

void
review_bentuk(struct review *rv, const struct naskah_decree *doc)
{
	char *judul = NULL, *pejabat = NULL;
	size_t i, k, n;
	int up;

	if (!rv->off[RULE_JUDUL_JABATAN])
		judul = rvt_judul_fix(doc);
	if (!rv->off[RULE_PEJABAT_JABATAN])
		pejabat = rvt_pejabat_fix(doc);
	menimbang_bahwa(rv, doc);
	titik_koma(rv, RULE_MENIMBANG_TITIK_KOMA, "Menimbang",
	    &doc->menimbang, 1);
	titik_koma(rv, RULE_MENGINGAT_TITIK_KOMA, "Mengingat",
	    &doc->mengingat, 0);
	titik_koma(rv, RULE_MEMPERHATIKAN_TITIK_KOMA, "Memperhatikan",
	    &doc->memperhatikan, 0);
	kapital(rv, RULE_JUDUL_KAPITAL, "keputusan.judul", &doc->judul, judul);
	kapital(rv, RULE_JUDUL_KAPITAL, "keputusan.tentang", &doc->tentang,
	    NULL);
	up = kapital(rv, RULE_JUDUL_KAPITAL, "menetapkan", &doc->menetapkan,
	    NULL);
	menetapkan_titik(rv, &doc->menetapkan, up);
	for (i = 0; i < doc->nlampiran; i++) {
		n = doc->lampiran[i].judul.n;
		for (k = 0, up = 0; k < n; k++)
			up = kapital(rv, RULE_LAMPIRAN_KAPITAL,
			    "lampiran.judul", &doc->lampiran[i].judul.v[k],
			    NULL);
		if (n > 0)
			lampiran_tanda_baca(rv,
			    &doc->lampiran[i].judul.v[n - 1], up);
	}
	jabatan(rv, "keputusan.pejabat", &doc->pejabat, pejabat);
	jabatan(rv, "penandatangan.jabatan", &doc->signer.jabatan, NULL);
	if (doc->perda != NULL)	/* the Sekretaris Daerah's line under a
				 * Peraturan */
		jabatan(rv, "pengundangan.jabatan",
		    &doc->perda->undang.jabatan, NULL);
	free(judul);
	free(pejabat);
}
