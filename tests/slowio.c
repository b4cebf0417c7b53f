/* SPDX-License-Identifier: ISC */
/*
 * slowio.c - an LD_PRELOAD library for tests/output.sh that makes the
 * file system slow, so that a test can kill naskah while it writes:
 * every write(2) to a descriptor above 2 waits SLOWIO_WRITE_MS after
 * writing and every rename(2) waits SLOWIO_RENAME_MS milliseconds first.  With
 * SLOWIO_FAIL=fsync, close or rename that call fails with EIO (fsync and
 * close: on a regular file open for writing; close closes it anyway);
 * with SLOWIO_FAIL=dirsync, fsync of a directory fails with EIO.
 * With SLOWIO_SHORT set, each write takes half of what it is given.
 * Not part of naskah.
 */
#define _GNU_SOURCE	/* RTLD_NEXT */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static void
pause_ms(const char *env)
{
	const char *v = getenv(env);
	long ms = v != NULL ? atol(v) : 0;
	struct timespec ts;

	if (ms <= 0)
		return;
	ts.tv_sec = ms / 1000;
	ts.tv_nsec = (ms % 1000) * 1000000L;
	nanosleep(&ts, NULL);
}

/* Is call the one SLOWIO_FAIL names (and fd, when not -1, a regular
 * file open for writing)? */
static int
fails(const char *call, int fd)
{
	const char *v = getenv("SLOWIO_FAIL");
	struct stat st;
	int fl;

	if (v == NULL || strcmp(v, call) != 0)
		return 0;
	if (fd < 0)
		return 1;
	fl = fcntl(fd, F_GETFL);
	return fl >= 0 && (fl & O_ACCMODE) != O_RDONLY && fstat(fd, &st) == 0 &&
	    S_ISREG(st.st_mode);
}

/* SLOWIO_FAIL=dirsync: does fd name a directory, whose fsync fails? */
static int
dir_fails(int fd)
{
	const char *v = getenv("SLOWIO_FAIL");
	struct stat st;

	return v != NULL && strcmp(v, "dirsync") == 0 && fstat(fd, &st) == 0 &&
	    S_ISDIR(st.st_mode);
}

int
fsync(int fd)
{
	static int (*real)(int);

	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "fsync");
	if (fails("fsync", fd) || dir_fails(fd)) {
		errno = EIO;
		return -1;
	}
	return real(fd);
}

int
close(int fd)
{
	static int (*real)(int);
	int f, r;

	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "close");
	f = fails("close", fd);
	if ((r = real(fd)) != 0 || !f)
		return r;
	errno = EIO;
	return -1;
}

ssize_t
write(int fd, const void *buf, size_t len)
{
	static ssize_t (*real)(int, const void *, size_t);

	ssize_t n;

	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "write");
	if (fd > 2 && len > 1 && getenv("SLOWIO_SHORT") != NULL)
		len /= 2;	/* a short write: the caller must go on */
	n = real(fd, buf, len);
	if (fd > 2)
		pause_ms("SLOWIO_WRITE_MS");
	return n;
}

int
rename(const char *from, const char *to)
{
	static int (*real)(const char *, const char *);

	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "rename");
	pause_ms("SLOWIO_RENAME_MS");
	if (fails("rename", -1)) {
		errno = EIO;
		return -1;
	}
	return real(from, to);
}
