/* SPDX-License-Identifier: ISC */
/*
 * fileio.h - how naskah opens the files it reads: regular files only,
 * and, for the files a document names, optionally only inside one
 * directory tree.
 *
 * A FIFO, a device (/dev/stdin on a pipe or a terminal) or a directory
 * named where a file is expected is refused at once instead of read:
 * it is not opened when stat() tells what it is, and the open never
 * blocks (O_NONBLOCK, cleared once fstat() finds a regular file).
 */
#ifndef NASKAH_FILEIO_H
#define NASKAH_FILEIO_H

#include <stdio.h>

#include "base/diag.h"

/* *err of the openers for something that is not a regular file. */
#define FILEIO_NOT_REGULAR	(-1)
/* *err of naskah_file_ok for a file outside the permitted tree. */
#define FILEIO_OUTSIDE		(-2)

/* Open path read-only if it is a regular file: a descriptor, or -1 with
 * *err an errno value (EISDIR for a directory) or FILEIO_NOT_REGULAR. */
int	 naskah_open_regular(const char *path, int *err);
/* The same as a stream ("rb"); NULL with *err set. */
FILE	*naskah_fopen_regular(const char *path, int *err);
/*
 * What can be read from fd up to its end, but at most max + 1 bytes (a
 * caller sees that it is larger than max), in *len, and a NUL after
 * them; the caller frees.  NULL with errno set when a read fails.
 */
void	*naskah_fd_read(int fd, size_t max, size_t *len);
/* Why an opener failed: strerror(err), or a sentence for our codes;
 * static storage. */
const char *naskah_file_error(int err);
/*
 * Is path, symbolic links resolved, root itself or inside it?  root is
 * a real path (realpath); NULL allows every path.  0 too when path does
 * not resolve (it does not exist).
 */
int	 naskah_path_inside(const char *path, const char *root);
/* The directory part of path ("." for a bare name); caller frees. */
char	*naskah_path_dir(const char *path);
/*
 * A file the document names (as name, at pos) at path: it must be
 * inside root (NULL: anywhere) and a regular file that can be opened.
 * Returns 1, or 0 after reporting an error at pos: MSG_OUTSIDE, or msg
 * with name and the reason (msg takes two strings).
 */
int	 naskah_file_ok(const char *path, const char *name, const char *root,
	    struct naskah_pos pos, enum naskah_msg msg, struct naskah_diag *d);

#endif
