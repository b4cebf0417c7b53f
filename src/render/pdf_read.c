/* SPDX-License-Identifier: ISC */
/*
 * pdf_read.c - issue 17: a PDF's embedded files, read with libqpdf's C
 * API (qpdf-c.h).  qpdf is a complete PDF reader (cross-reference
 * streams, object streams, incremental updates, repair of damaged
 * files); libharu writes PDFs only.  Only what the catalog's
 * /Names /EmbeddedFiles name tree reaches is read: at most
 * PDF_TREE_DEPTH levels, PDF_TREE_NODES nodes and PDF_TREE_NAMES
 * names of it, each name at most PDF_NAME_MAX bytes.  A stream is
 * taken raw and inflated here (FlateDecode, without predictors, is what
 * render_embed.c writes), so that no file is decoded past PDF_FILE_MAX
 * bytes; any other filter is refused rather than decoded unbounded.
 * The raw streams read count against PDF_FILES_MAX as the decoded
 * files do: nodes, names and streams may be shared, and a tree that
 * names one stream, or one long string, many times is refused once it
 * has cost that much rather than read again each time.
 *
 * qpdf (11.3) inflates cross-reference and object streams itself, whole
 * and without a bound, as it opens a file: a few MB of them can ask for
 * GBs.  naskah (libharu) writes neither, and naskah sign reads
 * neither, so a PDF that names either is refused before qpdf sees it.
 *
 * libqpdf is loaded with dlopen for each reading, not linked: linked,
 * it and what it needs (the C++ runtime, GnuTLS) would be loaded and
 * initialised by every naskah render too, twice the start-up time and
 * some 10 MiB of address space a run for nothing (naskah serve's
 * libmicrohttpd is loaded so for the same reason).  Its header gives
 * the prototypes; struct qapi holds the functions of one reading (no
 * global state: two threads may read at once).
 */
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include <qpdf/qpdf-c.h>
#include <zlib.h>

#include "base/xalloc.h"
#include "render/pdf_read.h"

#define PDF_TREE_DEPTH	32
#define PDF_TREE_NODES	100000
#define PDF_TREE_NAMES	10000	/* key and file specification pairs */
#define PDF_NAME_MAX	4096	/* bytes of a file's name, in UTF-8 */

/* The functions of libqpdf used, from dlsym. */
struct qapi {
	void		*lib;
	__typeof__(qpdf_init)	*init;
	__typeof__(qpdf_cleanup)	*cleanup;
	__typeof__(qpdf_silence_errors)	*silence_errors;
	__typeof__(qpdf_set_suppress_warnings)	*set_suppress_warnings;
	__typeof__(qpdf_read_memory)	*read_memory;
	__typeof__(qpdf_get_error)	*get_error;
	__typeof__(qpdf_get_error_message_detail)	*get_error_message_detail;
	__typeof__(qpdf_has_error)	*has_error;
	__typeof__(qpdf_get_root)	*get_root;
	__typeof__(qpdf_oh_get_key)	*oh_get_key;
	__typeof__(qpdf_oh_has_key)	*oh_has_key;
	__typeof__(qpdf_oh_is_null)	*oh_is_null;
	__typeof__(qpdf_oh_is_array)	*oh_is_array;
	__typeof__(qpdf_oh_get_array_n_items)	*oh_get_array_n_items;
	__typeof__(qpdf_oh_get_array_item)	*oh_get_array_item;
	__typeof__(qpdf_oh_is_name_and_equals)	*oh_is_name_and_equals;
	__typeof__(qpdf_oh_is_string)	*oh_is_string;
	__typeof__(qpdf_oh_get_binary_utf8_value)	*oh_get_binary_utf8_value;
	__typeof__(qpdf_oh_is_dictionary)	*oh_is_dictionary;
	__typeof__(qpdf_oh_is_stream)	*oh_is_stream;
	__typeof__(qpdf_oh_get_dict)	*oh_get_dict;
	__typeof__(qpdf_oh_get_stream_data)	*oh_get_stream_data;
};

/*
 * A program linked fully statically (make static's naskah-static) has
 * no dynamic section: libqpdf loaded into it would bring a second C
 * library, which corrupts the heap (seen: "double free" at once).
 */
extern int _DYNAMIC[] __attribute__((weak));

