/* SPDX-License-Identifier: ISC */
/*
 * extract_none.c - cli/extract.c's commands where no PDF can be read
 * (the Windows build, make windows, has no libqpdf yet): naskah extract
 * and naskah diff of a PDF say so.
 */
#include <string.h>

#include "cli/cli.h"

int
cli_extract(struct naskah *ctx, struct cli_say *say, const char *pdf,
    const char *dir)
{
	(void)ctx;
	(void)dir;
	cli_say(say, NASKAH_SYSTEM, pdf, CM_EXTRACT_NONE, "");
	return 3;
}

struct naskah_doc *
cli_pdf_doc(struct naskah *ctx, const char *pdf, struct cli_say *say,
    struct cli_tmp *tmp)
{
	(void)ctx;
	memset(tmp, 0, sizeof(*tmp));
	cli_say(say, NASKAH_SYSTEM, pdf, CM_EXTRACT_NONE, "");
	return NULL;
}

void
cli_tmp_clear(struct cli_tmp *tmp)
{
	memset(tmp, 0, sizeof(*tmp));
}
