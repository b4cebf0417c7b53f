/* SPDX-License-Identifier: ISC */
/*
 * review_ttd.c - the signer: gelar, pangkat and NIP as Permendagri
 * 1/2023 Pasal 44 says for a Keputusan or Peraturan (both naskah dinas
 * penetapan or pengaturan: every document this review reads), a NIP
 * that agrees with the decree's date, and one signer written one way
 * across the documents of a book.
 *
 * Which kind of official signs is read from the jabatan line (and the
 * awalan "Plt.", "Plh.", "Pj.", "Pjs."), not from the template: a
 * Kepala Daerah's jabatan begins with BUPATI, WALI KOTA, WALIKOTA or
 * GUBERNUR, a Wakil's with WAKIL and one of those, a Sekretaris
 * Daerah's with SEKRETARIS DAERAH, in any case and with any run of
 * blanks between the words (rvt_prefix: "SEKRETARIS\nDAERAH" of a
 * literal block is the same words).  The loader already
 * warns about a NIP that is not 18 digits, a birth date or TMT that
 * does not exist, a TMT before the 17th birthday or a sex digit other
 * than 1 or 2 (load.c check_nip); those are not repeated here.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/xalloc.h"
#include "model/book.h"
#include "model/perda.h"
#include "review/review.h"
#include "review/review_text.h"

enum signer_kind {
	SIGNER_OTHER,		/* Pasal 44 (3): gelar, NIP, pangkat */
	SIGNER_KEPALA,		/* Kepala Daerah or Wakil */
	SIGNER_SEKDA,		/* Sekretaris Daerah */
	SIGNER_PJ_KEPALA,	/* (4): Pj/Pjs/Plt/Plh Kepala Daerah */
	SIGNER_PJ_SEKDA		/* (5): Pj/Plh Sekda */
};

/* Past spaces and one acting prefix ("Plt.", "Plh.", "Pj.", "Pjs.");
 * *acting set when there was one. */
static const char *
skip_acting(const char *s, int *acting)
{
	static const char *const pre[] = { "Plt.", "Plh.", "Pjs.", "Pj.",
	    NULL };
	size_t i, n;

	while (isspace((unsigned char)*s))
		s++;
	for (i = 0; pre[i] != NULL; i++) {
		n = strlen(pre[i]);
		if (strncasecmp(s, pre[i], n) == 0) {
			*acting = 1;
			s += n;
			while (isspace((unsigned char)*s))
				s++;
			break;
		}
	}
	return s;
}

static enum signer_kind
signer_kind(const struct naskah_signer *sg)
{
	static const char *const kd[] = { "BUPATI", "WALI KOTA", "WALIKOTA",
	    "GUBERNUR", NULL };
	const char *s;
	int acting = 0;
	size_t i, n;

	if (sg->jabatan.s == NULL)
		return SIGNER_OTHER;
	if (sg->awalan.s != NULL)
		(void)skip_acting(sg->awalan.s, &acting);
	s = skip_acting(sg->jabatan.s, &acting);
	if ((n = rvt_prefix(s, "SEKRETARIS DAERAH")) != 0)
		return acting ? SIGNER_PJ_SEKDA : SIGNER_SEKDA;
	if ((n = rvt_prefix(s, "WAKIL")) != 0) {
		s += n;
		while (isspace((unsigned char)*s))
			s++;
	}
	for (i = 0; kd[i] != NULL; i++)
		if (rvt_prefix(s, kd[i]) != 0)
			return acting ? SIGNER_PJ_KEPALA : SIGNER_KEPALA;
	return SIGNER_OTHER;
}

/*
 * Where the name carries a gelar of its own: "NAMA, S.H." (a comma and
 * more) or a title before it (Dr., Drs., Dra., Ir., Prof.).  The byte
 * offset in nama, or -1.
 */
static long
gelar_in_name(const char *nama)
{
	static const char *const pre[] = { "Dr.", "Drs.", "Dra.", "Ir.",
	    "Prof.", NULL };
	const char *c;
	size_t i;

	for (i = 0; pre[i] != NULL; i++)
		if (strncasecmp(nama, pre[i], strlen(pre[i])) == 0)
			return 0;
	if ((c = strchr(nama, ',')) != NULL) {
		const char *g = c + 1;

		while (isspace((unsigned char)*g))
			g++;
		if (*g != '\0')
			return (long)(g - nama);
	}
	return -1;
}

