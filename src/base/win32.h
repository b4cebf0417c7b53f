/* SPDX-License-Identifier: ISC */
/*
 * win32.h - the seam between naskah's POSIX code and Windows (issue
 * 18), for naskah.exe only: make windows force-includes it (-include)
 * in every source it compiles; the Linux build never sees it.
 *
 * Paths are UTF-8 everywhere in naskah.  On Windows the narrow C
 * library functions read them in the ANSI code page, so each call that
 * takes a path is sent here to its wide twin (UTF-8 to UTF-16), with
 * POSIX's meaning: files open shared for delete (an open file can be
 * renamed over and removed, as the output's temporary file is), rename
 * replaces its target (MoveFileExW), stat fills st_dev and st_ino from
 * the volume and the file index (so that two names of one file compare
 * equal, and two files do not), and everything is binary.  What
 * Windows lacks is answered as a system without it would: no symbolic
 * links (lstat is stat, readlink fails, except for /proc/self/exe,
 * the program's own name), no locks (flock succeeds: Windows does not
 * let a file in use be taken from under its writer anyway), no owners
 * or permission bits beyond read-only (fchmod, fchown do nothing), no
 * SIGHUP.  A terminal is a console (the C library's isatty also says
 * yes for NUL and a serial port).
 *
 * The system headers are included first, so that the names below
 * replace only naskah's calls, not the headers' declarations.
 */
#ifndef NASKAH_WIN32_H
#define NASKAH_WIN32_H

#ifdef _WIN32
#include <direct.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

int	 naskah_win_open(const char *path, int flags, ...);
FILE	*naskah_win_fopen(const char *path, const char *mode);
int	 naskah_win_stat(const char *path, struct stat *st);
int	 naskah_win_fstat(int fd, struct stat *st);
int	 naskah_win_access(const char *path, int mode);
int	 naskah_win_unlink(const char *path);
int	 naskah_win_rename(const char *from, const char *to);
char	*naskah_win_realpath(const char *path, char *resolved);
long	 naskah_win_readlink(const char *path, char *buf, size_t len);
int	 naskah_win_mkstemp(char *tmpl);
/* a directory read by the wide API, names in UTF-8 (readdir's name at
 * most MAX_PATH UTF-16 units, as Windows' own) */
struct naskah_win_dirent {
	char	 d_name[260 * 3 + 1];
};
typedef struct naskah_win_dir naskah_win_DIR;
naskah_win_DIR *naskah_win_opendir(const char *path);
struct naskah_win_dirent *naskah_win_readdir(naskah_win_DIR *d);
int	 naskah_win_closedir(naskah_win_DIR *d);
int	 naskah_win_chdir(const char *path);
int	 naskah_win_mkdir(const char *path);
long	 naskah_win_pread(int fd, void *buf, size_t len, long off);
FILE	*naskah_win_fmemopen(void *buf, size_t len, const char *mode);
int	 naskah_win_isatty(int fd);
/* the program's start (src/cli/main_win.c): arguments in UTF-8 */
int	 naskah_win_args(int *argc, char ***argv);
/* an environment variable's value in UTF-8 (the C library's getenv
 * gives it in the ANSI code page, which loses what that cannot hold),
 * malloc'd; NULL when it is not set */
char	*naskah_win_getenv(const char *name);

#define open(...)		naskah_win_open(__VA_ARGS__)
#define fopen(p, m)		naskah_win_fopen(p, m)
#define stat(p, s)		naskah_win_stat(p, s)
#define lstat(p, s)		naskah_win_stat(p, s)
#define fstat(f, s)		naskah_win_fstat(f, s)
#define access(p, m)		naskah_win_access(p, m)
#define unlink(p)		naskah_win_unlink(p)
#define remove(p)		naskah_win_unlink(p)
#define rename(a, b)		naskah_win_rename(a, b)
#define realpath(p, r)		naskah_win_realpath(p, r)
#define readlink(p, b, n)	naskah_win_readlink(p, b, n)
#define mkstemp(t)		naskah_win_mkstemp(t)
#define DIR			naskah_win_DIR
#define dirent			naskah_win_dirent
#define opendir(p)		naskah_win_opendir(p)
#define readdir(d)		naskah_win_readdir(d)
#define closedir(d)		naskah_win_closedir(d)
#define chdir(p)		naskah_win_chdir(p)
#define mkdir(p, m)		((void)(m), naskah_win_mkdir(p))
#define pread(f, b, n, o)	naskah_win_pread(f, b, n, o)
#define fmemopen(b, n, m)	naskah_win_fmemopen(b, n, m)
#define isatty(f)		naskah_win_isatty(f)

static inline int
naskah_win_nothing(int fd)
{
	(void)fd;
	return 0;
}
#define fsync(f)		_commit(f)
#define fchmod(f, m)		((void)(m), naskah_win_nothing(f))
#define fchown(f, u, g)		((void)(u), (void)(g), naskah_win_nothing(f))
#define geteuid()		0
#define flock(f, o)		((void)(o), naskah_win_nothing(f))
#define LOCK_EX			2
#define LOCK_NB			4
#define S_ISLNK(m)		((void)(m), 0)
#define O_NONBLOCK		0
#define O_NOCTTY		0
#define O_NOFOLLOW		0
#define O_DIRECTORY		0	/* a directory does not open: its sync is left out */
#define O_CLOEXEC		_O_NOINHERIT
#define F_GETFL			3
#define F_SETFL			4
#define fcntl(f, c, ...)	((void)(c), naskah_win_nothing(f))

/* signals: sigaction as signal(); SIGHUP does not exist (its
 * sigaction fails, and the caller leaves it alone) */
#define SIGHUP			1
#define SA_RESETHAND		0
typedef int	naskah_win_sigset;
struct sigaction {
	void	(*sa_handler)(int);
	naskah_win_sigset sa_mask;
	int	  sa_flags;
};
#define sigset_t		naskah_win_sigset
#define sigemptyset(s)		(*(s) = 0)
#define sigaddset(s, n)		((void)(n), *(s) = 0)
int	 naskah_win_sigaction(int sig, const struct sigaction *sa,
	    struct sigaction *old);
#define sigaction(n, s, o)	naskah_win_sigaction(n, s, o)
#endif

#endif
