/* SPDX-License-Identifier: ISC */
/*
 * citation.c - a Mengingat item read as the regulation it cites
 * (citation.h).
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "review/citation.h"

static const struct {
	const char	*w;
	enum cite_kind	 k;
} kinds[] = {		/* longest first where one begins another */
	{ "Undang-Undang Dasar", CITE_UUD },
	{ "Undang-Undang Darurat", CITE_UU_DARURAT },
	{ "Undang-Undang", CITE_UU },
	{ "Ketetapan Majelis Permusyawaratan Rakyat", CITE_TAP_MPR },
	{ "Peraturan Pemerintah Pengganti Undang-Undang", CITE_PERPPU },
	{ "Peraturan Pemerintah", CITE_PP },
	{ "Peraturan Presiden", CITE_PERPRES },
	{ "Keputusan Presiden", CITE_KEPPRES },
	{ "Instruksi Presiden", CITE_KEPPRES },
	{ "Peraturan Menteri", CITE_PERMEN },
	{ "Peraturan Kepala", CITE_PERMEN },
	{ "Peraturan Badan", CITE_PERMEN },
	{ "Peraturan Lembaga", CITE_PERMEN },
	{ "Keputusan Menteri", CITE_KEPMEN },
	{ "Peraturan Daerah Provinsi", CITE_PERDA_PROV },
	{ "Peraturan Daerah Propinsi", CITE_PERDA_PROV },
	{ "Peraturan Daerah", CITE_PERDA_KAB },
	{ "Peraturan Gubernur", CITE_PERGUB },
	{ "Peraturan Bupati", CITE_PERKADA },
	{ "Peraturan Walikota", CITE_PERKADA },
	{ "Peraturan Wali Kota", CITE_PERKADA },
	{ "Keputusan Gubernur", CITE_KEPGUB },
	{ "Keputusan Bupati", CITE_KEPKADA },
	{ "Keputusan Walikota", CITE_KEPKADA },
	{ "Keputusan Wali Kota", CITE_KEPKADA },
};

static const char *const kind_names[CITE__MAX] = {
	"", "Undang-Undang Dasar", "Ketetapan MPR", "Undang-Undang",
	"Undang-Undang Darurat", "Peraturan Pemerintah Pengganti "
	"Undang-Undang", "Peraturan Pemerintah", "Peraturan Presiden",
	"Keputusan Presiden", "Peraturan Menteri", "Keputusan Menteri",
	"Peraturan Daerah Provinsi", "Peraturan Daerah Kabupaten/Kota",
	"Peraturan Gubernur", "Peraturan Bupati/Walikota",
	"Keputusan Gubernur", "Keputusan Bupati/Walikota",
};

/* UU 12/2011 Pasal 7 ayat (1), then Pasal 8 ayat (1) as practised. */
static const signed char kind_levels[CITE__MAX] = {
	-1, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 10, 9, 11, 9, 11,
};

