/* SPDX-License-Identifier: ISC */
/*
 * dump.h - stable text dumps of the intermediate models, for tests and
 * debugging (--dump=tree, --dump=layout, --dump=paragraphs).
 */
#ifndef NASKAH_DUMP_H
#define NASKAH_DUMP_H

#include "base/xalloc.h"
#include "layout/layout.h"
#include "model/model.h"

/* Each appends its dump to b. */
void	naskah_dump_tree(struct naskah_buf *b, const struct naskah_decree *doc);
void	naskah_dump_pages(struct naskah_buf *b, const struct naskah_layout *l);
void	naskah_dump_paras(struct naskah_buf *b, const struct naskah_layout *l);
struct naskah_book;
void	naskah_dump_book(struct naskah_buf *b, const struct naskah_book *bk);

#endif
