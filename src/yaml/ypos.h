/* SPDX-License-Identifier: ISC */
/*
 * ypos.h - positions in a YAML file's source, inside yaml/: the line and
 * column (in characters) an editor shows, from libyaml's marks and from
 * byte offsets, and back; each in bounded time however long a line is.
 */
#ifndef NASKAH_YPOS_H
#define NASKAH_YPOS_H

#include <stddef.h>

#include <yaml.h>

#include "yaml/ytree.h"

/* Index doc's lines, every YDOC_CHK_STEP-th character and the breaks
 * libyaml sees and editors do not, U+0085, U+2028, U+2029 (doc->line,
 * doc->chk, doc->xbreak): before any other function here. */
void	ypos_index_lines(struct ydoc *doc);
/* The position an editor shows for libyaml mark m. */
struct naskah_pos ypos_mark(const struct ydoc *doc, yaml_mark_t m);
/* The byte offset of the last U+0085, U+2028 or U+2029 before mark m
 * on m's line as editors show it, or (size_t)-1. */
size_t	ypos_break_before(const struct ydoc *doc, yaml_mark_t m);
/* The byte offset of position p (the source's length past its end). */
size_t	ypos_offset(const struct ydoc *doc, struct naskah_pos p);
/* The position of byte off, a character's start. */
struct naskah_pos ypos_line_col(const struct ydoc *doc, size_t off);

#endif
