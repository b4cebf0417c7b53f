/* SPDX-License-Identifier: ISC */
/*
 * load_perda.h - a Peraturan's own keys (jenis: peraturan, naskah.5):
 * batang_tubuh, pengundangan and peraturan.sebutan; and the optional
 * "peraturan" section of a decree template.
 */
#ifndef NASKAH_LOAD_PERDA_H
#define NASKAH_LOAD_PERDA_H

#include "load/schema.h"
#include "model/model.h"
#include "model/perda.h"
#include "model/template.h"

/*
 * The batang tubuh, the pengundangan and the sebutan of the Peraturan
 * whose root is root into a new naskah_perda; its references are
 * checked against it and doc's Menimbang.  Returns it, with *ok 0 after
 * errors were reported (free it either way).
 */
struct naskah_perda *perda_load(struct schema *s, const struct ynode *root,
	    const struct naskah_decree *doc, int *ok);

/* The optional "peraturan" section of a decree template's root into
 * *out, the defaults for what it does not say; 0 after reporting. */
int	perdakata_load(struct schema *s, const struct ynode *root,
	    struct naskah_perdakata *out);

#endif
