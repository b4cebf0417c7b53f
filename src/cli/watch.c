/* SPDX-License-Identifier: ISC */
/*
 * watch.c - naskah render --watch (watch.h): the files to watch, the
 * wait for a change through a backend (inotify, or a poll of the
 * files' times), the signals that end it, the loop around the render.
 * In naskah.exe (issue 18) the poll, whose wait is a sleep there (a
 * stop asked is seen within POLL_MS) and whose look hashes the files'
 * bytes too (Windows' stat has whole seconds).
 */
#define _XOPEN_SOURCE 700	/* realpath */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#ifndef _WIN32
#include <sys/select.h>
#endif
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/inotify.h>
#endif

#include "base/fileio.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "cli/watch.h"

/* a burst of changes (an editor's several writes) is one change: a
 * render starts once nothing changed for DEBOUNCE_MS, or BURST_MS
 * after the first change however long the burst goes on */
#define DEBOUNCE_MS	100
#define BURST_MS	2000
/* how often watch_poll looks */
#define POLL_MS		1000

/* A file watched. */
struct wfile {
	char		*path;
	const char	*base;	/* its last component, in path */
	int		 wd;	/* watch_linux: its directory's, or -1 */
	int		 seen;	/* watch_poll: -1 not looked at yet, 0 it
				 * was missing, 1 st is what was seen */
	struct stat	 st;
	uint64_t	 sum;	/* watch_poll: the bytes' hash (Windows;
				 * else 0) */
};

struct watch;

/*
 * A way to wait.  arm: w->f was replaced (old[0..nold) were watched
 * before, and are freed after).  wait: 1 when a watched file changed,
 * 0 when ms passed first (ms < 0: no limit), -1 when a signal asked to
 * stop, -2 when waiting failed (errno says why).
 */
struct watch_backend {
	const char	*name;
	int		(*init)(struct watch *w);
	void		(*arm)(struct watch *w, const struct wfile *old,
			    size_t nold);
	int		(*wait)(struct watch *w, long ms);
	void		(*close)(struct watch *w);
};

struct watch {
	const struct watch_backend *be;
	struct wfile	*f;	/* sorted by path */
	size_t		 nf;
	struct wfile	**ev;	/* watch_linux: f sorted by wd and base */
	int		 ifd;	/* watch_linux: the inotify descriptor */
#ifndef _WIN32
	sigset_t	 open;	/* the signal mask to wait with */
#endif
};

static const int stop_sigs[] = { SIGHUP, SIGINT, SIGTERM };
static volatile sig_atomic_t stop_asked;

static void
on_stop(int sig)
{
	(void)sig;
	stop_asked = 1;
}

void
watch_files_add(struct watch_files *f, const char *path)
{
	if (f->n > 0 && strcmp(f->v[f->n - 1], path) == 0)
		return;
	VEC_PUSH(f->v, f->n, f->cap, xstrdup(path));
}

static void
files_free(struct watch_files *f)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		free(f->v[i]);
	free(f->v);
	memset(f, 0, sizeof(*f));
}

static int
path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
wfile_cmp(const void *a, const void *b)
{
	return strcmp(((const struct wfile *)a)->path,
	    ((const struct wfile *)b)->path);
}

/* The deadline ms from now into end (ms < 0: none, end untouched). */
static void
deadline_set(struct timespec *end, long ms)
{
	if (ms < 0)
		return;
	clock_gettime(CLOCK_MONOTONIC, end);
	end->tv_sec += ms / 1000;
	end->tv_nsec += (ms % 1000) * 1000000L;
	if (end->tv_nsec >= 1000000000L) {
		end->tv_sec++;
		end->tv_nsec -= 1000000000L;
	}
}

/* What is left until end, at most cap ms, into ts: 0 when it passed. */
static long
deadline_left(const struct timespec *end, long cap, struct timespec *ts)
{
	struct timespec now;
	long ms;

	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (long)(end->tv_sec - now.tv_sec) * 1000 +
	    (end->tv_nsec - now.tv_nsec) / 1000000L;
	if (ms < 0)
		ms = 0;
	if (ms > cap)
		ms = cap;
	ts->tv_sec = ms / 1000;
	ts->tv_nsec = (ms % 1000) * 1000000L;
	return ms;
}

/* ---- watch_poll: each file's times, size and inode, once a second */

static int
poll_open(struct watch *w)
{
	(void)w;
	return 0;
}

