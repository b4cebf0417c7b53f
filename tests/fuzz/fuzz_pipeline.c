/* SPDX-License-Identifier: ISC */
/*
 * fuzz_pipeline.c - libFuzzer entry point over the whole of `naskah
 * render` (and `naskah diff --pdf`): load, templates, revise, fonts,
 * hyphenation, layout and PDF, for every kind of document, through the
 * command line's own main() (src/main.c built with -Dmain=naskah_cli_main),
 * so the fuzzer runs exactly what a user runs.
 *
 * An input is a bundle of files.  Up to the first line "#>> NAME" it
 * is the document; each "#>> NAME" line starts a further file the
 * document may name (sertakan:, templat:, keputusan:, logo:, huruf:).
 * Two names are special: "=template" is passed as --template, and
 * "=baru" turns the run into `naskah diff --pdf` from the document to
 * it.  Other names are written beside the document, unless a file of
 * that name is already there; the line is a YAML comment, so a bundle
 * of one file is plain YAML.
 *
 * The document is written into a per-process directory of links to
 * every file of examples/, tests/regress/ and tests/bad/ (with
 * templates/, fonts/ and the diff cases' dasar.yaml where the tests'
 * relative names expect them),
 * so every seed finds what it names.  The tree is found from
 * NASKAH_FUZZ_ROOT, else from where the binary is (tests/fuzz/..).
 *
 * Contract checked beyond the sanitizers: the exit status is 0-3, and
 * a render that exits 0 leaves a whole PDF.
 */
#define _XOPEN_SOURCE 700	/* nftw */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/xalloc.h"

int	naskah_cli_main(int argc, char *argv[]);
int	LLVMFuzzerInitialize(int *argc, char ***argv);
int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_FILES	8	/* "#>> NAME" files per input */
#define MAX_NAME	64

static char	*root;		/* the source tree: templates/, fonts/ */
static char	*top;		/* the per-process directory */
static char	*work;		/* top/tests/w: the document's directory */

static void
die(const char *what, const char *path)
{
	fprintf(stderr, "fuzz_pipeline: %s %s: %s\n", what, path,
	    strerror(errno));
	abort();
}

/* Link every regular file under src into dst, directories made as
 * needed; a name already in dst keeps its first file. */
static void
link_tree(const char *src, const char *dst)
{
	DIR *dir;
	struct dirent *e;
	struct stat st, lt;

	if ((dir = opendir(src)) == NULL)
		return;
	if (mkdir(dst, 0700) != 0 && errno != EEXIST)
		die("mkdir", dst);
	while ((e = readdir(dir)) != NULL) {
		char *s, *t;

		if (e->d_name[0] == '.')
			continue;
		s = xasprintf("%s/%s", src, e->d_name);
		t = xasprintf("%s/%s", dst, e->d_name);
		if (stat(s, &st) != 0)
			;
		else if (S_ISDIR(st.st_mode))
			link_tree(s, t);
		else if (S_ISREG(st.st_mode) && lstat(t, &lt) != 0 &&
		    symlink(s, t) != 0)
			die("symlink", t);
		free(s);
		free(t);
	}
	closedir(dir);
}

static void
link_one(const char *rel, const char *target)
{
	char *t = xasprintf("%s/%s", top, rel), *s = xasprintf("%s/%s", root,
	    target);

	if (symlink(s, t) != 0)
		die("symlink", t);
	free(s);
	free(t);
}

static int
rm_entry(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (flag == FTW_DP)
		rmdir(p);
	else
		unlink(p);
	return 0;
}

static void
rm_top(void)
{
	if (top != NULL)
		nftw(top, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* The tree this binary was built in: NASKAH_FUZZ_ROOT, else two
 * directories above the binary. */
static char *
find_root(void)
{
	char exe[PATH_MAX], *slash;
	const char *env = getenv("NASKAH_FUZZ_ROOT");
	ssize_t n;

	if (env != NULL && *env != '\0')
		return realpath(env, NULL);
	if ((n = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) <= 0)
		return realpath(".", NULL);
	exe[n] = '\0';
	if ((slash = strrchr(exe, '/')) != NULL)
		*slash = '\0';
	strncat(exe, "/../..", sizeof(exe) - strlen(exe) - 1);
	return realpath(exe, NULL);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *shm = access("/dev/shm", W_OK) == 0 ? "/dev/shm" :
	    getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	char *p;

	(void)argc;
	(void)argv;
	if ((root = find_root()) == NULL)
		die("realpath", "root");
	p = xasprintf("%s/templates/keputusan.yaml", root);
	if (access(p, R_OK) != 0)
		die("no source tree at", root);
	free(p);
	top = xasprintf("%s/naskah-fuzz-%ld", shm, (long)getpid());
	rm_top();
	if (mkdir(top, 0700) != 0)
		die("mkdir", top);
	atexit(rm_top);
	p = xasprintf("%s/tests", top);
	if (mkdir(p, 0700) != 0)
		die("mkdir", p);
	free(p);
	link_one("examples", "examples");
	link_one("templates", "templates");
	link_one("fonts", "fonts");
	link_one("tests/templates", "templates");
	link_one("tests/regress", "tests/regress");
	link_one("tests/bad", "tests/bad");
	link_one("tests/dasar.yaml", "tests/diff/dasar.yaml");
	work = xasprintf("%s/tests/w", top);
	p = xasprintf("%s/examples", root);
	link_tree(p, work);
	free(p);
	p = xasprintf("%s/tests/regress", root);
	link_tree(p, work);
	free(p);
	p = xasprintf("%s/tests/bad", root);
	link_tree(p, work);
	free(p);
	return 0;
}

/* Write a new file at path (never through a link); 0 if it cannot be
 * made (one is there, its directory is not, ...). */
static int
write_file(const char *path, const uint8_t *data, size_t size)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);

	if (fd < 0)
		return 0;
	while (size > 0) {
		ssize_t n = write(fd, data, size);

		if (n <= 0)
			die("write", path);
		data += n;
		size -= (size_t)n;
	}
	close(fd);
	return 1;
}

