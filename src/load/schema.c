/* SPDX-License-Identifier: ISC */
/*
 * schema.c - typed, positioned access to YAML nodes.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "load/schema.h"
#include "base/xalloc.h"

static const char *const kind_desc[YNODE__MAX][LANG__MAX] = {
	[YNODE_SCALAR] = { "teks", "text" },
	[YNODE_LIST] = { "daftar", "a list" },
	[YNODE_MAP] = { "pemetaan", "a mapping" },
};

static const char *
desc(struct schema *s, const struct ynode *n)
{
	return kind_desc[n->kind][s->d->lang];
}

int
naskah_edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	int *row, prev, tmp, best;

	if (la > 64 || lb > 64)
		return 99;
	row = xcalloc(lb + 1, sizeof(*row));
	for (j = 0; j <= lb; j++)
		row[j] = (int)j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = (int)i;
		for (j = 1; j <= lb; j++) {
			tmp = row[j];
			best = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = tmp;
		}
	}
	best = row[lb];
	free(row);
	return best;
}

/* Only spaces (or nothing)? */
static int
is_blank(const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	return *s == '\0';
}

int
schema_is_null(const struct ynode *n)
{
	return n->kind == YNODE_SCALAR && n->style == YSTYLE_PLAIN &&
	    (n->len == 0 || strcmp(n->str, "~") == 0 ||
	    strcmp(n->str, "null") == 0);
}

int
schema_map(struct schema *s, const struct ynode *n, const char *path,
    const char *const *known, const char *const *required)
{
	size_t i, k;
	int ok = 1, dist, bestd;
	const char *key, *best;

	if (schema_is_null(n)) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_EMPTY_VALUE, path);
		return 0;
	}
	if (n->kind != YNODE_MAP) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_EXPECT_MAP, path,
		    desc(s, n));
		return 0;
	}
	for (i = 0; i < YMAP_LEN(n); i++) {
		key = YMAP_KEY(n, i)->str;
		for (k = 0; known[k] != NULL; k++)
			if (strcmp(known[k], key) == 0)
				break;
		if (known[k] != NULL)
			continue;
		/* unknown: the nearest known key, for a hint */
		best = NULL;
		bestd = 99;
		for (k = 0; known[k] != NULL; k++) {
			dist = naskah_edit_distance(known[k], key);
			if (dist < bestd) {
				bestd = dist;
				best = known[k];
			}
		}
		ok = 0;
		if (best != NULL && bestd <= 1 + (int)strlen(key) / 4)
			naskah_diag(s->d, SEV_ERROR, YMAP_KEY(n, i)->pos,
			    MSG_UNKNOWN_KEY_HINT, key, path, best);
		else
			naskah_diag(s->d, SEV_ERROR, YMAP_KEY(n, i)->pos,
			    MSG_UNKNOWN_KEY, key, path);
	}
	for (k = 0; required != NULL && required[k] != NULL; k++)
		if (ymap_get(n, required[k]) == NULL) {
			naskah_diag(s->d, SEV_ERROR, n->pos, MSG_MISSING_KEY,
			    path, required[k]);
			ok = 0;
		}
	return ok;
}

int
schema_keys_req(struct schema *s, const struct ynode *n, const char *path,
    enum keymap_id id, unsigned req)
{
	const struct keydef *k = keymap_get(id)->keys;
	const char **known, **need;
	size_t i, nk, nr = 0;
	int ok;

	for (nk = 0; k[nk].name != NULL; nk++)
		;
	known = xcalloc(nk + 1, sizeof(*known));
	need = xcalloc(nk + 1, sizeof(*need));
	for (i = 0; i < nk; i++) {
		known[i] = k[i].name;
		if (k[i].flags & req)
			need[nr++] = k[i].name;
	}
	ok = schema_map(s, n, path, known, need);
	free(known);
	free(need);
	return ok;
}

int
schema_keys(struct schema *s, const struct ynode *n, const char *path,
    enum keymap_id id)
{
	return schema_keys_req(s, n, path, id, KEY_REQ | KEY_REQ_NEW);
}

