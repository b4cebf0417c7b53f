/* SPDX-License-Identifier: ISC */
/*
 * schema.h - typed access to a YAML tree with positioned diagnostics:
 * the checks shared by the document loader and the template loader.
 *
 * Every function reports its own error (wrong type, unknown key with a
 * "did you mean" hint, missing key, value out of range) and returns 0;
 * 1 means the value was stored.  path names the node in messages, in
 * the document's own words ("penandatangan.nip", "mengingat[3]").
 */
#ifndef NASKAH_SCHEMA_H
#define NASKAH_SCHEMA_H

#include "base/diag.h"
#include "load/keys.h"
#include "model/model.h"
#include "yaml/ytree.h"

struct schema {
	struct naskah_diag	*d;
};

/* n must be a mapping whose keys are all in known and which holds every
 * key of required (may be NULL).  Both lists MUST end with NULL: an
 * enum's name table (sized by its __MAX) does not. */
int	schema_map(struct schema *s, const struct ynode *n, const char *path,
	    const char *const *known, const char *const *required);
/* schema_map with the keys of keymaps[id] (keys.c): known, and
 * required where their flags meet req (KEY_REQ, KEY_REQ_NEW). */
int	schema_keys_req(struct schema *s, const struct ynode *n,
	    const char *path, enum keymap_id id, unsigned req);
/* The same with req KEY_REQ | KEY_REQ_NEW. */
int	schema_keys(struct schema *s, const struct ynode *n, const char *path,
	    enum keymap_id id);
/* schema_one_key with the keys of keymaps[id]. */
int	schema_one_keymap(struct schema *s, const struct ynode *n,
	    const char *path, enum keymap_id id, const char **key,
	    const struct ynode **val);
/* n must be a mapping of exactly one key, one of known (ending with
 * NULL): that key into *key and its value into *val. */
int	schema_one_key(struct schema *s, const struct ynode *n,
	    const char *path, const char *const *known, const char **key,
	    const struct ynode **val);
/* n must be a list; with nonempty, an empty list is an error too. */
int	schema_list(struct schema *s, const struct ynode *n, const char *path,
	    int nonempty);
/*
 * Is n, where a text belongs, a mapping of one key and its text on one
 * line ("bahwa ...: ..." unquoted)?  Then report that the ': ' made it
 * one, at the colon, and return 1 (issue 16).
 */
int	schema_colon_text(struct schema *s, const struct ynode *n,
	    const char *path);
/* Is n a scalar?  If not, the error that says so (path names it) and
 * 0. */
int	schema_scalar(struct schema *s, const struct ynode *n,
	    const char *path);
/* n must be a scalar; with nonempty, "" / "~" / "null" are errors. */
int	schema_text(struct schema *s, const struct ynode *n, const char *path,
	    int nonempty, struct naskah_text *out);
/* The text under key of mapping m, if there is one (absent: 1, out
 * untouched); parent names m in messages ("keputusan"). */
int	schema_opt_text(struct schema *s, const struct ynode *m,
	    const char *key, const char *parent, int nonempty,
	    struct naskah_text *out);
/* Nonempty text under key of m (absent: untouched); with required, a
 * missing key is an error at m.  Returns 0 after reporting. */
int	schema_text_at(struct schema *s, const struct ynode *m,
	    const char *key, const char *parent, int required,
	    struct naskah_text *out);
/* The same for a yes/no value. */
int	schema_opt_bool(struct schema *s, const struct ynode *m,
	    const char *key, const char *parent, int *out);
/* A list of texts, or one text (a one-element list). */
int	schema_texts(struct schema *s, const struct ynode *n, const char *path,
	    struct naskah_texts *out);
int	schema_int(struct schema *s, const struct ynode *n, const char *path,
	    long min, long max, long *out);
int	schema_num(struct schema *s, const struct ynode *n, const char *path,
	    double min, double max, double *out);
int	schema_bool(struct schema *s, const struct ynode *n, const char *path,
	    int *out);
/* n must be one of names[0..count) (case-insensitive); stores the index. */
int	schema_choice(struct schema *s, const struct ynode *n, const char *path,
	    const char *const *names, int count, int *out);
/* Is scalar text empty ("", "~", "null")? */
int	schema_is_null(const struct ynode *n);

#endif
