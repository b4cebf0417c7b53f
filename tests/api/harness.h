/* SPDX-License-Identifier: ISC */
/*
 * harness.h - the checks of tests/api/api_test.c: each prints "ok: WHAT"
 * or "FAIL: WHAT" (with what was got and wanted) and counts itself.
 */
#ifndef API_HARNESS_H
#define API_HARNESS_H

#include <stddef.h>

struct runner {
	int	 passed;
	int	 failed;
};

/* Bytes written through naskah_write_fn, or read from a file. */
struct buf {
	unsigned char	*p;
	size_t		 len;
	size_t		 cap;
};
/* p, or exit 3 when it is NULL (memory of the test itself ran out). */
void	*must(void *p);
void	 check(struct runner *r, int cond, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
void	 check_str(struct runner *r, const char *got, const char *want,
	    const char *what);
void	 check_int(struct runner *r, long got, long want, const char *what);
/* got equals want, and want is not empty. */
void	 check_bytes(struct runner *r, const struct buf *got,
	    const struct buf *want, const char *what);
/* A naskah_write_fn appending to the struct buf arg. */
int	 buf_write(void *arg, const void *p, size_t len);
/* A naskah_write_fn that always fails with ENOSPC. */
int	 full_write(void *arg, const void *p, size_t len);
void	 buf_free(struct buf *b);
/* The file dir/name (or name, when dir is NULL), NUL after its bytes;
 * an empty buf when it cannot be read. */
struct buf file_read(const char *dir, const char *name);

#endif
