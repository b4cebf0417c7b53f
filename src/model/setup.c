/* SPDX-License-Identifier: ISC */
/*
 * setup.c - the names of the page set-up's choices (setup.h).
 */
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "model/setup.h"

const char *const naskah_paper_names[PAPER__MAX] = {
	[PAPER_F4] = "F4",
	[PAPER_F4_210] = "F4-210",
	[PAPER_A4] = "A4",
};

const char *const naskah_family_names[FAMILY__MAX] = {
	[FAMILY_BOOKMAN] = "bookman",
	[FAMILY_ARIAL] = "arial",
	[FAMILY_TIMES] = "times",
	[FAMILY_CUSTOM] = "custom",
};

/* The values of a template's kop.jenis (issue 14). */
const char *const naskah_kop_jenis_names[KOP__MAX] = {
	[KOP_INSTANSI] = "instansi",
	[KOP_KEPALA_DAERAH] = "kepala_daerah",
};

/* Keys of huruf: when it names one .ttf per face. */
const char *const naskah_face_names[FACE__MAX + 1] = {
	[FACE_REGULAR] = "biasa",
	[FACE_BOLD] = "tebal",
	[FACE_ITALIC] = "miring",
	[FACE_BOLDITALIC] = "tebal_miring",
	[FACE__MAX] = NULL,
};

void
naskah_setup_clear(struct naskah_setup *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->ntplkeys; i++)
		free(s->tplkeys[i].key);
	free(s->tplkeys);
	free(s->dir);
	free(s->confine);
	free(s->title);
	free(s->kop.alamat.v);
	free(s->abaikan.v);
	memset(s, 0, sizeof(*s));
}

void
naskah_setup_free(struct naskah_setup *s)
{
	naskah_setup_clear(s);
	free(s);
}

void
naskah_info_make(struct naskah_info *out, const struct naskah_setup *su,
    const char *judul, const char *tentang, const char *jabatan)
{
	memset(out, 0, sizeof(*out));
	if (su->meta_title.s)
		out->title = xstrdup(su->meta_title.s);
	else if (su->title != NULL)
		out->title = xstrdup(su->title);
	else if (judul != NULL)
		out->title = xasprintf("%s %s", judul, tentang);
	else
		out->title = xstrdup("");
	if (su->meta_subject.s || tentang)
		out->subject = su->meta_subject.s ? su->meta_subject.s : tentang;
	if (su->meta_author.s || su->has_kop || jabatan)
		out->author = su->meta_author.s ? su->meta_author.s :
		    su->has_kop ? su->kop.instansi.s : jabatan;
	out->keywords = su->meta_keywords.s;
	out->has_date = su->has_meta_date;
	out->date = su->meta_date;
}

void
naskah_info_konsep(struct naskah_info *info, const char *word)
{
	char *t = xasprintf("[%s] %s", word, info->title != NULL ?
	    info->title : "");

	free(info->title);
	info->title = t;
}

void
naskah_info_clear(struct naskah_info *info)
{
	if (info == NULL)
		return;
	free(info->title);
	memset(info, 0, sizeof(*info));
}
