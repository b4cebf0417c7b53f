/* SPDX-License-Identifier: ISC */
/*
 * xalloc.c - allocation wrappers that call a hook, then abort(), on
 * exhaustion.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

/*
 * The hook is per thread, not global: the allocators have no context
 * to ask, passing one to every allocation would thread it through every
 * stage, and a global would be shared by two contexts on two threads.
 * Each public entry point sets its context's hook for the length of the
 * call and puts the previous one back, so calls may nest.
 */
static _Thread_local const struct xalloc_hook *hook;

const struct xalloc_hook *
xalloc_hook(const struct xalloc_hook *h)
{
	const struct xalloc_hook *old = hook;

	hook = h;
	return old;
}

void
xalloc_oom(void)
{
	if (hook != NULL && hook->fn != NULL)
		hook->fn(hook->arg);
	abort();
}

#define oom xalloc_oom

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		oom();
	return p;
}

void *
xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	if (p == NULL)
		oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL)
		oom();
	return q;
}

void *
xgrow(void *p, size_t *cap, size_t need, size_t sz)
{
	size_t ncap;

	if (need <= *cap)
		return p;
	ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > ((size_t)-1) / 2 / sz)
			oom();
		ncap *= 2;
	}
	p = xrealloc(p, ncap * sz);
	*cap = ncap;
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	int n;
	char *s;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		oom();
	s = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

void
buf_add(struct naskah_buf *b, const char *s, size_t n)
{
	b->s = xgrow(b->s, &b->cap, b->len + n + 1, 1);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_adds(struct naskah_buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_addc(struct naskah_buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_printf(struct naskah_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		oom();
	b->s = xgrow(b->s, &b->cap, b->len + (size_t)n + 1, 1);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

char *
buf_take(struct naskah_buf *b)
{
	char *s = b->s ? b->s : xstrdup("");

	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

char *
naskah_fill(const char *fmt, const char *const *keys, const char *const *vals,
    size_t n)
{
	struct naskah_buf b = { NULL, 0, 0 };
	const char *p = fmt;
	size_t k, kl = 0;

	while (*p != '\0') {
		for (k = 0; k < n; k++) {
			kl = strlen(keys[k]);
			if (strncmp(p, keys[k], kl) == 0)
				break;
		}
		if (k < n) {
			buf_adds(&b, vals[k]);
			p += kl;
		} else
			buf_addc(&b, *p++);
	}
	return buf_take(&b);
}

void
buf_free(struct naskah_buf *b)
{
	if (b == NULL)
		return;
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}
