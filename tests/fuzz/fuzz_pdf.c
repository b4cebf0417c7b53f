/* SPDX-License-Identifier: ISC */
/*
 * fuzz_pdf.c - libFuzzer entry point over the PDF reader (pdf_read.c,
 * through lib/extract.c): any bytes are read as a PDF by
 * naskah_extract, which naskah extract and naskah diff of a PDF call,
 * and the files it hands back are checked against its contract
 * (naskah.h): safe names, the document first and alone, each file and
 * all of them within PDF_FILE_MAX and PDF_FILES_MAX, and a refusal
 * always reported.
 *
 * libqpdf is dlopen'ed by the reader and is not instrumented: only
 * naskah's own code gives coverage, and qpdf's faults show as crashes,
 * leaks, hangs or memory over -rss_limit_mb, not as ASan reports of
 * its reads.  It is loaded once here and kept, so the reader's dlopen
 * and dlclose of each input do not unload it every time.
 */
#include <dlfcn.h>
#include <stdint.h>
#include <string.h>

#include "naskah.h"
#include "render/pdf_read.h"

int	LLVMFuzzerInitialize(int *argc, char ***argv);
int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* What mem_read reads from. */
struct source_mem {
	const uint8_t	*p;
	size_t		 left;
};

/* A naskah_read_fn over memory, at most 10000 bytes a call, so that
 * reads which fill less than asked are taken too. */
static int
mem_read(void *arg, void *buf, size_t len, size_t *got)
{
	struct source_mem *s = arg;

	if (len > s->left)
		len = s->left;
	if (len > 10000)
		len = 10000;
	memcpy(buf, s->p, len);
	s->p += len;
	s->left -= len;
	*got = len;
	return 0;
}

/* What the files handed back were. */
struct handed {
	size_t		 n, total;
	int		 sources;
};

/* A naskah_file_fn checking each file against the contract. */
static int
check_file(void *arg, const char *name, const void *data, size_t len,
    int source)
{
	struct handed *h = arg;
	const char *p;

	if (name[0] == '\0' || name[0] == '/' || strchr(name, '\\') != NULL)
		__builtin_trap();
	for (p = strchr(name, '/'); p != NULL; p = strchr(p + 1, '/'))
		if (p[1] == '/' || p[1] == '\0')
			__builtin_trap();	/* an empty part */
	if (strcmp(name, "..") == 0 || strncmp(name, "../", 3) == 0 ||
	    strstr(name, "/../") != NULL ||
	    (strlen(name) >= 3 && strcmp(name + strlen(name) - 3, "/..") == 0))
		__builtin_trap();	/* a way out */
	if (source && h->n != 0)
		__builtin_trap();	/* the document not first */
	if (len > PDF_FILE_MAX || (h->total += len) > PDF_FILES_MAX ||
	    (len > 0 && data == NULL))
		__builtin_trap();
	h->sources += source != 0;
	h->n++;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct naskah_options o;
	struct naskah *ctx;
	struct source_mem s = { data, size };
	struct handed h = { 0, 0, 0 };
	int n;

	memset(&o, 0, sizeof(o));
	o.lang = NASKAH_LANG_EN;
	if ((ctx = naskah_new(&o)) == NULL)
		__builtin_trap();
	n = naskah_extract(ctx, mem_read, &s, "fuzz.pdf", check_file, &h);
	if (n < 0 ? naskah_status(ctx) < NASKAH_ERROR || h.n != 0 :
	    (size_t)n != h.n || n == 0 || h.sources > 1)
		__builtin_trap();	/* refused unsaid, or miscounted */
	naskah_free(ctx);
	return 0;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* kept for the process's life (as pdf_read.c names it) */
	if (dlopen("libqpdf.so.29", RTLD_NOW | RTLD_LOCAL) == NULL)
		(void)dlopen("libqpdf.so", RTLD_NOW | RTLD_LOCAL);
	return 0;
}
