/* SPDX-License-Identifier: ISC */
/*
 * load_tte.h - penandatangan.tte, the appearance of an electronic
 * signature, and status: konsep with its paraf, a draft (issue 17;
 * naskah.5, penandatangan.tte, status, paraf).
 */
#ifndef NASKAH_LOAD_TTE_H
#define NASKAH_LOAD_TTE_H

#include "load/schema.h"
#include "model/model.h"
#include "model/template.h"

/* The longest verification address accepted, in bytes: a QR code of
 * more is too dense to scan from a printed page at 2 cm. */
#define TTE_TAUTAN_MAX	512

/*
 * The tte mapping of penandatangan mapping m, if it has one, into *out
 * (out->present 0 when it has none; out->uu_ite -1 when not given).
 * tautan is required: an http or https address without spaces or
 * control characters, at most TTE_TAUTAN_MAX bytes.  Returns 0 after
 * reporting.
 */
int	naskah_tte_load(struct schema *s, const struct ynode *m,
	    struct naskah_tte *out);

/*
 * The optional "tte" section of a decree template's root into *out: the
 * defaults (NASKAH_TTEKATA_DEFAULT) for what it does not say.  keterangan
 * may be empty (nothing beside the QR code).  Returns 0 after reporting.
 */
int	ttekata_load(struct schema *s, const struct ynode *root,
	    struct naskah_ttekata *out);

/* The optional "konsep" section of a decree template's root into *out,
 * as ttekata_load.  Returns 0 after reporting. */
int	konsepkata_load(struct schema *s, const struct ynode *root,
	    struct naskah_konsepkata *out);

/*
 * The top-level status (final, the default, or konsep) and paraf (a
 * list of {jabatan, nama}) of document root into doc->konsep and
 * doc->paraf (owned by doc).  Returns 0 after reporting.
 */
int	naskah_konsep_load(struct schema *s, const struct ynode *root,
	    struct naskah_decree *doc);

#endif
