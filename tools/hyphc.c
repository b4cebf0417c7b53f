/* SPDX-License-Identifier: ISC */
/*
 * hyphc - compile libhyphen patterns for naskah, at build time.
 *
 *	hyphc IN.dic OUT.hyb
 *
 * Parses IN as the library would (libhyphen, each pattern once) and
 * writes it in the form naskah_hyphdict_read reads (layout/hyphbin.c),
 * through OUT.tmp renamed to OUT.  Reads the result back, checks it and
 * compares its points with the parsed ones on every pattern's letters:
 * exit 0, or 1 with a message.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout/hyph.h"
#include "base/xalloc.h"

/* Do a and b break the letters of every pattern of the .dic at path
 * (and each with a letter before and after) the same? */
static int
same_points(const char *path, struct naskah_hyphdict *a,
    struct naskah_hyphdict *b)
{
	struct naskah_hyph ha, hb;
	char line[256], w[256], ba[256], bb[256];
	size_t i, n;
	FILE *f;
	int ok = 1;

	naskah_hyphdict_iface(a, &ha);
	naskah_hyphdict_iface(b, &hb);
	if ((f = fopen(path, "r")) == NULL)
		return 0;
	while (ok && fgets(line, sizeof(line), f) != NULL) {
		n = 0;
		w[n++] = 'a';
		for (i = 0; line[i] != '\0' && line[i] != '\n'; i++)
			if ((line[i] < '0' || line[i] > '9') && line[i] != '.' &&
			    n < sizeof(w) - 2)
				w[n++] = line[i];
		w[n++] = 'a';
		memset(ba, 0, n);
		memset(bb, 0, n);
		ha.points(ha.ctx, w + 1, n - 2, ba);
		hb.points(hb.ctx, w + 1, n - 2, bb);
		ok = memcmp(ba, bb, n) == 0;
		memset(ba, 0, n);
		memset(bb, 0, n);
		ha.points(ha.ctx, w, n, ba);
		hb.points(hb.ctx, w, n, bb);
		ok = ok && memcmp(ba, bb, n) == 0;
		if (!ok)
			fprintf(stderr, "hyphc: %.*s: points differ\n",
			    (int)n, w);
	}
	fclose(f);
	return ok;
}

int
main(int argc, char *argv[])
{
	struct naskah_hyphdict *d, *back;
	char *tmp;
	FILE *f;

	if (argc != 3) {
		fprintf(stderr, "usage: hyphc IN.dic OUT.hyb\n");
		return 2;
	}
	if ((d = naskah_hyphdict_parse(argv[1])) == NULL) {
		fprintf(stderr, "hyphc: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	tmp = xasprintf("%s.tmp", argv[2]);
	if ((f = fopen(tmp, "wb")) == NULL ||
	    naskah_hyphdict_write(d, f) != 0 || fclose(f) != 0) {
		fprintf(stderr, "hyphc: %s: %s\n", tmp, strerror(errno));
		remove(tmp);
		return 1;
	}
	if ((back = naskah_hyphdict_read(tmp)) == NULL ||
	    !same_points(argv[1], d, back) || rename(tmp, argv[2]) != 0) {
		fprintf(stderr, "hyphc: %s: %s\n", tmp, back == NULL ?
		    "cannot be read back" : "differs from the patterns");
		remove(tmp);
		return 1;
	}
	naskah_hyphdict_free(back);
	naskah_hyphdict_free(d);
	free(tmp);
	return 0;
}
