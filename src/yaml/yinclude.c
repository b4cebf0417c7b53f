/* SPDX-License-Identifier: ISC */
/*
 * yinclude.c - "sertakan": one YAML file read into another, so that the
 * IKU rows (or a kop, or a signer) are written once and used by the
 * decree, its revision, the book and the LKjIP appendix.
 *
 *	kop:
 *	  sertakan: kop-kecamatan.yaml	# a mapping: its keys join kop
 *	lampiran:
 *	  - judul: [...]
 *	    iku:
 *	      sertakan: iku-2024.yaml	# a list: it becomes the value
 *
 * The included tree is moved into the including one; the included ydoc
 * stays alive in doc->inc for its source text (positions) and is freed
 * with the including document.
 */
#define _XOPEN_SOURCE 700	/* realpath */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fileio.h"
#include "base/xalloc.h"
#include "yaml/yinclude.h"
#include "yaml/ytree.h"

/* How deep includes may nest (a.yaml includes b.yaml includes ...). */
#define INCLUDE_MAX_DEPTH 16
/* What all includes of a document may read together, a file counted
 * each time it is included and at least INCLUDE_FILE_COST bytes: a file
 * that includes another four times, which does the same, and so on 16
 * deep, would read 4^16 files. */
#define INCLUDE_MAX_BYTES	YTREE_MAX_BYTES
#define INCLUDE_FILE_COST	1024

struct inc {
	struct ydoc		*root;	/* owns every included file */
	struct naskah_diag	*d;
	char			*open[INCLUDE_MAX_DEPTH + 1]; /* real paths */
	int			 depth;
	size_t			 read;	/* bytes charged so far */
	int			 over;	/* past INCLUDE_MAX_BYTES, said once:
					   no file is read any more */
};

static int resolve(struct inc *in, struct ynode **slot, const char *dir);


/*
 * Read file name (a scalar node, relative to dir) with its own includes
 * in place.  Returns its ydoc (owned by in->root) or NULL after an
 * error at the name's position.
 */
static struct ydoc *
include_file(struct inc *in, const struct ynode *name, const char *dir)
{
	char *path, real[PATH_MAX], *sub;
	struct ydoc *y;
	int i, ok;

	if (in->over)
		return NULL;
	path = name->str[0] == '/' || strcmp(dir, ".") == 0 ?
	    xstrdup(name->str) : xasprintf("%s/%s", dir, name->str);
	if (!naskah_file_ok(path, name->str, in->root->confine, name->pos,
	    MSG_INCLUDE_FILE, in->d))
		goto fail;
	if (realpath(path, real) == NULL) {
		naskah_diag(in->d, SEV_ERROR, name->pos, MSG_INCLUDE_FILE,
		    name->str, strerror(errno));
		goto fail;
	}
	for (i = 0; i < in->depth; i++)
		if (strcmp(in->open[i], real) == 0)
			break;
	if (i < in->depth) {
		naskah_diag(in->d, SEV_ERROR, name->pos, MSG_INCLUDE_CYCLE,
		    name->str);
		goto fail;
	}
	if (in->depth >= INCLUDE_MAX_DEPTH) {
		naskah_diag(in->d, SEV_ERROR, name->pos, MSG_INCLUDE_DEEP,
		    name->str, in->depth + 1, INCLUDE_MAX_DEPTH);
		goto fail;
	}
	if ((y = ydoc_load_plain(path, path, in->d)) == NULL)
		goto fail;
	in->read += y->srclen > INCLUDE_FILE_COST ? y->srclen :
	    INCLUDE_FILE_COST;
	if (in->read > INCLUDE_MAX_BYTES) {
		naskah_diag(in->d, SEV_ERROR, name->pos, MSG_INCLUDE_TOO_MUCH,
		    INCLUDE_MAX_BYTES / 1024, INCLUDE_FILE_COST / 1024);
		in->over = 1;
		ydoc_free(y);
		goto fail;
	}
	free(path);
	VEC_PUSH(in->root->inc, in->root->ninc, in->root->capinc, y);
	in->open[in->depth++] = xstrdup(real);
	sub = naskah_path_dir(y->path);
	ok = y->root == NULL || resolve(in, &y->root, sub);
	free(sub);
	free(in->open[--in->depth]);
	return ok ? y : NULL;
fail:
	free(path);
	return NULL;
}

/* Drop pair i of mapping m (its key and value nodes are freed). */
static void
map_drop(struct ynode *m, size_t i)
{
	ynode_free(m->kid[2 * i]);
	ynode_free(m->kid[2 * i + 1]);
	memmove(&m->kid[2 * i], &m->kid[2 * i + 2],
	    (m->nkid - 2 * i - 2) * sizeof(m->kid[0]));
	m->nkid -= 2;
}

/*
 * The sertakan of mapping *slot: each file's keys join it, or a file
 * that is not a mapping takes its place.  Returns 0 after errors.
 */
