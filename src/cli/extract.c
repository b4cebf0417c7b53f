/* SPDX-License-Identifier: ISC */
/*
 * extract.c - issue 17: naskah extract FILE.pdf [-d DIR], the files a
 * PDF carries (naskah_extract) written under DIR; and the document a
 * PDF carries, for naskah diff.
 *
 * Nothing is written over: every file is created with O_EXCL, each
 * directory of its name is made or entered below DIR without
 * following a symbolic link (openat with O_NOFOLLOW), and a name that
 * exists already under DIR stops the extraction before any file is
 * written.  The library has refused names that would leave DIR.
 */
#define _XOPEN_SOURCE 700	/* mkdtemp */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/fileio.h"
#include "cli/cli.h"

/* A file carried, copied out of the library's callback. */
struct carried {
	char		*name;
	void		*data;
	size_t		 len;
	int		 source;
};

struct extraction {
	struct carried	*v;
	size_t		 n, cap;
};

/* What fd_read reads from. */
struct source_fd {
	int		 fd;
	int		 failed;	/* errno of a failed read, or 0 */
};

/* A naskah_read_fn on a descriptor. */
static int
fd_read(void *arg, void *buf, size_t len, size_t *got)
{
	struct source_fd *s = arg;
	ssize_t r;

	do
		r = read(s->fd, buf, len);
	while (r < 0 && errno == EINTR);
	if (r < 0) {
		s->failed = errno;
		return -1;
	}
	*got = (size_t)r;
	return 0;
}

/* A naskah_file_fn: keep a copy. */
static int
keep(void *arg, const char *name, const void *data, size_t len, int source)
{
	struct extraction *x = arg;
	struct carried c;

	c.name = xstrdup(name);
	c.data = xmalloc(len + 1);
	memcpy(c.data, data, len);
	c.len = len;
	c.source = source;
	VEC_PUSH(x->v, x->n, x->cap, c);
	return 0;
}

static void
extraction_free(struct extraction *x)
{
	size_t i;

	for (i = 0; i < x->n; i++) {
		free(x->v[i].name);
		free(x->v[i].data);
	}
	free(x->v);
}

/* The files pdf carries into x; 0 after reporting why not. */
static int
carried_read(struct naskah *ctx, const char *pdf, struct extraction *x,
    struct cli_say *say)
{
	struct source_fd s = { -1, 0 };
	int err, n;

	if ((s.fd = naskah_open_regular(pdf, &err)) < 0) {
		cli_say(say, NASKAH_SYSTEM, NULL, CM_READ, pdf,
		    naskah_file_error(err));
		return 0;
	}
	n = naskah_extract(ctx, fd_read, &s, pdf, keep, x);
	if (n < 0 && s.failed != 0)
		cli_say(say, NASKAH_SYSTEM, NULL, CM_READ, pdf,
		    strerror(s.failed));
	close(s.fd);
	return n >= 0;
}

/*
 * The directory of name's parent below dirfd, made when missing, never
 * through a symbolic link: a descriptor, or -1 with errno set.  With
 * make 0 nothing is made (ENOENT).
 */
