/* SPDX-License-Identifier: ISC */
/*
 * extract_none.c - cli/extract.c's commands where no PDF can be read
 * (the Windows build, make windows, has no libqpdf yet): naskah extract
 * and naskah diff of a PDF say so; a PDF given to diff is still known
 * as one, so that it is not read as YAML.
 */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "base/fileio.h"
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

int
cli_is_pdf(const char *path)
{
	char head[5];
	int fd, err, r;

	if (strcmp(path, "-") == 0 ||
	    (fd = naskah_open_regular(path, &err)) < 0)
		return 0;
	r = read(fd, head, sizeof(head)) == (ssize_t)sizeof(head) &&
	    memcmp(head, "%PDF-", 5) == 0;
	close(fd);
	return r;
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
