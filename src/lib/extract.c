/* SPDX-License-Identifier: ISC */
/*
 * extract.c - issue 17: naskah_extract (naskah.h), the files a PDF
 * carries handed back, each name checked first: a name the caller may
 * create under a directory of its choice without leaving it.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "lib/lib.h"
#include "render/pdf_read.h"

/* The most bytes of a PDF read. */
#define EXTRACT_PDF_MAX	(512UL * 1024 * 1024)
/* The longest name taken. */
#define EXTRACT_NAME_MAX	1024

/* Can name be created under a directory without leaving it: relative,
 * '/'-separated parts that are neither empty nor "." nor "..", UTF-8
 * without control characters or '\\'? */
static int
name_ok(const char *name)
{
	size_t n = strlen(name), i = 0, k, part = 0;
	uint32_t cp;

	if (n == 0 || n > EXTRACT_NAME_MAX || name[0] == '/')
		return 0;
	while (i <= n) {
		if (i == n || name[i] == '/') {
			/* a part: not empty, not "." or ".." */
			if (part == 0 || (part == 1 && name[i - 1] == '.') ||
			    (part == 2 && name[i - 1] == '.' &&
			    name[i - 2] == '.'))
				return 0;
			part = 0;
			i++;
			continue;
		}
		k = utf8_decode(name + i, n - i, &cp);
		if (k == 0 || cp < 0x20 || cp == 0x7F || cp == '\\' ||
		    (cp >= 0x80 && cp < 0xA0))
			return 0;
		i += k;
		part += k;
	}
	return 1;
}

static int
file_cmp(const void *a, const void *b)
{
	const struct pdf_file *x = a, *y = b;

	if (x->source != y->source)
		return y->source - x->source;
	return strcmp(x->name, y->name);
}

/* The PDF's bytes from read into *buf; 0 when read failed, or after
 * reporting that it is too large. */
static int
read_all(struct naskah *ctx, naskah_read_fn read, void *rarg, char **buf,
    size_t *len)
{
	struct naskah_pos none = { 0, 0, NULL };
	size_t cap = 0, got;

	*buf = NULL;
	*len = 0;
	for (;;) {
		if (*len == cap)
			*buf = xgrow(*buf, &cap, cap + 65536, 1);
		if (read(rarg, *buf + *len, cap - *len, &got) != 0)
			return 0;	/* the caller's read reports it */
		if (got == 0)
			return 1;
		*len += got;
		if (*len > EXTRACT_PDF_MAX) {
			naskah_diag(&ctx->d, SEV_ERROR, none, MSG_TOO_BIG,
			    (int)(EXTRACT_PDF_MAX / 1024));
			return 0;
		}
	}
}

/* The files of f checked: 1, or 0 after reporting the first bad one. */
static int
names_ok(struct naskah *ctx, const struct pdf_files *f, const char *name)
{
	struct naskah_pos none = { 0, 0, NULL };
	size_t i;

	if (f->n == 0) {
		naskah_diag(&ctx->d, SEV_ERROR, none, MSG_PDF_NO_SOURCE, name);
		return 0;
	}
	for (i = 0; i < f->n; i++)
		if (!name_ok(f->v[i].name)) {
			naskah_diag(&ctx->d, SEV_ERROR, none,
			    MSG_PDF_SOURCE_NAME, name, f->v[i].name);
			return 0;
		}
	/* sorted: the document first, then the others by name */
	for (i = 1; i < f->n; i++)
		if ((i > 1 && strcmp(f->v[i - 1].name, f->v[i].name) == 0) ||
		    strcmp(f->v[0].name, f->v[i].name) == 0) {
			naskah_diag(&ctx->d, SEV_ERROR, none,
			    MSG_PDF_SOURCE_TWICE, name, f->v[i].name);
			return 0;
		}
	return 1;
}

int
naskah_extract(struct naskah *ctx, naskah_read_fn read, void *rarg,
    const char *name, naskah_file_fn file, void *farg)
{
	const struct xalloc_hook *prev = lib_enter(ctx, name);
	struct pdf_files f = { NULL, 0, 0 };
	char *buf;
	size_t len, i;
	int r = -1, src = 0;

	if (read_all(ctx, read, rarg, &buf, &len) &&
	    pdf_embedded(buf, len, name, &f, &ctx->d)) {
		/* the document first (one only), then by name; checked
		 * for names given twice in that order */
		if (f.n > 1)	/* (none: f.v is NULL) */
			qsort(f.v, f.n, sizeof(f.v[0]), file_cmp);
		for (i = 0; i < f.n; i++)
			if (f.v[i].source && src++ > 0)
				f.v[i].source = 0;
		if (names_ok(ctx, &f, name)) {
			for (i = 0; i < f.n; i++)
				if (file(farg, f.v[i].name, f.v[i].data,
				    f.v[i].len, f.v[i].source) != 0)
					break;
			r = i == f.n ? (int)f.n : -1;
		}
	}
	free(buf);
	pdf_files_clear(&f);
	lib_leave(prev);
	return r;
}
