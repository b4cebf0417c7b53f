/* SPDX-License-Identifier: ISC */
/*
 * abaikan.h - a document's or a template's abaikan: the reviewer's
 * rules (review/review.h) it switches off or gives another severity,
 * each with the reason written next to it.  The names are resolved
 * against the rules by the reviewer, not by the loader.
 */
#ifndef NASKAH_ABAIKAN_H
#define NASKAH_ABAIKAN_H
#include <stddef.h>

#include "model/text.h"

enum abaikan_tingkat {
	ABAIKAN_OFF = 0,	/* switched off */
	ABAIKAN_PERINGATAN,	/* tingkat: peringatan (a warning) */
	ABAIKAN_GALAT		/* tingkat: galat (an error) */
};

struct naskah_abaikan_item {
	struct naskah_text	 aturan;	/* the rule's name */
	struct naskah_text	 alasan;	/* why (required) */
	enum abaikan_tingkat	 tingkat;
};

struct naskah_abaikan {
	struct naskah_abaikan_item *v;	/* owned */
	size_t			 n, cap;
};

#endif
