/*
 * hyph.c - libhyphen with ISO-8859-1 pattern files, behind the
 * naskah_hyph interface.
 */
#include <stdlib.h>
#include <string.h>

#include <hyphen.h>

#include "hyph.h"
#include "utf8.h"
#include "xalloc.h"

struct naskah_hyphdict {
	HyphenDict	*dict;
};

struct naskah_hyphdict *
naskah_hyphdict_load(const char *path)
{
	struct naskah_hyphdict *h;
	HyphenDict *d;

	if ((d = hnj_hyphen_load(path)) == NULL)
		return NULL;
	h = xcalloc(1, sizeof(*h));
	h->dict = d;
	return h;
}

void
naskah_hyphdict_free(struct naskah_hyphdict *h)
{
	if (h == NULL)
		return;
	hnj_hyphen_free(h->dict);
	free(h);
}

static void
points(const void *ctx, const char *word, size_t n, char *brk)
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
naskah_hyphdict_iface(const struct naskah_hyphdict *dict,
    struct naskah_hyph *h)
{
	h->ctx = dict;
	h->points = points;
}
