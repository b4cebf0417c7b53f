/* SPDX-License-Identifier: ISC */
/*
 * cli.h - what the command line needs beyond the library: its messages
 * (its own and the library's records, printed as "naskah: FILE:L:C:
 * LEVEL: text"), its exit status, where its data is.  It allocates
 * with base/xalloc.h and uses the other helpers of base/ as the library
 * does (its own copy of them: libnaskah.a hides them).
 */
#ifndef NASKAH_CLI_H
#define NASKAH_CLI_H

#include "base/xalloc.h"
#include "naskah.h"

enum cli_msg {
#define X(id, en, idn) id,
#include "cli/messages.def"
#undef X
	CM__MAX
};

/* Where the messages of a run go: stderr, in lang. */
struct cli_say {
	enum naskah_lang lang;
	int		 worst;		/* worst severity printed, -1 none */
	int		 json;		/* --format=json: a JSON object a
					 * line (cli_json_put) */
};

/* One of the command line's own notes, not about a mistake: the line
 * "naskah: TEXT" on stderr (none with --format=json). */
void	 cli_note(struct cli_say *s, enum cli_msg msg, ...);

/* A library message (a naskah_message_fn; arg is a struct cli_say). */
void	 cli_message(void *arg, const struct naskah_message *m);
/* One of the command line's own messages about file (NULL: none); the
 * varargs are strings, as the catalogue entry of msg takes. */
void	 cli_say(struct cli_say *s, enum naskah_severity sev,
	    const char *file, enum cli_msg msg, ...);
/* A write callback (naskah_write_fn) onto the FILE * arg. */
int	 cli_stream_write(void *arg, const void *buf, size_t len);
/* Standard output flushed; if a write to it failed (a full disk, a
 * closed pipe), CM_WRITE is said as a system error, and -1 returned. */
int	 cli_stdout_done(struct cli_say *s);
/*
 * A message as one line of JSON onto stderr: {"severity": "warning" or
 * "error", "id": the rule's name or the message's id, "file": its name
 * or null, "line", "column": 0 when none, "text": in the chosen
 * language, "fix": the suggested replacement or null}.
 */
void	 cli_json_put(enum naskah_severity sev, const char *id,
	    const char *file, int line, int col, const char *text,
	    const char *fix);
/* A JSON string (quoted, escaped) of s onto b. */
void	 cli_json_str(struct naskah_buf *b, const char *s);
/* naskah --aturan: every rule of the reviewer onto stdout, as text or
 * (json) a JSON object a line.  Returns the exit status, 0. */
int	 cli_rules_list(enum naskah_lang lang, int json);

/* issue 16, serve: naskah serve [--port N] [--bind ADDR] [--token T]
 * [DIR] (argv as main's): the options checked, the server run until
 * a signal.  Returns the exit status.  Built without libmicrohttpd
 * (naskah-static), it says so and returns 3. */
int	 cli_serve(int argc, char *argv[], struct cli_say *say);

/* issue 17: naskah sign IN.pdf -o OUT.pdf --p12 CERT.p12 ... (argv:
 * what follows "sign"), with ctx.  Returns the exit status. */
int	 cli_sign(struct naskah *ctx, int argc, char *argv[],
	    struct cli_say *say);

/* Out of memory (a naskah_oom_fn): say so and exit 3. */
void	 cli_oom(void *arg);
/* cli_oom as the allocation hook (base/xalloc.h) of the command line's
 * own allocations, which use base/'s allocators: main sets it first. */
extern const struct xalloc_hook cli_oom_hook;

/* Tune malloc for the process (glibc): first thing in main. */
void	 cli_heap_tune(void);

/* issue 16: naskah schema, onto stdout; naskah init args[0..n) (JENIS
 * [FILE], or perubahan OLD [FILE]: ctx reads OLD) from the starters of
 * datadir.  Each returns the exit status. */
int	 cli_schema(struct cli_say *say);
int	 cli_init(struct naskah *ctx, struct cli_say *say, const char *datadir,
	    char *const *args, int n);

/* issue 18: the git commit naskah was built from ("" when not from
 * git), made by make in build/commit.c; naskah --version prints it. */
extern const char naskah_cli_commit[];
/*
 * Issue 17, embed (cli/extract.c): naskah extract PDF [-d DIR], the
 * files pdf carries written under dir (NULL: the current directory),
 * never over a file, their paths on standard output: the exit status
 * of what it reported itself (0 when the library reported the reason
 * of a failure: the caller takes the context's status).
 */
int	 cli_extract(struct naskah *ctx, struct cli_say *say, const char *pdf,
	    const char *dir);
/* The files a PDF's document was extracted into, for naskah diff. */
struct cli_tmp {
	char		*dir;	/* a new directory (mkdtemp), or NULL */
	char		**name;	/* the files written in it */
	size_t		 n, cap;
};
/* The document pdf carries, opened from its files extracted into a new
 * temporary directory tmp; NULL after reporting why not.  Free the
 * document before cli_tmp_clear removes the files and tmp's
 * directory (only those). */
struct naskah_doc *cli_pdf_doc(struct naskah *ctx, const char *pdf,
	    struct cli_say *say, struct cli_tmp *tmp);
void	 cli_tmp_clear(struct cli_tmp *tmp);

/* The usage text in lang. */
const char *cli_usage(enum naskah_lang lang);
/* Where templates/ and fonts/ live: opt (--data-dir), $NASKAH_DATADIR,
 * beside the program or in its ../share/naskah, else where it was
 * installed to.  Caller frees. */
char	*cli_datadir(const char *opt);
/* The value of environment variable name (UTF-8 on Windows too), NULL
 * when it is not set.  Caller frees. */
char	*cli_getenv(const char *name);
/* The language of messages from LC_ALL, LC_MESSAGES, LANG. */
enum naskah_lang cli_lang_from_env(void);

#endif
