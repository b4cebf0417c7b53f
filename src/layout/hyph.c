/* SPDX-License-Identifier: ISC */
/*
 * hyph.c - libhyphen with ISO-8859-1 pattern files, behind the
 * naskah_hyph interface.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fileio.h"
#include "layout/hyph.h"
#include "layout/hyph_int.h"
#include "base/utf8.h"
#include "base/xalloc.h"

/* A set of 64-bit hashes (open addressing; 0 marks a free slot). */
struct hset {
	uint64_t	*v;
	size_t		 cap;		/* a power of two */
	size_t		 n;
};

/* A pattern's hash, never 0 (a free slot of hset). */
static uint64_t
pattern_hash(const unsigned char *s, size_t n)
{
	uint64_t h = naskah_bytes_hash(s, n);

	return h ? h : 1;
}

static void
hset_add(struct hset *hs, uint64_t h)
{
	size_t i, k;

	if (2 * (hs->n + 1) > hs->cap) {
		struct hset big = { NULL, hs->cap ? hs->cap * 2 : 4096, 0 };

		big.v = xcalloc(big.cap, sizeof(*big.v));
		for (k = 0; k < hs->cap; k++)
			if (hs->v[k] != 0)
				hset_add(&big, hs->v[k]);
		free(hs->v);
		*hs = big;
	}
	for (i = h & (hs->cap - 1); hs->v[i] != 0; i = (i + 1) & (hs->cap - 1))
		if (hs->v[i] == h)
			return;
	hs->v[i] = h;
	hs->n++;
}

static int
hset_has(const struct hset *hs, uint64_t h)
{
	size_t i;

	if (hs->cap == 0)
		return 0;
	for (i = h & (hs->cap - 1); hs->v[i] != 0; i = (i + 1) & (hs->cap - 1))
		if (hs->v[i] == h)
			return 1;
	return 0;
}

#define MAX_PATTERN	16	/* longest pattern, letters and dots */

/* The patterns of the file at path, each once (the first of a
 * pattern given twice: the Indonesian file repeats two, which
 * libhyphen would leak), parsed by libhyphen.  NULL (errno) on failure. */
static HyphenDict *
dic_parse(const char *path)
{
	struct hset seen = { NULL, 0, 0 };
	struct naskah_buf out = { NULL, 0, 0 };
	char line[256];
	unsigned char key[MAX_PATTERN + 1];
	size_t i, n, len;
	HyphenDict *d;
	FILE *f, *mem;
	int err;

	if ((f = naskah_fopen_regular(path, &err)) == NULL) {
		errno = err > 0 ? err : EINVAL;
		return NULL;
	}
	/* the first line names the encoding */
	while (fgets(line, sizeof(line), f) != NULL) {
		len = strcspn(line, "\t\r\n");
		if (out.len == 0) {
			buf_add(&out, line, len);
			buf_addc(&out, '\n');
			continue;
		}
		for (i = n = 0; i < len; i++)
			if (line[i] < '0' || line[i] > '9') {
				if (n == MAX_PATTERN)
					break;
				key[n++] = (unsigned char)line[i];
			}
		if (i < len || n == 0 || hset_has(&seen, pattern_hash(key, n)))
			continue;
		hset_add(&seen, pattern_hash(key, n));
		buf_add(&out, line, len);
		buf_addc(&out, '\n');
	}
	fclose(f);
	free(seen.v);
	if (out.len == 0) {
		errno = EINVAL;		/* an empty pattern file */
		return NULL;
	}
	if ((mem = fmemopen(out.s, out.len, "r")) == NULL) {
		buf_free(&out);
		return NULL;
	}
	d = hnj_hyphen_load_file(mem);
	fclose(mem);
	buf_free(&out);
	return d;
}

struct naskah_hyphdict *
naskah_hyphdict_parse(const char *path)
{
	struct naskah_hyphdict *h;
	HyphenDict *d;

	if ((d = dic_parse(path)) == NULL)
		return NULL;
	h = xcalloc(1, sizeof(*h));
	h->dict = d;
	return h;
}

struct naskah_hyphdict *
naskah_hyphdict_load(const char *path)
{
	struct naskah_hyphdict *h;
	size_t n = strlen(path);
	char *hyb;

	if (n > 4 && strcmp(path + n - 4, ".dic") == 0) {
		hyb = xasprintf("%.*s.hyb", (int)(n - 4), path);
		h = naskah_hyphdict_read(hyb);
		free(hyb);
		if (h != NULL)
			return h;
	}
	return naskah_hyphdict_parse(path);
}

void
naskah_hyphdict_free(struct naskah_hyphdict *h)
{
	if (h == NULL)
		return;
	if (h->mem != NULL)
		free(h->mem);
	else
		hnj_hyphen_free(h->dict);
	free(h);
}

static void
points(void *ctx, const char *word, size_t n, char *brk)
{
	const struct naskah_hyphdict *h = ctx;
	char *latin, *marks, **rep = NULL;
	int *pos = NULL, *cut = NULL;
	size_t *end, i = 0, k, m = 0;
	uint32_t cp;

	/* to lower-case ISO-8859-1, remembering where each character ends */
	latin = xmalloc(n + 1);
	end = xmalloc((n + 1) * sizeof(*end));
	while (i < n) {
		k = utf8_decode(word + i, n - i, &cp);
		if (k == 0 || cp > 0xFF)
			goto out;	/* not Latin-1: no breaks */
		if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE &&
		    cp != 0xD7))
			cp += 32;
		latin[m] = (char)cp;
		i += k;
		end[m++] = i - 1;
	}
	latin[m] = '\0';
	marks = xcalloc(m + 5, 1);
	if (hnj_hyphen_hyphenate2(h->dict, latin, (int)m, marks, NULL, &rep,
	    &pos, &cut) == 0)
		for (i = 0; i + 1 < m; i++)
			if (marks[i] & 1)
				brk[end[i]] = 1;
	if (rep != NULL) {
		for (i = 0; i < m; i++)
			free(rep[i]);
		free(rep);
	}
	free(pos);
	free(cut);
	free(marks);
out:
	free(latin);
	free(end);
}

void
naskah_hyphdict_iface(struct naskah_hyphdict *dict,
    struct naskah_hyph *h)
{
	h->ctx = dict;
	h->points = points;
}
