/* SPDX-License-Identifier: ISC */
/*
 * harness.c - the checks of tests/api/api_test.c (see harness.h).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

void *
must(void *p)
{
	if (p == NULL) {
		perror("api_test");
		exit(3);
	}
	return p;
}

void
check(struct runner *r, int cond, const char *fmt, ...)
{
	va_list ap;

	fputs(cond ? "ok: " : "FAIL: ", stdout);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (cond)
		r->passed++;
	else
		r->failed++;
}

void
check_str(struct runner *r, const char *got, const char *want,
    const char *what)
{
	int same = got != NULL && want != NULL ? strcmp(got, want) == 0 :
	    got == want;

	check(r, same, "%s", what);
	if (!same)
		printf("  got:  %s\n  want: %s\n", got ? got : "(null)",
		    want ? want : "(null)");
}

void
check_int(struct runner *r, long got, long want, const char *what)
{
	check(r, got == want, "%s", what);
	if (got != want)
		printf("  got:  %ld\n  want: %ld\n", got, want);
}

void
check_bytes(struct runner *r, const struct buf *got, const struct buf *want,
    const char *what)
{
	size_t i = 0;
	int same = got->len == want->len && want->len > 0 &&
	    memcmp(got->p, want->p, got->len) == 0;

	check(r, same, "%s", what);
	if (same)
		return;
	while (i < got->len && i < want->len && got->p[i] == want->p[i])
		i++;
	printf("  got %zu bytes, want %zu; first difference at byte %zu\n",
	    got->len, want->len, i);
}

int
buf_write(void *arg, const void *p, size_t len)
{
	struct buf *b = arg;

	if (len > b->cap - b->len) {
		size_t cap = b->cap ? b->cap : 4096;
		unsigned char *np;

		while (len > cap - b->len)
			cap *= 2;
		if ((np = realloc(b->p, cap)) == NULL)
			return -1;
		b->p = np;
		b->cap = cap;
	}
	memcpy(b->p + b->len, p, len);
	b->len += len;
	return 0;
}

int
full_write(void *arg, const void *p, size_t len)
{
	(void)arg;
	(void)p;
	(void)len;
	errno = ENOSPC;
	return -1;
}

void
buf_free(struct buf *b)
{
	free(b->p);
	memset(b, 0, sizeof(*b));
}

struct buf
file_read(const char *dir, const char *name)
{
	struct buf b = { NULL, 0, 0 };
	char path[4096], chunk[65536];
	size_t n;
	FILE *f;

	snprintf(path, sizeof(path), "%s%s%s", dir ? dir : "",
	    dir ? "/" : "", name);
	if ((f = fopen(path, "rb")) == NULL) {
		printf("  cannot read %s: %s\n", path, strerror(errno));
		return b;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		if (buf_write(&b, chunk, n) != 0)
			must(NULL);
	fclose(f);
	/* a NUL after the bytes, not counted, for the text files */
	if (buf_write(&b, "", 1) != 0)
		must(NULL);
	b.len--;
	return b;
}