/* SPDX-License-Identifier: ISC */
/*
 * pdf_read_none.c - pdf_read.h where there is no libqpdf to load (the
 * Windows build, make windows): every PDF is refused, saying why, so
 * that naskah extract and naskah diff of a PDF fail with a message.
 */
#include <stdlib.h>
#include <string.h>

#include "render/pdf_read.h"

int
pdf_embedded(const void *buf, size_t len, const char *name,
    struct pdf_files *out, struct naskah_diag *d)
{
	const struct naskah_pos none = { 0, 0, NULL };

	(void)buf;
	(void)len;
	(void)out;
	naskah_diag(d, SEV_SYSTEM, none, MSG_PDF_SOURCE_READ, name,
	    "this naskah was built without libqpdf, which reads PDFs");
	return 0;
}

void
pdf_files_clear(struct pdf_files *f)
{
	if (f != NULL)
		memset(f, 0, sizeof(*f));	/* pdf_embedded fills none */
}