#ifdef _WIN32
/* The FNV-1a hash of the bytes of path (0 when it cannot be read). */
static uint64_t
bytes_sum(const char *path)
{
	unsigned char buf[8192];
	uint64_t h = 14695981039346656037ULL;
	size_t n, i;
	FILE *fp;

	if ((fp = fopen(path, "rb")) == NULL)
		return 0;
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		for (i = 0; i < n; i++)
			h = (h ^ buf[i]) * 1099511628211ULL;
	fclose(fp);
	return h;
}

/* Do a and b, two stats of one path, say it is unchanged?  Whole
 * seconds only here: the bytes' hash tells the rest. */
static int
stat_same(const struct stat *a, const struct stat *b)
{
	return a->st_mtime == b->st_mtime && a->st_size == b->st_size;
}

/* ts asleep, or less when a stop is asked (by a console handler's
 * thread: the sleep ends in steps of 100 ms). */
static int
nap(struct watch *w, const struct timespec *ts)
{
	long ms = (long)ts->tv_sec * 1000 + ts->tv_nsec / 1000000L;

	(void)w;
	while (ms > 0 && !stop_asked) {
		usleep((ms > 100 ? 100 : ms) * 1000);
		ms -= 100;
	}
	return 0;
}
#else
/* Do a and b, two stats of one path, say it is unchanged? */
static int
stat_same(const struct stat *a, const struct stat *b)
{
	return a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
	    a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
	    a->st_ctim.tv_sec == b->st_ctim.tv_sec &&
	    a->st_ctim.tv_nsec == b->st_ctim.tv_nsec &&
	    a->st_size == b->st_size && a->st_ino == b->st_ino &&
	    a->st_dev == b->st_dev;
}

/* The times say it all here: no hash of the bytes. */
static uint64_t
bytes_sum(const char *path)
{
	(void)path;
	return 0;
}

/* ts asleep, or less when a stopping signal comes (the only time they
 * are not blocked). */
static int
nap(struct watch *w, const struct timespec *ts)
{
	return pselect(0, NULL, NULL, NULL, ts, &w->open);
}
#endif

/* Look at f now: 1 when it is not as it was last seen. */
static int
poll_look(struct wfile *f)
{
	struct stat st;
	int seen = stat(f->path, &st) == 0;
	uint64_t sum = seen ? bytes_sum(f->path) : 0;
	int changed;

	changed = f->seen >= 0 && (seen != f->seen || (seen &&
	    (!stat_same(&st, &f->st) || sum != f->sum)));
	f->seen = seen;
	if (seen) {
		f->st = st;
		f->sum = sum;
	}
	return changed;
}

/* A file watched before keeps what was seen of it before the render
 * (a save during the render is a change); a new one is looked at. */
static void
poll_arm(struct watch *w, const struct wfile *old, size_t nold)
{
	size_t i;

	(void)old;
	(void)nold;
	for (i = 0; i < w->nf; i++)
		if (w->f[i].seen < 0)
			poll_look(&w->f[i]);
}

static int
poll_wait(struct watch *w, long ms)
{
	struct timespec end, ts;
	size_t i;
	int changed;

	deadline_set(&end, ms);
	for (;;) {
		if (ms < 0) {
			ts.tv_sec = POLL_MS / 1000;
			ts.tv_nsec = (POLL_MS % 1000) * 1000000L;
		} else
			deadline_left(&end, POLL_MS, &ts);
		if (nap(w, &ts) < 0 && errno != EINTR)
			return -2;
		if (stop_asked)
			return -1;
		for (changed = 0, i = 0; i < w->nf; i++)
			changed |= poll_look(&w->f[i]);
		if (changed)
			return 1;
		if (ms >= 0 && deadline_left(&end, POLL_MS, &ts) == 0)
			return 0;
	}
}

static void
poll_close(struct watch *w)
{
	(void)w;
}

static const struct watch_backend watch_poll = {
	"poll", poll_open, poll_arm, poll_wait, poll_close,
};

#ifdef __linux__
/* ---- watch_linux: inotify on the files' directories, by name ------ */

/* what a save does to a name in a directory: written in place
 * (modified, closed), renamed onto it, touched */
#define IN_SAVE	(IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_ATTRIB)

static int
linux_open(struct watch *w)
{
	w->ifd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	return w->ifd < 0 ? -1 : 0;
}