/* Pasal 44 ayat (1): no gelar under a Keputusan or Peraturan. */
static void
ttd_gelar(struct review *rv, const struct naskah_signer *sg)
{
	long off;

	if (sg->tampilkan_gelar && !rvt_empty(&sg->gelar))
		review_report(rv, RULE_TTD_GELAR, sg->gelar.span.at,
		    sg->gelar.s);
	else if (sg->nama.s != NULL && (off = gelar_in_name(sg->nama.s)) >= 0)
		review_report(rv, RULE_TTD_GELAR,
		    naskah_text_pos(&sg->nama, (size_t)off), sg->nama.s);
}

/* Ayat (3): others sign with NIP and pangkat; (3)-(5): a Kepala Daerah,
 * a Wakil and whoever acts for them, and an acting Sekda, without. */
static void
ttd_nip_pangkat(struct review *rv, const struct naskah_signer *sg)
{
	const struct naskah_text *at;

	switch (signer_kind(sg)) {
	case SIGNER_OTHER:
		at = sg->nama.s != NULL ? &sg->nama : &sg->jabatan;
		if (rvt_empty(&sg->nip))
			review_report(rv, RULE_TTD_NIP, at->span.at,
			    at->s != NULL ? at->s : "");
		if (rvt_empty(&sg->pangkat))
			review_report(rv, RULE_TTD_PANGKAT, at->span.at,
			    at->s != NULL ? at->s : "");
		break;
	case SIGNER_KEPALA:
	case SIGNER_PJ_KEPALA:
	case SIGNER_PJ_SEKDA:
		if (!rvt_empty(&sg->nip))
			review_report(rv, RULE_TTD_KEPALA_DAERAH,
			    sg->nip.span.at, sg->nip.s, sg->jabatan.s);
		if (!rvt_empty(&sg->pangkat))
			review_report(rv, RULE_TTD_KEPALA_DAERAH,
			    sg->pangkat.span.at, sg->pangkat.s,
			    sg->jabatan.s);
		break;
	case SIGNER_SEKDA:
		break;
	}
}

/* The byte of s that holds its nth digit (from 0), or 0. */
static size_t
digit_off(const char *s, int nth)
{
	size_t i;

	for (i = 0; s[i] != '\0'; i++)
		if (isdigit((unsigned char)s[i]) && nth-- == 0)
			return i;
	return 0;
}

/* The TMT (NIP digits 9-14) not after the month of the decree. */
static void
nip_tmt(struct review *rv, const struct naskah_decree *doc)
{
	const struct naskah_signer *sg = &doc->signer;
	const char *d = sg->nip_digits;
	int y, m;

	if (!sg->nip_valid || doc->tanggal.year <= 0)
		return;
	y = (d[8] - '0') * 1000 + (d[9] - '0') * 100 + (d[10] - '0') * 10 +
	    (d[11] - '0');
	m = (d[12] - '0') * 10 + (d[13] - '0');
	if (y * 12 + m > doc->tanggal.year * 12 + doc->tanggal.month)
		review_report(rv, RULE_NIP_TMT,
		    naskah_text_pos(&sg->nip, digit_off(sg->nip.s, 8)), sg->nip.s, d + 8, d + 12);
}

/* A signer without jabatan and nama (not written: a document built
 * by hand, or one the loader left without) is not reviewed. */
void
review_penandatangan(struct review *rv, const struct naskah_decree *doc)
{
	if (doc->perda != NULL && !rvt_empty(&doc->perda->undang.nama)) {
		/* rv-kinds: the Sekretaris Daerah who signs a Peraturan's
		 * pengundangan writes no gelar either (ayat (1)); NIP and
		 * pangkat are as the regional template wants them */
		struct naskah_signer sg;

		memset(&sg, 0, sizeof(sg));
		sg.jabatan = doc->perda->undang.jabatan;
		sg.nama = doc->perda->undang.nama;
		ttd_gelar(rv, &sg);
	}
	if (rvt_empty(&doc->signer.jabatan) && rvt_empty(&doc->signer.nama))
		return;
	ttd_gelar(rv, &doc->signer);
	ttd_nip_pangkat(rv, &doc->signer);
	nip_tmt(rv, doc);
}

/* ---- one person, one way of writing, across a book ---- */