static int
parent_at(int dirfd, const char *name, int make, const char **leaf)
{
	char *p = xstrdup(name), *s, *e;
	int fd = dup(dirfd), next;

	for (s = p; fd >= 0 && (e = strchr(s, '/')) != NULL; s = e + 1) {
		*e = '\0';
		/* the library gives no such name; never up, all the same */
		if (*s == '\0' || strcmp(s, ".") == 0 || strcmp(s, "..") == 0) {
			close(fd);
			fd = -1;
			errno = EINVAL;
			break;
		}
		if (make && mkdirat(fd, s, 0777) != 0 && errno != EEXIST) {
			close(fd);
			fd = -1;
			break;
		}
		next = openat(fd, s, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
		close(fd);
		fd = next;
	}
	*leaf = name + (s - p);
	if (fd >= 0 && (**leaf == '\0' || strcmp(*leaf, ".") == 0 ||
	    strcmp(*leaf, "..") == 0)) {
		close(fd);
		fd = -1;
		errno = EINVAL;
	}
	free(p);
	return fd;
}

/* Does name exist below dirfd (or is a part of it not a directory)? */
static int
exists_at(int dirfd, const char *name)
{
	const char *leaf;
	struct stat st;
	int fd = parent_at(dirfd, name, 0, &leaf), r;

	if (fd < 0)
		return errno != ENOENT;
	r = fstatat(fd, leaf, &st, AT_SYMLINK_NOFOLLOW) == 0 ||
	    errno != ENOENT;
	close(fd);
	return r;
}

/* c written as a new file below dirfd; 0 with errno set. */
static int
write_at(int dirfd, const struct carried *c)
{
	const char *leaf, *p = c->data;
	size_t left = c->len;
	ssize_t w;
	int pfd = parent_at(dirfd, c->name, 1, &leaf), fd, e;

	if (pfd < 0)
		return 0;
	fd = openat(pfd, leaf, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW,
	    0666);
	e = errno;
	close(pfd);
	if (fd < 0) {
		errno = e;
		return 0;
	}
	while (left > 0) {
		if ((w = write(fd, p, left)) < 0) {
			if (errno == EINTR)
				continue;
			e = errno;
			close(fd);
			errno = e;
			return 0;
		}
		p += w;
		left -= (size_t)w;
	}
	return close(fd) == 0;
}

/*
 * x's files under dir, the document's first; with list, their paths
 * on standard output.  Returns the exit status.
 */
static int
carried_write(const struct extraction *x, const char *dir, int list,
    struct cli_say *say)
{
	int dfd, s = 0;
	size_t i;
	char *path;

	/* a DIR that does not exist yet is made (not its parents) */
	if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		cli_say(say, NASKAH_SYSTEM, NULL, CM_WRITE, dir,
		    strerror(errno));
		return 3;
	}
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY)) < 0) {
		cli_say(say, NASKAH_SYSTEM, NULL, CM_WRITE, dir,
		    strerror(errno));
		return 3;
	}
	for (i = 0; i < x->n && s == 0; i++)
		if (exists_at(dfd, x->v[i].name)) {
			path = xasprintf("%s/%s", dir, x->v[i].name);
			cli_say(say, NASKAH_ERROR, NULL, CM_EXTRACT_EXISTS,
			    path);
			free(path);
			s = 1;
		}
	for (i = 0; i < x->n && s == 0; i++) {
		path = strcmp(dir, ".") == 0 ? xstrdup(x->v[i].name) :
		    xasprintf("%s/%s", dir, x->v[i].name);
		if (!write_at(dfd, &x->v[i])) {
			if (errno == EEXIST) {
				cli_say(say, NASKAH_ERROR, NULL,
				    CM_EXTRACT_EXISTS, path);
				s = 1;
			} else {
				cli_say(say, NASKAH_SYSTEM, NULL, CM_WRITE,
				    path, strerror(errno));
				s = 3;
			}
		} else if (list)
			puts(path);
		free(path);
	}
	close(dfd);
	return s;
}

int
cli_extract(struct naskah *ctx, struct cli_say *say, const char *pdf,
    const char *dir)
{
	struct extraction x = { NULL, 0, 0 };
	int s;

	s = carried_read(ctx, pdf, &x, say) ?
	    carried_write(&x, dir != NULL ? dir : ".", 1, say) : 0;
	extraction_free(&x);
	return s;
}

struct naskah_doc *
cli_pdf_doc(struct naskah *ctx, const char *pdf, struct cli_say *say,
    struct cli_tmp *tmp)
{
	struct extraction x = { NULL, 0, 0 };
	struct naskah_doc *doc = NULL;
	const char *t = getenv("TMPDIR");
	char *path;
	size_t i;

	memset(tmp, 0, sizeof(*tmp));
	if (!carried_read(ctx, pdf, &x, say))
		goto out;
	if (x.n == 0 || !x.v[0].source) {
		cli_say(say, NASKAH_ERROR, NULL, CM_PDF_NO_DOC, pdf);
		goto out;
	}
	tmp->dir = xasprintf("%s/naskah-XXXXXX", t != NULL && *t != '\0' ?
	    t : "/tmp");
	if (mkdtemp(tmp->dir) == NULL) {
		cli_say(say, NASKAH_SYSTEM, NULL, CM_WRITE, tmp->dir,
		    strerror(errno));
		free(tmp->dir);
		tmp->dir = NULL;
		goto out;
	}
	for (i = 0; i < x.n; i++)
		VEC_PUSH(tmp->name, tmp->n, tmp->cap, xstrdup(x.v[i].name));
	if (carried_write(&x, tmp->dir, 0, say) == 0) {
		path = xasprintf("%s/%s", tmp->dir, x.v[0].name);
		doc = naskah_doc_open(ctx, path);
		free(path);
	}
out:
	extraction_free(&x);
	return doc;
}

/* Remove name's file and the directories of its name below dir, as
 * far as they are empty. */
static void
tmp_remove(const char *dir, const char *name)
{
	char *p = xasprintf("%s/%s", dir, name), *s;

	unlink(p);
	while ((s = strrchr(p, '/')) != NULL && (size_t)(s - p) >
	    strlen(dir)) {
		*s = '\0';
		if (rmdir(p) != 0)
			break;
	}
	free(p);
}

void
cli_tmp_clear(struct cli_tmp *tmp)
{
	size_t i;

	if (tmp->dir == NULL)
		return;
	for (i = 0; i < tmp->n; i++) {
		tmp_remove(tmp->dir, tmp->name[i]);
		free(tmp->name[i]);
	}
	free(tmp->name);
	rmdir(tmp->dir);
	free(tmp->dir);
	memset(tmp, 0, sizeof(*tmp));
}
