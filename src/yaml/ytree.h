/* SPDX-License-Identifier: ISC */
/*
 * ytree.h - a YAML file read into a small tree of scalars, lists and
 * mappings, each node carrying its source position.
 *
 * The reader is strict on purpose: one document, no aliases, anchors or
 * tags, nesting at most YTREE_MAX_DEPTH, each file (the one named and
 * each it includes) at most YTREE_MAX_BYTES, regular files only,
 * valid UTF-8 without control characters, and no duplicate keys.  Every
 * violation is reported through the diagnostics channel with its line
 * and column.  Scalars are kept as text: "yes", "007" and "2" stay text;
 * the schema decides what they mean.
 */
#ifndef NASKAH_YTREE_H
#define NASKAH_YTREE_H

#include <stddef.h>
#include <stdint.h>

#include "base/diag.h"
#include "base/span.h"
#include "base/strset.h"

#define YTREE_MAX_DEPTH	64
#define YTREE_MAX_BYTES	(8 * 1024 * 1024)	/* each file */
#define YDOC_CHK_STEP	128

enum ynode_kind {
	YNODE_SCALAR = 0,
	YNODE_LIST,
	YNODE_MAP,
	YNODE__MAX
};

enum yscalar_style {
	YSTYLE_PLAIN = 0,
	YSTYLE_QUOTED,		/* single or double quotes */
	YSTYLE_BLOCK,		/* | or > */
	YSTYLE__MAX
};

struct ynode {
	enum ynode_kind	  kind;
	struct naskah_pos pos;		/* where the node starts */
	struct naskah_pos end;		/* just past its end */
	enum yscalar_style style;	/* scalars only */
	char		 *str;		/* scalars: NUL-terminated text */
	size_t		  len;		/* scalars: length in bytes */
	struct ynode	**kid;		/* list items; map: key, value, ... */
	size_t		  nkid;
	size_t		  capkid;
	const struct ydoc *doc;		/* the file it was read from */
};

/* The whole file and its tree; owns every node and the source bytes. */
struct ydoc {
	struct ynode	*root;		/* NULL for an empty file */
	char		*src;		/* the file's bytes */
	size_t		 srclen;
	size_t		*line;		/* byte offset of each line start */
	size_t		 nline;
	size_t		*xbreak;	/* character index of each U+0085,
					 * U+2028, U+2029 (line breaks to
					 * libyaml, not to editors) */
	size_t		 nxbreak;
	uint32_t	*chk;		/* byte offset of every
					 * YDOC_CHK_STEP-th character, so
					 * that a column is found in
					 * bounded time on a long line */
	size_t		 nchk, nchar;
	char		*path;		/* ydoc_load: the file's name */
	char		*confine;	/* real path of the directory every
					 * file the document names must be
					 * in, or NULL: anywhere */
	struct ydoc	**inc;		/* files included (sertakan), whose
					 * nodes now hang in this tree */
	size_t		 ninc, capinc;
};

extern const char *const ynode_kind_names[YNODE__MAX];

/*
 * Parse buf[0..len) (copied).  Returns a tree, or NULL after reporting
 * at least one error to d.  The caller frees the result with ydoc_free.
 */
struct ydoc	*ydoc_parse(const char *buf, size_t len, struct naskah_diag *d);
/*
 * Confine what doc names to the directory tree root (NULL: no change),
 * before ydoc_include.  Returns 1, or 0 after a usage error when root
 * does not exist.
 */
int		 ydoc_confine(struct ydoc *doc, const char *root,
		    struct naskah_diag *d);
void		 ydoc_free(struct ydoc *doc);

/* ydoc_load without includes; nodes' positions name `file` (NULL: the
 * diagnostics channel's own file). */
struct ydoc	*ydoc_load_plain(const char *path, const char *file,
		    struct naskah_diag *d);

/* Free a node and all under it (a node taken out of its tree). */
void		 ynode_free(struct ynode *n);

/* Number of key/value pairs of a mapping node. */
#define YMAP_LEN(n)	((n)->nkid / 2)
#define YMAP_KEY(n, i)	((n)->kid[2 * (i)])
#define YMAP_VAL(n, i)	((n)->kid[2 * (i) + 1])

/*
 * The keys of one mapping, so that checking a mapping for keys given
 * twice costs O(the keys' bytes), whatever the keys (strset.h).
 * Zero-initialise; it holds indexes of key/value pairs of the mapping
 * passed to ykeyset_add, and points at their keys.
 */
struct ykeyset {
	struct strset	 set;
};

/*
 * Add pair i of mapping m to s.  Returns 1, or 0 when an earlier pair
 * of s has the same key: *was is then its index and s is unchanged.
 */
int		 ykeyset_add(struct ykeyset *s, const struct ynode *m, size_t i,
		    size_t *was);
void		 ykeyset_free(struct ykeyset *s);

/* The value of key in mapping m, or NULL. */
struct ynode	*ymap_get(const struct ynode *m, const char *key);

/*
 * What the position of a byte of scalar n's text is found from (see
 * base/span.h), n's own file's source when it was included, else
 * doc's; an empty span for NULL.  The span points into the ydoc.
 */
void		 ydoc_span(const struct ydoc *doc, const struct ynode *n,
		    struct naskah_span *sp);
/*
 * The source position of the byte at offset off of scalar n's text:
 * exact for text written literally, the scalar's start otherwise.
 */
struct naskah_pos ydoc_text_pos(const struct ydoc *doc, const struct ynode *n,
		    size_t off);
/* The byte offset in doc's source of position p (a node's pos or end;
 * issue 16, the form's edits); the source's length past its end. */
size_t		 ydoc_offset(const struct ydoc *doc, struct naskah_pos p);

#endif
