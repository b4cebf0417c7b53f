/* SPDX-License-Identifier: ISC */
/*
 * render_pdfa.c - issue 17: an archival PDF, PDF/A-2b (ISO 19005-2),
 * or PDF/A-3b (ISO 19005-3) when it carries its source files, which
 * PDF/A-2 allows only when they are PDF/A themselves.  libharu 2.3.0
 * knows PDF/A-1 only, and writes its metadata wrong (/SubType, XML not
 * escaped), so what PDF/A adds is made here with its dictionary API:
 *
 *	the header %PDF-1.7;
 *	catalog /Metadata: an XMP packet, not compressed, that says the
 *	  part and conformance and repeats the document information
 *	  (title, author, subject, keywords, producer, creator tool,
 *	  dates) with the same values;
 *	catalog /OutputIntents: sRGB IEC61966-2.1, with the ICC profile
 *	  shipped in color/ (icc-profiles-free, zlib licence);
 *	catalog /AF: the files carried (PDF/A-3), each with its
 *	  /AFRelationship (render_embed.c).
 *
 * The rest PDF/A asks of a naskah PDF it has already: fonts embedded
 * (subsets, with /CapHeight and a ToUnicode map), no encryption, no
 * JavaScript, a file /ID, links printable (/F 4, render_pdf.c).  No
 * validator (veraPDF) is packaged in Debian: README says what is checked.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hpdf.h>
#include <hpdf_conf.h>
#include <hpdf_objects.h>

#include "base/fileio.h"
#include "render/render_pdfa.h"

#define ICC_MAX	(1024 * 1024)	/* the profile's most bytes */

/* s onto b with XML's five characters escaped. */
static void
xml_text(struct naskah_buf *b, const char *s)
{
	for (; *s != '\0'; s++)
		switch (*s) {
		case '&': buf_adds(b, "&amp;"); break;
		case '<': buf_adds(b, "&lt;"); break;
		case '>': buf_adds(b, "&gt;"); break;
		case '"': buf_adds(b, "&quot;"); break;
		case '\'': buf_adds(b, "&apos;"); break;
		default: buf_addc(b, *s); break;
		}
}

/* <tag><rdf:KIND><rdf:li ...>s</rdf:li></rdf:KIND></tag> */
static void
xmp_list(struct naskah_buf *b, const char *tag, const char *kind,
    const char *s)
{
	buf_printf(b, "   <%s><rdf:%s><rdf:li%s>", tag, kind,
	    strcmp(kind, "Alt") == 0 ? " xml:lang=\"x-default\"" : "");
	xml_text(b, s);
	buf_printf(b, "</rdf:li></rdf:%s></%s>\n", kind, tag);
}

static void
xmp_prop(struct naskah_buf *b, const char *tag, const char *s)
{
	buf_printf(b, "   <%s>", tag);
	xml_text(b, s);
	buf_printf(b, "</%s>\n", tag);
}

/* The XMP packet of the information in, PDF/A part part. */
static void
xmp_make(struct naskah_buf *b, const struct pdfa_doc *in, int part)
{
	buf_adds(b, "<?xpacket begin=\"\xEF\xBB\xBF\" "
	    "id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
	    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
	    " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
	    "  <rdf:Description rdf:about=\"\"\n"
	    "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
	    "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
	    "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
	    "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
	buf_printf(b, "   <pdfaid:part>%d</pdfaid:part>\n"
	    "   <pdfaid:conformance>B</pdfaid:conformance>\n", part);
	xmp_list(b, "dc:title", "Alt", in->title);
	if (in->author != NULL)
		xmp_list(b, "dc:creator", "Seq", in->author);
	if (in->subject != NULL)
		xmp_list(b, "dc:description", "Alt", in->subject);
	if (in->keywords != NULL)
		xmp_prop(b, "pdf:Keywords", in->keywords);
	xmp_prop(b, "pdf:Producer", in->producer);
	xmp_prop(b, "xmp:CreatorTool", in->creator);
	if (in->date != NULL) {
		xmp_prop(b, "xmp:CreateDate", in->date);
		xmp_prop(b, "xmp:ModifyDate", in->date);
	}
	buf_adds(b, "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n"
	    "<?xpacket end=\"w\"?>");
}

int
pdfa_finish(HPDF_Doc pdf, const struct pdfa_doc *in, HPDF_Array af,
    const char **bad_path, const char **bad_why)
{
	struct naskah_buf x = { NULL, 0, 0 };
	HPDF_Dict meta, oi, icc;
	HPDF_Array intents;
	unsigned char *p;
	size_t len;
	int err, fd;

	/* the profile first: nothing is added when it cannot be read */
	if ((fd = naskah_open_regular(in->icc, &err)) < 0) {
		*bad_path = in->icc;
		*bad_why = naskah_file_error(err);
		return -1;
	}
	p = naskah_fd_read(fd, ICC_MAX, &len);
	close(fd);
	if (p == NULL || len > ICC_MAX || len < 128 ||
	    memcmp(p + 36, "acsp", 4) != 0) {
		free(p);
		*bad_path = in->icc;
		*bad_why = "not an ICC profile";
		return -1;
	}
	pdf->pdf_version = HPDF_VER_17;

	xmp_make(&x, in, af != NULL ? 3 : 2);
	meta = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
	HPDF_Dict_AddName(meta, "Type", "Metadata");
	HPDF_Dict_AddName(meta, "Subtype", "XML");
	HPDF_Stream_Write(meta->stream, (const HPDF_BYTE *)x.s,
	    (HPDF_UINT)x.len);
	HPDF_Dict_Add(pdf->catalog, "Metadata", meta);
	free(x.s);

	icc = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
	HPDF_Dict_AddNumber(icc, "N", 3);
	icc->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	HPDF_Stream_Write(icc->stream, p, (HPDF_UINT)len);
	free(p);
	oi = HPDF_Dict_New(pdf->mmgr);
	HPDF_Dict_AddName(oi, "Type", "OutputIntent");
	HPDF_Dict_AddName(oi, "S", "GTS_PDFA1");
	HPDF_Dict_Add(oi, "OutputConditionIdentifier",
	    HPDF_String_New(pdf->mmgr, "sRGB IEC61966-2.1", NULL));
	HPDF_Dict_Add(oi, "Info", HPDF_String_New(pdf->mmgr,
	    "sRGB IEC61966-2.1", NULL));
	HPDF_Dict_Add(oi, "DestOutputProfile", icc);
	intents = HPDF_Array_New(pdf->mmgr);
	HPDF_Array_Add(intents, oi);
	HPDF_Dict_Add(pdf->catalog, "OutputIntents", intents);
	if (af != NULL)
		HPDF_Dict_Add(pdf->catalog, "AF", af);
	return 0;
}
