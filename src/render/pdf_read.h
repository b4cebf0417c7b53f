/* SPDX-License-Identifier: ISC */
/*
 * pdf_read.h - issue 17: the embedded files of a PDF, read back with
 * qpdf's C API (libqpdf): the other way of render_embed.c.
 */
#ifndef NASKAH_PDF_READ_H
#define NASKAH_PDF_READ_H

#include <stddef.h>

#include "base/diag.h"

/* The most bytes one embedded file may have once decoded, and all of
 * them together. */
#define PDF_FILE_MAX	(64UL * 1024 * 1024)
#define PDF_FILES_MAX	(256UL * 1024 * 1024)

/* One embedded file: its name as the PDF gives it (UTF-8, from /UF,
 * else /F, else its key in the name tree), its bytes (malloc'd, owned
 * by the list), and whether it is marked /AFRelationship /Source. */
struct pdf_file {
	char		*name;
	unsigned char	*data;
	size_t		 len;
	int		 source;
};

struct pdf_files {
	struct pdf_file	*v;
	size_t		 n, cap;
};

/*
 * The embedded files of the PDF buf[0..len) (called name in messages)
 * into out, in the order of its name tree.  Returns 1, or 0 after
 * reporting to d why it cannot be read (not a PDF, a damaged one, a
 * file over the bounds, a filter other than FlateDecode).  A PDF
 * without embedded files gives an empty list.
 */
int	pdf_embedded(const void *buf, size_t len, const char *name,
	    struct pdf_files *out, struct naskah_diag *d);
void	pdf_files_clear(struct pdf_files *f);

#endif
