/* SPDX-License-Identifier: ISC */
/*
 * context.c - the context of libnaskah (naskah.h): options, messages
 * through the caller's callback, the out-of-memory hook.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"

#ifndef NASKAH_DATADIR
#define NASKAH_DATADIR "/usr/local/share/naskah"
#endif
#ifndef NASKAH_VERSION
#define NASKAH_VERSION "0.0.0"
#endif

const char *
naskah_version(void)
{
	return NASKAH_VERSION;
}

/* A diag record as the caller's structured message. */
static void
message_send(void *arg, enum naskah_sev sev, const char *file, int line,
    int col, enum naskah_msg msg, const char *text,
    const struct diag_finding *f)
{
	struct naskah *ctx = arg;
	struct naskah_message m;

	if (ctx->message == NULL)
		return;
	m.severity = (enum naskah_severity)sev;
	m.file = file;
	m.line = line;
	m.column = col;
	m.id = naskah_msg_id(msg);
	m.text = text;
	m.rule = f != NULL ? f->rule : NULL;
	m.fix = f != NULL ? f->fix : NULL;
	ctx->message(ctx->message_arg, &m);
}

struct naskah *
naskah_new(const struct naskah_options *opts)
{
	static const struct naskah_options none;
	struct naskah *ctx;
	const struct xalloc_hook *prev, hook = {
		opts != NULL ? opts->oom : NULL,
		opts != NULL ? opts->oom_arg : NULL,
	};

	if (opts == NULL)
		opts = &none;
	if ((unsigned)opts->lang >= NASKAH_LANG__MAX) {
		struct naskah bad;	/* to say so, in English */

		memset(&bad, 0, sizeof(bad));
		bad.message = opts->message;
		bad.message_arg = opts->message_arg;
		naskah_diag_init(&bad.d, NASKAH_LANG_EN);
		bad.d.sink = message_send;
		bad.d.sink_arg = &bad;
		naskah_diag(&bad.d, SEV_USAGE, (struct naskah_pos){ 0, 0, NULL },
		    MSG_OPTIONS, "naskah_options.lang");
		return NULL;
	}
	prev = xalloc_hook(&hook);
	ctx = xcalloc(1, sizeof(*ctx));
	ctx->datadir = xstrdup(opts->datadir != NULL ? opts->datadir :
	    NASKAH_DATADIR);
	ctx->decree_template = opts->decree_template != NULL ?
	    xstrdup(opts->decree_template) : NULL;
	ctx->root = opts->root != NULL ? xstrdup(opts->root) : NULL;
	ctx->message = opts->message;
	ctx->message_arg = opts->message_arg;
	ctx->no_source = opts->no_source != 0;	/* issue 17 */
	ctx->pdfa = opts->pdfa != 0;
	ctx->oom = hook;
	naskah_diag_init(&ctx->d, opts->lang);
	ctx->d.sink = message_send;
	ctx->d.sink_arg = ctx;
	xalloc_hook(prev);
	return ctx;
}

void
naskah_free(struct naskah *ctx)
{
	if (ctx == NULL)
		return;
	cache_free(ctx);
	free(ctx->datadir);
	free(ctx->decree_template);
	free(ctx->root);
	free(ctx);
}

int
naskah_status(const struct naskah *ctx)
{
	return ctx->d.worst;
}

void
naskah_status_clear(struct naskah *ctx)
{
	/* a batch's next file starts over: its repeats of the last
	 * file's messages are said again */
	naskah_diag_init(&ctx->d, ctx->d.lang);
	ctx->d.sink = message_send;
	ctx->d.sink_arg = ctx;
}

const struct xalloc_hook *
lib_enter(struct naskah *ctx, const char *file)
{
	ctx->d.file = file;
	return xalloc_hook(&ctx->oom);
}

void
lib_leave(const struct xalloc_hook *prev)
{
	xalloc_hook(prev);
}

char *
data_file(const struct naskah *ctx, enum tpl_role role)
{
	return xasprintf("%s/templates/%s.yaml", ctx->datadir,
	    tpl_names[role]);
}
