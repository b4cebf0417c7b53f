/* SPDX-License-Identifier: ISC */
/*
 * diag.h - the one diagnostics channel of naskah.
 *
 * Every message is built from an entry of messages.def in the
 * context's language, with the file and position it is about.  The
 * library's channel hands its parts to a sink (lib/context.c: the
 * caller's message callback; the unit tests': the line the command
 * line prints); without one they are dropped.  The channel records the
 * worst severity seen (naskah_status).
 */
#ifndef NASKAH_DIAG_H
#define NASKAH_DIAG_H

#include <stdarg.h>
#include <stdint.h>

#include "naskah.h"

/* A position in the input, 1-based; line 0 means "no position". */
struct naskah_pos {
	int		 line;
	int		 col;
	const char	*file;	/* an included file's name; NULL: the
				 * channel's current file */
};

enum naskah_msg {
#define X(id, en, idn) id,
#include "base/messages.def"
#undef X
	MSG__MAX
};

/* Severities, ordered; the value of each is also its exit status. */
enum naskah_sev {
	SEV_WARNING = 0,	/* reported, output still written */
	SEV_ERROR = 1,		/* document error: exit 1 */
	SEV_USAGE = 2,		/* bad command line: exit 2 */
	SEV_SYSTEM = 3,		/* I/O or library failure: exit 3 */
	SEV__MAX
};

/* The language of messages is the public one (naskah.h). */
#define LANG_ID		NASKAH_LANG_ID
#define LANG_EN		NASKAH_LANG_EN
#define LANG__MAX	NASKAH_LANG__MAX

/*
 * What a reviewer's finding (review/review.h) adds to a message: the
 * name of its rule ("menimbang-bahwa") and a suggested replacement of
 * the offending text, or NULL when none is mechanical.
 */
struct diag_finding {
	const char	*rule;
	const char	*fix;
};

/*
 * Where a message goes: its parts (f: NULL but for a finding), the text without
 * "naskah: FILE:L:C: LEVEL: " (file NULL: none; line 0: no position).
 * Valid only during the call.
 */
typedef void (*naskah_diag_sink)(void *arg, enum naskah_sev sev,
    const char *file, int line, int col, enum naskah_msg msg,
    const char *text, const struct diag_finding *f);

/* How many of the last messages a repeat is looked for among. */
#define DIAG_RECENT	16

struct naskah_diag {
	naskah_diag_sink sink;		/* NULL: messages dropped */
	void		*sink_arg;
	enum naskah_lang lang;
	const char	*file;		/* name printed before positions */
	int		 worst;		/* worst severity so far, -1 none */
	unsigned	 count[SEV__MAX];
	/* digests of the last messages printed: one said again (the
	 * same words at the same place, e.g. a text set twice) is not */
	uint32_t	 recent[DIAG_RECENT][2];
	unsigned	 nrecent;
};

/* An empty channel in lang, without a sink yet. */
void	 naskah_diag_init(struct naskah_diag *d, enum naskah_lang lang);
/* Report one message; the varargs match the catalogue entry of msg. */
void	 naskah_diag(struct naskah_diag *d, enum naskah_sev sev,
	    struct naskah_pos pos, enum naskah_msg msg, ...);
void	 naskah_diagv(struct naskah_diag *d, enum naskah_sev sev,
	    struct naskah_pos pos, enum naskah_msg msg, va_list ap);
/* A finding f of a rule (NULL: an ordinary message); a repeat is the
 * same line of the same rule. */
void	 naskah_diag_finding(struct naskah_diag *d, enum naskah_sev sev,
	    struct naskah_pos pos, const struct diag_finding *f,
	    enum naskah_msg msg, va_list ap);
/*
 * The parts of a message line, for whoever prints lines as the library
 * words them (the command line's own messages):
 * diag_head_add puts "naskah: FILE:L:C: LEVEL: " onto b (file NULL:
 * none; line 0: no position);
 * diag_format_add puts a catalogue format with its arguments: in
 * Indonesian, numbers with a fraction take a decimal comma (12,5 mm);
 * a %s inside single quotes is a text from the document or the user,
 * shown whole up to 60 characters, else its first 30 and last 29
 * around an ellipsis (cut on character boundaries).
 */
struct naskah_buf;
void	 diag_head_add(struct naskah_buf *b, enum naskah_sev sev,
	    enum naskah_lang lang, const char *file, int line, int col);
/* ... and with a rule's name: "naskah: FILE:L:C: LEVEL [RULE]: " */
void	 diag_head_rule_add(struct naskah_buf *b, enum naskah_sev sev,
	    enum naskah_lang lang, const char *file, int line, int col,
	    const char *rule);
void	 diag_format_add(struct naskah_buf *b, const char *fmt,
	    enum naskah_lang lang, va_list ap);
/* The exit status the reports so far call for (0 if only warnings). */
int	 naskah_diag_status(const struct naskah_diag *d);
/* The stable name of msg: its messages.def id without "MSG_". */
const char *naskah_msg_id(enum naskah_msg msg);
/* The catalogue format of msg in lang (its conversions unfilled). */
const char *naskah_msg_format(enum naskah_msg msg, enum naskah_lang lang);

#endif
