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
	FILE	*f;
	char	*buf;
	size_t	 len;
};

/* A message as the command line prints it in English, onto arg. */
static inline void
tdiag_sink(void *arg, enum naskah_sev sev, const char *file, int line,
    int col, enum naskah_msg msg, const char *text,
    const struct diag_finding *f)
{
	(void)msg;
	(void)f;	/* the rule's name is the command line's to print */
	fputs("naskah: ", arg);
	if (file != NULL && line > 0)
		fprintf(arg, "%s:%d:%d: ", file, line, col);
	else if (file != NULL)
		fprintf(arg, "%s: ", file);
	fprintf(arg, "%s: %s\n", sev == SEV_WARNING ? "warning" : "error",
	    text);
}

static inline void
tdiag_open(struct tdiag *t)
{
	t->buf = NULL;
	t->len = 0;
	t->f = open_memstream(&t->buf, &t->len);
	naskah_diag_init(&t->d, LANG_EN);
	t->d.sink = tdiag_sink;
	t->d.sink_arg = t->f;
	t->d.file = "t.yaml";
}

/* Everything reported so far (valid until tdiag_close). */
static inline const char *
tdiag_text(struct tdiag *t)
{
	fflush(t->f);
	return t->buf ? t->buf : "";
}

static inline void
tdiag_close(struct tdiag *t)
{
	fclose(t->f);
	free(t->buf);
}

#endif
