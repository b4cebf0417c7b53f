/* SPDX-License-Identifier: ISC */
/*
 * diag.c - positioned, graded, bilingual diagnostics.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/utf8.h"
#include "base/xalloc.h"

static const char *const msg_text[MSG__MAX][LANG__MAX] = {
#define X(id, en, idn) [id] = { idn, en },
#include "base/messages.def"
#undef X
};

static const char *const msg_id[MSG__MAX] = {
#define X(id, en, idn) [id] = #id,
#include "base/messages.def"
#undef X
};

static const char *const sev_name[SEV__MAX][LANG__MAX] = {
	[SEV_WARNING] = { "peringatan", "warning" },
	[SEV_ERROR] = { "error", "error" },
	[SEV_USAGE] = { "error", "error" },
	[SEV_SYSTEM] = { "error", "error" },
};

void
naskah_diag_init(struct naskah_diag *d, enum naskah_lang lang)
{
	memset(d, 0, sizeof(*d));
	d->lang = lang;
	d->worst = -1;
}

/* A text quoted in a message shows at most this many characters. */
#define QUOTE_MAX 60

/* Byte offset of the character after the first n characters of s. */
static size_t
chars_skip(const char *s, size_t len, size_t n)
{
	size_t i = 0, k;
	uint32_t cp;

	while (n-- > 0 && i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		i += k ? k : 1;
	}
	return i;
}

/*
 * A quoted text onto b: whole when it has at most QUOTE_MAX characters,
 * else its first and last characters around an ellipsis (a path keeps
 * its file name, a 100 000-letter word its two ends), cut on character
 * boundaries.
 */
static void
quote_add(struct naskah_buf *b, const char *s)
{
	size_t len = strlen(s), n = utf8_length(s, len), head, tail;

	if (n <= QUOTE_MAX) {
		buf_add(b, s, len);
		return;
	}
	head = chars_skip(s, len, QUOTE_MAX / 2);
	tail = chars_skip(s, len, n - (QUOTE_MAX / 2 - 1));
	buf_add(b, s, head);
	buf_adds(b, "\xE2\x80\xA6");	/* … */
	buf_add(b, s + tail, len - tail);
}

/* The formats are ours (messages.def): conversions d u X c s f g with
 * flags, width and precision, and zu (a size_t); no other length
 * modifier (test_review_cli's test_message_formats holds every format
 * of both catalogues to it). */
void
diag_format_add(struct naskah_buf *b, const char *fmt, enum naskah_lang lang,
    va_list ap)
{
	char spec[32], buf[64], *p;
	const char *s;
	size_t n;
	int quoted = 0, z;

	while (*fmt != '\0') {
		if (*fmt != '%') {
			quoted ^= *fmt == '\'';
			buf_addc(b, *fmt++);
			continue;
		}
		if (fmt[1] == '%') {
			buf_addc(b, '%');
			fmt += 2;
			continue;
		}
		n = strspn(fmt + 1, "-+ #0123456789.") + 2;
		if ((z = fmt[n - 1] == 'z' && fmt[n] == 'u') != 0)
			n++;
		if (n >= sizeof(spec) || fmt[n - 1] == '\0')
			return;
		memcpy(spec, fmt, n);
		spec[n] = '\0';
		switch (fmt[n - 1]) {
		case 's':
			s = va_arg(ap, const char *);
			if (quoted && n == 2)
				quote_add(b, s);
			else
				buf_printf(b, spec, s);
			break;
		case 'f':
		case 'g':
			snprintf(buf, sizeof(buf), spec, va_arg(ap, double));
			if (lang == LANG_ID && (p = strchr(buf, '.')) != NULL)
				*p = ',';
			buf_adds(b, buf);
			break;
		case 'u':
		case 'X':
			if (z)
				buf_printf(b, spec, va_arg(ap, size_t));
			else
				buf_printf(b, spec, va_arg(ap, unsigned int));
			break;
		default:	/* d, c */
			buf_printf(b, spec, va_arg(ap, int));
			break;
		}
		fmt += n;
	}
}

