/* SPDX-License-Identifier: ISC */
/*
 * perda.c - a Peraturan's tree freed, and the references of its texts
 * ("sebagaimana dimaksud dalam Pasal 3 ayat (2) huruf b") found and
 * checked against its Pasal, ayat and lists (doc/peraturan.md, "Cross-
 * references").
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "model/perda.h"
#include "base/xalloc.h"

const char *const perda_list_names[PERDA_LIST__MAX] = {
	[PERDA_LIST_NONE] = "tanpa",
	[PERDA_LIST_AYAT] = "ayat",
	[PERDA_LIST_HURUF] = "huruf",
	[PERDA_LIST_ANGKA] = "angka",
};

const char *const perda_level_names[PERDA_LEVEL__MAX] = {
	[PERDA_ROOT] = "batang_tubuh",
	[PERDA_BAB] = "bab",
	[PERDA_BAGIAN] = "bagian",
	[PERDA_PARAGRAF] = "paragraf",
};

static void
item_clear(struct perda_item *it)
{
	size_t i;

	for (i = 0; i < it->nkid; i++)
		item_clear(&it->kid[i]);
	free(it->kid);
}

static void
group_clear(struct perda_group *g)
{
	size_t i;

	for (i = 0; i < g->nkid; i++)
		group_clear(&g->kid[i]);
	free(g->kid);
}

void
naskah_perda_free(struct naskah_perda *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->npasal; i++)
		item_clear(&p->pasal[i]);
	free(p->pasal);
	group_clear(&p->root);
	free(p);
}

/* Does s start with word w, ending there (no letter follows)? */
static size_t
word_at(const char *s, const char *w)
{
	size_t n = strlen(w);

	if (strncmp(s, w, n) != 0 || isalnum((unsigned char)s[n]))
		return 0;
	return n;
}

/* Digits at s into *v: their count, 0 for none. */
static size_t
digits_at(const char *s, int *v)
{
	size_t n = 0;
	long x = 0;

	while (isdigit((unsigned char)s[n]) && n < 6)
		x = x * 10 + (s[n++] - '0');
	if (n == 0 || isdigit((unsigned char)s[n]))
		return 0;
	*v = (int)x;
	return n;
}

/* " ayat (M)" at s: its length, M into *v. */
static size_t
ayat_at(const char *s, int *v)
{
	size_t n, k;

	if ((n = word_at(s, "ayat")) == 0 || s[n] != ' ' || s[n + 1] != '(')
		return 0;
	n += 2;
	if ((k = digits_at(s + n, v)) == 0 || s[n + k] != ')')
		return 0;
	return n + k + 1;
}

/* "huruf x" at s (one lower-case letter): its length, x as 1.. */
static size_t
huruf_at(const char *s, int *v)
{
	size_t n;

	if ((n = word_at(s, "huruf")) == 0 || s[n] != ' ' ||
	    !islower((unsigned char)s[n + 1]) ||
	    isalnum((unsigned char)s[n + 2]))
		return 0;
	*v = s[n + 1] - 'a' + 1;
	return n + 2;
}

/* "angka K" at s. */
static size_t
angka_at(const char *s, int *v)
{
	size_t n, k;

	if ((n = word_at(s, "angka")) == 0 || s[n] != ' ' ||
	    (k = digits_at(s + n + 1, v)) == 0)
		return 0;
	return n + 1 + k;
}

/* "Pasal N" at s. */
static size_t
pasal_at(const char *s, int *v)
{
	size_t n, k;

	if ((n = word_at(s, "Pasal")) == 0 || s[n] != ' ' ||
	    (k = digits_at(s + n + 1, v)) == 0)
		return 0;
	return n + 1 + k;
}

/* One reference at s (a word starts there): its length, 0 for none. */
static size_t
ref_at(const char *s, struct perda_ref *r)
{
	size_t n = 0, k;

	memset(r, 0, sizeof(*r));
	if ((k = pasal_at(s, &r->pasal)) != 0) {
		n = k;
		if (s[n] == ' ' && (k = ayat_at(s + n + 1, &r->ayat)) != 0)
			n += 1 + k;
	} else if ((k = ayat_at(s, &r->ayat)) != 0)
		n = k;
	if ((n > 0 || s[0] == 'h') && (n == 0 || s[n] == ' ') &&
	    (k = huruf_at(s + n + (n > 0), &r->huruf)) != 0)
		n += (n > 0) + k;
	if (n > 0 && s[n] == ' ' && (k = angka_at(s + n + 1, &r->angka)) != 0)
		n += 1 + k;
	/* "ayat (2) Pasal 3": the ayat of another Pasal */
	if (n > 0 && r->pasal == 0 && r->ayat != 0 && s[n] == ' ' &&
	    (k = pasal_at(s + n + 1, &r->pasal)) != 0)
		n += 1 + k;
	return n;
}

