/* SPDX-License-Identifier: ISC */
/*
 * tplmerge.c - a template over its bases and a document's overrides,
 * merged into one tree (tplmerge.h).
 */
#define _XOPEN_SOURCE 700	/* realpath */
#include <stdlib.h>
#include <string.h>

#include "load/tplmerge.h"
#include "base/fileio.h"
#include "base/xalloc.h"

/* A deep copy of n; positions naming no file name file. */
static struct ynode *
ynode_copy(const struct ynode *n, const char *file)
{
	struct ynode *c = xcalloc(1, sizeof(*c));
	size_t i;

	*c = *n;
	if (c->pos.file == NULL)
		c->pos.file = file;
	if (c->end.file == NULL)
		c->end.file = file;
	c->str = n->str != NULL ? xstrndup(n->str, n->len) : NULL;
	c->kid = NULL;
	c->nkid = c->capkid = 0;
	for (i = 0; i < n->nkid; i++)
		VEC_PUSH(c->kid, c->nkid, c->capkid,
		    ynode_copy(n->kid[i], file));
	return c;
}

/* Are a and b written the same (texts byte for byte, keys in order)? */
static int
ynode_same(const struct ynode *a, const struct ynode *b)
{
	size_t i;

	if (a->kind != b->kind || a->nkid != b->nkid)
		return 0;
	if (a->kind == YNODE_SCALAR)
		return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
	for (i = 0; i < a->nkid; i++)
		if (!ynode_same(a->kid[i], b->kid[i]))
			return 0;
	return 1;
}

/* Index of the pair of mapping m whose key is key, or YMAP_LEN(m). */
static size_t
pair_find(const struct ynode *m, const char *key)
{
	size_t i;

	for (i = 0; i < YMAP_LEN(m); i++)
		if (strcmp(YMAP_KEY(m, i)->str, key) == 0)
			break;
	return i;
}

/* Node k of from, moved out of it or copied. */
static struct ynode *
take(struct ynode *from, size_t k, int copy, const char *file)
{
	struct ynode *n = from->kid[k];

	if (copy)
		return ynode_copy(n, file);
	from->kid[k] = NULL;
	return n;
}

void
tpl_merge(struct schema *s, struct ynode *into, struct ynode *from,
    int copy, const char *file, const char *path)
{
	struct ynode *kv, *v, *old;
	const char *key;
	size_t i, j;
	char *p;

	for (i = 0; i < YMAP_LEN(from); i++) {
		key = YMAP_KEY(from, i)->str;
		v = YMAP_VAL(from, i);
		if (path == NULL && strcmp(key, "dasar") == 0)
			continue;
		j = pair_find(into, key);
		if (j == YMAP_LEN(into)) {
			VEC_PUSH(into->kid, into->nkid, into->capkid,
			    take(from, 2 * i, copy, file));
			VEC_PUSH(into->kid, into->nkid, into->capkid,
			    take(from, 2 * i + 1, copy, file));
			continue;
		}
		old = YMAP_VAL(into, j);
		p = path != NULL ? xasprintf("%s.%s", path, key) :
		    xstrdup(key);
		if (old->kind == YNODE_MAP && v->kind == YNODE_MAP)
			tpl_merge(s, old, v, copy, file, p);
		else if (ynode_same(old, v)) {
			struct naskah_pos at = v->pos;

			if (at.file == NULL && copy)
				at.file = file;
			naskah_diag(s->d, SEV_WARNING, at, MSG_TPL_SAME, p);
		} else {
			kv = take(from, 2 * i, copy, file);
			ynode_free(YMAP_KEY(into, j));
			YMAP_KEY(into, j) = kv;
			ynode_free(old);
			YMAP_VAL(into, j) = take(from, 2 * i + 1, copy, file);
		}
		free(p);
	}
}

/* Is name a shipped template's (no '/', no ".yaml")? */
static int
is_shipped(const char *name)
{
	size_t n = strlen(name);

	return strchr(name, '/') == NULL &&
	    (n < 5 || strcmp(name + n - 5, ".yaml") != 0);
}

/* The file a dasar: of the file at path names; caller frees. */
static char *
base_path(const char *name, const char *path, const char *datadir)
{
	size_t n = strlen(name);
	char *dir, *p;

	if (datadir != NULL && is_shipped(name))
		return xasprintf("%s/templates/%s.yaml", datadir, name);
	if (name[0] == '/')
		return xstrdup(name);
	dir = naskah_path_dir(path);
	if (strchr(name, '/') == NULL && (n < 5 ||
	    strcmp(name + n - 5, ".yaml") != 0))
		p = xasprintf("%s%s%s.yaml", strcmp(dir, ".") != 0 ? dir : "",
		    strcmp(dir, ".") != 0 ? "/" : "", name);
	else if (strcmp(dir, ".") == 0)
		p = xstrdup(name);
	else
		p = xasprintf("%s/%s", dir, name);
	free(dir);
	return p;
}

