/* SPDX-License-Identifier: ISC */
/*
 * ytree.c - libyaml's event API turned into a positioned tree.
 */
#define _XOPEN_SOURCE 700	/* realpath */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <yaml.h>

#include "base/fileio.h"
#include "base/xalloc.h"
#include "base/span.h"
#include "base/utf8.h"
#include "yaml/yerr.h"
#include "yaml/ypos.h"
#include "yaml/ytree.h"


const char *const ynode_kind_names[YNODE__MAX] = {
	[YNODE_SCALAR] = "scalar",
	[YNODE_LIST] = "list",
	[YNODE_MAP] = "map",
};

/* Line and column (in characters) of a byte offset in the source. */
static struct naskah_pos
offset_pos(const char *src, size_t len, size_t off)
{
	struct naskah_pos p = { 1, 1, NULL };
	size_t i = 0, k;
	uint32_t cp;

	if (off > len)
		off = len;
	while (i < off) {
		if (src[i] == '\n') {
			p.line++;
			p.col = 1;
			i++;
			continue;
		}
		k = utf8_decode(src + i, len - i, &cp);
		i += k ? k : 1;
		p.col++;
	}
	return p;
}

void
ynode_free(struct ynode *n)
{
	size_t i;

	if (n == NULL)
		return;
	for (i = 0; i < n->nkid; i++)
		ynode_free(n->kid[i]);
	free(n->kid);
	free(n->str);
	free(n);
}

void
ydoc_free(struct ydoc *doc)
{
	size_t i;

	if (doc == NULL)
		return;
	ynode_free(doc->root);
	for (i = 0; i < doc->ninc; i++)
		ydoc_free(doc->inc[i]);
	free(doc->inc);
	free(doc->path);
	free(doc->src);
	free(doc->line);
	free(doc->chk);
	free(doc->xbreak);
	free(doc->confine);
	free(doc);
}

struct ynode *
ymap_get(const struct ynode *m, const char *key)
{
	size_t i;

	if (m == NULL || m->kind != YNODE_MAP)
		return NULL;
	for (i = 0; i < YMAP_LEN(m); i++)
		if (strcmp(YMAP_KEY(m, i)->str, key) == 0)
			return YMAP_VAL(m, i);
	return NULL;
}

int
ykeyset_add(struct ykeyset *s, const struct ynode *m, size_t i, size_t *was)
{
	return strset_add(&s->set, YMAP_KEY(m, i)->str, i, was);
}

void
ykeyset_free(struct ykeyset *s)
{
	strset_free(&s->set);
}

/* Check a scalar's bytes: no NUL and no control characters. */
static int
scalar_check(const char *s, size_t len, struct naskah_pos pos,
    struct naskah_diag *d)
{
	size_t i = 0, k;
	uint32_t cp;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		if (k == 0) {
			naskah_diag(d, SEV_ERROR, pos, MSG_BAD_UTF8,
			    "escape");
			return 0;
		}
		if ((cp < 0x20 && cp != '\n' && cp != '\t') ||
		    (cp >= 0x7F && cp < 0xA0)) {
			naskah_diag(d, SEV_ERROR, pos, MSG_CONTROL_CHAR,
			    (unsigned)cp);
			return 0;
		}
		i += k;
	}
	return 1;
}

/* The tag as the user wrote it: "!!str" rather than the resolved form. */
static char *
tag_as_written(const char *tag)
{
	static const char core[] = "tag:yaml.org,2002:";

	if (strncmp(tag, core, sizeof(core) - 1) == 0)
		return xasprintf("!!%s", tag + sizeof(core) - 1);
	return xstrdup(tag);
}

/* Byte offset of the first invalid UTF-8 sequence at or before off on
 * its line (libyaml points at the bad trailing byte, not the lead). */
static size_t
bad_utf8_start(const char *src, size_t len, size_t off)
{
	size_t i, k;
	uint32_t cp;

	if (off > len)
		off = len;
	i = off;
	while (i > 0 && src[i - 1] != '\n')
		i--;
	while (i < off) {
		k = utf8_decode(src + i, len - i, &cp);
		if (k == 0)
			return i;
		i += k;
	}
	return off;
}