/* Is s[0..n) only a word joining two references? */
static int
joins(const char *s, size_t n)
{
	static const char *const w[] = { "", ",", "dan", "atau", "dan/atau",
	    "sampai dengan", ", dan", ", atau", ", dan/atau", NULL };
	size_t i;

	while (n > 0 && *s == ' ')
		s++, n--;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	for (i = 0; w[i] != NULL; i++)
		if (strlen(w[i]) == n && strncmp(s, w[i], n) == 0)
			return 1;
	return 0;
}

/* Does the name of a regulation other than self start at s? */
static int
names_other(const char *s, const char *self)
{
	static const char *const w[] = { "Undang-Undang", "Undang-undang",
	    "UUD", "Peraturan", "Keputusan", "Instruksi", "Surat Edaran",
	    "Perda", "Perbup", "Perwali", "Pergub", "Permen", "Perpres",
	    "Qanun", "Kitab Undang", NULL };
	size_t i, n;

	while (*s == ' ')
		s++;
	if (self != NULL && (n = strlen(self)) > 0 &&
	    strncmp(s, self, n) == 0 && word_at(s + n + (s[n] == ' '),
	    "ini") != 0)
		return 0;
	for (i = 0; w[i] != NULL; i++)
		if (strncmp(s, w[i], strlen(w[i])) == 0)
			return 1;
	return 0;
}

void
perda_refs_scan(const char *s, const char *self, struct perda_ref **out,
    size_t *n)
{
	struct perda_ref r, *v = NULL;
	size_t i, k, cap = 0, first;

	*n = 0;
	for (i = 0; s != NULL && s[i] != '\0'; i++) {
		if (i > 0 && (isalnum((unsigned char)s[i - 1]) ||
		    s[i - 1] == '-'))
			continue;
		if ((k = ref_at(s + i, &r)) == 0)
			continue;
		r.off = i;
		r.len = k;
		VEC_PUSH(v, *n, cap, r);
		i += k - 1;
	}
	/* "Pasal 8 ayat (3) huruf a dan huruf b": a reference joined to
	 * the one before takes the parts it does not name from it */
	for (i = 1; i < *n; i++) {
		struct perda_ref *a = &v[i - 1], *b = &v[i];
		size_t end = a->off + a->len;

		if (!joins(s + end, b->off - end) || b->pasal != 0)
			continue;
		b->pasal = a->pasal;
		if (b->ayat == 0) {
			b->ayat = a->ayat;
			if (b->huruf == 0)
				b->huruf = a->huruf;
		}
	}
	/* a chain of references named before another regulation is its */
	for (first = 0, i = 0; i < *n; i++) {
		size_t end = v[i].off + v[i].len;

		if (i + 1 < *n && joins(s + end, v[i + 1].off - end))
			continue;
		if (names_other(s + end, self))
			for (k = first; k <= i; k++)
				v[k].external = 1;
		first = i + 1;
	}
	*out = v;
}

/* Where a text being checked stands: its Pasal (NULL: outside the
 * batang tubuh) and the huruf list it is in or leads (NULL: none). */
struct scope {
	const struct naskah_perda	*p;
	const struct perda_item		*pasal;
	int				 pasal_no;
	const struct perda_item		*huruf;
	size_t				 nmenimbang;	/* outside Pasal */
	struct naskah_diag		*d;
};

/* Step from item it to its point v of list kind k: NULL, after an error
 * naming what, when it has none. */
static const struct perda_item *
step(const struct scope *sc, const struct perda_item *it,
    enum perda_list k, int v, const struct naskah_text *t,
    struct naskah_spancur *cur, const struct perda_ref *r,
    struct naskah_buf *what)
{
	char *ref, *val;

	if (it != NULL && it->list == k && v >= 1 && (size_t)v <= it->nkid)
		return &it->kid[v - 1];
	ref = xstrndup(t->s + r->off, r->len);
	val = k == PERDA_LIST_AYAT ? xasprintf("(%d)", v) :
	    k == PERDA_LIST_HURUF ? idn_letters(v) : xasprintf("%d", v);
	naskah_diag(sc->d, SEV_ERROR, naskah_spancur_pos(cur, r->off),
	    MSG_REF_PART, ref, perda_list_names[k], val,
	    what->len > 0 ? what->s : "?");
	free(val);
	free(ref);
	return NULL;
}

