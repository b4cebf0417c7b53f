/*
 * fuzz_load.c - libFuzzer entry point over the loader: any bytes are
 * parsed as YAML and, if that works, checked against the schema.  The
 * loader must never crash, hang, leak or read out of bounds.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "model.h"
#include "ytree.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct naskah_diag d;
	struct ydoc *y;
	struct naskah_doc *doc;

	naskah_diag_init(&d, NULL, LANG_EN);
	d.file = "fuzz.yaml";
	if ((y = ydoc_parse((const char *)data, size, &d)) == NULL)
		return 0;
	doc = naskah_doc_load(y, "fuzz.yaml", &d);
	naskah_doc_free(doc);
	return 0;
}
