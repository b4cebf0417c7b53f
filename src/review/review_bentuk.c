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

/* Each Menimbang point begins with "bahwa". */
static void
menimbang_bahwa(struct review *rv, const struct naskah_decree *doc)
{
	size_t i;

	for (i = 0; i < doc->menimbang.n; i++) {
		const struct naskah_text *t = &doc->menimbang.v[i].text;

		if (t->s != NULL && strncmp(t->s, "bahwa", 5) != 0)
			review_report(rv, RULE_MENIMBANG_BAHWA, t->span.at);
	}
}

/*
 * Each point of cs ends with ";", the last one too (UU 12/2011
 * Lampiran II: konsiderans and dasar hukum alike; its examples end the
 * last point with ";" and leave the full stop to the diktum; a
 * Keputusan's Memperhatikan, numbered as Mengingat, ends its points as
 * Mengingat does: naskah-dinas.md 1.7).  The
 * finding is at the character that stands where ";" should.
 */
static void
titik_koma(struct review *rv, enum review_rule r, const char *what,
    const struct naskah_clauses *cs)
{
	size_t i, e;

	for (i = 0; i < cs->n; i++) {
		const struct naskah_text *t = &cs->v[i].text;

		if ((e = rvt_last(t->s)) != (size_t)-1 && t->s[e] != ';')
			review_report(rv, r, naskah_text_pos(t, e), what);
	}
}

/* t is in capitals; what names it ("keputusan.judul"). */
static void
kapital(struct review *rv, enum review_rule r, const char *what,
    const struct naskah_text *t)
{
	size_t w = rvt_lower_word(t->s), i;
	char *up;

	if (w == (size_t)-1)
		return;
	up = xstrdup(t->s);
	for (i = 0; up[i] != '\0'; i++)
		up[i] = (char)toupper((unsigned char)up[i]);
	review_report(rv, r, naskah_text_pos(t, w), what, up);
	free(up);
}

/* Menetapkan ends with a full stop: "KEPUTUSAN ... TENTANG ....". */
static void
menetapkan_titik(struct review *rv, const struct naskah_text *t)
{
	size_t e = rvt_last(t->s), w;
	char *s;

	if (e == (size_t)-1 || t->s[e] == '.')
		return;
	for (w = e; w > 0 && strchr(" \t\n", t->s[w - 1]) == NULL; w--)
		;
	while (e > w && strchr(";:,", t->s[e]) != NULL)
		e--;
	s = xstrndup(t->s + w, e + 1 - w);
	review_report(rv, RULE_MENETAPKAN_TITIK, naskah_text_pos(t,
	    rvt_last(t->s)), s);
	free(s);
}

/* The last line of a lampiran's title ends without punctuation
 * (brackets and quotes close a word: they are not punctuation here). */
static void
lampiran_tanda_baca(struct review *rv, const struct naskah_lampiran *lp)
{
	const struct naskah_text *t;
	size_t e;

	if (lp->judul.n == 0)
		return;
	t = &lp->judul.v[lp->judul.n - 1];
	if ((e = rvt_last(t->s)) != (size_t)-1 &&
	    strchr(".,;:", t->s[e]) != NULL)
		review_report(rv, RULE_LAMPIRAN_TANDA_BACA,
		    naskah_text_pos(t, e));
}

/* A jabatan line ends with a comma: "CAMAT PASAR MANNA,". */
static void
koma(struct review *rv, const char *what, const struct naskah_text *t)
{
	size_t e = rvt_last(t->s);
	struct naskah_pos pos;
	char *up;
	size_t i;

	if (e == (size_t)-1 || t->s[e] == ',')
		return;
	pos = naskah_text_pos(t, e);
	while (e > 0 && strchr(".;:", t->s[e]) != NULL)
		e--;
	up = xstrndup(t->s, e + 1);
	for (i = 0; up[i] != '\0'; i++)
		up[i] = (char)toupper((unsigned char)up[i]);
	review_report(rv, RULE_JABATAN_KOMA, pos, what, up);
	free(up);
}

void
review_bentuk(struct review *rv, const struct naskah_decree *doc)
{
	size_t i, k;

	menimbang_bahwa(rv, doc);
	titik_koma(rv, RULE_MENIMBANG_TITIK_KOMA, "Menimbang",
	    &doc->menimbang);
	titik_koma(rv, RULE_MENGINGAT_TITIK_KOMA, "Mengingat",
	    &doc->mengingat);
	titik_koma(rv, RULE_MEMPERHATIKAN_TITIK_KOMA, "Memperhatikan",
	    &doc->memperhatikan);
	kapital(rv, RULE_JUDUL_KAPITAL, "keputusan.judul", &doc->judul);
	kapital(rv, RULE_JUDUL_KAPITAL, "keputusan.tentang", &doc->tentang);
	kapital(rv, RULE_JUDUL_KAPITAL, "menetapkan", &doc->menetapkan);
	menetapkan_titik(rv, &doc->menetapkan);
	for (i = 0; i < doc->nlampiran; i++) {
		for (k = 0; k < doc->lampiran[i].judul.n; k++)
			kapital(rv, RULE_LAMPIRAN_KAPITAL, "lampiran.judul",
			    &doc->lampiran[i].judul.v[k]);
		lampiran_tanda_baca(rv, &doc->lampiran[i]);
	}
	kapital(rv, RULE_JABATAN_KAPITAL, "keputusan.pejabat", &doc->pejabat);
	koma(rv, "keputusan.pejabat", &doc->pejabat);
	kapital(rv, RULE_JABATAN_KAPITAL, "penandatangan.jabatan",
	    &doc->signer.jabatan);
	koma(rv, "penandatangan.jabatan", &doc->signer.jabatan);
	if (doc->perda != NULL) {
		/* the Sekretaris Daerah's line under a Peraturan */
		kapital(rv, RULE_JABATAN_KAPITAL, "pengundangan.jabatan",
		    &doc->perda->undang.jabatan);
		koma(rv, "pengundangan.jabatan", &doc->perda->undang.jabatan);
	}
}
