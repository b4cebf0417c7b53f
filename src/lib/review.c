/* SPDX-License-Identifier: ISC */
/*
 * review.c - the reviewer in the library (naskah.h): naskah_review over
 * a document of any kind, with its template's and its own abaikan, and
 * the table of rules for naskah --aturan.
 */
#include "lib/lib.h"
#include "review/review.h"

/* The abaikan and the gaya.diktum of decree dc's template into rv (dc: a Keputusan or
 * Peraturan of kind k, or a book's decree when book); 0 after
 * reporting an error. */
static int
tpl_abaikan(struct naskah *ctx, struct review *rv,
    const struct naskah_decree *dc, const struct naskah_doc *doc)
{
	struct naskah_tpl *mine = NULL;
	const struct naskah_tpl *t;
	int ok;

	if (doc->book != NULL)
		t = tpl_decree(ctx, &dc->setup, 1, NULL, TPL_DECREE);
	else
		t = tpl_decree(ctx, &dc->setup, 1, &mine, doc->kind->own);
	if (t != NULL) {
		/* its messages name the template */
		const char *saved = rv->d->file;

		rv->d->file = t->file.path;
		ok = review_abaikan(rv, &t->abaikan);
		/* how a diktum refers to another (acuan-diktum) */
		rv->diktum = review_diktum_find(t->gaya_diktum);
		rv->d->file = saved;
	} else
		ok = 0;
	naskah_tpl_free(mine);
	return ok;
}

int
naskah_review(struct naskah *ctx, const struct naskah_doc *doc,
    unsigned flags)
{
	const struct xalloc_hook *prev = lib_enter(ctx, doc->name);
	const struct naskah_decree *dc = doc->decree;
	struct review rv;
	int ok = 1;

	if (dc == NULL && doc->book != NULL)
		dc = doc->book->decree;
	review_init(&rv, &ctx->d);
	rv.ketat = (flags & NASKAH_REVIEW_KETAT) != 0;
	/* the template's abaikan, the decree's, then a book's own: the
	 * nearer one wins */
	if (dc != NULL) {
		ok &= tpl_abaikan(ctx, &rv, dc, doc);
		/* a book's decree is its own file */
		if (dc->path != NULL)
			ctx->d.file = dc->path;
		ok &= review_abaikan(&rv, &dc->setup.abaikan);
		ctx->d.file = doc->name;
	}
	if (doc->setup != NULL && (dc == NULL || doc->setup != &dc->setup))
		ok &= review_abaikan(&rv, &doc->setup->abaikan);
	if (ok && dc != NULL) {
		if (dc->path != NULL)
			ctx->d.file = dc->path;
		review_decree(&rv, dc);
		ctx->d.file = doc->name;
	}
	/* a book's own tables and people; an LKjIP has no decree */
	if (ok && doc->book != NULL)
		review_book(&rv, doc->book, dc != NULL ? dc->path : NULL);
	lib_leave(prev);
	return ok ? (int)rv.count : -1;
}

size_t
naskah_rule_count(void)
{
	return RULE__MAX;
}

int
naskah_rule_info(size_t i, enum naskah_lang lang, struct naskah_rule *out)
{
	const struct review_rule_info *r;

	if (i >= RULE__MAX || (unsigned)lang >= NASKAH_LANG__MAX)
		return -1;
	r = &review_rules[i];
	out->name = r->name;
	out->family = review_family_names[r->family];
	out->severity = (enum naskah_severity)r->sev;
	out->source = r->source;
	out->text = naskah_msg_format(r->msg, lang);
	return 0;
}