/* The chain so far, for a cycle's message: "a.yaml -> b.yaml -> a.yaml". */
static char *
chain_text(char *const *shown, size_t n, const char *last)
{
	struct naskah_buf b = { NULL, 0, 0 };
	size_t i;

	for (i = 0; i < n; i++)
		buf_printf(&b, "%s -> ", shown[i]);
	buf_adds(&b, last);
	return buf_take(&b);
}

/*
 * The file at path (its real path chain[n], shown[n] in messages)
 * with its bases: see tpl_chain_load.  The first file's nodes name no file; a base's name
 * their own.
 */
static struct ydoc *
chain_load(const char *path, const struct naskah_tplsrc *src, char **chain,
    const char **shown, size_t n, struct naskah_diag *d)
{
	struct schema s = { d };
	struct ydoc *y, *base;
	const struct ynode *dn;
	struct naskah_pos at;
	struct naskah_text name;
	char *bp, *real, *txt;
	size_t i;

	/* a base's nodes name its file (y->path) */
	y = ydoc_load_plain(path, n == 0 ? NULL : path, d);
	if (y == NULL)
		return NULL;
	if (y->root == NULL) {
		naskah_diag(d, SEV_ERROR, (struct naskah_pos){ 1, 1,
		    n == 0 ? NULL : y->path }, MSG_EMPTY_FILE);
		goto fail;
	}
	if (y->root->kind != YNODE_MAP ||
	    (dn = ymap_get(y->root, "dasar")) == NULL)
		return y;
	if (!schema_text(&s, dn, "dasar", 1, &name))
		goto fail;
	at = dn->pos;
	bp = base_path(name.s, path, src->datadir);
	if ((real = realpath(bp, NULL)) == NULL) {
		naskah_diag(d, SEV_ERROR, at, MSG_TPL_BASE_MISSING, name.s);
		free(bp);
		goto fail;
	}
	/* a file of the tree the document is confined to names no file
	 * outside it (a shipped template is not a file it names) */
	if (src->root != NULL && !(src->datadir != NULL &&
	    is_shipped(name.s)) && naskah_path_inside(chain[n], src->root) &&
	    !naskah_path_inside(real, src->root)) {
		naskah_diag(d, SEV_ERROR, at, MSG_OUTSIDE, name.s, src->root);
		free(real);
		free(bp);
		goto fail;
	}
	for (i = 0; i <= n; i++)
		if (strcmp(chain[i], real) == 0)
			break;
	if (i <= n || n + 1 >= TPL_CHAIN_MAX) {
		txt = chain_text((char *const *)shown, n + 1, bp);
		if (i <= n)
			naskah_diag(d, SEV_ERROR, at, MSG_TPL_BASE_CYCLE, txt);
		else
			naskah_diag(d, SEV_ERROR, at, MSG_TPL_BASE_DEEP,
			    TPL_CHAIN_MAX, txt);
		free(txt);
		free(real);
		free(bp);
		goto fail;
	}
	chain[n + 1] = real;
	shown[n + 1] = bp;
	base = chain_load(bp, src, chain, shown, n + 1, d);
	chain[n + 1] = NULL;
	free(real);
	free(bp);
	if (base == NULL)
		goto fail;
	if (base->root->kind == YNODE_MAP)
		tpl_merge(&s, base->root, y->root, 0, NULL, NULL);
	/* the merged tree is the base's: y takes it, and keeps every
	 * file of the chain (their texts and paths) in its inc */
	ynode_free(y->root);
	y->root = base->root;
	base->root = NULL;
	for (i = 0; i < base->ninc; i++)
		VEC_PUSH(y->inc, y->ninc, y->capinc, base->inc[i]);
	base->ninc = 0;
	VEC_PUSH(y->inc, y->ninc, y->capinc, base);
	return y;
fail:
	ydoc_free(y);
	return NULL;
}

struct ydoc *
tpl_chain_load(const char *path, const struct naskah_tplsrc *src,
    struct naskah_diag *d)
{
	struct naskah_tplsrc s = { NULL, NULL, NULL };
	char *chain[TPL_CHAIN_MAX + 1] = { NULL }, *root = NULL;
	const char *shown[TPL_CHAIN_MAX + 1] = { path };
	struct ydoc *y;

	if (src != NULL)
		s = *src;
	/* naskah_path_inside takes a real path (a root that does not
	 * exist was refused where the documents were read) */
	if (s.root != NULL && (root = realpath(s.root, NULL)) == NULL)
		s.root = NULL;
	else if (root != NULL)
		s.root = root;

	/* a file that does not resolve is reported by the reader */
	if ((chain[0] = realpath(path, NULL)) == NULL)
		chain[0] = xstrdup(path);
	y = chain_load(path, &s, chain, shown, 0, d);
	free(chain[0]);
	free(root);
	return y;
}
