/* SPDX-License-Identifier: ISC */
/*
 * starter.c - issue 16: a new document's text from a starter of
 * templates/awal/ (starter.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fileio.h"
#include "base/starter.h"
#include "base/xalloc.h"

/* the largest starter read */
#define STARTER_MAX	(1u << 20)

const char *const starter_names[] = {
	"keputusan", "buku", "lkjip", "perubahan", NULL
};

int
starter_find(const char *name)
{
	int i;

	for (i = 0; name != NULL && starter_names[i] != NULL; i++)
		if (strcmp(starter_names[i], name) == 0)
			return i;
	return -1;
}

int
starter_revises(const char *name)
{
	return name != NULL && strcmp(name, "perubahan") == 0;
}

/*
 * The decree text old less its own top-level mencabut: and mengubah:
 * (a revision of a revision names the decree it replaces, not that
 * one's): from such a line to the next that starts at column 0 and is
 * neither blank nor a comment.  Caller frees.
 */
static char *
text_unref(const char *old)
{
	struct naskah_buf b = { NULL, 0, 0 };
	const char *p = old, *eol;
	int skip = 0;

	while (*p != '\0') {
		eol = strchr(p, '\n');
		eol = eol != NULL ? eol + 1 : p + strlen(p);
		if (strncmp(p, "mencabut:", 9) == 0 ||
		    strncmp(p, "mengubah:", 9) == 0)
			skip = 1;
		else if (*p != ' ' && *p != '#' && *p != '\n' && *p != '\t')
			skip = 0;
		if (!skip)
			buf_add(&b, p, (size_t)(eol - p));
		p = eol;
	}
	if (b.s == NULL)
		buf_adds(&b, "");
	return buf_take(&b);
}

char *
starter_text(const char *datadir, const char *name, const char *old,
    const char *old_name, int *err)
{
	static const char *const keys[] = { "{isi}", "{berkas}" };
	const char *vals[2];
	char *path, *fmt, *isi, *text;
	size_t len;
	int fd;

	path = xasprintf("%s/templates/awal/%s.yaml", datadir, name);
	fd = naskah_open_regular(path, err);
	free(path);
	if (fd < 0)
		return NULL;
	fmt = naskah_fd_read(fd, STARTER_MAX, &len);
	*err = errno;
	close(fd);
	if (fmt == NULL)
		return NULL;
	if (len > STARTER_MAX) {
		free(fmt);
		*err = EFBIG;
		return NULL;
	}
	if (!starter_revises(name))
		return fmt;
	isi = text_unref(old != NULL ? old : "");
	vals[0] = isi;
	vals[1] = old_name != NULL ? old_name : "";
	text = naskah_fill(fmt, keys, vals, 2);
	free(isi);
	free(fmt);
	return text;
}
