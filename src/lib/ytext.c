/* SPDX-License-Identifier: ISC */
/*
 * ytext.c - a YAML text read by path and edited in place (naskah.h,
 * issue 16): the public face of yaml/yedit.h.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"
#include "yaml/yedit.h"

struct naskah_ytext {
	struct ydoc	*doc;
};

struct naskah_ytext *
naskah_ytext_parse(struct naskah *ctx, const char *text, size_t len)
{
	const struct xalloc_hook *prev = lib_enter(ctx, NULL);
	struct naskah_ytext *yt = NULL;
	struct ydoc *doc;

	if ((doc = ydoc_parse(text, len, &ctx->d)) != NULL) {
		yt = xcalloc(1, sizeof(*yt));
		yt->doc = doc;
	}
	lib_leave(prev);
	return yt;
}

enum naskah_ykind
naskah_ytext_get(const struct naskah_ytext *yt, const char *path,
    const char **str, size_t *n, int *line)
{
	static const enum naskah_ykind kind[YNODE__MAX] = {
		[YNODE_SCALAR] = NASKAH_Y_TEXT, [YNODE_LIST] = NASKAH_Y_LIST,
		[YNODE_MAP] = NASKAH_Y_MAP,
	};
	const struct ynode *nd = yt != NULL ? ypath_get(yt->doc, path) : NULL;

	if (str != NULL)
		*str = nd != NULL && nd->kind == YNODE_SCALAR ? nd->str : NULL;
	if (n != NULL)
		*n = nd == NULL ? 0 : nd->kind == YNODE_MAP ? YMAP_LEN(nd) :
		    nd->nkid;
	if (line != NULL)
		*line = nd != NULL ? nd->pos.line : 0;
	return nd != NULL ? kind[nd->kind] : NASKAH_Y_NONE;
}

const char *
naskah_ytext_key(const struct naskah_ytext *yt, const char *path, size_t i)
{
	const struct ynode *nd = yt != NULL ? ypath_get(yt->doc, path) : NULL;

	return nd != NULL && nd->kind == YNODE_MAP && i < YMAP_LEN(nd) ?
	    YMAP_KEY(nd, i)->str : NULL;
}

void
naskah_ytext_free(struct naskah_ytext *yt)
{
	if (yt == NULL)
		return;
	ydoc_free(yt->doc);
	free(yt);
}

const char *
naskah_edit_kind_name(enum naskah_edit_kind k)
{
	return (unsigned)k < NASKAH_EDIT__MAX ? yedit_kind_names[k] : NULL;
}

char *
naskah_yaml_edit(struct naskah *ctx, const char *text, size_t len,
    const struct naskah_edit *ops, size_t nops, size_t *outlen)
{
	const struct xalloc_hook *prev = lib_enter(ctx, NULL);
	struct yedit_op *yo = xcalloc(nops + 1, sizeof(*yo));
	char *out;
	size_t i;

	for (i = 0; i < nops; i++) {
		yo[i].kind = (enum yedit_kind)ops[i].kind;
		yo[i].path = ops[i].path != NULL ? ops[i].path : "";
		yo[i].value = ops[i].value;
		yo[i].to = ops[i].to;
	}
	out = yedit_apply(text, len, yo, nops, outlen, &ctx->d);
	free(yo);
	lib_leave(prev);
	return out;
}