/* Check the reference r of text t (positions through cur) in scope sc;
 * 0 after an error. */
static int
ref_check(const struct scope *sc, const struct naskah_text *t,
    struct naskah_spancur *cur, const struct perda_ref *r)
{
	struct naskah_buf what = { NULL, 0, 0 };
	const struct perda_item *it;
	int ok = 0;
	char *ref, *val;

	if (r->external)
		return 1;
	if (r->pasal != 0) {
		if ((size_t)r->pasal > sc->p->npasal || r->pasal < 1) {
			ref = xstrndup(t->s + r->off, r->len);
			naskah_diag(sc->d, SEV_ERROR, naskah_spancur_pos(cur,
			    r->off), MSG_REF_PASAL, ref, r->pasal,
			    (int)sc->p->npasal);
			free(ref);
			return 0;
		}
		it = &sc->p->pasal[r->pasal - 1];
		buf_printf(&what, "Pasal %d", r->pasal);
	} else if (r->ayat != 0) {
		if (sc->pasal == NULL)
			return 1;	/* an ayat of what: not checked */
		it = sc->pasal;
		buf_printf(&what, "Pasal %d", sc->pasal_no);
	} else if (sc->pasal == NULL) {
		/* "huruf b" in a Menimbang: one of its points */
		if (r->huruf >= 1 && (size_t)r->huruf <= sc->nmenimbang)
			return 1;
		ref = xstrndup(t->s + r->off, r->len);
		val = idn_letters(r->huruf);
		naskah_diag(sc->d, SEV_ERROR, naskah_spancur_pos(cur, r->off),
		    MSG_REF_PART, ref, "huruf", val, "Menimbang");
		free(val);
		free(ref);
		return 0;
	} else {
		it = sc->huruf;
		buf_printf(&what, "Pasal %d", sc->pasal_no);
	}
	if (r->ayat != 0 && (it = step(sc, it, PERDA_LIST_AYAT, r->ayat, t,
	    cur, r, &what)) == NULL)
		goto out;
	if (r->ayat != 0)
		buf_printf(&what, " ayat (%d)", r->ayat);
	if (r->huruf != 0 && (it = step(sc, it, PERDA_LIST_HURUF, r->huruf, t,
	    cur, r, &what)) == NULL)
		goto out;
	if (r->angka != 0 && step(sc, it, PERDA_LIST_ANGKA, r->angka, t, cur,
	    r, &what) == NULL)
		goto out;
	ok = 1;
out:
	buf_free(&what);
	return ok;
}

static int
text_check(const struct scope *sc, const struct naskah_text *t)
{
	struct naskah_spancur cur = { &t->span, NULL, 0 };
	struct perda_ref *v;
	size_t i, n;
	int ok = 1;

	if (t->s == NULL)
		return 1;
	perda_refs_scan(t->s, sc->p->sebutan.s, &v, &n);
	for (i = 0; i < n; i++)
		ok &= ref_check(sc, t, &cur, &v[i]);
	naskah_spancur_done(&cur);
	free(v);
	return ok;
}

static int
item_check(struct scope sc, const struct perda_item *it)
{
	size_t i;
	int ok;

	if (it->list == PERDA_LIST_HURUF)
		sc.huruf = it;
	ok = text_check(&sc, &it->teks);
	for (i = 0; i < it->nkid; i++)
		ok &= item_check(sc, &it->kid[i]);
	return ok;
}

int
perda_refs_check(const struct naskah_perda *p,
    const struct naskah_clauses *menimbang, struct naskah_diag *d)
{
	struct scope sc;
	size_t i;
	int ok = 1;

	memset(&sc, 0, sizeof(sc));
	sc.p = p;
	sc.d = d;
	sc.nmenimbang = menimbang->n;
	for (i = 0; i < menimbang->n; i++)
		ok &= text_check(&sc, &menimbang->v[i].text);
	for (i = 0; i < p->npasal; i++) {
		sc.pasal = &p->pasal[i];
		sc.pasal_no = (int)i + 1;
		sc.huruf = NULL;
		ok &= item_check(sc, &p->pasal[i]);
	}
	return ok;
}
