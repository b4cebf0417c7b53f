/* SPDX-License-Identifier: ISC */
/*
 * fileio.c - regular files only, inside a tree when asked.
 */
#define _XOPEN_SOURCE 700	/* realpath */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/fileio.h"
#include "base/xalloc.h"

int
naskah_open_regular(const char *path, int *err)
{
	struct stat st;
	int fd, fl;

	/* a device is not even opened (opening one may act: a tape
	 * rewinds, a terminal becomes ours); fstat below closes the race */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		*err = S_ISDIR(st.st_mode) ? EISDIR : FILEIO_NOT_REGULAR;
		return -1;
	}
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY |
	    O_CLOEXEC)) < 0) {
		*err = errno;
		return -1;
	}
	if (fstat(fd, &st) != 0) {
		*err = errno;
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		*err = S_ISDIR(st.st_mode) ? EISDIR : FILEIO_NOT_REGULAR;
		close(fd);
		return -1;
	}
	if ((fl = fcntl(fd, F_GETFL)) < 0 ||
	    fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0) {
		*err = errno;
		close(fd);
		return -1;
	}
	return fd;
}

FILE *
naskah_fopen_regular(const char *path, int *err)
{
	FILE *f;
	int fd;

	if ((fd = naskah_open_regular(path, err)) < 0)
		return NULL;
	if ((f = fdopen(fd, "rb")) == NULL) {
		*err = errno;
		close(fd);
	}
	return f;
}

void *
naskah_fd_read(int fd, size_t max, size_t *len)
{
	size_t cap = 0, want;
	char *p = NULL;
	ssize_t got;

	*len = 0;
	while (*len <= max) {
		want = max + 1 - *len < 65536 ? max + 1 - *len : 65536;
		p = xgrow(p, &cap, *len + want + 1, 1);
		if ((got = read(fd, p + *len, want)) < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			free(p);
			return NULL;
		}
		if (got == 0)
			break;
		*len += (size_t)got;
	}
	p = xgrow(p, &cap, *len + 1, 1);
	p[*len] = '\0';
	return p;
}

const char *
naskah_file_error(int err)
{
	if (err == FILEIO_NOT_REGULAR)
		return "not a regular file (a FIFO, a device or a socket)";
	if (err == FILEIO_OUTSIDE)
		return "outside the directory the document may read from";
	return strerror(err);
}

int
naskah_path_inside(const char *path, const char *root)
{
	char real[PATH_MAX];
	size_t n;

	if (root == NULL)
		return 1;
	if (realpath(path, real) == NULL)
		return 0;
	n = strlen(root);
	if (n > 0 && root[n - 1] == '/')	/* the root "/" */
		n--;
	return strncmp(real, root, n) == 0 &&
	    (real[n] == '/' || real[n] == '\0');
}

int
naskah_file_ok(const char *path, const char *name, const char *root,
    struct naskah_pos pos, enum naskah_msg msg, struct naskah_diag *d)
{
	int fd, err = 0;

	if (root != NULL && !naskah_path_inside(path, root)) {
		if (access(path, F_OK) == 0) {
			naskah_diag(d, SEV_ERROR, pos, MSG_OUTSIDE, name, root);
			return 0;
		}
		err = errno;	/* missing: say so */
	} else if ((fd = naskah_open_regular(path, &err)) >= 0) {
		close(fd);
		return 1;
	}
	naskah_diag(d, SEV_ERROR, pos, msg, name, naskah_file_error(err));
	return 0;
}

char *
naskah_path_dir(const char *path)
{
	const char *s = strrchr(path, '/');

	if (s == NULL)
		return xstrdup(".");
	if (s == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(s - path));
}
