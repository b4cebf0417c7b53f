/* SPDX-License-Identifier: ISC */
/*
 * schema.c - naskah_schema(): the JSON Schema of the documents, from the
 * loader's key table (load/keys.c).
 */
#include "naskah.h"
#include "base/xalloc.h"
#include "load/keys.h"

int
naskah_schema(naskah_write_fn write, void *arg)
{
	struct naskah_buf b = { NULL, 0, 0 };
	int r;

	keys_schema(&b);
	r = write(arg, b.s, b.len);
	buf_free(&b);
	return r == 0 ? 0 : -1;
}
