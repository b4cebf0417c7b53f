/* SPDX-License-Identifier: ISC */
/*
 * abaikan.c - a document's or a template's abaikan (load/abaikan.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "load/abaikan.h"

int
abaikan_load(struct schema *s, const struct ynode *root,
    struct naskah_abaikan *out)
{
	static const char *const levels[] = { "", "peringatan", "galat" };
	const struct ynode *n = ymap_get(root, "abaikan"), *it, *t;
	struct naskah_abaikan_item *a;
	char path[48], tpath[64];
	size_t i;
	int ok = 1, lv;

	if (n == NULL)
		return 1;
	if (!schema_list(s, n, "abaikan", 0))
		return 0;
	for (i = 0; i < n->nkid; i++) {
		it = n->kid[i];
		snprintf(path, sizeof(path), "abaikan[%zu]", i + 1);
		if (!schema_keys(s, it, path, KM_ABAIKAN)) {
			ok = 0;
			continue;
		}
		out->v = xgrow(out->v, &out->cap, out->n + 1,
		    sizeof(*out->v));
		a = &out->v[out->n];
		memset(a, 0, sizeof(*a));
		if (!schema_text_at(s, it, "aturan", path, 1, &a->aturan) ||
		    !schema_text_at(s, it, "alasan", path, 1, &a->alasan)) {
			ok = 0;
			continue;
		}
		a->tingkat = ABAIKAN_OFF;
		if ((t = ymap_get(it, "tingkat")) != NULL) {
			snprintf(tpath, sizeof(tpath), "%s.tingkat", path);
			if (!schema_choice(s, t, tpath, levels + 1, 2,
			    &lv)) {
				ok = 0;
				continue;
			}
			a->tingkat = (enum abaikan_tingkat)(lv + 1);
		}
		out->n++;
	}
	return ok;
}

void
abaikan_clear(struct naskah_abaikan *a)
{
	free(a->v);
	memset(a, 0, sizeof(*a));
}