/* A person of a book's documents, with its order and its keys. */
struct who {
	const struct review_person *p;
	size_t		 i;		/* index in the caller's array */
	char		 nip[19];	/* 18 digits, or "" */
	char		*nama;		/* folded, no title, no gelar */
	char		*gelar;		/* folded, or NULL */
	const struct naskah_text *gt;	/* where the gelar is written */
	size_t		 goff;		/* its byte in gt */
};

/* s[0..n) in lower case with runs of spaces as one, ends trimmed. */
static char *
fold_n(const char *s, size_t n)
{
	char *out = xmalloc(n + 1), *o = out;
	size_t i;
	int sp = 0;

	for (i = 0; i < n; i++) {
		if (isspace((unsigned char)s[i])) {
			sp = o != out;
			continue;
		}
		if (sp)
			*o++ = ' ';
		sp = 0;
		*o++ = (char)tolower((unsigned char)s[i]);
	}
	*o = '\0';
	return out;
}

/* The 18 digits of a NIP as written ("NIP. 19730305 200803 2 001"),
 * or "" when it does not hold 18. */
static void
nip_key(const struct naskah_text *t, char out[19])
{
	const char *s;
	int n = 0;

	out[0] = '\0';
	if (t == NULL || t->s == NULL)
		return;
	for (s = t->s; *s != '\0'; s++)
		if (isdigit((unsigned char)*s)) {
			if (n == 18)
				return;
			out[n++] = *s;
		}
	out[n] = '\0';
	if (n != 18)
		out[0] = '\0';
}

static void
who_make(struct who *w, const struct review_person *p, size_t i)
{
	const char *s = p->nama->s, *c;
	long t = gelar_in_name(s);

	memset(w, 0, sizeof(*w));
	w->p = p;
	w->i = i;
	nip_key(p->nip, w->nip);
	/* the name without a title before it and a gelar after a comma */
	if (t == 0) {
		while (*s != '\0' && !isspace((unsigned char)*s))
			s++;
	}
	c = strchr(s, ',');
	w->nama = fold_n(s, c != NULL ? (size_t)(c - s) : strlen(s));
	if (p->gelar != NULL && !rvt_empty(p->gelar)) {
		w->gelar = fold_n(p->gelar->s, strlen(p->gelar->s));
		w->gt = p->gelar;
	} else if (c != NULL && c[1] != '\0') {
		w->gelar = fold_n(c + 1, strlen(c + 1));
		w->gt = p->nama;
		w->goff = (size_t)(c + 1 - p->nama->s);
		while (isspace((unsigned char)p->nama->s[w->goff]))
			w->goff++;
	}
}

static int
by_nip(const void *a, const void *b)
{
	const struct who *x = a, *y = b;
	int c = strcmp(x->nip, y->nip);

	return c != 0 ? c : (x->i > y->i) - (x->i < y->i);
}

static int
by_nama(const void *a, const void *b)
{
	const struct who *x = a, *y = b;
	int c = strcmp(x->nama, y->nama);

	return c != 0 ? c : (x->i > y->i) - (x->i < y->i);
}

/* Report t (at byte off) as written otherwise than first, of f. */
static void
report_sama(struct review *rv, const struct naskah_text *t, size_t off,
    const struct naskah_text *first, const struct review_person *f)
{
	const char *file = first->span.at.file != NULL ?
	    first->span.at.file : f->file;

	review_report(rv, RULE_TTD_SAMA, naskah_text_pos(t, off),
	    t->s != NULL ? t->s : "", first->s != NULL ? first->s : "",
	    file != NULL ? file : "", file != NULL ? " " : "",
	    first->span.at.line);
}

/* Within each run of one NIP (sorted), one name. */
static void
same_by_nip(struct review *rv, struct who *w, size_t n)
{
	size_t i, g = 0;

	qsort(w, n, sizeof(*w), by_nip);
	for (i = 1; i < n; i++) {
		if (strcmp(w[g].nip, w[i].nip) != 0) {
			g = i;
			continue;
		}
		if (w[i].nip[0] != '\0' && strcmp(w[g].nama, w[i].nama) != 0)
			report_sama(rv, w[i].p->nama, 0, w[g].p->nama, w[g].p);
	}
}

/* Within each run of one name (sorted), one NIP and one gelar where
 * both give one. */
