/* SPDX-License-Identifier: ISC */
/*
 * naskah.h - libnaskah, the one public header.
 *
 * libnaskah turns a YAML description of an Indonesian official document
 * (a Keputusan with its Lampiran, an IKU book, the LKjIP appendix) into
 * a print-ready PDF that follows the Tata Naskah Dinas.
 *
 *	YAML --open/parse--> naskah_doc --layout--> naskah_layout
 *	     --render--> PDF bytes through a write callback
 *
 * A context (struct naskah) holds what is loaded once and reused for
 * every document made with it: the templates, the fonts and their
 * metrics, the hyphenation patterns.  Everything the library has to say
 * reaches the caller as a structured message through the context's
 * message callback; the library never prints, never exits, never opens
 * a path it was not given (a document's own files are named by the
 * document, relative to its base directory, and confined to the
 * context's root when one is set), and keeps no global mutable state:
 * two contexts may be used from two threads at once; one context, and
 * what was made with it, from one thread at a time.
 *
 * Every function that returns an object returns NULL after reporting
 * why through the message callback; every _free accepts NULL.  An
 * object made with a context must be freed before the context.
 */
#ifndef NASKAH_H
#define NASKAH_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && defined(NASKAH_SHARED_BUILD)
#define NASKAH_API __declspec(dllexport)
#elif defined(__GNUC__)
#define NASKAH_API __attribute__((visibility("default")))
#else
#define NASKAH_API
#endif

/* How bad a message is, ordered; the command line exits with the
 * worst one's value (0 when there were only warnings). */
enum naskah_severity {
	NASKAH_WARNING = 0,	/* reported; the document is still made */
	NASKAH_ERROR = 1,	/* a mistake in the document */
	NASKAH_USAGE = 2,	/* a mistake of the caller (bad option) */
	NASKAH_SYSTEM = 3,	/* I/O, a file, a library, memory */
	NASKAH_SEVERITY__MAX
};

/* The language of messages (and of nothing else: a document's words
 * are its own and its template's). */
enum naskah_lang {
	NASKAH_LANG_ID = 0,	/* Bahasa Indonesia, the default */
	NASKAH_LANG_EN,
	NASKAH_LANG__MAX
};

/* One message, valid only during the callback. */
struct naskah_message {
	enum naskah_severity severity;
	const char	*file;	/* the file it is about, or NULL */
	int		 line;	/* 1-based; 0 when there is no position */
	int		 column;	/* 1-based, in characters; 0: none */
	const char	*id;	/* stable name of the message, e.g.
				 * "LOGO_OPEN", the same in every language */
	const char	*text;	/* the message in the context's language,
				 * without file, position and severity */
	/* (added with the reviewer, naskah_review; kept last) */
	const char	*rule;	/* a finding's rule, e.g. "menimbang-bahwa";
				 * NULL for every other message */
	const char	*fix;	/* a finding's suggested replacement of the
				 * offending text: the whole value (the
				 * YAML scalar) the finding is in, as the
				 * rule would write it; or NULL */
};

typedef void	(*naskah_message_fn)(void *arg,
		    const struct naskah_message *msg);
/*
 * Where output bytes go: return 0 when all len bytes were taken, -1
 * otherwise (the library then stops and reports NASKAH_SYSTEM, with
 * errno as the callback left it).
 */
typedef int	(*naskah_write_fn)(void *arg, const void *buf, size_t len);
/*
 * Called when memory runs out.  It may end the program or jump away;
 * if it returns, or none is set, the library calls abort().
 */
typedef void	(*naskah_oom_fn)(void *arg);

struct naskah_options {
	/* where templates/, fonts/ and hyphen/ are; NULL: the directory
	 * the library was installed with (pkg-config's datadir) */
	const char		*datadir;
	/* a decree template used instead of the one a document names
	 * or the default; NULL: none */
	const char		*decree_template;
	/* every file a document names (sertakan, templat, huruf, logo,
	 * gambar, berkas) must lie in this tree; NULL: anywhere */
	const char		*root;
	enum naskah_lang	 lang;
	naskah_message_fn	 message;	/* NULL: messages dropped */
	void			*message_arg;
	naskah_oom_fn		 oom;		/* NULL: abort() */
	void			*oom_arg;
	/* (issue 17; kept last) 1: the PDFs naskah_render writes carry
	 * no source files, as if every document said sumber: tidak */
	int			 no_source;
	/* (issue 17) 1: every PDF is archival, PDF/A (as if every
	 * document said arsip: ya; naskah(5) ARCHIVAL PDF) */
	int			 pdfa;
};