static int
ev_cmp(const void *a, const void *b)
{
	const struct wfile *x = *(struct wfile *const *)a;
	const struct wfile *y = *(struct wfile *const *)b;

	if (x->wd != y->wd)
		return x->wd < y->wd ? -1 : 1;
	return strcmp(x->base, y->base);
}

static int
wd_cmp(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

/* Watch the directories of w->f (a directory watched already keeps
 * its watch, and its changes queued meanwhile), then stop watching
 * those of old that none of w->f is in. */
static void
linux_arm(struct watch *w, const struct wfile *old, size_t nold)
{
	int *wds = xcalloc(w->nf + 1, sizeof(*wds));
	size_t i;
	char *dir;

	free(w->ev);
	w->ev = xcalloc(w->nf + 1, sizeof(*w->ev));
	for (i = 0; i < w->nf; i++) {
		dir = naskah_path_dir(w->f[i].path);
		w->f[i].wd = inotify_add_watch(w->ifd, dir, IN_SAVE);
		free(dir);
		wds[i] = w->f[i].wd;
		w->ev[i] = &w->f[i];
	}
	qsort(w->ev, w->nf, sizeof(*w->ev), ev_cmp);
	qsort(wds, w->nf, sizeof(*wds), wd_cmp);
	for (i = 0; i < nold; i++)
		if (old[i].wd >= 0 && bsearch(&old[i].wd, wds, w->nf,
		    sizeof(*wds), wd_cmp) == NULL)
			inotify_rm_watch(w->ifd, old[i].wd);
	free(wds);
}

/* Do the events in buf[0..len) name a file watched? */
static int
linux_events(struct watch *w, const char *buf, size_t len)
{
	const struct inotify_event *ev;
	struct wfile key, *kp = &key;
	size_t off;
	int changed = 0;

	for (off = 0; off + sizeof(*ev) <= len; off += sizeof(*ev) + ev->len) {
		ev = (const struct inotify_event *)(const void *)(buf + off);
		if (ev->mask & IN_Q_OVERFLOW)	/* some were lost */
			changed = 1;
		if (ev->len == 0 || changed)
			continue;
		key.wd = ev->wd;
		key.base = ev->name;
		changed = bsearch(&kp, w->ev, w->nf, sizeof(*w->ev),
		    ev_cmp) != NULL;
	}
	return changed;
}

static int
linux_wait(struct watch *w, long ms)
{
	_Alignas(struct inotify_event) char buf[8192];
	struct timespec end, ts;
	fd_set rd;
	ssize_t n;
	int r, changed;

	deadline_set(&end, ms);
	for (;;) {
		FD_ZERO(&rd);
		FD_SET(w->ifd, &rd);
		if (ms >= 0)
			deadline_left(&end, ms, &ts);
		r = pselect(w->ifd + 1, &rd, NULL, NULL, ms < 0 ? NULL : &ts,
		    &w->open);
		if (r < 0 && errno != EINTR)
			return -2;
		if (stop_asked)
			return -1;
		if (r == 0)
			return 0;
		changed = 0;
		while (r > 0 && (n = read(w->ifd, buf, sizeof(buf))) != 0) {
			if (n < 0 && errno == EAGAIN)
				break;
			if (n < 0 && errno != EINTR)
				return -2;
			if (n > 0)
				changed |= linux_events(w, buf, (size_t)n);
		}
		if (changed)
			return 1;
		if (ms >= 0 && deadline_left(&end, ms, &ts) == 0)
			return 0;
	}
}

static void
linux_close(struct watch *w)
{
	free(w->ev);
	close(w->ifd);
}

static const struct watch_backend watch_linux = {
	"inotify", linux_open, linux_arm, linux_wait, linux_close,
};
#endif

/* Add to f the file each symbolic link of f names: a save changes that
 * file, in its own directory. */
static void
links_add(struct watch_files *f)
{
	struct stat st;
	size_t i, n = f->n;
	char *p;

	for (i = 0; i < n; i++)
		if (lstat(f->v[i], &st) == 0 && S_ISLNK(st.st_mode) &&
		    (p = realpath(f->v[i], NULL)) != NULL) {
			VEC_PUSH(f->v, f->n, f->cap, p);
		}
}

/*
 * Watch input and the files of read from now on: with all, these
 * only; else (a render that did not get as far as reading all) these
 * and those watched before.  read is emptied.
 */
static void
watch_set(struct watch *w, const char *input, struct watch_files *read,
    int all)
{
	struct wfile *old = w->f, key, *o;
	size_t nold = w->nf, i, n;

	for (i = 0; !all && i < nold; i++)
		watch_files_add(read, old[i].path);
	watch_files_add(read, input);
	links_add(read);
	qsort(read->v, read->n, sizeof(*read->v), path_cmp);
	w->f = xcalloc(read->n, sizeof(*w->f));
	for (n = i = 0; i < read->n; i++) {
		if (n > 0 && strcmp(w->f[n - 1].path, read->v[i]) == 0)
			continue;
		w->f[n].path = xstrdup(read->v[i]);
		w->f[n].base = strrchr(w->f[n].path, '/') != NULL ?
		    strrchr(w->f[n].path, '/') + 1 : w->f[n].path;
		w->f[n].wd = -1;
		w->f[n].seen = -1;
		key.path = w->f[n].path;
		/* (bsearch wants a base even for no element) */
		if (nold > 0 && (o = bsearch(&key, old, nold, sizeof(*old),
		    wfile_cmp)) != NULL) {
			w->f[n].seen = o->seen;
			w->f[n].st = o->st;
			w->f[n].sum = o->sum;
		}
		n++;
	}
	w->nf = n;
	files_free(read);
	w->be->arm(w, old, nold);
	for (i = 0; i < nold; i++)
		free(old[i].path);
	free(old);
}

/* Ready w: its backend (watch_poll when inotify cannot be had); the
 * stopping signals blocked but while it waits. */
static void
watch_open(struct watch *w)
{
#ifdef __linux__
	char *env = cli_getenv("NASKAH_WATCH");
#endif
#ifndef _WIN32
	sigset_t block;
	size_t i;
#endif

	memset(w, 0, sizeof(*w));
	w->ifd = -1;
	w->be = &watch_poll;
#ifdef __linux__
	if (env == NULL || strcmp(env, "poll") != 0)
		w->be = &watch_linux;
	free(env);
#endif
	if (w->be->init(w) != 0)
		w->be = &watch_poll;	/* no inotify: out of watches */
#ifndef _WIN32
	sigemptyset(&block);
	for (i = 0; i < sizeof(stop_sigs) / sizeof(stop_sigs[0]); i++)
		sigaddset(&block, stop_sigs[i]);
	sigprocmask(SIG_BLOCK, &block, &w->open);
	for (i = 0; i < sizeof(stop_sigs) / sizeof(stop_sigs[0]); i++)
		sigdelset(&w->open, stop_sigs[i]);
#endif
}

/* Catch the stopping signals that are not ignored: again before each
 * wait, as writing a PDF catches them for itself (cli/output.h). */
static void
signals_catch(void)
{
	struct sigaction sa, old;
	size_t i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(stop_sigs) / sizeof(stop_sigs[0]); i++)
		if (sigaction(stop_sigs[i], NULL, &old) == 0 &&
		    old.sa_handler != SIG_IGN)
			sigaction(stop_sigs[i], &sa, NULL);
}