int
schema_one_key(struct schema *s, const struct ynode *n, const char *path,
    const char *const *known, const char **key, const struct ynode **val)
{
	if (!schema_map(s, n, path, known, NULL))
		return 0;
	if (YMAP_LEN(n) != 1) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_ONE_KEY, path);
		return 0;
	}
	*key = YMAP_KEY(n, 0)->str;
	*val = YMAP_VAL(n, 0);
	return 1;
}

int
schema_one_keymap(struct schema *s, const struct ynode *n, const char *path,
    enum keymap_id id, const char **key, const struct ynode **val)
{
	const struct keydef *k = keymap_get(id)->keys;
	const char **known;
	size_t i, nk;
	int ok;

	for (nk = 0; k[nk].name != NULL; nk++)
		;
	known = xcalloc(nk + 1, sizeof(*known));
	for (i = 0; i < nk; i++)
		known[i] = k[i].name;
	ok = schema_one_key(s, n, path, known, key, val);
	free(known);
	return ok;
}

int
schema_list(struct schema *s, const struct ynode *n, const char *path,
    int nonempty)
{
	if (schema_is_null(n)) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_EMPTY_VALUE, path);
		return 0;
	}
	if (n->kind != YNODE_LIST) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_EXPECT_LIST, path,
		    desc(s, n));
		return 0;
	}
	if (nonempty && n->nkid == 0) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_EMPTY_LIST, path);
		return 0;
	}
	return 1;
}

/* issue 16: a text that an unquoted ': ' made a mapping */
int
schema_colon_text(struct schema *s, const struct ynode *n, const char *path)
{
	if (n->kind != YNODE_MAP || YMAP_LEN(n) != 1 ||
	    YMAP_KEY(n, 0)->style != YSTYLE_PLAIN ||
	    YMAP_VAL(n, 0)->kind != YNODE_SCALAR ||
	    YMAP_VAL(n, 0)->pos.line != n->pos.line)
		return 0;
	naskah_diag(s->d, SEV_ERROR, YMAP_KEY(n, 0)->end,
	    MSG_EXPECT_TEXT_COLON, path, YMAP_KEY(n, 0)->str);
	return 1;
}

int
schema_scalar(struct schema *s, const struct ynode *n, const char *path)
{
	if (schema_colon_text(s, n, path))
		return 0;
	if (n->kind != YNODE_SCALAR) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_EXPECT_TEXT, path,
		    desc(s, n));
		return 0;
	}
	return 1;
}

int
schema_text(struct schema *s, const struct ynode *n, const char *path,
    int nonempty, struct naskah_text *out)
{
	if (!schema_scalar(s, n, path))
		return 0;
	if (schema_is_null(n) || (nonempty && is_blank(n->str))) {
		if (nonempty) {
			naskah_diag(s->d, SEV_ERROR, n->pos, MSG_EMPTY_TEXT,
			    path);
			return 0;
		}
		out->s = "";
		ydoc_span(NULL, n, &out->span);
		return 1;
	}
	out->s = n->str;
	ydoc_span(NULL, n, &out->span);
	return 1;
}

int
schema_text_at(struct schema *s, const struct ynode *m, const char *key,
    const char *parent, int required, struct naskah_text *out)
{
	if (required && ymap_get(m, key) == NULL) {
		naskah_diag(s->d, SEV_ERROR, m->pos, MSG_MISSING_KEY, parent,
		    key);
		return 0;
	}
	return schema_opt_text(s, m, key, parent, 1, out);
}

int
schema_opt_text(struct schema *s, const struct ynode *m, const char *key,
    const char *parent, int nonempty, struct naskah_text *out)
{
	const struct ynode *n = ymap_get(m, key);
	char *path;
	int ok;

	if (n == NULL)
		return 1;
	path = parent ? xasprintf("%s.%s", parent, key) : xstrdup(key);
	ok = schema_text(s, n, path, nonempty, out);
	free(path);
	return ok;
}