/* Was the message s[0..n) among the last DIAG_RECENT? Remembers it. */
static int
said_before(struct naskah_diag *d, const char *s, size_t n)
{
	uint32_t h1 = 2166136261u, h2 = 5381u;
	size_t i;

	for (i = 0; i < n; i++) {
		h1 = (h1 ^ (unsigned char)s[i]) * 16777619u;
		h2 = h2 * 33u + (unsigned char)s[i];
	}
	h2 ^= (uint32_t)n;
	for (i = 0; i < DIAG_RECENT && i < d->nrecent; i++)
		if (d->recent[i][0] == h1 && d->recent[i][1] == h2)
			return 1;
	d->recent[d->nrecent % DIAG_RECENT][0] = h1;
	d->recent[d->nrecent % DIAG_RECENT][1] = h2;
	d->nrecent++;
	return 0;
}

void
diag_head_rule_add(struct naskah_buf *b, enum naskah_sev sev,
    enum naskah_lang lang, const char *file, int line, int col,
    const char *rule)
{
	buf_adds(b, "naskah: ");
	if (file != NULL && line > 0)
		buf_printf(b, "%s:%d:%d: ", file, line, col);
	else if (file != NULL)
		buf_printf(b, "%s: ", file);
	if (rule != NULL)
		buf_printf(b, "%s [%s]: ", sev_name[sev][lang], rule);
	else
		buf_printf(b, "%s: ", sev_name[sev][lang]);
}

void
diag_head_add(struct naskah_buf *b, enum naskah_sev sev, enum naskah_lang lang,
    const char *file, int line, int col)
{
	diag_head_rule_add(b, sev, lang, file, line, col, NULL);
}

void
naskah_diag(struct naskah_diag *d, enum naskah_sev sev, struct naskah_pos pos,
    enum naskah_msg msg, ...)
{
	va_list ap;

	va_start(ap, msg);
	naskah_diagv(d, sev, pos, msg, ap);
	va_end(ap);
}

void
naskah_diagv(struct naskah_diag *d, enum naskah_sev sev, struct naskah_pos pos,
    enum naskah_msg msg, va_list ap)
{
	naskah_diag_finding(d, sev, pos, NULL, msg, ap);
}

void
naskah_diag_finding(struct naskah_diag *d, enum naskah_sev sev,
    struct naskah_pos pos, const struct diag_finding *f,
    enum naskah_msg msg, va_list ap)
{
	struct naskah_buf b = { NULL, 0, 0 };
	const char *file;
	size_t text;

	if ((int)sev > d->worst)
		d->worst = (int)sev;
	file = pos.file != NULL ? pos.file : d->file;
	diag_head_rule_add(&b, sev, d->lang, file, pos.line, pos.col,
	    f != NULL ? f->rule : NULL);
	text = b.len;
	diag_format_add(&b, msg_text[msg][d->lang], d->lang, ap);
	buf_addc(&b, '\n');
	/* a repeat is the same whole line, whoever receives it */
	if (!said_before(d, b.s, b.len)) {
		d->count[sev]++;
		b.s[b.len - 1] = '\0';
		if (d->sink != NULL)
			d->sink(d->sink_arg, sev, file, file != NULL ?
			    pos.line : 0, file != NULL && pos.line > 0 ?
			    pos.col : 0, msg, b.s + text, f);
	}
	buf_free(&b);
}

const char *
naskah_msg_id(enum naskah_msg msg)
{
	return msg_id[msg] + 4;	/* after "MSG_" */
}

const char *
naskah_msg_format(enum naskah_msg msg, enum naskah_lang lang)
{
	return msg_text[msg][lang];
}

int
naskah_diag_status(const struct naskah_diag *d)
{
	return d->worst < 0 ? 0 : d->worst;
}