/*
 * libyaml's syntax error p as the mistake it is (yaml/yerr.h), at the
 * place it is; 0 when the classifier does not recognise it.
 */
static int
report_known(const yaml_parser_t *p, const struct ydoc *doc,
    struct naskah_diag *d)
{
	static const enum naskah_msg msg[YERR__MAX] = {
		[YERR_TAB] = MSG_YAML_TAB,
		[YERR_COLON_IN_TEXT] = MSG_YAML_COLON_TEXT,
		[YERR_AFTER_QUOTE] = MSG_YAML_AFTER_QUOTE,
		[YERR_DASH_INLINE] = MSG_YAML_DASH_INLINE,
		[YERR_ESCAPE] = MSG_YAML_ESCAPE,
	};
	static const char *const close[] = { "\"", "'", "]", "}" };
	struct yerr e;
	struct naskah_pos at;
	char *key, ch[2] = { 0, 0 };

	yerr_classify(doc->src, doc->srclen, p->problem, p->context,
	    ypos_offset(doc, ypos_mark(doc, p->problem_mark)),
	    ypos_offset(doc, ypos_mark(doc, p->context_mark)), &e);
	at = ypos_line_col(doc, e.at);
	ch[0] = e.ch;
	if (e.kind == YERR_OTHER)
		return 0;
	if (e.kind == YERR_NO_COLON) {
		key = xstrndup(doc->src + e.word, e.wordlen);
		naskah_diag(d, SEV_ERROR, at, MSG_YAML_NO_COLON, key, key);
		free(key);
	} else if (e.kind == YERR_QUOTE_OPEN)
		naskah_diag(d, SEV_ERROR, at, MSG_YAML_QUOTE_OPEN,
		    close[e.ch == '\''], close[e.ch == '\'']);
	else if (e.kind == YERR_FLOW_OPEN)
		naskah_diag(d, SEV_ERROR, at, MSG_YAML_FLOW_OPEN, ch,
		    close[2 + (e.ch == '{')]);
	else if (e.kind == YERR_INDENT)
		naskah_diag(d, SEV_ERROR, at, MSG_YAML_INDENT, e.indent,
		    ypos_line_col(doc, e.other).line, e.other_indent);
	else if (e.kind == YERR_DASH)
		naskah_diag(d, SEV_ERROR, at, MSG_YAML_DASH,
		    ypos_line_col(doc, e.other).line);
	else if (e.kind == YERR_START)
		naskah_diag(d, SEV_ERROR, at, MSG_YAML_START, ch);
	else if (e.kind == YERR_UBREAK)
		naskah_diag(d, SEV_ERROR, at, MSG_YAML_UBREAK, e.cp);
	else
		naskah_diag(d, SEV_ERROR, at, msg[e.kind]);
	return 1;
}

static void
report_parser(yaml_parser_t *p, const struct ydoc *doc, struct naskah_diag *d)
{
	struct naskah_pos pos;
	char what[256];
	size_t at;

	if (p->error == YAML_READER_ERROR) {
		if (p->problem != NULL &&
		    strstr(p->problem, "control characters") != NULL) {
			pos = offset_pos(doc->src, doc->srclen,
			    p->problem_offset);
			naskah_diag(d, SEV_ERROR, pos, MSG_CONTROL_CHAR,
			    (unsigned)p->problem_value);
			return;
		}
		pos = offset_pos(doc->src, doc->srclen, bad_utf8_start(doc->src,
		    doc->srclen, p->problem_offset));
		naskah_diag(d, SEV_ERROR, pos, MSG_BAD_UTF8,
		    p->problem ? p->problem : "?");
		return;
	}
	if (p->error == YAML_MEMORY_ERROR) {
		xalloc_oom();
	}
	/* "*italic* text" unquoted reads as an alias to libyaml */
	if (p->context != NULL && strstr(p->context, "alias") != NULL) {
		at = p->context_mark.index;
		pos = ypos_mark(doc, p->context_mark);
		if (at < doc->srclen) {
			naskah_diag(d, SEV_ERROR, pos, MSG_YAML_STAR);
			return;
		}
	}
	if (report_known(p, doc, d))
		return;
	pos = ypos_mark(doc, p->problem_mark);
	if (p->context != NULL)
		snprintf(what, sizeof(what), "%s (%s, %d:%d)",
		    p->problem ? p->problem : "?", p->context,
		    ypos_mark(doc, p->context_mark).line,
		    ypos_mark(doc, p->context_mark).col);
	else
		snprintf(what, sizeof(what), "%s",
		    p->problem ? p->problem : "?");
	naskah_diag(d, SEV_ERROR, pos, MSG_YAML_SYNTAX, what);
}

