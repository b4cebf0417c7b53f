/* SPDX-License-Identifier: ISC */
/*
 * keys_json.c - the JSON Schema (draft-07) of every document kind, from
 * the key table of keys.c and the descriptions naskah.5 gives its keys
 * (keydoc.inc): what `naskah schema` prints for editors such as VS
 * Code's YAML extension (yaml-language-server).
 *
 * The schema accepts what the loader accepts as a YAML 1.2 editor reads
 * it (a figure may be a number or a text, ya/tidak a text), and says
 * less than the loader checks: ranges, dates, NIP, references and what
 * a template allows are left to `naskah check`.
 */
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#include "base/xalloc.h"
#include "model/columns.h"
#include "model/template.h"
#include "load/keys.h"

struct keydoc {
	const char	*id;
	const char	*text;
};

/* sorted by id (tools/keydoc.py) */
static const struct keydoc keydocs[] = {
#include "load/keydoc.inc"
};

static int
keydoc_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct keydoc *)elem)->id);
}

const char *
keydoc_get(const char *doc)
{
	const struct keydoc *k;

	if (doc == NULL)
		return NULL;
	k = bsearch(doc, keydocs, sizeof(keydocs) / sizeof(keydocs[0]),
	    sizeof(keydocs[0]), keydoc_cmp);
	return k != NULL ? k->text : NULL;
}

