/* SPDX-License-Identifier: ISC */
/*
 * rerender - the cost of a warm re-render, as a live preview pays it.
 *
 *	rerender N FILE WORD OTHER [DATADIR]
 *
 * Keeps one context; reads FILE into memory, parses, lays out and
 * renders it once into a memory sink (the cold run, which loads fonts,
 * templates and patterns), then N times swaps the first WORD in the
 * buffer for OTHER (and back on the next run) and parses, lays out and
 * renders the whole buffer again.  Prints one line per run,
 * "cold|warm STATUS CPU_US WALL_US MAXRSS_KIB": the process's CPU time
 * (user plus system, CLOCK_PROCESS_CPUTIME_ID) and wall time of that
 * run, and its peak RSS so far.  Exits 1 when any step fails, a message
 * is reported or a PDF is empty; 2 on bad arguments.  Uses only
 * naskah.h.
 */
#define _GNU_SOURCE	/* memmem */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "naskah.h"

struct sink {
	unsigned char	*p;
	size_t		 len, cap;
};

static int
sink_write(void *arg, const void *buf, size_t len)
{
	struct sink *s = arg;

	if (s->len + len > s->cap) {
		size_t cap = s->cap ? s->cap : 65536;
		unsigned char *p;

		while (cap < s->len + len)
			cap *= 2;
		if ((p = realloc(s->p, cap)) == NULL)
			return -1;
		s->p = p;
		s->cap = cap;
	}
	memcpy(s->p + s->len, buf, len);
	s->len += len;
	return 0;
}

static int	nmsg;

static void
msg_print(void *arg, const struct naskah_message *m)
{
	(void)arg;
	nmsg++;
	fprintf(stderr, "rerender: %s:%d:%d: %s\n", m->file ? m->file : "-",
	    m->line, m->column, m->text);
}

static char *
file_read(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *p = NULL;
	size_t cap = 0, n = 0, r;

	if (f == NULL)
		return NULL;
	do {
		if (n == cap) {
			char *q = realloc(p, cap = cap ? cap * 2 : 65536);

			if (q == NULL) {
				free(p);
				fclose(f);
				return NULL;
			}
			p = q;
		}
		r = fread(p + n, 1, cap - n, f);
		n += r;
	} while (r > 0);
	fclose(f);
	*len = n;
	return p;
}

static double
now(clockid_t c)
{
	struct timespec t;

	clock_gettime(c, &t);
	return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

/* One parse, layout and render of buf into s: 0, or -1. */
static int
doc_rerender(struct naskah *ctx, const char *buf, size_t len,
    const char *name, const char *dir, struct sink *s)
{
	struct naskah_doc *doc;
	struct naskah_layout *l = NULL;
	int rc = -1;

	s->len = 0;
	doc = naskah_doc_parse(ctx, buf, len, name, dir);
	if (doc != NULL && (l = naskah_layout(ctx, doc)) != NULL)
		rc = naskah_render(ctx, l, sink_write, s);
	naskah_layout_free(l);
	naskah_doc_free(doc);
	return rc == 0 && s->len > 0 && nmsg == 0 ? 0 : -1;
}

int
main(int argc, char **argv)
{
	struct naskah_options o;
	struct naskah *ctx;
	struct sink s = { NULL, 0, 0 };
	struct rusage ru;
	char *buf, *dir, *slash, *at, *b2;
	size_t len, n, i, wl, ol;
	int fail = 0;

	if (argc < 5 || (n = strtoul(argv[1], NULL, 10)) == 0) {
		fprintf(stderr, "usage: rerender N FILE WORD OTHER [DATADIR]\n");
		return 2;
	}
	if ((buf = file_read(argv[2], &len)) == NULL) {
		fprintf(stderr, "rerender: %s: %s\n", argv[2], strerror(errno));
		return 2;
	}
	wl = strlen(argv[3]);
	ol = strlen(argv[4]);
	/* room for the longer of the two words */
	if ((b2 = malloc(len + (ol > wl ? ol - wl : 0) + 1)) == NULL)
		return 1;
	dir = strdup(argv[2]);
	slash = dir ? strrchr(dir, '/') : NULL;
	if (slash != NULL)
		*slash = '\0';
	memset(&o, 0, sizeof(o));
	o.datadir = argc > 5 ? argv[5] : NULL;
	o.message = msg_print;
	if ((ctx = naskah_new(&o)) == NULL)
		return 1;
	if (memmem(buf, len, argv[3], wl) == NULL) {
		fprintf(stderr, "rerender: no \"%s\" in %s\n", argv[3], argv[2]);
		return 2;
	}
	for (i = 0; i <= n && !fail; i++) {
		size_t blen = len;
		double c0, w0;

		/* odd runs have OTHER for the first WORD, even ones (the
		 * cold one too) the file's bytes */
		memcpy(b2, buf, len);
		if (i % 2) {
			at = memmem(b2, len, argv[3], wl);
			memmove(at + ol, at + wl, len - (size_t)(at - b2) - wl);
			memcpy(at, argv[4], ol);
			blen = len - wl + ol;
		}
		c0 = now(CLOCK_PROCESS_CPUTIME_ID);
		w0 = now(CLOCK_MONOTONIC);
		fail = doc_rerender(ctx, b2, blen,
		    argv[2], slash ? dir : ".", &s) != 0;
		c0 = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
		w0 = now(CLOCK_MONOTONIC) - w0;
		getrusage(RUSAGE_SELF, &ru);
		printf("%s %d %.0f %.0f %ld\n", i ? "warm" : "cold", fail,
		    c0, w0, ru.ru_maxrss);
	}
	naskah_free(ctx);
	free(s.p);
	free(b2);
	free(buf);
	free(dir);
	return fail;
}