static int
merge(struct inc *in, struct ynode **slot, size_t at, const char *dir)
{
	struct ynode *m = *slot, *v = YMAP_VAL(m, at), *one;
	struct ynode *list = NULL;	/* what lists the files hold */
	struct ydoc *y;
	struct ykeyset keys = { { 0 } };	/* m's keys, once merging */
	size_t i, k, n, was;
	int ok = 1, merged = 0;

	if (v->kind == YNODE_MAP || (v->kind == YNODE_LIST && v->nkid == 0)) {
		naskah_diag(in->d, SEV_ERROR, v->pos, MSG_INCLUDE_VALUE);
		return 0;
	}
	n = v->kind == YNODE_LIST ? v->nkid : 1;
	for (k = 0; k < n; k++) {
		one = v->kind == YNODE_LIST ? v->kid[k] : v;
		if (one->kind != YNODE_SCALAR || one->len == 0) {
			naskah_diag(in->d, SEV_ERROR, one->pos,
			    MSG_INCLUDE_VALUE);
			ok = 0;
			continue;
		}
		if ((y = include_file(in, one, dir)) == NULL) {
			ok = 0;
			continue;
		}
		if (y->root == NULL)
			continue;	/* an empty file adds nothing */
		if (y->root->kind != YNODE_MAP) {
			/* a list (several lists: one after the other) or a
			 * text takes the mapping's place */
			if (YMAP_LEN(m) != 1 || (n != 1 &&
			    y->root->kind != YNODE_LIST) || merged) {
				naskah_diag(in->d, SEV_ERROR, one->pos,
				    MSG_INCLUDE_ALONE, one->str,
				    ynode_kind_names[y->root->kind]);
				ok = 0;
				continue;
			}
			if (list == NULL) {
				list = y->root;
				y->root = NULL;
				continue;
			}
			for (i = 0; i < y->root->nkid; i++)
				VEC_PUSH(list->kid, list->nkid, list->capkid,
				    y->root->kid[i]);
			y->root->nkid = 0;
			continue;
		}
		if (list != NULL) {
			naskah_diag(in->d, SEV_ERROR, one->pos,
			    MSG_INCLUDE_MIX, one->str);
			ok = 0;
			continue;
		}
		for (i = 0; !merged && i < YMAP_LEN(m); i++)
			ykeyset_add(&keys, m, i, &was);
		merged = 1;
		for (i = 0; i < YMAP_LEN(y->root); i++) {
			struct ynode *key = YMAP_KEY(y->root, i);

			VEC_PUSH(m->kid, m->nkid, m->capkid, key);
			VEC_PUSH(m->kid, m->nkid, m->capkid,
			    YMAP_VAL(y->root, i));
			if (!ykeyset_add(&keys, m, YMAP_LEN(m) - 1, &was)) {
				m->nkid -= 2;	/* stays in y->root */
				naskah_diag(in->d, SEV_ERROR, key->pos,
				    MSG_INCLUDE_CLASH, key->str);
				ok = 0;
				continue;
			}
			y->root->kid[2 * i] = NULL;
			y->root->kid[2 * i + 1] = NULL;
		}
	}
	ykeyset_free(&keys);
	if (list != NULL) {
		*slot = list;	/* the files take the mapping's place */
		ynode_free(m);
		return ok;
	}
	for (i = 0; i < YMAP_LEN(m); i++)
		if (strcmp(YMAP_KEY(m, i)->str, "sertakan") == 0) {
			map_drop(m, i);
			break;
		}
	return ok;
}

/* Resolve every sertakan under *slot; 0 after errors. */
static int
resolve(struct inc *in, struct ynode **slot, const char *dir)
{
	struct ynode *n = *slot;
	size_t i, k;
	int ok = 1;

	switch (n->kind) {
	case YNODE_LIST:
		for (i = 0; i < n->nkid; i++)
			ok &= resolve(in, &n->kid[i], dir);
		break;
	case YNODE_MAP:
		for (i = 0; i < YMAP_LEN(n); i++)
			if (strcmp(YMAP_KEY(n, i)->str, "sertakan") == 0)
				break;
		/* the mapping's own values first: what a file brings is
		 * resolved already */
		for (k = 0; k < YMAP_LEN(n); k++)
			if (k != i)
				ok &= resolve(in, &n->kid[2 * k + 1], dir);
		if (i < YMAP_LEN(n))
			ok &= merge(in, slot, i, dir);
		break;
	default:
		break;
	}
	return ok;
}

int
ydoc_include(struct ydoc *doc, const char *path, struct naskah_diag *d)
{
	struct inc in;
	char real[PATH_MAX], *dir;
	int ok;

	if (doc->root == NULL)
		return 1;
	memset(&in, 0, sizeof(in));
	in.root = doc;
	in.d = d;
	if (realpath(path, real) != NULL)
		in.open[in.depth++] = xstrdup(real);
	dir = naskah_path_dir(path);
	ok = resolve(&in, &doc->root, dir);
	free(dir);
	while (in.depth > 0)
		free(in.open[--in.depth]);
	return ok;
}

struct ydoc *
ydoc_load(const char *path, struct naskah_diag *d)
{
	return ydoc_load_confined(path, NULL, d);
}

struct ydoc *
ydoc_load_confined(const char *path, const char *root, struct naskah_diag *d)
{
	struct naskah_pos none = { 0, 0, NULL };
	char real[PATH_MAX];
	struct ydoc *doc;

	if (root != NULL && realpath(root, real) == NULL) {
		naskah_diag(d, SEV_USAGE, none, MSG_READ, root,
		    strerror(errno));
		return NULL;
	}
	if ((doc = ydoc_load_plain(path, NULL, d)) == NULL)
		return NULL;
	if (!ydoc_confine(doc, root != NULL ? real : NULL, d) ||
	    !ydoc_include(doc, path, d)) {
		ydoc_free(doc);
		return NULL;
	}
	return doc;
}
