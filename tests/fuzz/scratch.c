/* SPDX-License-Identifier: ISC */
/*
 * scratch.c - the per-process scratch file of the fuzz targets.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scratch.h"
#include "base/xalloc.h"

static char	*path;

static void
scratch_remove(void)
{
	if (path != NULL)
		unlink(path);
}

const char *
scratch_write(const char *suffix, const uint8_t *data, size_t size)
{
	int fd;

	if (path == NULL) {
		const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" :
		    getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";

		path = xasprintf("%s/naskah-fuzz-%ld%s", dir, (long)getpid(),
		    suffix);
		atexit(scratch_remove);
	}
	unlink(path);
	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600)) < 0) {
		fprintf(stderr, "scratch: %s: %s\n", path, strerror(errno));
		abort();
	}
	while (size > 0) {
		ssize_t n = write(fd, data, size);

		if (n <= 0) {
			fprintf(stderr, "scratch: %s: %s\n", path,
			    strerror(errno));
			abort();
		}
		data += n;
		size -= (size_t)n;
	}
	close(fd);
	return path;
}

void
scratch_hpdf_error(HPDF_STATUS err, HPDF_STATUS detail, void *ctx)
{
	(void)err;
	(void)detail;
	*(int *)ctx = 1;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}