struct naskah;			/* a context */
struct naskah_doc;		/* a loaded document of any kind */
struct naskah_layout;		/* its pages of positioned boxes */
struct naskah_diff;		/* the changes from one decree to another */

/* The library's version, "MAJOR.MINOR.PATCH". */
NASKAH_API const char	*naskah_version(void);

/*
 * A new context with opts (copied; NULL: all defaults).  Nothing is
 * loaded yet: fonts, patterns and templates are loaded when a document
 * first needs them and kept for the next.  NULL only when opts are
 * wrong (reported through opts->message).
 */
NASKAH_API struct naskah *naskah_new(const struct naskah_options *opts);
NASKAH_API void		 naskah_free(struct naskah *ctx);

/*
 * The worst severity reported through ctx since it was made or last
 * cleared, or -1 when nothing was reported; naskah_status_clear starts
 * over (e.g. between the files of a batch).
 */
NASKAH_API int		 naskah_status(const struct naskah *ctx);
NASKAH_API void		 naskah_status_clear(struct naskah *ctx);

/*
 * A document from the YAML file at path (with the files it includes).
 * Its relative file names are relative to path's directory.
 */
NASKAH_API struct naskah_doc *naskah_doc_open(struct naskah *ctx,
		    const char *path);
/*
 * A document from len bytes of YAML in memory.  name is what messages
 * call it (e.g. "<stdin>"); basedir is where its relative file names
 * point (NULL or "": the current directory).
 */
NASKAH_API struct naskah_doc *naskah_doc_parse(struct naskah *ctx,
		    const void *buf, size_t len, const char *name,
		    const char *basedir);
/* Its kind, the value of jenis: "keputusan", "buku", "lkjip-lampiran",
 * "peraturan". */
NASKAH_API const char	*naskah_doc_kind(const struct naskah_doc *doc);
NASKAH_API void		 naskah_doc_free(struct naskah_doc *doc);

/*
 * Issue 16, naskah serve's form mode: a YAML text read for its values
 * by path, and edits of it that change only what they name (naskah(3)
 * EDITS).  A path is keys joined by '.' and list items as [N] from 0:
 * "penandatangan.nama", "menimbang[2]", "[3].target.2024", "" the
 * whole text.
 */
struct naskah_ytext;
enum naskah_ykind {
	NASKAH_Y_NONE = 0,	/* nothing at that path */
	NASKAH_Y_TEXT,
	NASKAH_Y_LIST,
	NASKAH_Y_MAP,
	NASKAH_Y__MAX
};
/* The text parsed (no includes followed); NULL after its errors. */
NASKAH_API struct naskah_ytext *naskah_ytext_parse(struct naskah *ctx,
		    const char *text, size_t len);
/* What is at path: *str a text's value (valid while yt lives), *n a
 * list's items or a mapping's keys, *line the line it starts on; each
 * may be NULL. */
NASKAH_API enum naskah_ykind naskah_ytext_get(const struct naskah_ytext *yt,
		    const char *path, const char **str, size_t *n, int *line);
/* Key i of the mapping at path, or NULL. */
NASKAH_API const char	*naskah_ytext_key(const struct naskah_ytext *yt,
		    const char *path, size_t i);
NASKAH_API void		 naskah_ytext_free(struct naskah_ytext *yt);

enum naskah_edit_kind {
	NASKAH_EDIT_SET = 0,	/* the text at path becomes value (a
				 * missing key is added) */
	NASKAH_EDIT_INSERT,	/* "list[k]": a new item k, value, or a
				 * copy of its neighbour when NULL */
	NASKAH_EDIT_DELETE,	/* "list[k]": item k goes */
	NASKAH_EDIT_MOVE,	/* "list[k]": item k becomes item to */
	NASKAH_EDIT__MAX
};
struct naskah_edit {
	enum naskah_edit_kind kind;
	const char	*path;
	const char	*value;
	size_t		 to;
};
/* Its name: "set", "insert", "delete", "move" (NULL out of range). */
NASKAH_API const char	*naskah_edit_kind_name(enum naskah_edit_kind k);
/*
 * Apply ops in order to text[0..len): the new text (caller frees with
 * free; *outlen its length), equal to text byte for byte outside what
 * the edits change; each result is parsed again and must read back as
 * asked.  NULL after reporting why (the text's own YAML errors among
 * them): then nothing is applied.
 */