/* s as a JSON string */
static void
json_str(struct naskah_buf *b, const char *s)
{
	buf_addc(b, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			buf_printf(b, "\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			buf_printf(b, "\\u%04x", (unsigned)*s);
		else
			buf_addc(b, *s);
	}
	buf_addc(b, '"');
}

/* "description": the entry doc of naskah.5 and a note, then a comma */
static void
json_desc(struct naskah_buf *b, const char *doc, const char *note)
{
	const char *t = keydoc_get(doc);
	char *both;

	if (t == NULL && note == NULL)
		return;
	both = xasprintf("%s%s%s", t ? t : "", t && note ? " " : "",
	    note ? note : "");
	buf_adds(b, "\"description\": ");
	json_str(b, both);
	buf_adds(b, ", ");
	free(both);
}

#define SCALAR	"\"type\": [\"string\", \"number\", \"boolean\"]"
#define TEXT	"{ " SCALAR ", \"pattern\": \"\\\\S\" }"
#define TEXT0	"{ \"type\": [\"string\", \"number\", \"boolean\", \"null\"] }"
#define INCLUDE	"{ \"type\": \"object\", \"properties\": { \"sertakan\": " \
		"{ \"$ref\": \"#/definitions/sertakan\" } }, " \
		"\"required\": [\"sertakan\"], \"additionalProperties\": false }"
#define YEARLY(v) "{ \"type\": \"object\", \"patternProperties\": " \
		"{ \"^[0-9]+$\": " v " }, \"additionalProperties\": false }"

/* name, its lower and its upper case: the loader ignores case */
static void
json_names(struct naskah_buf *b, const char *const *names, int n)
{
	char *v[3];
	int i, j, k, first = 1;
	size_t c;

	buf_adds(b, "\"enum\": [");
	for (i = 0; i < n; i++) {
		v[0] = xstrdup(names[i]);
		v[1] = xstrdup(names[i]);
		v[2] = xstrdup(names[i]);
		for (c = 0; v[0][c] != '\0'; c++) {
			v[1][c] = (char)tolower((unsigned char)v[1][c]);
			v[2][c] = (char)toupper((unsigned char)v[2][c]);
		}
		for (j = 0; j < 3; j++) {
			for (k = 0; k < j && strcmp(v[k], v[j]) != 0; k++)
				;
			if (k < j)
				continue;
			buf_adds(b, first ? "" : ", ");
			json_str(b, v[j]);
			first = 0;
		}
		/* a figure is a number to a YAML editor */
		if (strspn(names[i], "0123456789") == strlen(names[i]))
			buf_printf(b, ", %s", names[i]);
		for (j = 0; j < 3; j++)
			free(v[j]);
	}
	buf_adds(b, "]");
}

/* The names of the contents whose ISI_BIT is in allowed, as an enum. */
static void
json_colsel(struct naskah_buf *b, unsigned allowed)
{
	const char *names[ISI__MAX];
	int i, n = 0;

	for (i = 0; i < ISI__MAX; i++)
		if (allowed & ISI_BIT(i))
			names[n++] = naskah_isi_names[i];
	json_names(b, names, n);
}

static void
json_value(struct naskah_buf *b, const struct keydef *k)
{
	static const char *const bools[] = { "ya", "tidak", "yes", "no",
	    "on", "off", "true", "false" };
	const char *text = k->flags & KEY_NULL ? TEXT0 : TEXT;
	const char *ref = k->ref != KM_NONE ? keymap_get(k->ref)->name : "";

	buf_adds(b, "{ ");
	json_desc(b, k->doc, NULL);
	switch (k->type) {
	case KT_TEXT:
	case KT_DATE:
		buf_printf(b, "\"allOf\": [%s]", text);
		break;
	case KT_TEXTS:
		buf_printf(b, "\"anyOf\": [%s, { \"type\": \"array\", "
		    "\"items\": %s, \"minItems\": 1 }]", text, text);
		break;
	case KT_INT:
		buf_adds(b, "\"anyOf\": [{ \"type\": \"integer\" }, "
		    "{ \"type\": \"string\", \"pattern\": "
		    "\"^ *[-+]?[0-9]+ *$\" }]");
		break;
	case KT_NUM:
		buf_adds(b, "\"anyOf\": [{ \"type\": \"number\" }, "
		    "{ \"type\": \"string\", \"pattern\": "
		    "\"^ *[-+]?([0-9]+([.,][0-9]*)?|[.,][0-9]+) *$\" }]");
		break;
	case KT_BOOL:
		buf_adds(b, "\"anyOf\": [{ \"type\": \"boolean\" }, { ");
		json_names(b, bools, 8);
		buf_adds(b, " }]");
		break;
	case KT_CHOICE:
		json_names(b, k->names, k->nnames);
		break;
	case KT_MAP:
		buf_printf(b, "\"allOf\": [{ \"$ref\": \"#/definitions/%s\" }]",
		    ref);
		break;
	case KT_LIST:
		buf_adds(b, "\"anyOf\": [{ \"type\": \"array\", \"items\": ");
		if (k->ref == KM_NONE)	/* read by its own code alone */
			buf_adds(b, "{ \"description\": \"Diperiksa oleh "
			    "naskah check, tidak oleh skema ini.\" }");
		else if (k->flags & KEY_ITEM_TEXT)
			buf_printf(b, "{ \"anyOf\": [" TEXT ", { \"$ref\": "
			    "\"#/definitions/%s\" }] }", ref);
		else
			buf_printf(b, "{ \"$ref\": \"#/definitions/%s\" }", ref);
		buf_printf(b, "%s }, " INCLUDE "]", k->flags & KEY_NONEMPTY ?
		    ", \"minItems\": 1" : "");
		break;
	case KT_TEXT_OR_MAP:
		buf_printf(b, "\"anyOf\": [" TEXT ", { \"$ref\": "
		    "\"#/definitions/%s\" }]", ref);
		break;
	case KT_YEARLY:
		buf_adds(b, "\"allOf\": [" YEARLY(TEXT0) "]");
		break;
	case KT_TEXT_OR_YEARLY:
		buf_adds(b, "\"anyOf\": [" TEXT ", " YEARLY(TEXT) "]");
		break;
	case KT_EMPTY:
		buf_adds(b, "\"type\": [\"null\", \"object\"], "
		    "\"maxProperties\": 0");
		break;
	case KT_ANY:
		buf_adds(b, "\"type\": [\"null\", \"string\", \"number\", "
		    "\"boolean\", \"object\", \"array\"]");
		break;
	case KT_ROWS:
		buf_adds(b, "\"anyOf\": [{ \"type\": \"array\", \"items\": { "
		    "\"type\": \"array\", \"items\": " TEXT0 ", \"minItems\": 1 "
		    "}, \"minItems\": 1 }, " INCLUDE "]");
		break;
	case KT_LIST_OR_MAP:	/* the list of the mapping's first key */
		buf_printf(b, "\"anyOf\": [{ \"type\": \"array\", \"items\": "
		    "{ \"$ref\": \"#/definitions/%s\" }, \"minItems\": 1 }, "
		    "{ \"$ref\": \"#/definitions/%s\" }]",
		    keymap_get(keymap_get(k->ref)->keys[0].ref)->name, ref);
		break;
	case KT_COLSEL:		/* the names of the contents allowed */
		buf_adds(b, "\"anyOf\": [{ \"type\": \"array\", \"items\": { ");
		json_colsel(b, k->nnames < 0 ? NASKAH_IKU_COLUMNS :
		    naskah_ltable_allowed[k->nnames]);
		buf_adds(b, " }, \"minItems\": 1 }, " INCLUDE "]");
		break;
	case KT_TEMPLATE:
		buf_adds(b, "\"allOf\": [{ \"$ref\": "
		    "\"#/definitions/templat_ubah\" }]");
		break;
	case KT_MAP_FREE:
	default:
		buf_adds(b, "\"type\": \"object\"");
		break;
	}
	buf_adds(b, " }");
}

/*
 * issue 16: the keys of the templates, from model/template*.def, the
 * tables the template loader checks them with (load/template.c): a
 * text, one of choices ("a|b|c") or a number, section by section.
 */
enum tplkind { TK_TEXT, TK_CHOICE, TK_NUM };
struct tplkey {
	const char	*sec, *key;
	enum tplkind	 kind;
	const char	*choices;
};
#define T(s, k)			{ #s, #k, TK_TEXT, NULL },
#define C(s, k, ch)		{ #s, #k, TK_CHOICE, ch },
#define N(s, k, lo, hi)		{ #s, #k, TK_NUM, NULL },
#define OT(s, k, d)		T(s, k)
#define OC(s, k, ch, d)		C(s, k, ch)
#define ON(s, k, lo, hi, d)	N(s, k, lo, hi)
static const struct tplkey tplkeys[] = {
#include "model/template.def"
};
static const struct tplkey btplkeys[] = {
#include "model/template_buku.def"
};
static const struct tplkey ptplkeys[] = {
#include "model/template_perubahan.def"
};
#undef T
#undef C
#undef N
#undef OT
#undef OC
#undef ON

/* A template's sections that template.c reads with code of its own
 * (any value to the schema), NULL-ended: every template's, and the
 * decree's. */
static const char *const tplextra[] = { "susun", "tanggal", NULL };
static const char *const ktplextra[] = { "kolom_iku", "susun", "tanggal",
	"kop", "pembukaan", "peraturan", "abaikan", NULL };

/* The templates described: definitions.NAME from keys[0..n). */
static const struct tpldef {
	const char		*name, *what;
	const struct tplkey	*keys;
	size_t			 n;
	const char *const	*extra;
	int			 dasar;		/* a file: its dasar: */
} tpldefs[] = {
	{ "templat_ubah", "Kunci templat keputusan yang diubah untuk "
	    "dokumen ini saja, menurut bagian templatnya (naskah(5), "
	    "TEMPLATES).", tplkeys, sizeof(tplkeys) / sizeof(tplkeys[0]),
	    ktplextra, 0 },
	{ "templat_keputusan", "Berkas templat keputusan atau peraturan "
	    "(templates/keputusan.yaml; naskah(5), TEMPLATES); dengan "
	    "dasar: hanya kunci yang diubah.", tplkeys,
	    sizeof(tplkeys) / sizeof(tplkeys[0]), ktplextra, 1 },
	{ "templat_buku", "Berkas templat buku (templates/buku.yaml).",
	    btplkeys, sizeof(btplkeys) / sizeof(btplkeys[0]), tplextra, 1 },
	{ "templat_perubahan", "Berkas templat halaman daftar perubahan "
	    "naskah diff --pdf (templates/perubahan.yaml).", ptplkeys,
	    sizeof(ptplkeys) / sizeof(ptplkeys[0]), tplextra, 1 },
};

/* The value of one template key. */
static void
json_tplkey(struct naskah_buf *b, const struct tplkey *k)
{
	const char *p, *bar;
	char *names[32];
	int n = 0;

	if (k->kind == TK_TEXT)
		buf_adds(b, "{ " SCALAR " }");
	else if (k->kind == TK_NUM)
		buf_adds(b, "{ \"anyOf\": [{ \"type\": \"number\" }, "
		    "{ \"type\": \"string\", \"pattern\": "
		    "\"^ *[-+]?([0-9]+([.,][0-9]*)?|[.,][0-9]+) *$\" }] }");
	else {
		for (p = k->choices; n < 32; p = bar + 1) {
			bar = strchr(p, '|');
			names[n++] = bar != NULL ? xasprintf("%.*s",
			    (int)(bar - p), p) : xstrdup(p);
			if (bar == NULL)
				break;
		}
		buf_adds(b, "{ ");
		json_names(b, (const char *const *)names, n);
		buf_adds(b, " }");
		while (n > 0)
			free(names[--n]);
	}
}

/* definitions.NAME of template t: its sections, each a closed mapping. */
static void
json_template(struct naskah_buf *b, const struct tpldef *t)
{
	const struct tplkey *k = t->keys;
	size_t i, j;

	buf_adds(b, ",\n  ");
	json_str(b, t->name);
	buf_adds(b, ": { \"description\": ");
	json_str(b, t->what);
	buf_adds(b, ", \"type\": \"object\",\n    \"properties\": {\n");
	for (i = 0; i < t->n; i++) {
		for (j = 0; j < i && strcmp(k[j].sec, k[i].sec) != 0; j++)
			;
		if (j < i)	/* its section is written already */
			continue;
		buf_adds(b, "      ");
		json_str(b, k[i].sec);
		buf_printf(b, ": { \"description\": \"Bagian templat %s.\", "
		    "\"type\": \"object\", \"properties\": { ", k[i].sec);
		for (j = i; j < t->n; j++) {
			if (strcmp(k[j].sec, k[i].sec) != 0)
				continue;
			buf_adds(b, j > i ? ", " : "");
			json_str(b, k[j].key);
			buf_adds(b, ": ");
			json_tplkey(b, &k[j]);
		}
		buf_adds(b, " }, \"additionalProperties\": false },\n");
	}
	for (i = 0; t->extra[i] != NULL; i++) {
		buf_adds(b, "      ");
		json_str(b, t->extra[i]);
		buf_printf(b, ": { \"description\": \"Bagian templat %s; "
		    "diperiksa oleh naskah check.\" },\n", t->extra[i]);
	}
	if (t->dasar)
		buf_adds(b, "      \"dasar\": { \"description\": \"Templat "
		    "yang dibaca lebih dulu: nama templat bawaan atau nama "
		    "berkas.\", " SCALAR " },\n");
	buf_adds(b, "      \"sertakan\": { \"$ref\": \"#/definitions/"
	    "sertakan\" }\n    },\n    \"additionalProperties\": false\n  }");
}

/* The required keys of m whose flags meet req, as a JSON list. */
static int
json_required(struct naskah_buf *b, const struct keymap *m, unsigned req)
{
	const struct keydef *k;
	int n = 0;

	for (k = m->keys; k->name != NULL; k++)
		if (k->flags & req) {
			buf_adds(b, n++ ? ", " : "[");
			json_str(b, k->name);
		}
	if (n > 0)
		buf_adds(b, "]");
	return n;
}

/* definitions.NAME: the mapping m */
static void
json_map(struct naskah_buf *b, const struct keymap *m, enum keymap_id id)
{
	const struct keydef *k;
	struct naskah_buf r = { NULL, 0, 0 };

	json_str(b, m->name);
	buf_adds(b, ": {\n    ");
	json_desc(b, m->doc, m->note);
	buf_adds(b, "\"type\": \"object\",\n    \"properties\": {\n");
	for (k = m->keys; k->name != NULL; k++) {
		buf_adds(b, "      ");
		json_str(b, k->name);
		buf_adds(b, ": ");
		json_value(b, k);
		buf_adds(b, ",\n");
	}
	buf_adds(b, "      \"sertakan\": { \"$ref\": "
	    "\"#/definitions/sertakan\" }\n    },\n"
	    "    \"additionalProperties\": false");
	/* what an included file holds is not known here */
	if (json_required(&r, m, KEY_REQ) > 0)
		buf_printf(b, ",\n    \"if\": { \"not\": { \"required\": "
		    "[\"sertakan\"] } },\n    \"then\": { \"required\": %s }",
		    r.s);
	buf_free(&r);
	if (m->one)
		buf_adds(b, ",\n    \"minProperties\": 1, "
		    "\"maxProperties\": 1");
	for (k = m->keys; k->name != NULL; k++)
		if (k->flags & KEY_WITH_PREV && k > m->keys) {
			buf_adds(b, ",\n    \"dependencies\": { ");
			json_str(b, k->name);
			buf_adds(b, ": [");
			json_str(b, k[-1].name);
			buf_adds(b, "] }");
		}
	/* a decree that amends another takes its tentang from there */
	if (id == KM_DECREE && json_required(&r, keymap_get(KM_KEPUTUSAN),
	    KEY_REQ_NEW) > 0)
		buf_printf(b, ",\n    \"allOf\": [{ \"if\": { \"not\": { "
		    "\"required\": [\"mengubah\"] } }, \"then\": { "
		    "\"properties\": { \"keputusan\": { \"if\": { \"not\": { "
		    "\"required\": [\"sertakan\"] } }, \"then\": { "
		    "\"required\": %s } } } } }]", r.s);
	buf_free(&r);
	buf_adds(b, "\n  }");
}

void
keys_schema(struct naskah_buf *b)
{
	int i;

	buf_adds(b, "{\n  \"$schema\": \"http://json-schema.org/draft-07/"
	    "schema#\",\n  \"title\": \"naskah\",\n  \"description\": "
	    "\"Dokumen naskah(1) seperti diuraikan naskah(5): keputusan "
	    "(jenis: keputusan), peraturan (jenis: peraturan), buku IKU "
	    "(jenis: buku) atau lampiran LKjIP (jenis: lkjip-lampiran).  "
	    "Ditulis oleh naskah schema.\",\n"
	    "  \"type\": \"object\",\n"
	    "  \"if\": { \"properties\": { \"jenis\": { \"const\": "
	    "\"peraturan\" } }, \"required\": [\"jenis\"] },\n"
	    "  \"then\": { \"$ref\": \"#/definitions/peraturan_dokumen\" },\n"
	    "  \"else\": {\n    \"if\": { \"properties\": { \"jenis\": { "
	    "\"const\": \"buku\" } }, \"required\": [\"jenis\"] },\n"
	    "    \"then\": { \"$ref\": \"#/definitions/buku_dokumen\" },\n"
	    "    \"else\": {\n      \"if\": { \"properties\": { \"jenis\": "
	    "{ \"const\": \"lkjip-lampiran\" } }, \"required\": "
	    "[\"jenis\"] },\n      \"then\": { \"$ref\": "
	    "\"#/definitions/lkjip_dokumen\" },\n      \"else\": { \"$ref\": "
	    "\"#/definitions/keputusan_dokumen\" }\n    }\n  },\n"
	    "  \"definitions\": {\n  \"sertakan\": { \"description\": "
	    "\"Nama berkas, atau daftar nama berkas, dihitung dari folder "
	    "berkas ini: kunci-kunci pemetaannya ditambahkan di sini, atau "
	    "daftarnya menggantikan pemetaan ini (naskah(5), INCLUDING "
	    "FILES).  Isi berkas yang disertakan diperiksa oleh naskah "
	    "check, tidak oleh skema ini.\", \"anyOf\": [" TEXT ", { \"type\": \"array\", "
	    "\"items\": " TEXT ", \"minItems\": 1 }] }");
	for (i = KM_NONE + 1; i < KM__MAX; i++) {
		buf_adds(b, ",\n  ");
		json_map(b, keymap_get((enum keymap_id)i), (enum keymap_id)i);
	}
	/* issue 16: the templates' keys, templat_ubah's among them */
	for (i = 0; i < (int)(sizeof(tpldefs) / sizeof(tpldefs[0])); i++)
		json_template(b, &tpldefs[i]);
	/* a file of IKU rows alone, for its modeline to name:
	 * $schema=naskah.schema.json#/definitions/iku_daftar */
	buf_printf(b, ",\n  \"iku_daftar\": { \"description\": \"Berkas "
	    "baris-baris IKU yang disertakan dokumen (sertakan): daftar "
	    "baris seperti iku sebuah lampiran.\", \"anyOf\": [{ \"type\": \"array\", "
	    "\"items\": { \"$ref\": \"#/definitions/%s\" }, \"minItems\": 1 "
	    "}, " INCLUDE "] }", keymap_get(KM_IKU)->name);
	buf_adds(b, "\n  }\n}\n");
}