static struct ynode *
node_new(const struct ydoc *doc, enum ynode_kind kind, yaml_mark_t start)
{
	struct ynode *n = xcalloc(1, sizeof(*n));

	n->kind = kind;
	n->pos = ypos_mark(doc, start);
	return n;
}

/* Add child c to parent; checks duplicate keys in mappings against
 * keys, the set of parent's keys. */
static int
node_add(struct ynode *parent, struct ykeyset *keys, struct ynode *c,
    struct naskah_diag *d)
{
	size_t was;

	if (parent->kind == YNODE_MAP && parent->nkid % 2 == 0) {
		if (c->kind != YNODE_SCALAR) {
			naskah_diag(d, SEV_ERROR, c->pos, MSG_KEY_NOT_TEXT);
			ynode_free(c);
			return 0;
		}
		/* the key goes in with a value slot to come */
		VEC_PUSH(parent->kid, parent->nkid, parent->capkid, c);
		if (!ykeyset_add(keys, parent, parent->nkid / 2, &was)) {
			parent->nkid--;
			naskah_diag(d, SEV_ERROR, c->pos, MSG_DUP_KEY,
			    c->str, YMAP_KEY(parent, was)->pos.line);
			ynode_free(c);
			return 0;
		}
		return 1;
	}
	VEC_PUSH(parent->kid, parent->nkid, parent->capkid, c);
	return 1;
}

/* Every node under n: read from doc, its positions naming file. */
static void
mark_nodes(struct ynode *n, const struct ydoc *doc, const char *file)
{
	size_t i;

	if (n == NULL)
		return;
	n->doc = doc;
	n->pos.file = file;
	n->end.file = file;
	for (i = 0; i < n->nkid; i++)
		mark_nodes(n->kid[i], doc, file);
}

/* The nodes open while the events of one file are read. */
struct build {
	struct ydoc		*doc;
	struct naskah_diag	*d;
	struct ynode		*stack[YTREE_MAX_DEPTH + 1];
	struct ykeyset		 keys[YTREE_MAX_DEPTH + 1];	/* stack's */
	unsigned char		 flow[YTREE_MAX_DEPTH + 1];	/* stack's:
						 * 1 a flow collection */
	int			 depth;
	size_t			 ch, byte;	/* a character index of the
						 * source and its byte offset,
						 * only ever moved forward */
};

/*
 * A plain scalar n ending at libyaml's mark end: warn when a ' #' that
 * looks like part of its text cut it off (yerr_cut_comment).  Scalars
 * come in the order of the source: the cursor makes the whole file's
 * checks one pass over it.
 */
static void
build_cut_check(struct build *b, const struct ynode *n, yaml_mark_t end)
{
	const struct ydoc *doc = b->doc;
	size_t k, hash;
	uint32_t cp;

	if (n->style != YSTYLE_PLAIN || n->len == 0 || end.index < b->ch)
		return;
	while (b->ch < end.index && b->byte < doc->srclen) {
		k = utf8_decode(doc->src + b->byte, doc->srclen - b->byte, &cp);
		b->byte += k ? k : 1;
		b->ch++;
	}
	hash = yerr_cut_comment(doc->src, doc->srclen, b->byte);
	if (hash != (size_t)-1)
		naskah_diag(b->d, SEV_WARNING, ypos_line_col(doc, hash),
		    MSG_YAML_HASH_CUT);
}

/* Anchors and tags (but the bare "!") are refused; 0 after an error. */
static int
event_props_ok(const struct ydoc *doc, const yaml_event_t *ev,
    struct naskah_diag *d)
{
	const yaml_char_t *anchor, *tag;