NASKAH_API char		*naskah_yaml_edit(struct naskah *ctx, const char *text,
		    size_t len, const struct naskah_edit *ops, size_t nops,
		    size_t *outlen);

/*
 * Pages of positioned boxes for doc, laid out with ctx's fonts and
 * templates (a revision's generated words included).  The layout
 * refers to doc: free it first.
 */
NASKAH_API struct naskah_layout *naskah_layout(struct naskah *ctx,
		    const struct naskah_doc *doc);
NASKAH_API void		 naskah_layout_free(struct naskah_layout *l);
/* How many pages it has. */
NASKAH_API size_t	 naskah_layout_pages(const struct naskah_layout *l);
/*
 * The i-th file read to make l (the YAML and what it includes,
 * templates, fonts, pictures, patterns, decrees revoked or amended), or
 * NULL past the last: a caller writing a PDF must not write over them.
 */
NASKAH_API const char	*naskah_layout_input(const struct naskah_layout *l,
		    size_t i);

/*
 * Write l as a PDF through write.  The same document and context give
 * the same bytes on every machine.  Returns 0, or -1: after reporting
 * why (a font or picture that changed since the layout), or when write
 * failed, which the caller's write knows best and reports itself.
 */
NASKAH_API int		 naskah_render(struct naskah *ctx,
		    const struct naskah_layout *l, naskah_write_fn write,
		    void *arg);

/*
 * Text dumps for tests and for looking inside: the document tree as the
 * loader understood it, and the layout's boxes with its statistics.
 * Returns 0, or -1 when write failed.
 */
NASKAH_API int		 naskah_dump_doc(const struct naskah_doc *doc,
		    naskah_write_fn write, void *arg);
NASKAH_API int		 naskah_dump_layout(const struct naskah_layout *l,
		    naskah_write_fn write, void *arg);
/*
 * Every paragraph set, one a line in the order set: "para N page P wW
 * sS ALIGN "TEXT"": its number, the page of its first line, its measure
 * (points), font size, alignment (justify, left, center, right) and its
 * words as written, broken words whole; so that another typesetter can
 * set the same paragraphs at the same measures (make quality).
 */
NASKAH_API int		 naskah_dump_paragraphs(const struct naskah_layout *l,
		    naskah_write_fn write, void *arg);

/*
 * Issue 17: a PDF signed.  The PDF pdf[0..len) (name: for messages)
 * with a PAdES baseline signature (ETSI EN 319 142-1, B-B: CMS detached,
 * SHA-256, ESS signing-certificate-v2; an invisible signature field on
 * the first page) appended as an incremental update, so that its bytes
 * before it stay as they were, written through write.  The key and
 * certificate come from PKCS#12 bytes; the certificate must be valid at
 * time and allow digital signatures.  Returns 0; -1 after a message
 * (not a PDF, one it cannot update, a wrong passphrase, an expired
 * certificate) or when write failed (no message: the caller's write
 * knows why).
 */
struct naskah_sign_opts {
	const void	*p12;		/* a .p12 / .pfx file's bytes */
	size_t		 p12_len;
	const char	*passphrase;	/* NULL: empty */
	const char	*p12_name;	/* its name, for messages */
	long long	 time;		/* the signing time, seconds since
					   1970-01-01 UTC (/M) */
	const char	*reason;	/* /Reason, or NULL */
	const char	*location;	/* /Location, or NULL */
};
NASKAH_API int		 naskah_sign(struct naskah *ctx, const void *pdf,
		    size_t len, const char *name,
		    const struct naskah_sign_opts *o, naskah_write_fn write,
		    void *arg);

/*
 * Issue 16: the JSON Schema (draft-07) of the documents (a Keputusan, a
 * Peraturan, a book and an LKjIP appendix with their blocks), made from
 * the table of keys the loader checks, with the Indonesian description
 * naskah.5 gives each key: for editors (yaml-language-server
 * reads it for completion, hover help and unknown keys).  Returns 0, or
 * -1 when write failed.
 */
NASKAH_API int		 naskah_schema(naskah_write_fn write, void *arg);

