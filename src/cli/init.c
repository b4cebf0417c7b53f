/* SPDX-License-Identifier: ISC */
/*
 * init.c - issue 16: `naskah schema` (the JSON Schema of the documents
 * onto stdout) and `naskah init JENIS [FILE]` (a new document from a
 * starter of DATADIR/templates/awal/, never over an existing file).
 */
#define _XOPEN_SOURCE 700	/* realpath */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fileio.h"
#include "base/starter.h"
#include "cli/cli.h"

/* the schema the starters' modeline names, written beside them */
#define SCHEMA_FILE	"naskah.schema.json"

static int
buf_write(void *arg, const void *p, size_t len)
{
	buf_add(arg, p, len);
	return 0;
}

int
cli_schema(struct cli_say *say)
{
	int r = naskah_schema(cli_stream_write, stdout);

	/* it fails only in a write to stdout, which cli_stdout_done says */
	return cli_stdout_done(say) != 0 || r != 0 ? 3 : 0;
}

/*
 * s into a new file path (never over an existing one: EEXIST), or onto
 * stdout for "-".  Returns 0, or an errno value; a file half written is
 * removed.
 */
static int
file_create(const char *path, const char *s, size_t len)
{
	int fd, e;

	if (strcmp(path, "-") == 0)
		return fwrite(s, 1, len, stdout) == len &&
		    fflush(stdout) == 0 ? 0 : errno;
	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644)) < 0)
		return errno;
	if (write(fd, s, len) != (ssize_t)len || fsync(fd) != 0) {
		e = errno != 0 ? errno : EIO;
		close(fd);
		unlink(path);
		return e;
	}
	return close(fd) == 0 ? 0 : errno;
}

/* The text of file path into *out; 0 or an error's exit status. */
static int
text_read(struct cli_say *say, const char *path, char **out)
{
	size_t len;
	int fd, err;

	if ((fd = naskah_open_regular(path, &err)) < 0) {
		cli_say(say, NASKAH_SYSTEM, NULL, CM_READ, path,
		    naskah_file_error(err));
		return 3;
	}
	*out = naskah_fd_read(fd, 8u << 20, &len);
	err = errno;
	close(fd);
	if (*out == NULL) {
		cli_say(say, NASKAH_SYSTEM, NULL, CM_READ, path, strerror(err));
		return 3;
	}
	return 0;
}

/* The name of a file in dir: "NAME" for ".", else "dir/NAME". */
static char *
path_in(const char *dir, const char *name)
{
	return strcmp(dir, ".") == 0 ? xstrdup(name) :
	    xasprintf("%s/%s", dir, name);
}

/* Do paths a and b name files of one directory? */
static int
same_dir(const char *a, const char *b)
{
	char *da = naskah_path_dir(a), *db = naskah_path_dir(b);
	char ra[PATH_MAX], rb[PATH_MAX];
	int same;

	same = realpath(da, ra) != NULL && realpath(db, rb) != NULL &&
	    strcmp(ra, rb) == 0;
	free(da);
	free(db);
	return same;
}

/* The starter name of datadir could not be read (err): exit 3. */
static int
starter_fail(struct cli_say *say, const char *datadir, const char *name,
    int err)
{
	char *src = xasprintf("%s/templates/awal/%s.yaml", datadir, name);

	cli_say(say, NASKAH_SYSTEM, NULL, CM_READ, src,
	    naskah_file_error(err));
	free(src);
	return 3;
}

/*
 * The starter perubahan of datadir: its text with the decree's file
 * old (whose kind ctx checks) and its name beside out filled in.  0 or
 * an exit status.
 */
static int
perubahan_text(struct naskah *ctx, struct cli_say *say, const char *datadir,
    const char *old, const char *out, char **text)
{
	const char *slash = strrchr(old, '/');
	struct naskah_doc *doc;
	char *raw;
	int s, err;

	if (!same_dir(old, out)) {
		cli_say(say, NASKAH_USAGE, out, CM_INIT_DIR, old);
		return 2;
	}
	if ((doc = naskah_doc_open(ctx, old)) == NULL)
		return naskah_status(ctx) > 0 ? naskah_status(ctx) : 1;
	s = strcmp(naskah_doc_kind(doc), "keputusan") != 0;
	naskah_doc_free(doc);
	if (s) {
		cli_say(say, NASKAH_ERROR, old, CM_INIT_NOT_DECREE, old);
		return 1;
	}
	if ((s = text_read(say, old, &raw)) != 0)
		return s;
	*text = starter_text(datadir, "perubahan", raw,
	    slash != NULL ? slash + 1 : old, &err);
	free(raw);
	return *text != NULL ? 0 :
	    starter_fail(say, datadir, "perubahan", err);
}

/* naskah init JENIS [FILE] | init perubahan OLD.yaml [FILE] */
int
cli_init(struct naskah *ctx, struct cli_say *say, const char *datadir,
    char *const *args, int n)
{
	struct naskah_buf sb = { NULL, 0, 0 };
	char *text = NULL, *out, *dir, *sp;
	int s, e, perubahan;

	if (n == 0 || starter_find(args[0]) < 0) {
		cli_say(say, NASKAH_USAGE, NULL, CM_INIT_JENIS,
		    n > 0 ? args[0] : "");
		return 2;
	}
	perubahan = starter_revises(args[0]);
	if (n > 2 + perubahan || (perubahan && n < 2)) {
		cli_say(say, NASKAH_USAGE, NULL, CM_INIT_ARGS, args[0]);
		return 2;
	}
	if (perubahan) {
		size_t l = strlen(args[1]);

		out = n > 2 ? xstrdup(args[2]) : xasprintf("%.*s-perubahan.yaml",
		    (int)(l > 5 && strcmp(args[1] + l - 5, ".yaml") == 0 ?
		    l - 5 : l), args[1]);
		s = perubahan_text(ctx, say, datadir, args[1], out, &text);
	} else {
		out = n > 1 ? xstrdup(args[1]) : xasprintf("%s.yaml", args[0]);
		text = starter_text(datadir, args[0], NULL, NULL, &e);
		s = text != NULL ? 0 : starter_fail(say, datadir, args[0], e);
	}
	if (s == 0 && (e = file_create(out, text, strlen(text))) != 0) {
		cli_say(say, e == EEXIST ? NASKAH_ERROR : NASKAH_SYSTEM,
		    NULL, e == EEXIST ? CM_INIT_EXISTS : CM_WRITE, out,
		    strerror(e));
		s = e == EEXIST ? 1 : 3;
	}
	/* the schema its modeline names, if it is not there yet */
	if (s == 0 && strcmp(out, "-") != 0) {
		dir = naskah_path_dir(out);
		sp = path_in(dir, SCHEMA_FILE);
		naskah_schema(buf_write, &sb);
		if ((e = file_create(sp, sb.s, sb.len)) != 0 && e != EEXIST) {
			cli_say(say, NASKAH_SYSTEM, NULL, CM_WRITE, sp,
			    strerror(e));
			s = 3;
		}
		buf_free(&sb);
		free(sp);
		free(dir);
	}
	if (s == 0 && strcmp(out, "-") != 0)
		printf(say->lang == NASKAH_LANG_EN ? "naskah: wrote %s: "
		    "fill in what its comments say, then: naskah check %s\n" :
		    "naskah: %s ditulis: isi yang diminta komentarnya, lalu: "
		    "naskah check %s\n", out, out);
	free(text);
	free(out);
	return s;
}