	if (ev->type == YAML_SCALAR_EVENT) {
		anchor = ev->data.scalar.anchor;
		tag = ev->data.scalar.tag;
	} else if (ev->type == YAML_SEQUENCE_START_EVENT) {
		anchor = ev->data.sequence_start.anchor;
		tag = ev->data.sequence_start.tag;
	} else {
		anchor = ev->data.mapping_start.anchor;
		tag = ev->data.mapping_start.tag;
	}
	if (anchor != NULL) {
		naskah_diag(d, SEV_ERROR, ypos_mark(doc, ev->start_mark),
		    MSG_ANCHOR, (const char *)anchor);
		return 0;
	}
	if (tag != NULL && strcmp((const char *)tag, "!") != 0) {
		char *t = tag_as_written((const char *)tag);

		naskah_diag(d, SEV_ERROR, ypos_mark(doc, ev->start_mark),
		    MSG_TAG, t);
		free(t);
		return 0;
	}
	return 1;
}

/* The scalar of a scalar event, or NULL after an error. */
static struct ynode *
scalar_new(const struct ydoc *doc, const yaml_event_t *ev,
    struct naskah_diag *d)
{
	struct ynode *n;

	n = node_new(doc, YNODE_SCALAR, ev->start_mark);
	n->end = ypos_mark(doc, ev->end_mark);
	n->str = xstrndup((const char *)ev->data.scalar.value,
	    ev->data.scalar.length);
	n->len = ev->data.scalar.length;
	switch (ev->data.scalar.style) {
	case YAML_SINGLE_QUOTED_SCALAR_STYLE:
	case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
		n->style = YSTYLE_QUOTED;
		break;
	case YAML_LITERAL_SCALAR_STYLE:
	case YAML_FOLDED_SCALAR_STYLE:
		n->style = YSTYLE_BLOCK;
		break;
	default:
		n->style = YSTYLE_PLAIN;
		break;
	}
	if (!scalar_check(n->str, n->len, n->pos, d)) {
		ynode_free(n);
		return NULL;
	}
	return n;
}

/* A scalar, list or mapping starts: hang it in the tree (a list or
 * mapping stays open).  0 after an error. */
static int
build_node(struct build *b, const yaml_event_t *ev)
{
	struct ynode *n;
	size_t at;
	uint32_t cp = 0;

	if (!event_props_ok(b->doc, ev, b->d))
		return 0;
	if (ev->type == YAML_SCALAR_EVENT) {
		if ((n = scalar_new(b->doc, ev, b->d)) == NULL)
			return 0;
		build_cut_check(b, n, ev->end_mark);
	} else {
		if (b->depth >= YTREE_MAX_DEPTH) {
			naskah_diag(b->d, SEV_ERROR,
			    ypos_mark(b->doc, ev->start_mark), MSG_DEPTH,
			    YTREE_MAX_DEPTH);
			return 0;
		}
		n = node_new(b->doc, ev->type == YAML_MAPPING_START_EVENT ?
		    YNODE_MAP : YNODE_LIST, ev->start_mark);
	}
	if (b->depth > 0 && !b->flow[b->depth - 1] &&
	    (at = ypos_break_before(b->doc, ev->start_mark)) != (size_t)-1) {
		/* a block's node after a break the editor shows inside the
		 * line: libyaml read another structure than the user sees */
		utf8_decode(b->doc->src + at, b->doc->srclen - at, &cp);
		naskah_diag(b->d, SEV_ERROR, ypos_line_col(b->doc, at),
		    MSG_YAML_UBREAK, (unsigned)cp);
		ynode_free(n);
		return 0;
	}
	if (b->depth == 0)
		b->doc->root = n;
	else if (!node_add(b->stack[b->depth - 1], &b->keys[b->depth - 1],
	    n, b->d))
		return 0;
	if (n->kind != YNODE_SCALAR) {
		b->flow[b->depth] = (b->depth > 0 && b->flow[b->depth - 1]) ||
		    (ev->type == YAML_MAPPING_START_EVENT ?
		    ev->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE :
		    ev->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE);
		b->stack[b->depth++] = n;
	}
	return 1;
}