/*
 * Review doc against the rules of the Tata Naskah Dinas (naskah
 * check): each departure is a message whose rule names it, reported
 * through the message callback at the offending text, a warning (or
 * the severity the rule, the template's or the document's abaikan
 * gives it); with NASKAH_REVIEW_KETAT every finding is an error.  A
 * book's decree is reviewed with its lampiran.  Returns how many
 * findings were reported, or -1 after reporting an error in the
 * document's or its template's abaikan (an unknown rule), or in
 * reading its template.  The document is not changed.
 */
#define NASKAH_REVIEW_KETAT	1u
NASKAH_API int		 naskah_review(struct naskah *ctx,
		    const struct naskah_doc *doc, unsigned flags);

/* A rule of the reviewer, as naskah --aturan lists them. */
struct naskah_rule {
	const char		*name;	/* stable: "menimbang-bahwa" */
	const char		*family;	/* "bentuk", "struktur", ... */
	enum naskah_severity	 severity;	/* its default */
	const char		*source;	/* the article it comes from */
	const char		*text;	/* its message in lang, a printf
					 * format: its conversions stand
					 * for the document's words */
};
/* How many rules there are; the i-th into out (0), or -1 past the
 * last or for a lang that is not one. */
NASKAH_API size_t	 naskah_rule_count(void);
NASKAH_API int		 naskah_rule_info(size_t i, enum naskah_lang lang,
		    struct naskah_rule *out);

/* The typographic figures of a layout. */
struct naskah_stats {
	int	 lines;		/* justified lines */
	double	 max_ratio;	/* widest space / natural space */
	int	 overfull;	/* lines wider than their column */
	int	 hyphens;	/* lines ending in an added hyphen */
	int	 widows;	/* one line left at a page's top */
	int	 orphans;	/* one line left at a page's foot */
	int	 forced;	/* other keep rules broken */
};
NASKAH_API void		 naskah_layout_stats(const struct naskah_layout *l,
		    struct naskah_stats *st);

/*
 * What changed from decree from to decree to (both of kind
 * "keputusan"): IKU rows added, removed and changed, and the decree's
 * own parts.  It refers to both: free it first.
 */
NASKAH_API struct naskah_diff *naskah_diff(struct naskah *ctx,
		    const struct naskah_doc *from, const struct naskah_doc *to);
NASKAH_API size_t	 naskah_diff_count(const struct naskah_diff *df);
/* The list as text, one change a line, as naskah diff prints it. */
NASKAH_API int		 naskah_diff_print(const struct naskah_diff *df,
		    naskah_write_fn write, void *arg);
/*
 * The list as a page, DAFTAR PERUBAHAN IKU, in to's paper, fonts and
 * kop: render it with naskah_render.  It refers to df: free it first.
 */
NASKAH_API struct naskah_layout *naskah_diff_layout(struct naskah *ctx,
		    const struct naskah_diff *df);
NASKAH_API void		 naskah_diff_free(struct naskah_diff *df);

/*
 * Issue 17: the source inside the PDF (naskah(3) SOURCE).  Every PDF
 * naskah_render writes carries, as embedded files, the YAML it was
 * made from and the files the document names (those it includes, the
 * decrees it quotes, its own template, its pictures), unless the
 * document says sumber: tidak.  naskah_extract reads a PDF's bytes
 * through read, which puts at most len bytes in buf and sets *got (0
 * at the end) and returns 0, or -1 on failure (errno set), and hands
 * each file it carries to file: the document's YAML first (source 1),
 * then the others by name (source 0).  A name is relative,
 * '/'-separated, UTF-8, without an empty, "." or ".." part and without
 * control characters: created under a directory it stays inside it;
 * rendering the document's YAML where the files were put gives the same
 * PDF.  file returns 0 to go on, -1 to stop.  name is what messages
 * call the PDF.  Returns how many files were handed, or -1: after
 * reporting why (not a PDF, no files carried, a name that is not safe
 * or given twice: then none is handed), or when read or file failed
 * (not reported).
 */
typedef int	(*naskah_read_fn)(void *arg, void *buf, size_t len,
		    size_t *got);
typedef int	(*naskah_file_fn)(void *arg, const char *name,
		    const void *data, size_t len, int source);
NASKAH_API int		 naskah_extract(struct naskah *ctx,
		    naskah_read_fn read, void *rarg, const char *name,
		    naskah_file_fn file, void *farg);

#ifdef __cplusplus
}
#endif

#endif
