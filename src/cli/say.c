/* SPDX-License-Identifier: ISC */
/*
 * say.c - the command line's messages and allocations (cli.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static const char *const cm_text[CM__MAX][NASKAH_LANG__MAX] = {
#define X(id, en, idn) [id] = { idn, en },
#include "cli/messages.def"
#undef X
};

static const char *const sev_name[NASKAH_SEVERITY__MAX][NASKAH_LANG__MAX] = {
	[NASKAH_WARNING] = { "peringatan", "warning" },
	[NASKAH_ERROR] = { "error", "error" },
	[NASKAH_USAGE] = { "error", "error" },
	[NASKAH_SYSTEM] = { "error", "error" },
};

void
cli_oom(void *arg)
{
	(void)arg;
	fputs("naskah: out of memory\n", stderr);
	exit(3);
}

void *
cli_alloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		cli_oom(NULL);
	return p;
}

void *
cli_grow(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL)
		cli_oom(NULL);
	return q;
}

char *
cli_strdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(cli_alloc(n), s, n);
}

char *
cli_asprintf(const char *fmt, ...)
{
	va_list ap;
	int n;
	char *s;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		cli_oom(NULL);
	s = cli_alloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

char *
cli_path_dir(const char *path)
{
	const char *s = strrchr(path, '/');

	if (s == NULL)
		return cli_strdup(".");
	if (s == path)
		return cli_strdup("/");
	return cli_asprintf("%.*s", (int)(s - path), path);
}

uint32_t
cli_hash(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* Bytes of the strict UTF-8 character at s[0..n): 1 for a bad one. */
static size_t
char_len(const unsigned char *s, size_t n)
{
	uint32_t c = s[0], min;
	size_t len, i;

	if (c < 0x80)
		return 1;
	if ((c & 0xE0) == 0xC0) {
		len = 2; c &= 0x1F; min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		len = 3; c &= 0x0F; min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		len = 4; c &= 0x07; min = 0x10000;
	} else
		return 1;
	if (n < len)
		return 1;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 1;
		c = (c << 6) | (s[i] & 0x3F);
	}
	return c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) ?
	    1 : len;
}

/* Byte offset after the first n characters of s[0..len); n < 0: how
 * many characters s has, into *count. */
static size_t
chars_skip(const char *s, size_t len, size_t n)
{
	size_t i = 0;

	while (n-- > 0 && i < len)
		i += char_len((const unsigned char *)s + i, len - i);
	return i;
}

static size_t
chars_count(const char *s, size_t len)
{
	size_t i = 0, count = 0;

	for (; i < len; count++)
		i += char_len((const unsigned char *)s + i, len - i);
	return count;
}

/* A quoted text as the library quotes it: at most 60 characters, else
 * its first 30 and last 29 around an ellipsis. */
static void
quote_put(FILE *f, const char *s)
{
	size_t len = strlen(s), n = chars_count(s, len), head, tail;

	if (n <= 60) {
		fputs(s, f);
		return;
	}
	head = chars_skip(s, len, 30);
	tail = chars_skip(s, len, n - 29);
	fwrite(s, 1, head, f);
	fputs("\xE2\x80\xA6", f);
	fputs(s + tail, f);
}

/* "naskah: FILE:L:C: LEVEL: " and text as one write to stderr. */
static void
line_put(struct cli_say *s, enum naskah_severity sev, const char *file,
    int line, int col, const char *text)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	if (f == NULL)
		cli_oom(NULL);
	fputs("naskah: ", f);
	if (file != NULL && line > 0)
		fprintf(f, "%s:%d:%d: ", file, line, col);
	else if (file != NULL)
		fprintf(f, "%s: ", file);
	fprintf(f, "%s: %s\n", sev_name[sev][s->lang], text);
	if (fclose(f) != 0)
		cli_oom(NULL);
	fwrite(buf, 1, len, stderr);
	free(buf);
	if ((int)sev > s->worst)
		s->worst = (int)sev;
}

void
cli_message(void *arg, const struct naskah_message *m)
{
	line_put(arg, m->severity, m->file, m->line, m->column, m->text);
}

void
cli_say(struct cli_say *s, enum naskah_severity sev, const char *file,
    enum cli_msg msg, ...)
{
	const char *fmt = cm_text[msg][s->lang];
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	int quoted = 0;
	va_list ap;

	if (f == NULL)
		cli_oom(NULL);
	va_start(ap, msg);
	for (; *fmt != '\0'; fmt++) {
		if (fmt[0] == '%' && fmt[1] == 's') {
			const char *a = va_arg(ap, const char *);

			if (quoted)
				quote_put(f, a);
			else
				fputs(a, f);
			fmt++;
			continue;
		}
		quoted ^= *fmt == '\'';
		fputc(*fmt, f);
	}
	va_end(ap);
	if (fclose(f) != 0)
		cli_oom(NULL);
	line_put(s, sev, file, 0, 0, buf);
	free(buf);
}
