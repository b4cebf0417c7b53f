/* SPDX-License-Identifier: ISC */
/*
 * fuzz_load.c - libFuzzer entry point over the loader: any bytes are
 * parsed as YAML and, if that works, checked against the schema.  The
 * loader must never crash, hang, leak or read out of bounds.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "model/book.h"
#include "base/diag.h"
#include "load/load.h"
#include "model/model.h"
#include "yaml/ytree.h"

int	LLVMFuzzerInitialize(int *argc, char ***argv);
int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct naskah_diag d;
	struct ydoc *y;
	struct naskah_yfiles files;
	const struct ynode *j;

	naskah_diag_init(&d, LANG_EN);
	d.file = "fuzz.yaml";
	if ((y = ydoc_parse((const char *)data, size, &d)) == NULL)
		return 0;
	/* both kinds of document; a book's decree file is looked for
	 * under a directory that does not exist */
	j = ymap_get(y->root, "jenis");
	memset(&files, 0, sizeof(files));
	if (j != NULL && j->kind == YNODE_SCALAR && strcmp(j->str, "buku") == 0)
		naskah_book_free(naskah_book_load(y, "/nonexistent/fuzz.yaml",
		    &files, &d));
	else
		naskah_decree_free(naskah_decree_load(y, "fuzz.yaml", &files,
		    &d));
	naskah_yfiles_free(&files);
	ydoc_free(y);
	return 0;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}