static const struct {
	const char		*w;
	enum cite_pub_kind	 k;
} pubs[] = {
	{ "Tambahan Lembaran Negara", PUB_TLN },
	{ "Lembaran Negara", PUB_LN },
	{ "Berita Negara", PUB_BN },
	{ "Tambahan Lembaran Daerah", PUB_TLD },
	{ "Lembaran Daerah", PUB_LD },
	{ "Berita Daerah", PUB_BD },
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

const char *
cite_kind_name(enum cite_kind k)
{
	return k < CITE__MAX ? kind_names[k] : "";
}

int
cite_kind_level(enum cite_kind k)
{
	return k < CITE__MAX ? kind_levels[k] : -1;
}

/* Does the word(s) w begin at s[i], on word boundaries either side? */
static int
at_word(const char *s, size_t n, size_t i, const char *w)
{
	size_t m = strlen(w);

	if (i > 0 && isalnum((unsigned char)s[i - 1]))
		return 0;
	if (i + m > n || strncasecmp(s + i, w, m) != 0)
		return 0;
	return i + m == n || !isalnum((unsigned char)s[i + m]);
}

/* The first i in [from, to) where w begins (to: none). */
static size_t
find_word(const char *s, size_t n, size_t from, size_t to, const char *w)
{
	size_t i;

	for (i = from; i < to; i++)
		if (at_word(s, n, i, w))
			return i;
	return to;
}

static size_t
skip_space(const char *s, size_t n, size_t i)
{
	while (i < n && isspace((unsigned char)s[i]))
		i++;
	return i;
}

/* A run of digits at s[*i] as a number (-1: none); *i past it. */
static long
read_number(const char *s, size_t n, size_t *i)
{
	long v = 0;
	size_t j = *i;

	if (j >= n || !isdigit((unsigned char)s[j]))
		return -1;
	while (j < n && isdigit((unsigned char)s[j]) && v < 100000000)
		v = v * 10 + (s[j++] - '0');
	*i = j;
	return v;
}

/* The kind of regulation whose name begins at s[i] (CITE_NONE). */
static enum cite_kind
kind_at(const char *s, size_t n, size_t i, size_t *len)
{
	size_t k;

	for (k = 0; k < NELEM(kinds); k++)
		if (at_word(s, n, i, kinds[k].w)) {
			*len = strlen(kinds[k].w);
			return kinds[k].k;
		}
	return CITE_NONE;
}

long
cite_nomor_value(const char *s, const struct cite_reg *r)
{
	size_t i = r->nomor_off, end = r->nomor_off + r->nomor_len;
	long v;

	if (r->nomor_len == 0)
		return -1;
	v = read_number(s, end, &i);
	return i == end ? v : -1;
}

/* The year at the end of a code like "PER/09/M.PAN/5/2007", or 0. */
static long
code_year(const char *s, size_t off, size_t len, size_t *at)
{
	size_t i;
	long v;

	if (len < 6 || s[off + len - 5] != '/')
		return 0;
	i = off + len - 4;
	*at = i;
	v = read_number(s, off + len, &i);
	return v >= 1900 && i == off + len ? v : 0;
}

/*
 * The Nomor and Tahun of r in s[r->off + r->len, to): "Nomor N Tahun
 * YYYY", the issuer's words before "Nomor", then "tentang".
 */
static void
reg_numbers(const char *s, size_t n, size_t to, struct cite_reg *r)
{
	size_t i = r->off + r->len, t, j;

	r->tentang_off = find_word(s, n, i, to, "tentang");
	t = r->tentang_off;
	j = find_word(s, n, i, t, "Nomor");
	r->issuer_off = skip_space(s, n, i);
	r->issuer_len = (j < t ? j : t) > r->issuer_off ?
	    (j < t ? j : t) - r->issuer_off : 0;
	while (r->issuer_len > 0 &&
	    isspace((unsigned char)s[r->issuer_off + r->issuer_len - 1]))
		r->issuer_len--;
	if (j < t) {
		j = skip_space(s, n, j + 5);
		r->nomor_off = j;
		while (j < t && !isspace((unsigned char)s[j]) &&
		    strchr(",;()", s[j]) == NULL)
			j++;
		while (j > r->nomor_off && s[j - 1] == '.')
			j--;	/* the item's own full stop */
		r->nomor_len = j - r->nomor_off;
		if (at_word(s, n, r->nomor_off, "Tahun") ||
		    at_word(s, n, r->nomor_off, "tentang"))
			r->nomor_len = 0;	/* "Nomor Tahun 2019" */
		r->tahun = code_year(s, r->nomor_off, r->nomor_len,
		    &r->tahun_off);
	}
	j = find_word(s, n, i, t, "Tahun");
	if (j < t) {
		size_t k = skip_space(s, n, j + 5);
		long v = read_number(s, n, &k);

		if (v > 0) {
			r->tahun = v;
			r->tahun_off = j;
			r->tahun_lower = s[j] == 't';
		}
	}
	if (t == to)
		r->tentang_off = 0;
}

/* The publication parts of "(Lembaran ..., Tambahan ...)" at s[i]. */
static size_t
reg_pubs(const char *s, size_t n, size_t i, struct cite_reg *r)
{
	struct cite_pub *cur = NULL;
	size_t k;

	for (i++; i < n && s[i] != ')'; i++) {
		if (i > 0 && isalnum((unsigned char)s[i - 1]))
			continue;
		for (k = 0; k < NELEM(pubs); k++)
			if (at_word(s, n, i, pubs[k].w))
				break;
		if (k < NELEM(pubs)) {
			cur = &r->pub[pubs[k].k];
			if (cur->n++ == 0) {
				cur->off = i;
				cur->nomor = -1;
			} else
				cur = NULL;	/* only the first is kept */
			i += strlen(pubs[k].w) - 1;
		} else if (cur != NULL && at_word(s, n, i, "Tahun")) {
			size_t j = skip_space(s, n, i + 5);
			long v = read_number(s, n, &j);

			if (v > 0 && cur->tahun == 0)
				cur->tahun = v;
		} else if (cur != NULL && at_word(s, n, i, "Nomor")) {
			size_t j = skip_space(s, n, i + 5);
			long v = read_number(s, n, &j);

			if (v >= 0 && cur->nomor < 0)
				cur->nomor = v;
		}
	}
	return i;
}

/*
 * The regulation named at the first word of s[from, to) (after "Pasal
 * ..." when the text begins so: "Pasal 18 ayat (6) Undang-Undang
 * Dasar"), its numbers and publication; returns where its text ends
 * (past the publication's ")", or at the chain's "sebagaimana").  A
 * kind named further on, inside another text, is not taken for it.
 */
static size_t
reg_parse(const char *s, size_t n, size_t from, size_t to,
    struct cite_reg *r)
{
	size_t i, end;

	memset(r, 0, sizeof(*r));
	from = skip_space(s, n, from);
	if (at_word(s, n, from, "Pasal")) {
		for (i = from; i < to; i++)
			if ((r->kind = kind_at(s, n, i, &r->len)) != CITE_NONE)
				break;
	} else if ((r->kind = kind_at(s, n, from, &r->len)) != CITE_NONE)
		i = from;
	if (r->kind == CITE_NONE)
		return to;
	r->off = i;
	/* the name ends at "tentang", the publication or the chain */
	end = find_word(s, n, i + r->len, to, "sebagaimana");
	for (i = r->off + r->len; i < end; i++)
		if (s[i] == '(' && (at_word(s, n, i + 1, "Lembaran") ||
		    at_word(s, n, i + 1, "Berita") ||
		    at_word(s, n, i + 1, "Tambahan")))
			break;
	reg_numbers(s, n, i, r);
	if (i < end)
		i = reg_pubs(s, n, i, r);
	return i < end ? i : end;
}

void
citation_parse(const char *s, size_t n, struct citation *c)
{
	size_t i, ch;

	memset(c, 0, sizeof(*c));
	i = reg_parse(s, n, 0, n, &c->reg);
	if (c->reg.kind == CITE_NONE)
		return;
	ch = find_word(s, n, i, n, "sebagaimana");
	if (ch == n)
		return;
	c->chain_off = ch;
	i = find_word(s, n, ch, n, "dengan");
	if (i == n)
		return;
	c->chain = find_word(s, n, ch, i, "beberapa") < i ? CHAIN_MANY :
	    CHAIN_ONCE;
	reg_parse(s, n, i + 6, n, &c->last);
	if (c->last.kind == CITE_NONE)
		c->chain = CHAIN_NONE;
}
