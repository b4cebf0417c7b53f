/* SPDX-License-Identifier: ISC */
/*
 * revise.c - what a decree that revokes (mencabut) or amends (mengubah)
 * an earlier one says about it, in the template's words: a diktum before
 * its last one, or its tentang.
 */
#include <stdlib.h>
#include <string.h>

#include "model/idn.h"
#include "model/revise.h"
#include "base/xalloc.h"

/* The index of the generated diktum in doc's, or diktum.n. */
static size_t
revise_at(const struct naskah_decree *doc)
{
	size_t i;

	for (i = 0; doc->mencabut.gen != NULL && i < doc->diktum.n; i++)
		if (doc->diktum.v[i].text.s == doc->mencabut.gen)
			return i;
	return doc->diktum.n;
}

void
naskah_revise(struct naskah_decree *doc, const struct naskah_tpl *t)
{
	static const char *const keys[] = { "{judul}", "{nomor}",
	    "{tanggal}", "{tentang}" };
	struct naskah_ref *r = &doc->mencabut;
	struct naskah_clause c;
	const char *vals[4];
	char *judul, *tentang, *tanggal;
	size_t at;

	if (doc->mengubah.present && doc->tentang.s == NULL) {
		vals[0] = doc->mengubah.judul.s;
		vals[1] = doc->mengubah.nomor.s;
		vals[2] = "";
		vals[3] = doc->mengubah.tentang.s;
		if (doc->mengubah.gen == NULL)
			doc->mengubah.gen = naskah_fill(t->kata_perubahan,
			    keys, vals, 4);
		doc->tentang.s = doc->mengubah.gen;
	}
	if (!r->present || revise_at(doc) < doc->diktum.n)
		return;
	if (r->gen != NULL)
		goto insert;
	judul = idn_title_case(r->judul.s);
	tentang = idn_title_case(r->tentang.s);
	tanggal = idn_date_format_as(&r->tanggal, "", &t->file.tanggal);
	vals[0] = judul;
	vals[1] = r->nomor.s;
	vals[2] = tanggal;
	vals[3] = tentang;
	r->gen = naskah_fill(t->kata_pencabutan, keys, vals, 4);
	free(judul);
	free(tentang);
	free(tanggal);
insert:
	/* before the last diktum ("... mulai berlaku pada tanggal
	 * ditetapkan."), or the last when there is one */
	memset(&c, 0, sizeof(c));
	c.text.s = r->gen;
	VEC_PUSH(doc->diktum.v, doc->diktum.n, doc->diktum.cap, c);
	at = doc->diktum.n > 1 ? doc->diktum.n - 2 : 0;
	memmove(&doc->diktum.v[at + 1], &doc->diktum.v[at],
	    (doc->diktum.n - 1 - at) * sizeof(c));
	doc->diktum.v[at] = c;
}

void
naskah_unrevise(struct naskah_decree *doc)
{
	size_t at = revise_at(doc);

	if (doc->mengubah.gen != NULL && doc->tentang.s == doc->mengubah.gen)
		doc->tentang.s = NULL;
	if (at == doc->diktum.n)
		return;
	memmove(&doc->diktum.v[at], &doc->diktum.v[at + 1],
	    (doc->diktum.n - at - 1) * sizeof(doc->diktum.v[0]));
	doc->diktum.n--;
}
