/* SPDX-License-Identifier: ISC */
/*
 * store.c - the files of naskah serve's DIR (serve_int.h): listing,
 * reading, saving atomically with a history, all confined to DIR.  A
 * path from a request is checked by name first (relative, no "..",
 * no hidden component) and then by where it really is (realpath
 * inside DIR's realpath), so that a symlink cannot lead out.
 */
#define _XOPEN_SOURCE 700	/* realpath */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/fileio.h"
#include "base/xalloc.h"
#include "serve/serve_int.h"

/* How deep and how many documents a listing goes (bounded cost). */
#define LIST_DEPTH	16
#define LIST_MAX	10000

int
store_init(struct store *st, const char *dir)
{
	char real[PATH_MAX];
	struct stat sb;

	if (realpath(dir, real) == NULL || stat(real, &sb) != 0 ||
	    !S_ISDIR(sb.st_mode))
		return -1;
	st->root = xstrdup(real);
	pthread_mutex_init(&st->mu, NULL);
	return 0;
}

void
store_fini(struct store *st)
{
	free(st->root);
	pthread_mutex_destroy(&st->mu);
}

static int
is_yaml(const char *p, size_t n)
{
	return (n >= 5 && strncasecmp(p + n - 5, ".yaml", 5) == 0) ||
	    (n >= 4 && strncasecmp(p + n - 4, ".yml", 4) == 0);
}

int
store_name_ok(const char *rel)
{
	size_t n = rel != NULL ? strlen(rel) : 0;
	const char *p;

	if (n == 0 || n > 1024 || rel[0] == '/')
		return 0;
	for (p = rel; *p != '\0'; p++) {
		if ((unsigned char)*p < 0x20 || *p == '\\')
			return 0;
		/* a component: not empty, not ".", "..", nor hidden */
		if ((p == rel || p[-1] == '/') && (*p == '/' || *p == '.'))
			return 0;
	}
	return rel[n - 1] != '/' && is_yaml(rel, n);
}

/* root/rel, resolved, when it exists and lies inside root (caller
 * frees); NULL otherwise, with *why saying why. */
static char *
resolve(struct store *st, const char *rel, enum store_status *why)
{
	char *full = xasprintf("%s/%s", st->root, rel), real[PATH_MAX];

	if (realpath(full, real) == NULL) {
		*why = errno == ENOENT ? STORE_MISSING : STORE_BAD;
		free(full);
		return NULL;
	}
	free(full);
	if (!naskah_path_inside(real, st->root)) {
		*why = STORE_BAD;
		return NULL;
	}
	return xstrdup(real);
}

char *
store_basedir(struct store *st, const char *rel)
{
	enum store_status why;
	char *dir = naskah_path_dir(rel), *real;

	if (strcmp(dir, ".") == 0) {
		free(dir);
		return xstrdup(st->root);
	}
	real = resolve(st, dir, &why);
	free(dir);
	return real;
}

void
store_version(const char *buf, size_t len, char out[40])
{
	unsigned long long h = 14695981039346656037ull;	/* FNV-1a */
	size_t i;

	if (buf == NULL) {
		out[0] = '\0';
		return;
	}
	for (i = 0; i < len; i++) {
		h ^= (unsigned char)buf[i];
		h *= 1099511628211ull;
	}
	snprintf(out, 40, "%zx-%016llx", len, h);
}

/* Read a regular file at the real path p, at most max bytes; its last
 * component is not followed if it became a symlink since realpath. */
static enum store_status
read_real(const char *p, size_t max, char **text, size_t *len)
{
	struct stat sb;
	int fd;

	if ((fd = open(p, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)) < 0)
		return errno == ENOENT ? STORE_MISSING : STORE_BAD;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		close(fd);
		return STORE_BAD;
	}
	*text = naskah_fd_read(fd, max, len);
	close(fd);
	if (*text == NULL)
		return STORE_SYSTEM;
	if (*len > max) {
		free(*text);
		*text = NULL;
		return STORE_TOO_BIG;
	}
	return STORE_OK;
}

