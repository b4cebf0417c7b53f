/* SPDX-License-Identifier: ISC */
/*
 * replay.c - a main() for the fuzz targets without libFuzzer, so that
 * `make check` (any C compiler) runs every target over its seeds and
 * over the inputs of past findings:
 *
 *   replay FILE|DIR...
 *
 * Each file, or each file in each directory, is given once to
 * LLVMFuzzerTestOneInput.  What the code under test prints on standard
 * output goes to /dev/null, its standard error (and a sanitizer's
 * report) stays; the last line on standard output is "replay: N
 * inputs".
 * A crash is the target's; a file that cannot be read exits 2.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/xalloc.h"

int	LLVMFuzzerInitialize(int *argc, char ***argv);
int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE	*report;
static size_t	 count;

static void
run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = NULL;
	size_t n = 0, cap = 0, got;

	if (f == NULL) {
		fprintf(report, "replay: cannot read %s\n", path);
		exit(2);
	}
	do {
		if (n == cap) {
			cap = cap ? cap * 2 : 65536;
			buf = xrealloc(buf, cap);
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got > 0);
	fclose(f);
	/* an exact-size copy, so a read past the end is caught */
	{
		uint8_t *copy = xmalloc(n ? n : 1);

		memcpy(copy, buf, n);
		free(buf);
		LLVMFuzzerTestOneInput(copy, n);
		free(copy);
	}
	count++;
}

static void
run_path(const char *path)
{
	struct stat st;
	DIR *dir;
	struct dirent *e;

	if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
		run_file(path);
		return;
	}
	if ((dir = opendir(path)) == NULL) {
		fprintf(report, "replay: cannot read %s\n", path);
		exit(2);
	}
	while ((e = readdir(dir)) != NULL) {
		char *p;

		if (e->d_name[0] == '.')
			continue;
		p = xasprintf("%s/%s", path, e->d_name);
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
			run_file(p);
		free(p);
	}
	closedir(dir);
}

int
main(int argc, char *argv[])
{
	int i, fd = dup(1), null = open("/dev/null", O_WRONLY);

	if (fd < 0 || null < 0 || (report = fdopen(fd, "w")) == NULL)
		return 2;
	LLVMFuzzerInitialize(&argc, &argv);
	dup2(null, 1);
	close(null);
	for (i = 1; i < argc; i++)
		run_path(argv[i]);
	fprintf(report, "replay: %zu inputs\n", count);
	fclose(report);
	return 0;
}
