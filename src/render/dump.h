/* SPDX-License-Identifier: ISC */
/*
 * dump.h - stable text dumps of the intermediate models, for tests and
 * debugging (--dump=tree, --dump=layout).
 */
#ifndef NASKAH_DUMP_H
#define NASKAH_DUMP_H

#include <stdio.h>

#include "layout/layout.h"
#include "model/model.h"

void	naskah_dump_tree(FILE *f, const struct naskah_decree *doc);
void	naskah_dump_layout(FILE *f, const struct naskah_layout *l);
struct naskah_book;
void	naskah_dump_book(FILE *f, const struct naskah_book *b);

#endif
