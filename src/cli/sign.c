/* SPDX-License-Identifier: ISC */
/*
 * sign.c - issue 17: naskah sign IN.pdf -o OUT.pdf --p12 CERT.p12
 * [--pass-file FILE] [--alasan TEXT] [--lokasi TEXT]: the PDF signed by
 * the library (naskah_sign), written as render writes (cli/output.h:
 * the previous OUT stays whole until the new one is complete).
 *
 * The passphrase comes from a file (its first line) or, when none is
 * named, from the terminal with echo off; never from the command line,
 * where other users of the machine can read it (ps).
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifndef _WIN32
#include <termios.h>
#endif
#include <time.h>
#include <unistd.h>

#include "base/fileio.h"
#include "cli/cli.h"
#include "cli/output.h"

#define PDF_MAX		(256u * 1024 * 1024)	/* a PDF to sign */
#define P12_MAX		(1024u * 1024)		/* a certificate file */
#define PASS_MAX	1024			/* a passphrase */

struct sign_args {
	const char	*in, *out, *p12, *passfile, *reason, *location;
};

/* A file's bytes, at most max; NULL after saying why not. */
static void *
file_get(const char *path, size_t max, size_t *len, struct cli_say *say)
{
	int err, fd = naskah_open_regular(path, &err);
	void *b;

	if (fd < 0) {
		cli_say(say, NASKAH_ERROR, NULL, CM_READ, path,
		    naskah_file_error(err));
		return NULL;
	}
	b = naskah_fd_read(fd, max, len);
	err = errno;
	close(fd);
	if (b == NULL)
		cli_say(say, NASKAH_SYSTEM, NULL, CM_READ, path, strerror(err));
	else if (*len > max) {
		cli_say(say, NASKAH_ERROR, NULL, CM_SIGN_TOO_BIG, path);
		free(b);
		b = NULL;
	}
	return b;
}

/* The passphrase: the first line of args->passfile, or typed at the
 * terminal without echo.  NULL after saying why not. */
/* The passphrase typed at the terminal without echo; NULL after saying
 * why not (no terminal: the Windows build asks for --pass-file). */
static char *
pass_typed(const struct sign_args *a, struct cli_say *say)
{
#ifdef _WIN32
	cli_say(say, NASKAH_USAGE, NULL, CM_SIGN_NO_PASS, a->p12);
	return NULL;
#else
	struct termios old, quiet;
	char *p;
	FILE *tty;

	if ((tty = fopen("/dev/tty", "r+")) == NULL) {
		cli_say(say, NASKAH_USAGE, NULL, CM_SIGN_NO_PASS, a->p12);
		return NULL;
	}
	p = xmalloc(PASS_MAX + 1);
	fprintf(tty, say->lang == NASKAH_LANG_EN ? "Passphrase of %s: " :
	    "Kata sandi %s: ", a->p12);
	fflush(tty);
	if (tcgetattr(fileno(tty), &old) == 0) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
	}
	if (fgets(p, PASS_MAX + 1, tty) == NULL)
		p[0] = '\0';
	tcsetattr(fileno(tty), TCSAFLUSH, &old);
	fputc('\n', tty);
	fclose(tty);
	p[strcspn(p, "\r\n")] = '\0';
	return p;
#endif
}

static char *
pass_get(const struct sign_args *a, struct cli_say *say)
{
	char *p;
	size_t len;

	if (a->passfile != NULL) {
		if ((p = file_get(a->passfile, PASS_MAX, &len, say)) == NULL)
			return NULL;
		p[strcspn(p, "\r\n")] = '\0';
		return p;
	}
	return pass_typed(a, say);
}

/* The arguments after "sign"; the exit status after a mistake, or -1. */
static int
args_parse(int argc, char *argv[], struct sign_args *a, struct cli_say *say)
{
	int i;

	memset(a, 0, sizeof(*a));
	for (i = 0; i < argc; i++) {
		const char **to = NULL;

		if (strcmp(argv[i], "-o") == 0)
			to = &a->out;
		else if (strcmp(argv[i], "--p12") == 0)
			to = &a->p12;
		else if (strcmp(argv[i], "--pass-file") == 0)
			to = &a->passfile;
		else if (strcmp(argv[i], "--alasan") == 0 ||
		    strcmp(argv[i], "--reason") == 0)
			to = &a->reason;
		else if (strcmp(argv[i], "--lokasi") == 0 ||
		    strcmp(argv[i], "--location") == 0)
			to = &a->location;
		else if (strcmp(argv[i], "--lang") == 0 ||
		    strcmp(argv[i], "--data-dir") == 0) {
			i++;		/* read by main */
			continue;
		} else if (strncmp(argv[i], "--lang=", 7) == 0)
			continue;
		else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			cli_say(say, NASKAH_USAGE, NULL, CM_OPT_UNKNOWN, argv[i]);
			return 2;
		} else if (a->in == NULL) {
			a->in = argv[i];
			continue;
		} else {
			cli_say(say, NASKAH_USAGE, NULL, CM_SIGN_ARGS, argv[i]);
			return 2;
		}
		if (++i >= argc) {
			cli_say(say, NASKAH_USAGE, NULL, CM_OPT_VALUE, argv[i - 1]);
			return 2;
		}
		*to = argv[i];
	}
	if (a->in == NULL || a->out == NULL || a->p12 == NULL) {
		cli_say(say, NASKAH_USAGE, NULL, CM_SIGN_ARGS, "");
		return 2;
	}
	return -1;
}

int
cli_sign(struct naskah *ctx, int argc, char *argv[], struct cli_say *say)
{
	struct naskah_sign_opts so;
	struct sign_args a;
	struct output *out = NULL;
	const char *ins[1];
	void *pdf = NULL, *p12 = NULL;
	size_t len, p12len;
	char *pass = NULL;
	int s, ok = 0;

	if ((s = args_parse(argc, argv, &a, say)) >= 0)
		return s;
	ins[0] = a.in;
	if (output_is_input(a.out, ins, 1, say, NULL))
		return 2;
	if ((pdf = file_get(a.in, PDF_MAX, &len, say)) == NULL ||
	    (p12 = file_get(a.p12, P12_MAX, &p12len, say)) == NULL ||
	    (pass = pass_get(&a, say)) == NULL)
		goto done;
	memset(&so, 0, sizeof(so));
	so.p12 = p12;
	so.p12_len = p12len;
	so.passphrase = pass;
	so.p12_name = a.p12;
	so.time = (long long)time(NULL);
	so.reason = a.reason;
	so.location = a.location;
	if ((out = output_open(a.out, say, NULL)) == NULL)
		goto done;
	ok = naskah_sign(ctx, pdf, len, a.in, &so, output_write, out) == 0;
	ok = output_close(out, ok, say, NULL);
done:
	if (pass != NULL)
		memset(pass, 0, strlen(pass));
	free(pass);
	free(pdf);
	free(p12);
	s = naskah_status(ctx);
	if (say->worst > s)
		s = say->worst;
	return ok ? 0 : s > 0 ? s : 1;
}