/* Wait for a change and the end of its burst: 1, or as wait. */
static int
watch_wait(struct watch *w)
{
	struct timespec end, ts;
	int r;

	signals_catch();
	if ((r = w->be->wait(w, -1)) != 1)
		return r;
	deadline_set(&end, BURST_MS);
	while ((r = w->be->wait(w, DEBOUNCE_MS)) == 1)
		if (deadline_left(&end, BURST_MS, &ts) == 0)
			break;
	return r < 0 ? r : 1;
}

int
watch_run(const char *input, watch_render_fn render, void *arg,
    struct cli_say *say)
{
	struct watch_files read = { NULL, 0, 0 };
	struct watch w;
	size_t i;
	int r, all;

	watch_open(&w);
	all = render(arg, &read);
	watch_set(&w, input, &read, all);
	cli_note(say, CM_WATCH_START, input, w.be->name);
	while ((r = watch_wait(&w)) == 1) {
		all = render(arg, &read);
		watch_set(&w, input, &read, all);
	}
	if (r == -2)
		cli_say(say, NASKAH_SYSTEM, input, CM_WATCH_FAIL,
		    strerror(errno));
	w.be->close(&w);
	for (i = 0; i < w.nf; i++)
		free(w.f[i].path);
	free(w.f);
	return r == -2 ? 3 : 0;
}