enum store_status
store_read(struct store *st, const char *rel, char **text, size_t *len)
{
	enum store_status why;
	char *real;

	if (!store_name_ok(rel))
		return STORE_BAD;
	if ((real = resolve(st, rel, &why)) == NULL)
		return why;
	why = read_real(real, SERVE_FILE_MAX, text, len);
	free(real);
	return why;
}

struct names {
	char	**v;
	size_t	 n, cap;
};

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* rel (malloc'd) into nm */
static void
names_add(struct names *nm, char *rel)
{
	nm->v = xgrow(nm->v, &nm->cap, nm->n + 1, sizeof(*nm->v));
	nm->v[nm->n++] = rel;
}

#ifdef _WIN32
/* The documents under the directory dir (named pre) into nm, by path
 * (Windows has no openat; naskah.exe follows no links: win32.h) */
static void
list_dir(const char *dir, const char *pre, int depth, struct names *nm)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct stat sb;
	char *rel, *path;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL && nm->n < LIST_MAX) {
		if (e->d_name[0] == '.')
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		rel = pre[0] != '\0' ? xasprintf("%s/%s", pre, e->d_name) :
		    xstrdup(e->d_name);
		if (stat(path, &sb) != 0)
			;
		else if (S_ISREG(sb.st_mode) && store_name_ok(rel)) {
			names_add(nm, rel);
			rel = NULL;
		} else if (S_ISDIR(sb.st_mode) && depth < LIST_DEPTH)
			list_dir(path, rel, depth + 1, nm);
		free(path);
		free(rel);
	}
	closedir(d);
}
#else
/* The documents under the directory fd (named pre) into nm; symlinks
 * and hidden entries are not followed. */
static void
list_dir(int fd, const char *pre, int depth, struct names *nm)
{
	DIR *d = fdopendir(fd);
	struct dirent *e;
	struct stat sb;
	char *rel;
	int sub;

	if (d == NULL) {
		close(fd);
		return;
	}
	while ((e = readdir(d)) != NULL && nm->n < LIST_MAX) {
		if (e->d_name[0] == '.' ||
		    fstatat(dirfd(d), e->d_name, &sb, AT_SYMLINK_NOFOLLOW) != 0)
			continue;
		rel = pre[0] != '\0' ? xasprintf("%s/%s", pre, e->d_name) :
		    xstrdup(e->d_name);
		if (S_ISREG(sb.st_mode) && store_name_ok(rel)) {
			names_add(nm, rel);
			continue;
		}
		if (S_ISDIR(sb.st_mode) && depth < LIST_DEPTH &&
		    (sub = openat(dirfd(d), e->d_name, O_RDONLY | O_DIRECTORY |
		    O_NOFOLLOW | O_CLOEXEC)) >= 0)
			list_dir(sub, rel, depth + 1, nm);
		free(rel);
	}
	closedir(d);
}
#endif

