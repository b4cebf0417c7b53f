/* SPDX-License-Identifier: ISC */
/*
 * xalloc.h - the one allocation policy of naskah.
 *
 * Every allocation in the library goes through these wrappers.  On
 * exhaustion they call the hook of the running thread (xalloc_hook),
 * then abort() if it returns or there is none, so no caller has to
 * propagate allocation failure.  Memory returned is owned by the caller
 * and released with free().
 */
#ifndef NASKAH_XALLOC_H
#define NASKAH_XALLOC_H

#include <stddef.h>

/* What to call when memory runs out (naskah_oom_fn). */
struct xalloc_hook {
	void	(*fn)(void *arg);
	void	*arg;
};

/*
 * Make h the running thread's hook (NULL: none) and return the one it
 * replaces, to be put back with another call.  The library's entry
 * points set their context's for the length of the call.
 */
const struct xalloc_hook *xalloc_hook(const struct xalloc_hook *h);
/* Memory ran out: call the hook, then abort(). */
_Noreturn void	 xalloc_oom(void);

void	*xmalloc(size_t n);
void	*xcalloc(size_t nmemb, size_t size);
void	*xrealloc(void *p, size_t n);
/* Grow *p (holding *cap elements of size sz) so index need-1 fits. */
void	*xgrow(void *p, size_t *cap, size_t need, size_t sz);
char	*xstrdup(const char *s);
char	*xstrndup(const char *s, size_t n);
/* printf into a fresh string; caller frees. */
char	*xasprintf(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));

/* Append one element to a dynamic array described by (ptr, n, cap). */
#define VEC_PUSH(ptr, n, cap, val) do {					\
	if ((n) >= (cap))	/* a call only when full */		\
		(ptr) = xgrow((ptr), &(cap), (n) + 1, sizeof(*(ptr)));	\
	(ptr)[(n)++] = (val);						\
} while (0)

/* A growable byte string, always NUL-terminated when len > 0. */
struct naskah_buf {
	char	*s;
	size_t	 len;
	size_t	 cap;
};

void	 buf_add(struct naskah_buf *b, const char *s, size_t n);
void	 buf_adds(struct naskah_buf *b, const char *s);
void	 buf_addc(struct naskah_buf *b, char c);
void	 buf_printf(struct naskah_buf *b, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/*
 * fmt with each placeholder keys[i] (non-empty: "{n}", "{judul}") replaced by
 * vals[i], scanning left to right (a replacement is not scanned again);
 * the template words' one filler.  Caller frees.
 */
char	*naskah_fill(const char *fmt, const char *const *keys,
	    const char *const *vals, size_t n);
/* Hand the bytes to the caller (never NULL) and reset the buffer. */
char	*buf_take(struct naskah_buf *b);
void	 buf_free(struct naskah_buf *b);

#endif
