/* SPDX-License-Identifier: ISC */
/*
 * render_embed.c - issue 17: the document's own files inside its PDF,
 * so that the PDF alone gives back the YAML that made it (naskah
 * extract).  libharu 2.3.0's HPDF_AttachFile reads a path and names the
 * file by that path, with neither /UF nor /Params, so the objects are
 * made here with its dictionary API:
 *
 *	catalog /Names << /EmbeddedFiles << /Names [ key spec ... ] >> >>
 *	spec: << /Type /Filespec /F name /UF name /AFRelationship /Source
 *	         (the document's YAML) or /Data (what it names)
 *	         /Desc (naskah) /EF << /F stream >> >>
 *	stream: << /Type /EmbeddedFile /Subtype /application#2Fx-yaml
 *	           /Params << /Size n >> /Filter /FlateDecode >>
 *
 * One leaf holds every name (a name tree of one node), in the order the
 * caller gives, which is the names' order.  No /CreationDate, no
 * /ModDate, no /CheckSum of a clock: the same files, the same bytes.
 */
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_conf.h>
#include <hpdf_objects.h>

#include "render/render_embed.h"
#include "render/render_text.h"

/* The zlib level of the files carried: small texts, read rarely. */
#define EMBED_LEVEL	9

/* name as a PDF string: plain when it is ASCII, else a text string
 * (UTF-16BE after a byte order mark). */
static void *
name_string(HPDF_Doc pdf, const char *name, char **buf, size_t *cap)
{
	const unsigned char *p;

	for (p = (const unsigned char *)name; *p != '\0'; p++)
		if (*p < 0x20 || *p > 0x7E)
			return text_string(pdf->mmgr, buf, cap, name);
	return HPDF_String_New(pdf->mmgr, name, NULL);
}

/* The file specification of f, an indirect object with its stream. */
static HPDF_Dict
embed_one(HPDF_Doc pdf, const struct naskah_embed *f, char **buf,
    size_t *cap)
{
	HPDF_Dict spec, ef, params, st;

	st = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
	HPDF_Dict_AddName(st, "Type", "EmbeddedFile");
	HPDF_Dict_AddName(st, "Subtype", f->mime);
	params = HPDF_Dict_New(pdf->mmgr);
	HPDF_Dict_Add(st, "Params", params);
	HPDF_Dict_AddNumber(params, "Size", (HPDF_INT32)f->len);
	if (f->len > 0)
		HPDF_Stream_Write(st->stream, (const HPDF_BYTE *)f->data,
		    (HPDF_UINT)f->len);
	stream_deflate(st, EMBED_LEVEL, buf, cap);

	spec = HPDF_Dict_New(pdf->mmgr);
	HPDF_Xref_Add(pdf->xref, spec);
	HPDF_Dict_AddName(spec, "Type", "Filespec");
	HPDF_Dict_Add(spec, "F", name_string(pdf, f->name, buf, cap));
	HPDF_Dict_Add(spec, "UF", name_string(pdf, f->name, buf, cap));
	HPDF_Dict_AddName(spec, "AFRelationship", f->source ? "Source" :
	    "Data");
	HPDF_Dict_Add(spec, "Desc", HPDF_String_New(pdf->mmgr, f->source ?
	    "naskah: dokumen" : "naskah: berkas dokumen", NULL));
	ef = HPDF_Dict_New(pdf->mmgr);
	HPDF_Dict_Add(spec, "EF", ef);
	HPDF_Dict_Add(ef, "F", st);
	return spec;
}

void
embed_files(HPDF_Doc pdf, const struct naskah_embed *f, size_t n,
    HPDF_Array af, char **buf, size_t *cap)
{
	HPDF_Dict names, tree, spec;
	HPDF_Array leaf;
	size_t i;

	if (n == 0)
		return;
	names = HPDF_Dict_New(pdf->mmgr);
	HPDF_Dict_Add(pdf->catalog, "Names", names);
	tree = HPDF_Dict_New(pdf->mmgr);
	HPDF_Dict_Add(names, "EmbeddedFiles", tree);
	leaf = HPDF_Array_New(pdf->mmgr);
	HPDF_Dict_Add(tree, "Names", leaf);
	for (i = 0; i < n; i++) {
		HPDF_Array_Add(leaf, name_string(pdf, f[i].name, buf, cap));
		HPDF_Array_Add(leaf, spec = embed_one(pdf, &f[i], buf, cap));
		if (af != NULL)
			HPDF_Array_Add(af, spec);
	}
}
