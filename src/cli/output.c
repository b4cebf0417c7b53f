/* SPDX-License-Identifier: ISC */
/*
 * output.c - the output-file policy of the command line (output.h):
 * standard output, in place for what is not a regular file, else a
 * temporary file renamed over the output.
 */
#define _XOPEN_SOURCE 700	/* realpath */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/fileio.h"
#include "base/strset.h"
#include "base/utf8.h"
#include "cli/cli.h"
#include "cli/output.h"

#define TMP_PREFIX	".nsk"	/* + 8 hex digits + "." + 6 random */
#define TMP_RANDOM	6
#define LINK_MAX_DEPTH	40	/* symlinks followed, as the kernel's */
#define TMP_TRIES	100

enum out_kind {
	OUT_STDOUT = 0,		/* file descriptor 1 */
	OUT_INPLACE,		/* opened as it is */
	OUT_RENAME		/* temporary file renamed over final */
};

struct output {
	enum out_kind	 kind;
	char		*name;		/* as given: for messages */
	char		*final;		/* OUT_RENAME: the file to replace */
	char		*dir;		/* OUT_RENAME: its directory */
	char		*tmp;		/* OUT_RENAME: the temporary file */
	int		 fd;		/* where bytes go, -1 none yet */
	int		 lockfd;	/* holds tmp's flock, -1 none */
	int		 err;		/* errno of the first failure */
	int		 err_tmp;	/* ... in making the temporary file */
};

/* The temporary file to remove on a signal; NULL when none. */
static char *volatile sig_tmp;

/* A set of directory names in the order first added, each once (a
 * crit-bit tree finds them), so that a batch of N files costs O(N)
 * lookups, whatever their paths. */
struct dirset {
	struct strset	  set;
	char		**dir;
	size_t		  n, cap;
};

/* After output_dirs_defer: the directories whose renames are still to
 * be synced, once each, by output_dirs_sync; with several outputs,
 * those already cleaned of stale temporary files. */
static struct {
	struct dirset	 sync, cleaned;
	int		 on, several;
} dirs;

/* Add s to ds; 1 when it was not there yet. */
static int
dirset_add(struct dirset *ds, const char *s)
{
	char *copy = xstrdup(s);
	size_t was;

	if (!strset_add(&ds->set, copy, ds->n, &was)) {
		free(copy);
		return 0;
	}
	VEC_PUSH(ds->dir, ds->n, ds->cap, copy);
	return 1;
}

static void
dirset_clear(struct dirset *ds)
{
	size_t i;

	strset_free(&ds->set);
	for (i = 0; i < ds->n; i++)
		free(ds->dir[i]);
	free(ds->dir);
	memset(ds, 0, sizeof(*ds));
}

static void
on_signal(int sig)
{
	char *p = sig_tmp;

	if (p != NULL)
		unlink(p);
	raise(sig);	/* SA_RESETHAND: now with the default action */
}

/* Catch SIGHUP, SIGINT and SIGTERM (those not ignored) once. */
static void
signals_catch(void)
{
	static const int sigs[] = { SIGHUP, SIGINT, SIGTERM };
	static int done;
	struct sigaction sa, old;
	size_t i;

	if (done)
		return;
	done = 1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESETHAND;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaddset(&sa.sa_mask, sigs[i]);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		if (sigaction(sigs[i], NULL, &old) == 0 &&
		    old.sa_handler != SIG_IGN)
			sigaction(sigs[i], &sa, NULL);
}


static const char *
base_of(const char *path)
{
	const char *s = strrchr(path, '/');

	return s != NULL ? s + 1 : path;
}