/* Read the events of p into b's tree; 0 after an error. */
static int
build_events(struct build *b, yaml_parser_t *p)
{
	yaml_event_t ev;
	int ndocs = 0, ok = 1, done = 0;

	while (ok && !done) {
		if (!yaml_parser_parse(p, &ev)) {
			report_parser(p, b->doc, b->d);
			return 0;
		}
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (++ndocs > 1) {
				naskah_diag(b->d, SEV_ERROR,
				    ypos_mark(b->doc, ev.start_mark),
				    MSG_MULTI_DOC);
				ok = 0;
			}
			break;
		case YAML_ALIAS_EVENT:
			naskah_diag(b->d, SEV_ERROR,
			    ypos_mark(b->doc, ev.start_mark), MSG_ALIAS,
			    (const char *)ev.data.alias.anchor);
			ok = 0;
			break;
		case YAML_SCALAR_EVENT:
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			ok = build_node(b, &ev);
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			if (b->depth > 0) {
				b->stack[b->depth - 1]->end =
				    ypos_mark(b->doc, ev.end_mark);
				ykeyset_free(&b->keys[--b->depth]);
			}
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	return ok;
}

struct ydoc *
ydoc_parse(const char *buf, size_t len, struct naskah_diag *d)
{
	yaml_parser_t p;
	struct ydoc *doc;
	struct build b;
	int ok;

	/* a byte-order mark (Windows Notepad writes one) is not content */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	doc = xcalloc(1, sizeof(*doc));
	doc->src = xstrndup(buf, len);
	doc->srclen = len;
	if (len > YTREE_MAX_BYTES) {
		struct naskah_pos none = { 0, 0, NULL };

		naskah_diag(d, SEV_ERROR, none, MSG_TOO_BIG,
		    YTREE_MAX_BYTES / 1024);
		ydoc_free(doc);
		return NULL;
	}
	ypos_index_lines(doc);
	if (!yaml_parser_initialize(&p)) {
		xalloc_oom();
	}
	yaml_parser_set_input_string(&p, (const unsigned char *)doc->src, len);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	memset(&b, 0, sizeof(b));
	b.doc = doc;
	b.d = d;
	ok = build_events(&b, &p);
	yaml_parser_delete(&p);
	while (b.depth > 0)
		ykeyset_free(&b.keys[--b.depth]);
	if (!ok) {
		ydoc_free(doc);
		return NULL;
	}
	mark_nodes(doc->root, doc, NULL);
	return doc;
}

int
ydoc_confine(struct ydoc *doc, const char *root, struct naskah_diag *d)
{
	char real[PATH_MAX];

	if (root == NULL)
		return 1;
	if (realpath(root, real) == NULL) {
		naskah_diag(d, SEV_USAGE, (struct naskah_pos){ 0, 0, NULL },
		    MSG_READ, root, strerror(errno));
		return 0;
	}
	free(doc->confine);
	doc->confine = xstrdup(real);
	return 1;
}

struct ydoc *
ydoc_load_plain(const char *path, const char *file, struct naskah_diag *d)
{
	char *buf;
	size_t len;
	struct naskah_pos none = { 0, 0, NULL };
	const char *saved = d->file;
	struct ydoc *doc;
	int fd, err;

	if ((fd = naskah_open_regular(path, &err)) < 0) {
		naskah_diag(d, SEV_SYSTEM, none, MSG_READ, path,
		    naskah_file_error(err));
		return NULL;
	}
	/* one byte past the limit is enough for ydoc_parse to refuse it */
	buf = naskah_fd_read(fd, YTREE_MAX_BYTES, &len);
	err = errno;
	close(fd);
	if (buf == NULL) {
		naskah_diag(d, SEV_SYSTEM, none, MSG_READ, path,
		    strerror(err));
		return NULL;
	}
	/* what is wrong inside the file is reported under its name */
	if (file != NULL)
		d->file = file;
	doc = ydoc_parse(buf, len, d);
	d->file = saved;
	free(buf);
	if (doc != NULL) {
		doc->path = xstrdup(path);
		if (file != NULL)
			mark_nodes(doc->root, doc, doc->path);
	}
	return doc;
}