static void
same_by_nama(struct review *rv, struct who *w, size_t n)
{
	size_t i, g = 0;

	qsort(w, n, sizeof(*w), by_nama);
	for (i = 1; i < n; i++) {
		const struct who *a = &w[g], *b = &w[i];
		size_t k;

		if (strcmp(a->nama, b->nama) != 0) {
			g = i;
			continue;
		}
		for (k = g; k < i && w[k].nip[0] == '\0'; k++)
			;
		if (b->nip[0] != '\0' && k < i &&
		    strcmp(w[k].nip, b->nip) != 0) {
			report_sama(rv, b->p->nip, 0, w[k].p->nip, w[k].p);
			continue;
		}
		for (k = g; k < i && w[k].gelar == NULL; k++)
			;
		if (b->gelar != NULL && k < i &&
		    strcmp(w[k].gelar, b->gelar) != 0)
			report_sama(rv, b->gt, b->goff, w[k].gt, w[k].p);
	}
}

void
review_persons_same(struct review *rv, const struct review_person *v,
    size_t n)
{
	struct who *w;
	size_t i, k = 0;

	if (n < 2)
		return;
	w = xcalloc(n, sizeof(*w));
	for (i = 0; i < n; i++)
		if (v[i].nama != NULL && !rvt_empty(v[i].nama))
			who_make(&w[k++], &v[i], i);
	same_by_nip(rv, w, k);
	same_by_nama(rv, w, k);
	for (i = 0; i < k; i++) {
		free(w[i].nama);
		free(w[i].gelar);
	}
	free(w);
}

static void
person_add(struct review_person **v, size_t *n, size_t *cap,
    const struct naskah_text *nama, const struct naskah_text *nip)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 8;
		*v = xrealloc(*v, *cap * sizeof(**v));
	}
	(*v)[*n].nama = nama;
	(*v)[*n].nip = nip;
	(*v)[*n].gelar = NULL;
	(*v)[*n].file = NULL;
	(*n)++;
}

/* The people of blocks bs (signatures, the Perjanjian Kinerja's two
 * sides, the posts of a chart), appended to *v (grown as needed). */
static void
persons_blocks(const struct naskah_blocks *bs, struct review_person **v,
    size_t *n, size_t *cap)
{
	size_t i, k;

	for (i = 0; i < bs->n; i++) {
		const struct naskah_block *b = &bs->v[i];
		struct review_person add[2];
		size_t nadd = 0;

		memset(add, 0, sizeof(add));
		if (b->kind == BLOCK_TTD) {
			add[0].nama = &b->nama;
			add[0].nip = &b->nip;
			nadd = 1;
		} else if (b->kind == BLOCK_PERJANJIAN && b->pk != NULL) {
			add[0].nama = &b->pk->pertama.nama;
			add[0].nip = &b->pk->pertama.nip;
			add[1].nama = &b->pk->kedua.nama;
			add[1].nip = &b->pk->kedua.nip;
			nadd = 2;
		}
		for (k = 0; k < nadd; k++)
			person_add(v, n, cap, add[k].nama, add[k].nip);
		if (b->kind == BLOCK_BAGAN && b->chart != NULL)
			for (k = 0; k < b->chart->npost; k++)
				person_add(v, n, cap, &b->chart->post[k].nama,
				    &b->chart->post[k].nip);
		for (k = 0; k < b->nitems; k++)
			persons_blocks(&b->items[k].sub, v, n, cap);
	}
}

void
review_book_ttd(struct review *rv, const struct naskah_book *bk)
{
	struct review_person *v = NULL;
	size_t n = 0, cap = 0, i, k;

	if (bk->decree != NULL && !rvt_empty(&bk->decree->signer.nama)) {
		const struct naskah_signer *sg = &bk->decree->signer;

		person_add(&v, &n, &cap, &sg->nama, &sg->nip);
		v[0].gelar = sg->tampilkan_gelar ? &sg->gelar : NULL;
		v[0].file = bk->decree->path;
	}
	for (i = 0; i < bk->npart; i++) {
		persons_blocks(&bk->part[i].isi, &v, &n, &cap);
		for (k = 0; k < bk->part[i].nsub; k++)
			persons_blocks(&bk->part[i].sub[k].isi, &v, &n, &cap);
	}
	review_persons_same(rv, v, n);
	free(v);
}
