/* SPDX-License-Identifier: ISC */
/*
 * say.c - the command line's messages (cli.h), worded and quoted as
 * the library's (base/diag.h).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"
#include "cli/cli.h"

static const char *const cm_text[CM__MAX][NASKAH_LANG__MAX] = {
#define X(id, en, idn) [id] = { idn, en },
#include "cli/messages.def"
#undef X
};

/* the stable names of our messages, for --format=json: the
 * messages.def id without "CM_" */
static const char *const cm_id[CM__MAX] = {
#define X(id, en, idn) [id] = &(#id)[3],
#include "cli/messages.def"
#undef X
};

void
cli_oom(void *arg)
{
	(void)arg;
	fputs("naskah: out of memory\n", stderr);
	exit(3);
}

_Static_assert((int)NASKAH_WARNING == SEV_WARNING &&
    (int)NASKAH_ERROR == SEV_ERROR && (int)NASKAH_USAGE == SEV_USAGE &&
    (int)NASKAH_SYSTEM == SEV_SYSTEM, "a severity is the same in both");

const struct xalloc_hook cli_oom_hook = { cli_oom, NULL };

/* The words before a suggested fix, on the line after its finding. */
static const char *const fix_word[NASKAH_LANG__MAX] = {
	[NASKAH_LANG_ID] = "saran", [NASKAH_LANG_EN] = "fix",
};

/*
 * "naskah: FILE:L:C: LEVEL [RULE]: " and text (rule NULL: no [RULE]),
 * with fix (or NULL) on a line of its own, "  saran: 'FIX'", as one
 * write to stderr; or the same as a line of JSON (id: the rule's name
 * or the message's).
 */
static void
line_put(struct cli_say *s, enum naskah_severity sev, const char *file,
    int line, int col, const char *text, const char *rule, const char *id,
    const char *fix)
{
	struct naskah_buf b = { NULL, 0, 0 };

	if ((int)sev > s->worst)
		s->worst = (int)sev;
	if (s->json) {
		cli_json_put(sev, rule != NULL ? rule : id, file, line, col,
		    text, fix);
		return;
	}
	diag_head_rule_add(&b, (enum naskah_sev)sev, s->lang, file, line, col,
	    rule);
	buf_adds(&b, text);
	buf_addc(&b, '\n');
	if (fix != NULL)
		buf_printf(&b, "  %s: '%s'\n", fix_word[s->lang], fix);
	fwrite(b.s, 1, b.len, stderr);
	buf_free(&b);
}

void
cli_message(void *arg, const struct naskah_message *m)
{
	line_put(arg, m->severity, m->file, m->line, m->column, m->text,
	    m->rule, m->id, m->fix);
}

void
cli_note(struct cli_say *s, enum cli_msg msg, ...)
{
	struct naskah_buf b = { NULL, 0, 0 };
	va_list ap;

	if (s->json)
		return;
	buf_adds(&b, "naskah: ");
	va_start(ap, msg);
	diag_format_add(&b, cm_text[msg][s->lang], s->lang, ap);
	va_end(ap);
	buf_addc(&b, '\n');
	fwrite(b.s, 1, b.len, stderr);
	buf_free(&b);
}

void
cli_say(struct cli_say *s, enum naskah_severity sev, const char *file,
    enum cli_msg msg, ...)
{
	struct naskah_buf b = { NULL, 0, 0 };
	va_list ap;

	va_start(ap, msg);
	diag_format_add(&b, cm_text[msg][s->lang], s->lang, ap);
	va_end(ap);
	line_put(s, sev, file, 0, 0, b.s != NULL ? b.s : "", NULL, cm_id[msg],
	    NULL);
	buf_free(&b);
}

int
cli_stream_write(void *arg, const void *buf, size_t len)
{
	return fwrite(buf, 1, len, arg) == len ? 0 : -1;
}

int
cli_stdout_done(struct cli_say *s)
{
	int e = errno;

	if (fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	if (errno != 0)
		e = errno;
	cli_say(s, NASKAH_SYSTEM, NULL, CM_WRITE, "-",
	    strerror(e != 0 ? e : EIO));
	clearerr(stdout);
	return -1;
}