enum store_status
store_list(struct store *st, struct naskah_buf *b)
{
	struct names nm = { NULL, 0, 0 };
	size_t i;
	int fd;

#ifdef _WIN32
	(void)fd;
	list_dir(st->root, "", 0, &nm);
#else
	if ((fd = open(st->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		return STORE_SYSTEM;
	list_dir(fd, "", 0, &nm);
#endif
	if (nm.n > 1)
		qsort(nm.v, nm.n, sizeof(*nm.v), name_cmp);
	buf_addc(b, '[');
	for (i = 0; i < nm.n; i++) {
		if (i > 0)
			buf_addc(b, ',');
		json_str(b, nm.v[i]);
		free(nm.v[i]);
	}
	buf_addc(b, ']');
	free(nm.v);
	return STORE_OK;
}

/* Write len bytes to fd and sync them. */
static int
write_all(int fd, const char *buf, size_t len)
{
	ssize_t w;

	while (len > 0) {
		if ((w = write(fd, buf, len)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += w;
		len -= (size_t)w;
	}
	return fsync(fd);
}

/* The history folder of rel, made when missing, each component a real
 * directory (not a symlink) inside the root (caller frees); NULL when
 * it is not there or cannot be made. */
static char *
history_dir(struct store *st, const char *rel, int make)
{
	char *dir = xasprintf("%s/%s/%s", st->root, SERVE_HISTORY, rel);
	char *p = dir + strlen(st->root) + 1;
	struct stat sb;
	int last;

	for (;; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		last = *p == '\0';
		*p = '\0';
		if ((make && mkdir(dir, 0755) != 0 && errno != EEXIST) ||
		    lstat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
			free(dir);
			return NULL;
		}
		if (last)
			return dir;
		*p = '/';
	}
}

/* Keep bytes as a new version of rel in its history. */
static int
history_keep(struct store *st, const char *rel, const char *buf,
    size_t len)
{
	struct timespec ts;
	struct tm tm;
	char stamp[64], *dir, *path;
	int fd = -1, i, ok;

	if ((dir = history_dir(st, rel, 1)) == NULL)
		return -1;
	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	strftime(stamp, sizeof(stamp), "%Y%m%dT%H%M%S", &tm);
	for (i = 0; i < 100 && fd < 0; i++) {
		path = i == 0 ? xasprintf("%s/%s.%06ldZ.yaml", dir, stamp,
		    ts.tv_nsec / 1000) : xasprintf("%s/%s.%06ldZ-%d.yaml",
		    dir, stamp, ts.tv_nsec / 1000, i);
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		    O_CLOEXEC, 0644);
		free(path);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	free(dir);
	if (fd < 0)
		return -1;
	ok = write_all(fd, buf, len) == 0;
	return close(fd) == 0 && ok ? 0 : -1;
}

/* Write len bytes to the real path over it: a temporary file beside
 * it, synced, renamed over it, the folder synced. */
static enum store_status
replace(const char *dirreal, const char *base, const char *buf,
    size_t len)
{
	char *tmp = xasprintf("%s/.%s.XXXXXX", dirreal, base);
	char *dst = xasprintf("%s/%s", dirreal, base);
	enum store_status r = STORE_SYSTEM;
	int fd, dfd;

	if ((fd = mkstemp(tmp)) >= 0) {
		if (fchmod(fd, 0644) == 0 && write_all(fd, buf, len) == 0 &&
		    close(fd) == 0) {
			fd = -1;
			if (rename(tmp, dst) == 0)
				r = STORE_OK;
		}
		if (fd >= 0)
			close(fd);
		if (r != STORE_OK)
			unlink(tmp);
	}
	if (r == STORE_OK && (dfd = open(dirreal, O_RDONLY | O_DIRECTORY |
	    O_CLOEXEC)) >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(tmp);
	free(dst);
	return r;
}

/* Under st->mu: the current bytes of rel at the real folder dirreal
 * (NULL when there is none) and the checks of a save. */
static enum store_status
save_locked(struct store *st, const char *rel, const char *dirreal,
    const char *base, const char *buf, size_t len, char **cur,
    size_t *curlen, char ver[40])
{
	const char *name = strrchr(rel, '/') != NULL ?
	    strrchr(rel, '/') + 1 : rel;
	char *path = xasprintf("%s/%s", dirreal, name), now[40];
	enum store_status r = STORE_OK;
	struct stat sb;

	*cur = NULL;
	*curlen = 0;
	if (lstat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
		r = STORE_BAD;	/* a symlink or a folder: never through */
	else if (lstat(path, &sb) == 0)
		r = read_real(path, SERVE_FILE_MAX, cur, curlen);
	free(path);
	if (r != STORE_OK)
		return r;
	store_version(*cur, *curlen, now);
	if (strcmp(now, base) != 0)
		return STORE_CONFLICT;
	if (*cur != NULL && history_keep(st, rel, *cur, *curlen) != 0)
		return STORE_SYSTEM;
	if ((r = replace(dirreal, name, buf, len)) == STORE_OK)
		store_version(buf, len, ver);
	return r;
}

enum store_status
store_save(struct store *st, const char *rel, const char *base,
    const char *buf, size_t len, char **cur, size_t *curlen, char ver[40])
{
	enum store_status r;
	char *dirreal;

	*cur = NULL;
	if (!store_name_ok(rel))
		return STORE_BAD;
	if ((dirreal = store_basedir(st, rel)) == NULL)
		return STORE_BAD;
	pthread_mutex_lock(&st->mu);
	r = save_locked(st, rel, dirreal, base, buf, len, cur, curlen, ver);
	pthread_mutex_unlock(&st->mu);
	free(dirreal);
	if (r != STORE_CONFLICT) {
		free(*cur);
		*cur = NULL;
	}
	return r;
}

/* issue 16, new document: name in the real folder dirreal, made with
 * O_EXCL (never over a file, nor through a symlink). */
static enum store_status
create_excl(const char *dirreal, const char *name, const char *buf,
    size_t len)
{
	char *path = xasprintf("%s/%s", dirreal, name);
	enum store_status r = STORE_OK;
	int fd;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
	    0644);
	if (fd < 0)
		r = errno == EEXIST ? STORE_EXISTS : STORE_SYSTEM;
	else if (write_all(fd, buf, len) != 0) {
		close(fd);
		unlink(path);
		r = STORE_SYSTEM;
	} else if (close(fd) != 0)
		r = STORE_SYSTEM;
	free(path);
	return r;
}

enum store_status
store_create(struct store *st, const char *rel, const char *buf, size_t len,
    const char *beside, const char *bbuf, size_t blen, char ver[40])
{
	const char *name = strrchr(rel, '/') != NULL ?
	    strrchr(rel, '/') + 1 : rel;
	enum store_status r;
	char *dirreal;

	if (!store_name_ok(rel))
		return STORE_BAD;
	if ((dirreal = store_basedir(st, rel)) == NULL)
		return STORE_BAD;
	pthread_mutex_lock(&st->mu);
	if ((r = create_excl(dirreal, name, buf, len)) == STORE_OK &&
	    beside != NULL && create_excl(dirreal, beside, bbuf, blen) ==
	    STORE_SYSTEM)
		r = STORE_SYSTEM;
	pthread_mutex_unlock(&st->mu);
	free(dirreal);
	if (r == STORE_OK)
		store_version(buf, len, ver);
	return r;
}

/* Is id a version's name, as history_keep makes them? */
static int
id_ok(const char *id)
{
	size_t n = strlen(id);

	return n > 5 && n < 64 && id[0] != '.' &&
	    strspn(id, "0123456789TZ.-yaml") == n &&
	    strcmp(id + n - 5, ".yaml") == 0;
}

enum store_status
store_history(struct store *st, const char *rel, struct naskah_buf *b)
{
	struct names nm = { NULL, 0, 0 };
	struct dirent *e;
	char *dir;
	DIR *d;
	size_t i;

	if (!store_name_ok(rel))
		return STORE_BAD;
	buf_addc(b, '[');
	if ((dir = history_dir(st, rel, 0)) != NULL &&
	    (d = opendir(dir)) != NULL) {
		while ((e = readdir(d)) != NULL && nm.n < LIST_MAX)
			if (id_ok(e->d_name)) {
				nm.v = xgrow(nm.v, &nm.cap, nm.n + 1,
				    sizeof(*nm.v));
				nm.v[nm.n++] = xstrdup(e->d_name);
			}
		closedir(d);
	}
	free(dir);
	if (nm.n > 1)
		qsort(nm.v, nm.n, sizeof(*nm.v), name_cmp);
	for (i = nm.n; i-- > 0;) {	/* newest first */
		json_str(b, nm.v[i]);
		if (i > 0)
			buf_addc(b, ',');
		free(nm.v[i]);
	}
	buf_addc(b, ']');
	free(nm.v);
	return STORE_OK;
}

enum store_status
store_history_read(struct store *st, const char *rel, const char *id,
    char **text, size_t *len)
{
	enum store_status r;
	char *dir, *path, real[PATH_MAX];

	if (!store_name_ok(rel) || !id_ok(id))
		return STORE_BAD;
	if ((dir = history_dir(st, rel, 0)) == NULL)
		return STORE_MISSING;
	path = xasprintf("%s/%s", dir, id);
	if (realpath(path, real) == NULL)
		r = STORE_MISSING;
	else if (!naskah_path_inside(real, st->root))
		r = STORE_BAD;
	else
		r = read_real(real, SERVE_FILE_MAX, text, len);
	free(path);
	free(dir);
	return r;
}
