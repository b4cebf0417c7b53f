/* SPDX-License-Identifier: ISC */
/*
 * json.c - the command line's machine-readable output (cli.h): a
 * message as a line of JSON (--format=json), and the list of the
 * reviewer's rules (--aturan).
 */
#include <stdio.h>
#include <string.h>

#include "base/xalloc.h"
#include "cli/cli.h"

void
cli_json_str(struct naskah_buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (s == NULL) {
		buf_adds(b, "null");
		return;
	}
	buf_addc(b, '"');
	for (; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\') {
			buf_addc(b, '\\');
			buf_addc(b, (char)*p);
		} else if (*p == '\n')
			buf_adds(b, "\\n");
		else if (*p == '\t')
			buf_adds(b, "\\t");
		else if (*p < 0x20 || *p == 0x7f)
			buf_printf(b, "\\u%04x", *p);
		else
			buf_addc(b, (char)*p);	/* UTF-8 as it is */
	}
	buf_addc(b, '"');
}

void
cli_json_put(enum naskah_severity sev, const char *id, const char *file,
    int line, int col, const char *text, const char *fix)
{
	struct naskah_buf b = { NULL, 0, 0 };

	buf_adds(&b, "{\"severity\": ");
	cli_json_str(&b, sev == NASKAH_WARNING ? "warning" : "error");
	buf_adds(&b, ", \"id\": ");
	cli_json_str(&b, id);
	buf_adds(&b, ", \"file\": ");
	cli_json_str(&b, file);
	buf_printf(&b, ", \"line\": %d, \"column\": %d, \"text\": ", line, col);
	cli_json_str(&b, text);
	buf_adds(&b, ", \"fix\": ");
	cli_json_str(&b, fix);
	buf_adds(&b, "}\n");
	fwrite(b.s, 1, b.len, stderr);
	buf_free(&b);
}

/* A rule's message with its conversions (the document's words, which
 * a list of rules does not have) shown as an ellipsis. */
static void
rule_text_add(struct naskah_buf *b, const char *fmt)
{
	size_t n;

	while (*fmt != '\0') {
		if (fmt[0] == '%' && fmt[1] == '%') {
			buf_addc(b, '%');
			fmt += 2;
		} else if (fmt[0] == '%') {
			n = strspn(fmt + 1, "-+ #0123456789.") + 1;
			buf_adds(b, "\xE2\x80\xA6");	/* … */
			fmt += fmt[n] != '\0' ? n + 1 : n;
		} else
			buf_addc(b, *fmt++);
	}
}

int
cli_rules_list(enum naskah_lang lang, int json)
{
	static const char *const sev[2][NASKAH_LANG__MAX] = {
		{ "peringatan", "warning" }, { "galat", "error" },
	};
	struct naskah_buf b = { NULL, 0, 0 }, t = { NULL, 0, 0 };
	struct naskah_rule r;
	size_t i;

	for (i = 0; naskah_rule_info(i, lang, &r) == 0; i++) {
		rule_text_add(&t, r.text);
		if (t.s == NULL)
			buf_adds(&t, "");
		if (json) {
			buf_adds(&b, "{\"name\": ");
			cli_json_str(&b, r.name);
			buf_adds(&b, ", \"family\": ");
			cli_json_str(&b, r.family);
			buf_adds(&b, ", \"severity\": ");
			cli_json_str(&b, sev[r.severity != NASKAH_WARNING][
			    NASKAH_LANG_EN]);
			buf_adds(&b, ", \"source\": ");
			cli_json_str(&b, r.source);
			buf_adds(&b, ", \"text\": ");
			cli_json_str(&b, t.s);
			buf_adds(&b, "}\n");
		} else
			buf_printf(&b, "%s (%s, %s): %s [%s]\n", r.name,
			    r.family, sev[r.severity != NASKAH_WARNING][lang],
			    t.s, r.source);
		buf_free(&t);
	}
	fwrite(b.s != NULL ? b.s : "", 1, b.len, stdout);
	buf_free(&b);
	return 0;
}
