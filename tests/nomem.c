/* SPDX-License-Identifier: ISC */
/*
 * nomem.c - an LD_PRELOAD library for tests/output.sh: with
 * NOMEM_REALLOC=N set, realloc(3) of exactly N bytes fails as when
 * memory runs out (NULL, ENOMEM); any other call is the C library's.
 * Not part of naskah.
 */
#define _GNU_SOURCE	/* RTLD_NEXT */
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>

void *
realloc(void *p, size_t n)
{
	static void *(*next)(void *, size_t);
	const char *v = getenv("NOMEM_REALLOC");

	if (v != NULL && strtoul(v, NULL, 10) == n) {
		errno = ENOMEM;
		return NULL;
	}
	if (next == NULL)
		next = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
	return next(p, n);
}
