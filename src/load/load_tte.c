/* SPDX-License-Identifier: ISC */
/*
 * load_tte.c - penandatangan.tte (issue 17): what the QR code of an
 * electronically signed document holds, and whether its footer begins
 * with the UU ITE sentence; status: konsep and the paraf of a draft.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "load/load_tte.h"
#include "base/xalloc.h"

/* Is s an http or https address without spaces or control characters? */
static int
tautan_ok(const char *s)
{
	const unsigned char *p;

	if (strncasecmp(s, "https://", 8) == 0)
		s += 8;
	else if (strncasecmp(s, "http://", 7) == 0)
		s += 7;
	else
		return 0;
	if (*s == '\0' || *s == '/')
		return 0;	/* no host */
	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p <= ' ' || *p == 0x7F)
			return 0;
	return 1;
}

int
naskah_tte_load(struct schema *s, const struct ynode *m,
    struct naskah_tte *out)
{
	const struct ynode *n = ymap_get(m, "tte");
	size_t len;
	int ok;

	memset(out, 0, sizeof(*out));
	out->uu_ite = -1;
	if (n == NULL)
		return 1;
	if (!schema_keys(s, n, "penandatangan.tte", KM_TTE))
		return 0;
	out->present = 1;
	out->pos = n->pos;
	ok = schema_text_at(s, n, "tautan", "penandatangan.tte", 1,
	    &out->tautan);
	if (ymap_get(n, "uu_ite") != NULL)
		ok &= schema_opt_bool(s, n, "uu_ite", "penandatangan.tte",
		    &out->uu_ite);
	if (!ok || out->tautan.s == NULL)
		return 0;
	n = ymap_get(n, "tautan");
	if (!tautan_ok(out->tautan.s)) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_TTE_TAUTAN,
		    "penandatangan.tte.tautan", out->tautan.s);
		return 0;
	}
	if ((len = strlen(out->tautan.s)) > TTE_TAUTAN_MAX) {
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_TTE_PANJANG,
		    "penandatangan.tte.tautan", (int)len, TTE_TAUTAN_MAX);
		return 0;
	}
	return 1;
}

int
ttekata_load(struct schema *s, const struct ynode *root,
    struct naskah_ttekata *out)
{
	static const char *const keys[] = { "keterangan", "catatan_kaki",
	    "uu_ite", "cetak_uu_ite", "ukuran", "qr_lebar", NULL };
	static const struct naskah_ttekata def = NASKAH_TTEKATA_DEFAULT;
	const char **v[] = { &out->keterangan, &out->catatan_kaki,
	    &out->uu_ite };
	const struct ynode *sec = ymap_get(root, "tte"), *n;
	struct naskah_text txt;
	size_t i;
	int ok = 1;

	*out = def;
	if (sec == NULL)
		return 1;
	if (!schema_map(s, sec, "tte", keys, NULL))
		return 0;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		if (ymap_get(sec, keys[i]) == NULL)
			continue;
		/* only the words beside the QR code may be left out */
		if (schema_opt_text(s, sec, keys[i], "tte", i != 0, &txt))
			*v[i] = txt.s;
		else
			ok = 0;
	}
	ok &= schema_opt_bool(s, sec, "cetak_uu_ite", "tte",
	    &out->cetak_uu_ite);
	if ((n = ymap_get(sec, "ukuran")) != NULL)
		ok &= schema_num(s, n, "tte.ukuran", 6, 12, &out->ukuran);
	if ((n = ymap_get(sec, "qr_lebar")) != NULL)
		ok &= schema_num(s, n, "tte.qr_lebar", 15, 40,
		    &out->qr_lebar);
	return ok;
}

int
naskah_konsep_load(struct schema *s, const struct ynode *root,
    struct naskah_decree *doc)
{
	static const char *const status[] = { "final", "konsep" };
	const struct ynode *n = ymap_get(root, "status"), *it;
	char *path;
	size_t i;
	int ok = 1, st = 0;

	if (n != NULL && schema_choice(s, n, "status", status, 2, &st))
		doc->konsep = st == 1;
	else if (n != NULL)
		ok = 0;
	if ((n = ymap_get(root, "paraf")) == NULL)
		return ok;
	if (!schema_list(s, n, "paraf", 1))
		return 0;
	doc->paraf = xcalloc(n->nkid, sizeof(*doc->paraf));
	doc->nparaf = n->nkid;
	for (i = 0; i < n->nkid; i++) {
		it = n->kid[i];
		path = xasprintf("paraf[%zu]", i + 1);
		if (schema_keys(s, it, path, KM_PARAF))
			ok &= schema_opt_text(s, it, "jabatan", path, 1,
			    &doc->paraf[i].jabatan) &
			    schema_opt_text(s, it, "nama", path, 1,
			    &doc->paraf[i].nama);
		else
			ok = 0;
		free(path);
	}
	return ok;
}

int
konsepkata_load(struct schema *s, const struct ynode *root,
    struct naskah_konsepkata *out)
{
	static const char *const keys[] = { "tanda", "no", "jabatan", "nama",
	    "paraf", "ukuran", NULL };
	static const struct naskah_konsepkata def = NASKAH_KONSEPKATA_DEFAULT;
	const char **v[] = { &out->tanda, &out->no, &out->jabatan,
	    &out->nama, &out->paraf };
	const struct ynode *sec = ymap_get(root, "konsep"), *n;
	struct naskah_text txt;
	size_t i;
	int ok = 1;

	*out = def;
	if (sec == NULL)
		return 1;
	if (!schema_map(s, sec, "konsep", keys, NULL))
		return 0;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		if (ymap_get(sec, keys[i]) == NULL)
			continue;
		if (schema_opt_text(s, sec, keys[i], "konsep", 1, &txt))
			*v[i] = txt.s;
		else
			ok = 0;
	}
	if ((n = ymap_get(sec, "ukuran")) != NULL)
		ok &= schema_num(s, n, "konsep.ukuran", 6, 12, &out->ukuran);
	return ok;
}