/* Is name a file name the bundle may create: letters, digits, "._-",
 * "/" between parts, no "..", no leading dot or slash, not one of the
 * harness's own names? */
static int
name_ok(const char *name)
{
	const char *c;

	if (name[0] == '\0' || name[0] == '.' || name[0] == '/' ||
	    strstr(name, "..") != NULL || strstr(name, "/.") != NULL ||
	    strncmp(name, "naskah-fuzz", 11) == 0)
		return 0;
	for (c = name; *c != '\0'; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		    (*c >= '0' && *c <= '9') || *c == '.' || *c == '_' ||
		    *c == '-' || *c == '/'))
			return 0;
	return 1;
}

/* Where the next "#>> " line starts at or after off, or size. */
static size_t
next_mark(const uint8_t *data, size_t size, size_t off)
{
	for (; off + 4 <= size; off++)
		if ((off == 0 || data[off - 1] == '\n') &&
		    memcmp(data + off, "#>> ", 4) == 0)
			return off;
	return size;
}

struct bundle {
	char	*doc, *tpl, *baru;	/* written paths, or NULL */
	char	*made[MAX_FILES];	/* other files written */
	size_t	 nmade;
};

/* Write the files of the input; the document always. */
static void
bundle_write(struct bundle *b, const uint8_t *data, size_t size)
{
	size_t end = next_mark(data, size, 0), off, nl;

	memset(b, 0, sizeof(*b));
	b->doc = xasprintf("%s/naskah-fuzz.yaml", work);
	if (!write_file(b->doc, data, end))
		die("stale", b->doc);
	while (end < size && b->nmade < MAX_FILES) {
		char name[MAX_NAME + 1], *path, **slot;

		for (nl = end + 4; nl < size && data[nl] != '\n'; nl++)
			;
		off = nl < size ? nl + 1 : size;
		if (nl - (end + 4) > MAX_NAME) {
			end = next_mark(data, size, off);
			continue;
		}
		memcpy(name, data + end + 4, nl - (end + 4));
		name[nl - (end + 4)] = '\0';
		end = next_mark(data, size, off);
		slot = strcmp(name, "=template") == 0 ? &b->tpl :
		    strcmp(name, "=baru") == 0 ? &b->baru : NULL;
		if (slot != NULL && *slot == NULL) {
			*slot = xasprintf("%s/naskah-fuzz-%s.yaml", work,
			    name + 1);
			if (!write_file(*slot, data + off, end - off))
				die("stale", *slot);
			continue;
		}
		if (slot != NULL || !name_ok(name))
			continue;
		path = xasprintf("%s/%s", work, name);
		if (write_file(path, data + off, end - off))
			b->made[b->nmade++] = path;
		else
			free(path);
	}
}

static void
bundle_remove(struct bundle *b)
{
	size_t i;

	unlink(b->doc);
	free(b->doc);
	if (b->tpl != NULL)
		unlink(b->tpl);
	free(b->tpl);
	if (b->baru != NULL)
		unlink(b->baru);
	free(b->baru);
	for (i = 0; i < b->nmade; i++) {
		unlink(b->made[i]);
		free(b->made[i]);
	}
}

/* Does path hold a whole PDF: its header first, %%EOF last? */
static int
is_pdf(const char *path)
{
	char head[8], tail[16];
	FILE *f = fopen(path, "rb");
	long n;
	int ok = 0;

	if (f == NULL)
		return 0;
	if (fread(head, 1, 5, f) == 5 && memcmp(head, "%PDF-", 5) == 0 &&
	    fseek(f, -7, SEEK_END) == 0 && (n = (long)fread(tail, 1, 7, f)) > 0) {
		tail[n] = '\0';
		ok = strstr(tail, "%%EOF") != NULL;
	}
	fclose(f);
	return ok;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bundle b;
	char *out = xasprintf("%s/out.pdf", top);
	char *argv[16];
	int argc = 0, rc;

	bundle_write(&b, data, size);
	argv[argc++] = "naskah";
	if (b.baru != NULL) {
		argv[argc++] = "diff";
		argv[argc++] = "--pdf";
		argv[argc++] = out;
	} else {
		argv[argc++] = "render";
		argv[argc++] = "--tinjau";	/* and the reviewer's rules */
		argv[argc++] = "-o";
		argv[argc++] = out;
	}
	argv[argc++] = "--lang=en";
	argv[argc++] = "--data-dir";
	argv[argc++] = root;
	if (b.tpl != NULL) {
		argv[argc++] = "--template";
		argv[argc++] = b.tpl;
	}
	argv[argc++] = b.doc;
	if (b.baru != NULL)
		argv[argc++] = b.baru;
	argv[argc] = NULL;
	optind = 0;	/* glibc: start getopt afresh */
	rc = naskah_cli_main(argc, argv);
	if (getenv("NASKAH_FUZZ_STATUS") != NULL)
		fprintf(stderr, "fuzz_pipeline: exit %d\n", rc);
	if (rc < 0 || rc > 3) {
		fprintf(stderr, "fuzz_pipeline: exit status %d\n", rc);
		abort();
	}
	if (rc == 0 && !is_pdf(out)) {
		fprintf(stderr, "fuzz_pipeline: exit 0 without a whole PDF\n");
		abort();
	}
	unlink(out);
	bundle_remove(&b);
	free(out);
	return 0;
}