static int
same_file(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/*
 * path with its symlinks followed to the name they lead to, which need
 * not exist; NULL with errno set on a loop or an unreadable link.
 */
static char *
link_target(const char *path)
{
	char *p = xstrdup(path), *t, *dir, *buf;
	struct stat st;
	ssize_t n;
	int depth;

	for (depth = 0; lstat(p, &st) == 0 && S_ISLNK(st.st_mode); depth++) {
		size_t cap = (size_t)st.st_size + 2;

		buf = xmalloc(cap);
		n = depth < LINK_MAX_DEPTH ? readlink(p, buf, cap) : -1;
		if (n < 0 || (size_t)n >= cap) {
			if (depth >= LINK_MAX_DEPTH || n >= 0)
				errno = depth >= LINK_MAX_DEPTH ? ELOOP :
				    ENAMETOOLONG;
			free(buf);
			free(p);
			return NULL;
		}
		buf[n] = '\0';
		if (buf[0] == '/')
			t = xstrdup(buf);
		else {
			dir = naskah_path_dir(p);
			t = xasprintf("%s/%s", dir, buf);
			free(dir);
		}
		free(buf);
		free(p);
		p = t;
	}
	return p;
}

/* A name of an open file (/dev/stdout, /dev/fd/N, /proc/...), where no
 * other file can be made: not /dev/shm, say. */
static int
is_fd_name(const char *path)
{
	return strcmp(path, "/dev/stdout") == 0 ||
	    strcmp(path, "/dev/stderr") == 0 ||
	    strncmp(path, "/dev/fd/", 8) == 0 ||
	    strncmp(path, "/proc/", 6) == 0;
}

/* stat of input in; "-", standard input, when it is a regular file. */
static int
input_stat(const char *in, struct stat *st)
{
	if (strcmp(in, "-") != 0)
		return stat(in, st);
	return fstat(STDIN_FILENO, st) == 0 && S_ISREG(st->st_mode) ? 0 : -1;
}

int
output_is_input(const char *out, const char *const *in, size_t n,
    struct cli_say *say, const char *file)
{
	struct stat so, si, sd, sid;
	char *dir;
	size_t i;
	int found = 0;

	if (strcmp(out, "-") == 0)
		return 0;
	if (stat(out, &so) == 0) {
		for (i = 0; i < n && !found; i++)
			found = input_stat(in[i], &si) == 0 &&
			    same_file(&so, &si);
	} else {
		/* on a file system that ignores case the name would be
		 * an input's once written */
		dir = naskah_path_dir(out);
		if (stat(dir, &sd) == 0)
			for (i = 0; i < n && !found; i++) {
				free(dir);
				dir = naskah_path_dir(in[i]);
				found = strcmp(in[i], "-") != 0 &&
				    strcasecmp(base_of(out),
				    base_of(in[i])) == 0 &&
				    stat(dir, &sid) == 0 &&
				    same_file(&sd, &sid);
			}
		free(dir);
	}
	if (found)
		cli_say(say, NASKAH_USAGE, file, CM_OUT_INPUT, out,
		    strcmp(in[i - 1], "-") == 0 ? "<stdin>" : in[i - 1]);
	return found;
}

/*
 * Remove the temporary files in dir whose name starts with prefix (one
 * output's, or TMP_PREFIX: every output's) and whose writer is gone: a
 * regular file of ours that nobody holds locked (a writer's lock dies
 * with it, whatever killed it).
 */
static void
stale_remove(const char *dir, const char *prefix)
{
	size_t plen = strlen(prefix);
	size_t whole = sizeof(TMP_PREFIX) - 1 + 9 + TMP_RANDOM;
	struct stat a, b;
	struct dirent *e;
	char *p;
	DIR *dp;
	int fd;

	if ((dp = opendir(dir)) == NULL)
		return;
	while ((e = readdir(dp)) != NULL) {
		if (strncmp(e->d_name, prefix, plen) != 0 ||
		    strlen(e->d_name) != whole)
			continue;
		p = xasprintf("%s/%s", dir, e->d_name);
		fd = open(p, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);
		if (fd >= 0 && fstat(fd, &a) == 0 && S_ISREG(a.st_mode) &&
		    a.st_uid == geteuid() && flock(fd, LOCK_EX | LOCK_NB) == 0 &&
		    lstat(p, &b) == 0 && same_file(&a, &b))
			unlink(p);
		if (fd >= 0)
			close(fd);
		free(p);
	}
	closedir(dp);
}

/*
 * Make o's temporary file, locked, with the permissions (and, for root,
 * the owner) of the file it replaces.  Returns 0 with o->err set.
 */
static int
tmp_make(struct output *o)
{
	char prefix[sizeof(TMP_PREFIX) + 9];
	struct stat a, b, st;
	mode_t um;
	int i;

	snprintf(prefix, sizeof(prefix), TMP_PREFIX "%08lx.",
	    (unsigned long)naskah_str_hash(base_of(o->final)));
	/* a batch cleans each directory once, of every output's files:
	 * one scan per file would make it quadratic */
	if (!dirs.several)
		stale_remove(o->dir, prefix);
	else if (dirset_add(&dirs.cleaned, o->dir))
		stale_remove(o->dir, TMP_PREFIX);
	for (i = 0; i < TMP_TRIES; i++) {
		free(o->tmp);
		o->tmp = xasprintf("%s/%sXXXXXX", o->dir, prefix);
		if ((o->fd = mkstemp(o->tmp)) < 0)
			break;
		sig_tmp = o->tmp;
		/* a lock of its own open file: closing fd keeps it */
		o->lockfd = open(o->tmp, O_RDONLY | O_NOFOLLOW | O_NOCTTY);
		if (o->lockfd >= 0 && flock(o->lockfd, LOCK_EX | LOCK_NB) == 0 &&
		    fstat(o->lockfd, &a) == 0 && lstat(o->tmp, &b) == 0 &&
		    same_file(&a, &b))
			break;
		/* a run cleaning up stale files took it: another name */
		sig_tmp = NULL;
		if (o->lockfd >= 0)
			close(o->lockfd);
		close(o->fd);
		o->fd = o->lockfd = -1;
	}
	if (o->fd < 0) {
		o->err = i < TMP_TRIES ? errno : EEXIST;
		o->err_tmp = 1;
		return 0;
	}
	if (stat(o->final, &st) == 0 && S_ISREG(st.st_mode)) {
		/* root keeps the owner too; the mode follows anyway */
		if (geteuid() == 0 && fchown(o->fd, st.st_uid, st.st_gid) != 0)
			errno = 0;
		fchmod(o->fd, st.st_mode & 0777);
	} else {
		um = umask(0);
		umask(um);
		fchmod(o->fd, 0666 & ~um);
	}
	return 1;
}

struct output *
output_open(const char *out, struct cli_say *say, const char *file)
{
	struct output *o = memset(xmalloc(sizeof(*o)), 0, sizeof(*o));
	struct stat st, s1;
	int exists = stat(out, &st) == 0;

	/* messages name standard output as the input's "<stdin>" */
	o->name = xstrdup(strcmp(out, "-") == 0 ? "<stdout>" : out);
	o->fd = o->lockfd = -1;
	if (strcmp(out, "-") == 0 || (exists && is_fd_name(out) &&
	    fstat(STDOUT_FILENO, &s1) == 0 && same_file(&st, &s1))) {
		o->kind = OUT_STDOUT;
		o->fd = STDOUT_FILENO;
		fflush(stdout);
		return o;
	}
	if (exists && (!S_ISREG(st.st_mode) || is_fd_name(out))) {
		o->kind = OUT_INPLACE;
		o->fd = open(out, O_WRONLY | O_NOCTTY |
		    (S_ISREG(st.st_mode) ? O_TRUNC : 0));
		if (o->fd >= 0)
			return o;
	} else {
		o->kind = OUT_RENAME;
		if ((o->final = link_target(out)) != NULL) {
			o->dir = naskah_path_dir(o->final);
			signals_catch();
			return o;
		}
	}
	cli_say(say, NASKAH_SYSTEM, file, CM_WRITE, out, strerror(errno));
	free(o->name);
	free(o);
	return NULL;
}

int
output_write(void *arg, const void *buf, size_t len)
{
	struct output *o = arg;
	const char *p = buf;
	ssize_t n;

	if (o->err != 0 || (o->fd < 0 && !tmp_make(o)))
		return -1;
	while (len > 0) {
		n = write(o->fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			o->err = n < 0 ? errno : EIO;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Sync directory dir (a rename in it on disk); 0 with errno set when
 * that fails.  One that cannot be synced (EINVAL) is one whose file
 * system needs no sync. */
static int
dir_sync(const char *dir)
{
	int dfd, r = 1;

	if ((dfd = open(dir, O_RDONLY | O_NOCTTY)) >= 0) {
		if (fsync(dfd) != 0 && errno != EINVAL)
			r = 0;
		close(dfd);
	}
	return r;
}

void
output_dirs_defer(int several)
{
	dirs.on = 1;
	dirs.several = several;
}

int
output_dirs_sync(struct cli_say *say)
{
	size_t i;
	int ok = 1;

	for (i = 0; i < dirs.sync.n; i++)
		if (!dir_sync(dirs.sync.dir[i])) {
			cli_say(say, NASKAH_SYSTEM, NULL, CM_WRITE,
			    dirs.sync.dir[i], strerror(errno));
			ok = 0;
		}
	dirset_clear(&dirs.sync);
	dirset_clear(&dirs.cleaned);
	dirs.on = dirs.several = 0;
	return ok;
}

/* Sync and close o's file and rename it over the output; 0 with o->err
 * set when any step fails.  The directory is synced now, or put on the
 * list of output_dirs_sync. */
static int
tmp_commit(struct output *o)
{
	int fd = o->fd;

	o->fd = -1;
	if (fsync(fd) != 0) {
		o->err = errno;
		close(fd);
		return 0;
	}
	if (close(fd) != 0 || rename(o->tmp, o->final) != 0) {
		o->err = errno;
		return 0;
	}
	sig_tmp = NULL;
	if (dirs.on) {
		dirset_add(&dirs.sync, o->dir);
		return 1;
	}
	if (!dir_sync(o->dir))
		o->err = errno;
	return o->err == 0;
}

int
output_close(struct output *o, int ok, struct cli_say *say,
    const char *file)
{

	if (o == NULL)
		return 0;
	if (ok && o->err == 0) {
		switch (o->kind) {
		case OUT_STDOUT:
			break;
		case OUT_INPLACE:
			/* devices and FIFOs cannot be synced (EINVAL) */
			if ((fsync(o->fd) != 0 && errno != EINVAL &&
			    errno != EROFS) || close(o->fd) != 0)
				o->err = errno;
			o->fd = -1;
			break;
		case OUT_RENAME:
			if (o->fd < 0 && !tmp_make(o))
				break;
			tmp_commit(o);
			break;
		}
	}
	if (o->kind != OUT_STDOUT && o->fd >= 0)
		close(o->fd);
	if (o->tmp != NULL && sig_tmp != NULL) {
		/* not renamed: the output stays as it was */
		sig_tmp = NULL;
		unlink(o->tmp);
	}
	if (o->lockfd >= 0)
		close(o->lockfd);
	if (o->err != 0 && o->err_tmp)
		cli_say(say, NASKAH_SYSTEM, file, CM_WRITE_TMP, o->name,
		    o->dir, strerror(o->err));
	else if (o->err != 0)
		cli_say(say, NASKAH_SYSTEM, file, CM_WRITE, o->name,
		    strerror(o->err));
	ok = ok && o->err == 0;
	free(o->name);
	free(o->final);
	free(o->dir);
	free(o->tmp);
	free(o);
	return ok;
}

/* Default output: the input's name with .pdf for .yaml/.yml. */
static char *
default_out(const char *in)
{
	size_t n = strlen(in);

	if (n > 5 && strcmp(in + n - 5, ".yaml") == 0)
		return xasprintf("%.*s.pdf", (int)(n - 5), in);
	if (n > 4 && strcmp(in + n - 4, ".yml") == 0)
		return xasprintf("%.*s.pdf", (int)(n - 4), in);
	return xasprintf("%s.pdf", in);
}

char *
output_name(const char *input, const char *out1, const char *outdir)
{
	const char *base;
	char *name, *out;

	if (out1 != NULL)
		return xstrdup(out1);
	if (strcmp(input, "-") == 0)
		return xstrdup("-");
	if (outdir == NULL)
		return default_out(input);
	base = strrchr(input, '/');
	name = default_out(base != NULL ? base + 1 : input);
	out = xasprintf("%s/%s", outdir, name);
	free(name);
	return out;
}

int
output_pdf(struct naskah *ctx, const struct naskah_layout *l,
    const char *out, struct cli_say *say, const char *file)
{
	const char **in = NULL;
	size_t nin = 0;
	struct output *o;
	int r = 0;

	while (naskah_layout_input(l, nin) != NULL)
		nin++;
	in = xmalloc((nin + 1) * sizeof(*in));
	for (nin = 0; (in[nin] = naskah_layout_input(l, nin)) != NULL; nin++)
		continue;
	if (!output_is_input(out, in, nin, say, file) &&
	    (o = output_open(out, say, file)) != NULL)
		r = output_close(o, naskah_render(ctx, l, output_write, o) == 0,
		    say, file);
	free(in);
	return r;
}
