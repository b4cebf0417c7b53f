/* SPDX-License-Identifier: ISC */
/*
 * test.h - what every cmocka test file of naskah includes.
 */
#ifndef NASKAH_TEST_H
#define NASKAH_TEST_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"

/* A diagnostics channel that writes into memory; read with diag_text. */
struct tdiag {
	struct naskah_diag d;
	char	*buf;
	size_t	 len;
};

static inline void
tdiag_open(struct tdiag *t)
{
	t->buf = NULL;
	t->len = 0;
	naskah_diag_init(&t->d, open_memstream(&t->buf, &t->len), LANG_EN);
	t->d.file = "t.yaml";
}

/* Everything reported so far (valid until tdiag_close). */
static inline const char *
tdiag_text(struct tdiag *t)
{
	fflush(t->d.out);
	return t->buf ? t->buf : "";
}

static inline void
tdiag_close(struct tdiag *t)
{
	fclose(t->d.out);
	free(t->buf);
}

#endif