int
schema_opt_bool(struct schema *s, const struct ynode *m, const char *key,
    const char *parent, int *out)
{
	const struct ynode *n = ymap_get(m, key);
	char *path;
	int ok;

	if (n == NULL)
		return 1;
	path = parent ? xasprintf("%s.%s", parent, key) : xstrdup(key);
	ok = schema_bool(s, n, path, out);
	free(path);
	return ok;
}

int
schema_texts(struct schema *s, const struct ynode *n, const char *path,
    struct naskah_texts *out)
{
	struct naskah_text t;
	size_t i;
	int ok = 1;

	if (n->kind == YNODE_SCALAR) {
		if (!schema_text(s, n, path, 1, &t))
			return 0;
		VEC_PUSH(out->v, out->n, out->cap, t);
		return 1;
	}
	if (!schema_list(s, n, path, 1))
		return 0;
	for (i = 0; i < n->nkid; i++) {
		if (schema_text(s, n->kid[i], path, 1, &t))
			VEC_PUSH(out->v, out->n, out->cap, t);
		else
			ok = 0;
	}
	return ok;
}

int
schema_int(struct schema *s, const struct ynode *n, const char *path,
    long min, long max, long *out)
{
	char *end;
	long v;

	if (n->kind != YNODE_SCALAR) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_EXPECT_TEXT, path,
		    desc(s, n));
		return 0;
	}
	errno = 0;
	v = strtol(n->str, &end, 10);
	if (n->len == 0 || *end != '\0' || errno != 0) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_EXPECT_INT, path,
		    n->str);
		return 0;
	}
	if (v < min || v > max) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_RANGE, path,
		    (double)min, (double)max, (double)v);
		return 0;
	}
	*out = v;
	return 1;
}

int
schema_num(struct schema *s, const struct ynode *n, const char *path,
    double min, double max, double *out)
{
	char buf[64], *end, *c;
	double v;

	if (n->kind != YNODE_SCALAR) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_EXPECT_TEXT, path,
		    desc(s, n));
		return 0;
	}
	/* accept the Indonesian decimal comma too: "1,5" */
	if (n->len == 0 || n->len >= sizeof(buf))
		goto bad;
	memcpy(buf, n->str, n->len + 1);
	if ((c = strchr(buf, ',')) != NULL)
		*c = '.';
	errno = 0;
	v = strtod(buf, &end);
	if (*end != '\0' || errno != 0 || !isfinite(v))
		goto bad;
	if (v < min || v > max) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_RANGE, path, min,
		    max, v);
		return 0;
	}
	*out = v;
	return 1;
bad:
	naskah_diag(s->d, SEV_ERROR, n->pos, MSG_EXPECT_NUM, path, n->str);
	return 0;
}

int
schema_bool(struct schema *s, const struct ynode *n, const char *path,
    int *out)
{
	static const char *const yes[] = { "ya", "true", "yes", "on", NULL };
	static const char *const no[] = { "tidak", "false", "no", "off", NULL };
	size_t i;

	if (n->kind == YNODE_SCALAR) {
		for (i = 0; yes[i] != NULL; i++)
			if (strcasecmp(n->str, yes[i]) == 0) {
				*out = 1;
				return 1;
			}
		for (i = 0; no[i] != NULL; i++)
			if (strcasecmp(n->str, no[i]) == 0) {
				*out = 0;
				return 1;
			}
	}
	naskah_diag(s->d, SEV_ERROR, n->pos, MSG_EXPECT_BOOL, path,
	    n->kind == YNODE_SCALAR ? n->str : desc(s, n));
	return 0;
}

int
schema_choice(struct schema *s, const struct ynode *n, const char *path,
    const char *const *names, int count, int *out)
{
	struct naskah_buf b = { NULL, 0, 0 };
	int i;

	if (n->kind == YNODE_SCALAR)
		for (i = 0; i < count; i++)
			if (strcasecmp(n->str, names[i]) == 0) {
				*out = i;
				return 1;
			}
	for (i = 0; i < count; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", names[i]);
	naskah_diag(s->d, SEV_ERROR, n->pos, MSG_CHOICE, path, b.s,
	    n->kind == YNODE_SCALAR ? n->str : desc(s, n));
	buf_free(&b);
	return 0;
}