/* Load libqpdf into a; NULL, or what dlerror says. */
static const char *
qapi_load(struct qapi *a)
{
	static const char *const names[] = { "libqpdf.so.29", "libqpdf.so" };
	size_t i;

	if (_DYNAMIC == NULL)
		return "a statically linked naskah cannot load libqpdf: "
		    "use the dynamically linked one";

	for (i = 0; i < 2 && a->lib == NULL; i++)
		a->lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
	if (a->lib == NULL)
		return dlerror();
#define SYM(f)	\
	if ((*(void **)&a->f = dlsym(a->lib, "qpdf_" #f)) == NULL) \
		return dlerror();
	SYM(init)
	SYM(cleanup)
	SYM(silence_errors)
	SYM(set_suppress_warnings)
	SYM(read_memory)
	SYM(get_error)
	SYM(get_error_message_detail)
	SYM(has_error)
	SYM(get_root)
	SYM(oh_get_key)
	SYM(oh_has_key)
	SYM(oh_is_null)
	SYM(oh_is_array)
	SYM(oh_get_array_n_items)
	SYM(oh_get_array_item)
	SYM(oh_is_name_and_equals)
	SYM(oh_is_string)
	SYM(oh_get_binary_utf8_value)
	SYM(oh_is_dictionary)
	SYM(oh_is_stream)
	SYM(oh_get_dict)
	SYM(oh_get_stream_data)
#undef SYM
	return NULL;
}

struct reader {
	const struct qapi *a;
	qpdf_data	 q;
	const char	*name;
	struct pdf_files *out;
	struct naskah_diag *d;
	size_t		 nodes, names;
	size_t		 total;		/* bytes decoded so far */
	size_t		 raw;		/* bytes of raw streams read so far */
	int		 ok;
};

/* The PDF cannot be read, for why: a mistake of the PDF, or (sev
 * SEV_SYSTEM) of the system. */
static void
fail_sev(struct reader *r, enum naskah_sev sev, const char *why)
{
	struct naskah_pos none = { 0, 0, NULL };

	if (r->ok)
		naskah_diag(r->d, sev, none, MSG_PDF_SOURCE_READ, r->name,
		    why != NULL ? why : "?");
	r->ok = 0;
}

static void
fail(struct reader *r, const char *why)
{
	fail_sev(r, SEV_ERROR, why);
}

/*
 * in[0..n) (n below 4 GiB) inflated into a new buffer of at most max
 * bytes; NULL when it is not a zlib stream (*len 0) or would be larger
 * (*len max + 1).  At most max + 1 bytes are allocated or inflated.
 */
static unsigned char *
inflate_bounded(const unsigned char *in, size_t n, size_t max, size_t *len)
{
	z_stream z;
	unsigned char *out = NULL;
	size_t cap = 0;
	int rc = Z_OK;

	memset(&z, 0, sizeof(z));
	*len = 0;
	if (inflateInit(&z) != Z_OK)
		return NULL;
	z.next_in = (Bytef *)(uintptr_t)in;
	z.avail_in = (uInt)n;
	do {
		if (*len == cap) {
			if (cap > max)
				break;		/* max + 1 bytes: too large */
			cap = cap < 65536 ? 65536 : cap * 2;
			if (cap > max + 1)
				cap = max + 1;
			out = xrealloc(out, cap);
		}
		z.next_out = out + *len;
		z.avail_out = (uInt)(cap - *len);
		rc = inflate(&z, Z_NO_FLUSH);
		*len = cap - z.avail_out;
	} while (rc == Z_OK);
	inflateEnd(&z);
	if (*len > max || rc != Z_STREAM_END) {
		if (*len <= max)
			*len = 0;
		free(out);
		return NULL;
	}
	return out != NULL ? out : xcalloc(1, 1);
}

static int
is_delim(unsigned char c)
{
	return strchr(" \t\n\f\r()<>[]{}/%", c) != NULL || c == '\0';
}

static int
hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * Does s[0..len) hold the name /XRef or /ObjStm anywhere, its #xx
 * escapes decoded as qpdf decodes them?  All of it is scanned, strings
 * and stream data too: qpdf, repairing a damaged file, looks for
 * objects anywhere in it.  (So a text that reads /XRef or /ObjStm,
 * uncompressed, refuses the PDF too; naskah's are compressed.)
 */
static int
names_compressed(const unsigned char *s, size_t len)
{
	char name[8];
	size_t i, j, k;
	int hi, lo;

	for (i = 0; i < len; i++) {
		if (s[i] != '/')
			continue;
		for (j = i + 1, k = 0; j < len && !is_delim(s[j]) &&
		    k < sizeof(name); k++) {
			if (s[j] == '#' && j + 2 < len &&
			    (hi = hexval(s[j + 1])) >= 0 &&
			    (lo = hexval(s[j + 2])) >= 0) {
				name[k] = (char)(hi << 4 | lo);
				j += 3;
			} else
				name[k] = (char)s[j++];
		}
		if ((j == len || is_delim(s[j])) &&
		    ((k == 4 && memcmp(name, "XRef", 4) == 0) ||
		    (k == 6 && memcmp(name, "ObjStm", 6) == 0)))
			return 1;
		i = j - 1;	/* on at the delimiter, perhaps a '/' */
	}
	return 0;
}

/* Is the stream dictionary's filter none (0), FlateDecode alone (1), or
 * something else (-1)? */
static int
filter_of(const struct qapi *a, qpdf_data q, qpdf_oh dict)
{
	qpdf_oh f = a->oh_get_key(q, dict, "/Filter");

	if (a->oh_has_key(q, dict, "/DecodeParms") &&
	    !a->oh_is_null(q, a->oh_get_key(q, dict, "/DecodeParms")))
		return -1;
	if (a->oh_is_null(q, f))
		return 0;
	if (a->oh_is_array(q, f)) {
		if (a->oh_get_array_n_items(q, f) == 0)
			return 0;
		if (a->oh_get_array_n_items(q, f) != 1)
			return -1;
		f = a->oh_get_array_item(q, f, 0);
	}
	return a->oh_is_name_and_equals(q, f, "/FlateDecode") ? 1 : -1;
}

/* A text string's value as UTF-8 (caller frees), or NULL; NULL too
 * after failing r when it is over PDF_NAME_MAX bytes. */
static char *
utf8_of(struct reader *r, qpdf_oh s)
{
	const char *v;
	size_t n;

	if (!r->ok || !r->a->oh_is_string(r->q, s) ||
	    (v = r->a->oh_get_binary_utf8_value(r->q, s, &n)) == NULL)
		return NULL;
	if (n > PDF_NAME_MAX) {
		fail(r, "a file name too long");
		return NULL;
	}
	if (memchr(v, '\0', n) != NULL)
		return xstrdup("\t");	/* a NUL: a name never taken */
	return xstrdup(v);
}

/* The file specification spec, its key in the tree being key. */
static void
read_spec(struct reader *r, qpdf_oh key, qpdf_oh spec)
{
	qpdf_data q = r->q;
	qpdf_oh ef, st, rel;
	struct pdf_file f;
	unsigned char *raw = NULL;
	size_t rawlen = 0;
	int filt;

	if (!r->a->oh_is_dictionary(q, spec))
		return;
	ef = r->a->oh_get_key(q, spec, "/EF");
	st = r->a->oh_get_key(q, ef, "/UF");
	if (!r->a->oh_is_stream(q, st))
		st = r->a->oh_get_key(q, ef, "/F");
	if (!r->a->oh_is_stream(q, st))
		return;		/* a reference to a file outside: none */
	memset(&f, 0, sizeof(f));
	if ((f.name = utf8_of(r, r->a->oh_get_key(q, spec, "/UF"))) == NULL &&
	    (f.name = utf8_of(r, r->a->oh_get_key(q, spec, "/F"))) == NULL &&
	    (f.name = utf8_of(r, key)) == NULL) {
		if (!r->ok)
			return;
		f.name = xstrdup("");
	}
	rel = r->a->oh_get_key(q, spec, "/AFRelationship");
	f.source = r->a->oh_is_name_and_equals(q, rel, "/Source");
	filt = filter_of(r->a, q, r->a->oh_get_dict(q, st));
	if (filt < 0 || (r->a->oh_get_stream_data(q, st, qpdf_dl_none, NULL,
	    &raw, &rawlen) & QPDF_ERRORS) != 0) {
		free(raw);
		free(f.name);
		fail(r, filt < 0 ? "a filter other than FlateDecode" :
		    "a damaged stream");
		return;
	}
	if ((r->raw += rawlen) > PDF_FILES_MAX) {
		free(raw);
		free(f.name);
		fail(r, "a file larger than naskah reads");
		return;
	}
	if (filt == 1) {
		f.data = inflate_bounded(raw, rawlen, PDF_FILE_MAX, &f.len);
		free(raw);
	} else {
		f.data = raw != NULL ? raw : xcalloc(1, 1);
		f.len = rawlen;
	}
	if (f.data == NULL || f.len > PDF_FILE_MAX ||
	    (r->total += f.len) > PDF_FILES_MAX) {
		free(f.data);
		free(f.name);
		fail(r, f.data == NULL && f.len == 0 ? "a damaged stream" :
		    "a file larger than naskah reads");
		return;
	}
	VEC_PUSH(r->out->v, r->out->n, r->out->cap, f);
}

/* A node of the name tree and its kids. */
static void
read_tree(struct reader *r, qpdf_oh node, int depth)
{
	qpdf_data q = r->q;
	qpdf_oh arr;
	int i, n;

	if (!r->ok || !r->a->oh_is_dictionary(q, node))
		return;
	if (depth > PDF_TREE_DEPTH || ++r->nodes > PDF_TREE_NODES) {
		fail(r, "a name tree too deep or too large");
		return;
	}
	arr = r->a->oh_get_key(q, node, "/Names");
	if (r->a->oh_is_array(q, arr)) {
		n = r->a->oh_get_array_n_items(q, arr);
		for (i = 0; i + 1 < n && r->ok; i += 2) {
			if (++r->names > PDF_TREE_NAMES) {
				fail(r, "a name tree too deep or too large");
				return;
			}
			read_spec(r, r->a->oh_get_array_item(q, arr, i),
			    r->a->oh_get_array_item(q, arr, i + 1));
		}
	}
	arr = r->a->oh_get_key(q, node, "/Kids");
	if (r->a->oh_is_array(q, arr)) {
		n = r->a->oh_get_array_n_items(q, arr);
		for (i = 0; i < n && r->ok; i++)
			read_tree(r, r->a->oh_get_array_item(q, arr, i),
			    depth + 1);
	}
}

int
pdf_embedded(const void *buf, size_t len, const char *name,
    struct pdf_files *out, struct naskah_diag *d)
{
	struct reader r;
	struct qapi a;
	const char *why;
	qpdf_oh tree;

	memset(&r, 0, sizeof(r));
	memset(&a, 0, sizeof(a));
	r.a = &a;
	r.name = name;
	r.out = out;
	r.d = d;
	r.ok = 1;
	if ((why = qapi_load(&a)) != NULL) {
		fail_sev(&r, SEV_SYSTEM, why);
		if (a.lib != NULL)
			dlclose(a.lib);
		return 0;
	}
	if ((r.q = a.init()) == NULL)
		xalloc_oom();
	a.silence_errors(r.q);
	a.set_suppress_warnings(r.q, QPDF_TRUE);
	if (names_compressed(buf, len)) {
		fail(&r, "a cross-reference or object stream, which naskah "
		    "does not write");
	} else if ((a.read_memory(r.q, name, buf, len, "") & QPDF_ERRORS) != 0) {
		fail(&r, a.get_error_message_detail(r.q,
		    a.get_error(r.q)));
	} else {
		tree = a.oh_get_key(r.q, a.oh_get_key(r.q,
		    a.get_root(r.q), "/Names"), "/EmbeddedFiles");
		read_tree(&r, tree, 0);
		if (r.ok && a.has_error(r.q))
			fail(&r, a.get_error_message_detail(r.q,
			    a.get_error(r.q)));
	}
	a.cleanup(&r.q);
	dlclose(a.lib);
	if (!r.ok)
		pdf_files_clear(out);
	return r.ok;
}

void
pdf_files_clear(struct pdf_files *f)
{
	size_t i;

	if (f == NULL)
		return;
	for (i = 0; i < f->n; i++) {
		free(f->v[i].name);
		free(f->v[i].data);
	}
	free(f->v);
	memset(f, 0, sizeof(*f));
}
