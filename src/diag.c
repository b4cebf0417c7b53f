/*
 * diag.c - positioned, graded, bilingual diagnostics.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

static const char *const msg_text[MSG__MAX][LANG__MAX] = {
#define X(id, en, idn) [id] = { idn, en },
#include "messages.def"
#undef X
};

static const char *const sev_name[SEV__MAX][LANG__MAX] = {
	[SEV_WARNING] = { "peringatan", "warning" },
	[SEV_ERROR] = { "error", "error" },
	[SEV_USAGE] = { "error", "error" },
	[SEV_SYSTEM] = { "error", "error" },
};

void
naskah_diag_init(struct naskah_diag *d, FILE *out, enum naskah_lang lang)
{
	memset(d, 0, sizeof(*d));
	d->out = out;
	d->lang = lang;
	d->worst = -1;
}

const char *
naskah_msg_format(enum naskah_msg msg, enum naskah_lang lang)
{
	return msg_text[msg][lang];
}

/*
 * Print a message format with its arguments; in Indonesian, numbers with
 * a fraction take a decimal comma (12,5 mm).  The formats are ours
 * (messages.def): conversions d u X c s f g with flags, width and
 * precision, no length modifiers.
 */
static void
format_print(FILE *out, const char *fmt, enum naskah_lang lang, va_list ap)
{
	char spec[32], buf[64], *p;
	const char *s;
	size_t n;

	while (*fmt != '\0') {
		if (*fmt != '%') {
			fputc(*fmt++, out);
			continue;
		}
		if (fmt[1] == '%') {
			fputc('%', out);
			fmt += 2;
			continue;
		}
		n = strspn(fmt + 1, "-+ #0123456789.") + 2;
		if (n >= sizeof(spec) || fmt[n - 1] == '\0')
			return;
		memcpy(spec, fmt, n);
		spec[n] = '\0';
		switch (fmt[n - 1]) {
		case 's':
			s = va_arg(ap, const char *);
			fprintf(out, spec, s);
			break;
		case 'f':
		case 'g':
			snprintf(buf, sizeof(buf), spec, va_arg(ap, double));
			if (lang == LANG_ID && (p = strchr(buf, '.')) != NULL)
				*p = ',';
			fputs(buf, out);
			break;
		case 'u':
		case 'X':
			fprintf(out, spec, va_arg(ap, unsigned int));
			break;
		default:	/* d, c */
			fprintf(out, spec, va_arg(ap, int));
			break;
		}
		fmt += n;
	}
}

void
naskah_diag(struct naskah_diag *d, enum naskah_sev sev, struct naskah_pos pos,
    enum naskah_msg msg, ...)
{
	const char *file;
	va_list ap;

	if ((int)sev > d->worst)
		d->worst = (int)sev;
	d->count[sev]++;
	if (d->out == NULL)
		return;
	fputs("naskah: ", d->out);
	file = pos.file != NULL ? pos.file : d->file;
	if (file != NULL && pos.line > 0)
		fprintf(d->out, "%s:%d:%d: ", file, pos.line, pos.col);
	else if (file != NULL)
		fprintf(d->out, "%s: ", file);
	fprintf(d->out, "%s: ", sev_name[sev][d->lang]);
	va_start(ap, msg);
	format_print(d->out, msg_text[msg][d->lang], d->lang, ap);
	va_end(ap);
	fputc('\n', d->out);
}

int
naskah_diag_status(const struct naskah_diag *d)
{
	return d->worst < 0 ? 0 : d->worst;
}

int
naskah_diag_failed(const struct naskah_diag *d)
{
	return d->worst >= SEV_ERROR;
}

enum naskah_lang
naskah_lang_from_env(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	size_t i;

	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		const char *v = getenv(vars[i]);

		if (v == NULL || *v == '\0')
			continue;
		if (strncmp(v, "id", 2) == 0 || strncmp(v, "in_", 3) == 0)
			return LANG_ID;
		if (strcmp(v, "C") == 0 || strcmp(v, "POSIX") == 0 ||
		    strncmp(v, "C.", 2) == 0 || strncmp(v, "en", 2) == 0)
			return LANG_EN;
		/* any other locale: Indonesian, the tool's own language */
		return LANG_ID;
	}
	return LANG_ID;
}
