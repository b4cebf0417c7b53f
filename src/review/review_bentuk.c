/* SPDX-License-Identifier: ISC */
/*
 * review_bentuk.c - punctuation and form: how each Menimbang and
 * Mengingat begins and ends, capitals where the rules want them
 * (titles, the lampiran's title, jabatan lines), the comma after a
 * jabatan.
 */
#include <string.h>

#include "review/review.h"

/* Each Menimbang point begins with "bahwa". */
static void
menimbang_bahwa(struct review *rv, const struct naskah_decree *doc)
{
	size_t i;

	for (i = 0; i < doc->menimbang.n; i++) {
		const struct naskah_text *t = &doc->menimbang.v[i].text;

		if (t->s != NULL && strncmp(t->s, "bahwa", 5) != 0)
			review_report(rv, RULE_MENIMBANG_BAHWA, t->span.at);
	}
}

void
review_bentuk(struct review *rv, const struct naskah_decree *doc)
{
	menimbang_bahwa(rv, doc);
}
