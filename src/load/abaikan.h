/* SPDX-License-Identifier: ISC */
/*
 * abaikan.h - the loader of abaikan (model/abaikan.h), a document's
 * and a decree template's: a list of { aturan: NAME, alasan: WHY,
 * tingkat: galat | peringatan }, tingkat optional (absent: the rule is
 * switched off), alasan required.  The names are the reviewer's to
 * resolve.
 */
#ifndef NASKAH_LOAD_ABAIKAN_H
#define NASKAH_LOAD_ABAIKAN_H
#include "load/schema.h"
#include "model/abaikan.h"

/* The abaikan under key "abaikan" of mapping root (absent: nothing)
 * into out; 0 after reporting what is wrong. */
int	abaikan_load(struct schema *s, const struct ynode *root,
	    struct naskah_abaikan *out);
void	abaikan_clear(struct naskah_abaikan *a);

#endif
