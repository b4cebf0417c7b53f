/*
 * ytree.h - a YAML file read into a small tree of scalars, lists and
 * mappings, each node carrying its source position.
 *
 * The reader is strict on purpose: one document, no aliases, anchors or
 * tags, nesting at most YTREE_MAX_DEPTH, files at most YTREE_MAX_BYTES,
 * valid UTF-8 without control characters, and no duplicate keys.  Every
 * violation is reported through the diagnostics channel with its line
 * and column.  Scalars are kept as text: "yes", "007" and "2" stay text;
 * the schema decides what they mean.
 */
#ifndef NASKAH_YTREE_H
#define NASKAH_YTREE_H

#include <stddef.h>

#include "diag.h"

#define YTREE_MAX_DEPTH	64
#define YTREE_MAX_BYTES	(1024 * 1024)

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
};

/* The whole file and its tree; owns every node and the source bytes. */
struct ydoc {
	struct ynode	*root;		/* NULL for an empty file */
	char		*src;		/* the file's bytes */
	size_t		 srclen;
	size_t		*line;		/* byte offset of each line start */
	size_t		 nline;
};

extern const char *const ynode_kind_names[YNODE__MAX];

/*
 * Parse buf[0..len) (copied).  Returns a tree, or NULL after reporting
 * at least one error to d.  The caller frees the result with ydoc_free.
 */
struct ydoc	*ydoc_parse(const char *buf, size_t len, struct naskah_diag *d);
/* Read a whole file (at most YTREE_MAX_BYTES) and parse it. */
struct ydoc	*ydoc_load(const char *path, struct naskah_diag *d);
void		 ydoc_free(struct ydoc *doc);

/* Number of key/value pairs of a mapping node. */
#define YMAP_LEN(n)	((n)->nkid / 2)
#define YMAP_KEY(n, i)	((n)->kid[2 * (i)])
#define YMAP_VAL(n, i)	((n)->kid[2 * (i) + 1])

/* The value of key in mapping m, or NULL. */
struct ynode	*ymap_get(const struct ynode *m, const char *key);

/*
 * The source position of the byte at offset off of scalar n's text:
 * exact for text written literally, the scalar's start otherwise.
 */
struct naskah_pos ydoc_text_pos(const struct ydoc *doc, const struct ynode *n,
		    size_t off);

#endif
