/* SPDX-License-Identifier: ISC */
/*
 * main.c - the naskah command line: options, the files to read and to
 * write, messages on stderr and the exit status, around libnaskah
 * (naskah.h), which does the work.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "naskah.h"
#include "base/fileio.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "cli/watch.h"

/* Standard input is read up to one byte past the library's limit of
 * a YAML file (8 MiB), enough for it to refuse it. */
#define STDIN_MAX	(8 * 1024 * 1024)

enum dump_kind {
	DUMP_NONE = 0,
	DUMP_TREE,
	DUMP_LAYOUT,
	DUMP_PARAGRAPHS,
	DUMP__MAX
};

static const char *const dump_names[DUMP__MAX] = {
	[DUMP_NONE] = "none",
	[DUMP_TREE] = "tree",
	[DUMP_LAYOUT] = "layout",
	[DUMP_PARAGRAPHS] = "paragraphs",
};

struct opts {
	int		 check;		/* "check": no PDF */
	enum dump_kind	 dump;
	const char	*out;
	const char	*outdir;	/* -d: FILE.pdf in this directory */
	const char	*template;
	const char	*datadir;
	const char	*pdf;		/* diff --pdf: the page of changes */
	const char	*root;		/* --root: files the document names
					 * must be in this tree */
	int		 tanpa_tinjau;	/* --tanpa-tinjau: render does not
					 * review */
	int		 ketat;		/* --ketat: findings are errors */
	int		 aturan;	/* --aturan: list the rules */
	int		 verbose;	/* -v: say what render wrote even
					 * when stderr is no terminal */
	int		 watch;		/* --watch: render again on a save
					 * (issue 16, watch) */
	int		 tanpa_sumber;	/* --tanpa-sumber: the PDF carries
					 * no source (issue 17) */
	int		 arsip;		/* --arsip: PDF/A (issue 17) */
	int		 help, version;
};

/* Does the file name end in .yaml or .yml, in any case? */
static int
is_yaml(const char *p)
{
	size_t n = strlen(p);

	return (n >= 5 && strcasecmp(p + n - 5, ".yaml") == 0) ||
	    (n >= 4 && strcasecmp(p + n - 4, ".yml") == 0);
}

/* The name messages give path: standard input's is "<stdin>". */
static const char *
shown(const char *path)
{
	return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/*
 * The document at path, or for "-" on standard input, whose files are
 * named relative to the current directory.  NULL after reporting why.
 */
static struct naskah_doc *
input_open(struct naskah *ctx, const char *path, struct cli_say *say)
{
	struct naskah_doc *doc;
	char *buf;
	size_t len;

	if (strcmp(path, "-") != 0)
		return naskah_doc_open(ctx, path);
	/* one byte past the limit is enough to refuse it */
	if ((buf = naskah_fd_read(STDIN_FILENO, STDIN_MAX, &len)) == NULL) {
		cli_say(say, NASKAH_SYSTEM, "<stdin>", CM_READ, "-",
		    strerror(errno));
		return NULL;
	}
	doc = naskah_doc_parse(ctx, buf, len, "<stdin>", ".");
	free(buf);
	return doc;
}

/*
 * The reviewer's findings about doc, for check and render (not for
 * render --tanpa-tinjau); 1 when it reported an error (--ketat, or an
 * abaikan naming no rule): a render then writes no PDF.
 */
static int
review(const struct opts *o, struct naskah *ctx, const struct naskah_doc *doc)
{
	int n;

	if (!o->check && o->tanpa_tinjau && !o->ketat)
		return 0;
	n = naskah_review(ctx, doc, o->ketat ? NASKAH_REVIEW_KETAT : 0);
	return n < 0 || (o->ketat && n > 0);
}

/* "naskah: FILE.pdf ditulis (N halaman)": a render that succeeds is
 * not silent where someone reads it (issue 16) */
static void
say_written(struct cli_say *say, const char *out, size_t pages)
{
	if (pages == 1)
		cli_note(say, CM_WRITTEN_1, out);
	else
		cli_note(say, CM_WRITTEN, out, (int)pages);
}

/* render or check one file: its PDF, its dump, or only its messages;
 * the review after the layout's messages.  With read (--watch), the
 * files it was made from into read.  Returns 1 when it was laid out,
 * and 2 when its PDF was written too. */
static int
run(const struct opts *o, struct naskah *ctx, const char *input,
    struct cli_say *say, struct watch_files *read)
{
	struct naskah_doc *doc;
	struct naskah_layout *l = NULL;
	const char *p;
	char *out;
	int bad, done = 0;
	size_t i;

	if ((doc = input_open(ctx, input, say)) == NULL)
		return 0;
	if (o->dump == DUMP_TREE) {
		naskah_dump_doc(doc, cli_stream_write, stdout);
		cli_stdout_done(say);
		review(o, ctx, doc);
		naskah_doc_free(doc);
		return 0;
	}
	l = naskah_layout(ctx, doc);
	bad = review(o, ctx, doc);
	for (i = 0; l != NULL && read != NULL &&
	    (p = naskah_layout_input(l, i)) != NULL; i++)
		watch_files_add(read, p);
	if (l == NULL)
		;
	else if (o->dump == DUMP_LAYOUT) {	/* check --dump=layout too */
		naskah_dump_layout(l, cli_stream_write, stdout);
		cli_stdout_done(say);
	} else if (o->dump == DUMP_PARAGRAPHS) {
		naskah_dump_paragraphs(l, cli_stream_write, stdout);
		cli_stdout_done(say);
	} else if (!o->check && !bad) {
		out = output_name(input, o->out, o->outdir);
		done = output_pdf(ctx, l, out, say, shown(input));
		if (done && strcmp(out, "-") != 0 &&
		    (o->verbose || isatty(STDERR_FILENO)))
			say_written(say, out, naskah_layout_pages(l));
		free(out);
	}
	done += l != NULL;
	naskah_layout_free(l);
	naskah_doc_free(doc);
	return done;
}

/* Is path a regular file that starts as a PDF does ("%PDF-")?  (issue
 * 17: naskah diff takes a PDF that carries its document) */
static int
is_pdf(const char *path)
{
	char head[5];
	int fd, err, r;

	if (strcmp(path, "-") == 0 ||
	    (fd = naskah_open_regular(path, &err)) < 0)
		return 0;
	r = read(fd, head, sizeof(head)) == (ssize_t)sizeof(head) &&
	    memcmp(head, "%PDF-", 5) == 0;
	close(fd);
	return r;
}

/*
 * naskah diff OLD NEW: the change list on standard output (not when
 * the PDF goes there: --pdf -) and, with --pdf, as a PDF page.
 */
static void
diff_run(const struct opts *o, struct naskah *ctx, const char *old,
    const char *new, struct cli_say *say)
{
	static const char *const none[NASKAH_LANG__MAX] = {
		[NASKAH_LANG_ID] = "tidak ada perubahan",
		[NASKAH_LANG_EN] = "no changes",
	};
	static const char *const some[NASKAH_LANG__MAX] = {
		[NASKAH_LANG_ID] = "%d perubahan\n",
		[NASKAH_LANG_EN] = "%d change(s)\n",
	};
	/* issue 17: a PDF gives the document it carries */
	struct cli_tmp ta, tb;
	struct naskah_doc *a = is_pdf(old) ? cli_pdf_doc(ctx, old, say,
	    &ta) : (memset(&ta, 0, sizeof(ta)), input_open(ctx, old, say));
	struct naskah_doc *b = is_pdf(new) ? cli_pdf_doc(ctx, new, say,
	    &tb) : (memset(&tb, 0, sizeof(tb)), input_open(ctx, new, say));
	struct naskah_diff *df = NULL;
	struct naskah_layout *l;

	if (a != NULL && b != NULL && (df = naskah_diff(ctx, a, b)) != NULL) {
		if (o->pdf == NULL || strcmp(o->pdf, "-") != 0) {
			printf("naskah diff %s %s\n", old, new);
			naskah_diff_print(df, cli_stream_write, stdout);
			if (naskah_diff_count(df) == 0)
				puts(none[say->lang]);
			else
				printf(some[say->lang],
				    (int)naskah_diff_count(df));
			cli_stdout_done(say);
		}
		if (o->pdf != NULL) {
			/* the page is made only after the list is out */
			fflush(stdout);
			if ((l = naskah_diff_layout(ctx, df)) != NULL)
				output_pdf(ctx, l, o->pdf, say, new);
			naskah_layout_free(l);
		}
	}
	naskah_diff_free(df);
	naskah_doc_free(a);
	naskah_doc_free(b);
	cli_tmp_clear(&ta);
	cli_tmp_clear(&tb);
}

/* The exit status: the worst of the library's and our own messages. */
static int
status_of(struct naskah *ctx, const struct cli_say *say)
{
	int s = naskah_status(ctx);

	if (say->worst > s)
		s = say->worst;
	return s < 0 ? 0 : s;
}

/* Report a command-line mistake; returns the exit status 2. */
static int
usage_error(struct cli_say *say, enum cli_msg msg, const char *arg)
{
	cli_say(say, NASKAH_USAGE, NULL, msg, arg);
	return 2;
}

/* The options into o; -1, or the exit status after a mistake. */
static int
opts_parse(int argc, char *argv[], struct opts *o, struct cli_say *say)
{
	enum { OPT_DUMP = 256, OPT_LANG, OPT_TEMPLATE, OPT_DATADIR,
	    OPT_VERSION, OPT_HELP, OPT_PDF, OPT_ROOT, OPT_KETAT, OPT_ATURAN,
	    OPT_FORMAT, OPT_TINJAU, OPT_TANPA_TINJAU, OPT_WATCH,
	    OPT_TANPA_SUMBER, OPT_ARSIP };
	static const struct option longopts[] = {
		{ "dump", required_argument, NULL, OPT_DUMP },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "template", required_argument, NULL, OPT_TEMPLATE },
		{ "data-dir", required_argument, NULL, OPT_DATADIR },
		{ "pdf", required_argument, NULL, OPT_PDF },
		{ "root", required_argument, NULL, OPT_ROOT },
		{ "ketat", no_argument, NULL, OPT_KETAT },
		{ "aturan", no_argument, NULL, OPT_ATURAN },
		{ "tinjau", no_argument, NULL, OPT_TINJAU },
		{ "tanpa-tinjau", no_argument, NULL, OPT_TANPA_TINJAU },
		{ "no-review", no_argument, NULL, OPT_TANPA_TINJAU },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "output", required_argument, NULL, 'o' },
		{ "dir", required_argument, NULL, 'd' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "verbose", no_argument, NULL, 'v' },
		{ "watch", no_argument, NULL, OPT_WATCH },	/* issue 16 */
		{ "tanpa-sumber", no_argument, NULL, OPT_TANPA_SUMBER },
		{ "no-source", no_argument, NULL, OPT_TANPA_SUMBER },
		{ "arsip", no_argument, NULL, OPT_ARSIP },
		{ "pdfa", no_argument, NULL, OPT_ARSIP },
		{ NULL, 0, NULL, 0 },
	};
	int c, i;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":o:d:hVv", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			o->out = optarg;
			break;
		case 'd':
			o->outdir = optarg;
			break;
		case OPT_DUMP:
			for (i = 1; i < DUMP__MAX; i++)
				if (strcmp(optarg, dump_names[i]) == 0)
					o->dump = (enum dump_kind)i;
			if (o->dump == DUMP_NONE)
				return usage_error(say, CM_OPT_DUMP, optarg);
			break;
		case OPT_LANG:
			if (strcmp(optarg, "en") != 0 &&
			    strcmp(optarg, "id") != 0)
				return usage_error(say, CM_OPT_LANG, optarg);
			break;
		case OPT_TEMPLATE:
			o->template = optarg;
			break;
		case OPT_DATADIR:
			o->datadir = optarg;
			break;
		case OPT_PDF:
			o->pdf = optarg;
			break;
		case OPT_ROOT:
			o->root = optarg;
			break;
		case OPT_KETAT:
			o->ketat = 1;
			break;
		case OPT_ATURAN:
			o->aturan = 1;
			break;
		case OPT_TINJAU:	/* the default; kept for scripts */
			o->tanpa_tinjau = 0;
			break;
		case OPT_TANPA_TINJAU:
			o->tanpa_tinjau = 1;
			break;
		case OPT_FORMAT:
			if (strcmp(optarg, "json") != 0 &&
			    strcmp(optarg, "text") != 0)
				return usage_error(say, CM_OPT_FORMAT, optarg);
			break;
		case 'v':
			o->verbose = 1;
			break;
		case OPT_WATCH:
			o->watch = 1;
			break;
		case OPT_TANPA_SUMBER:	/* issue 17 */
			o->tanpa_sumber = 1;
			break;
		case OPT_ARSIP:		/* issue 17 */
			o->arsip = 1;
			break;
		case 'V':
		case OPT_VERSION:
			o->version = 1;
			break;
		case 'h':
		case OPT_HELP:
			o->help = 1;
			break;
		case ':':
			return usage_error(say, CM_OPT_VALUE, argv[optind - 1]);
		default:
			return usage_error(say, CM_OPT_UNKNOWN,
			    argv[optind - 1]);
		}
	}
	return -1;
}

/* An input and the PDF it makes. */
struct made {
	char		*out;
	const char	*in;
	int		 k;		/* its place among the inputs */
};

static int
made_cmp(const void *a, const void *b)
{
	const struct made *x = a, *y = b;
	int c = strcmp(x->out, y->out);

	return c != 0 ? c : (x->k > y->k) - (x->k < y->k);
}

/* Would two inputs write one PDF (-d DIR and two files of one name, or
 * x.yaml beside x.yml), the second over the first?  A usage error
 * naming both; -1 when not.  The names sorted: n log n for n files. */
static int
outputs_clash(const struct opts *o, char *const *files, int n,
    struct cli_say *say)
{
	struct made *v;
	int i, r = -1;

	if (n < 2)
		return -1;
	v = xmalloc((size_t)n * sizeof(*v));
	for (i = 0; i < n; i++) {
		v[i].out = output_name(files[i], o->out, o->outdir);
		v[i].in = files[i];
		v[i].k = i;
	}
	qsort(v, (size_t)n, sizeof(*v), made_cmp);
	for (i = 1; i < n && r < 0; i++)
		if (strcmp(v[i].out, v[i - 1].out) == 0 &&
		    strcmp(v[i].in, v[i - 1].in) != 0) {
			cli_say(say, NASKAH_USAGE, NULL, CM_SAME_OUTPUT,
			    v[i - 1].in, v[i].in, v[i].out);
			r = 2;
		}
	for (i = 0; i < n; i++)
		free(v[i].out);
	free(v);
	return r;
}

/* Mistakes in a render or check of files[0..n): the exit status, or
 * -1 when there are none. */
static int
render_usage(const struct opts *o, char *const *files, int n,
    struct cli_say *say)
{
	int i;

	if (n == 0)
		return usage_error(say, CM_NO_INPUT, "");
	if (n > 1 && o->out != NULL)
		return usage_error(say, CM_TWO_INPUTS, files[1]);
	if (o->out != NULL && o->outdir != NULL)
		return usage_error(say, CM_OUT_AND_DIR, o->outdir);
	for (i = 0; i < n; i++)
		if (strcmp(files[i], "-") == 0 && !o->check &&
		    o->dump == DUMP_NONE) {
			if (o->outdir != NULL)
				return usage_error(say, CM_STDIN_DIR,
				    o->outdir);
			if (o->out == NULL && isatty(STDOUT_FILENO))
				return usage_error(say, CM_OUT_TTY, "");
		}
	return o->check || o->dump != DUMP_NONE ? -1 :
	    outputs_clash(o, files, n, say);
}

/* A context for the options, its messages through message (arg);
 * the caller frees it and datadir. */
static struct naskah *
context_new(const struct opts *o, struct cli_say *say, char **datadir,
    naskah_message_fn message, void *arg)
{
	struct naskah_options no;

	memset(&no, 0, sizeof(no));
	*datadir = cli_datadir(o->datadir);
	no.datadir = *datadir;
	no.decree_template = o->template;
	no.root = o->root;
	no.lang = say->lang;
	no.message = message;
	no.message_arg = arg;
	no.oom = cli_oom;
	no.no_source = o->tanpa_sumber;
	no.pdfa = o->arsip;
	return naskah_new(&no);
}

/* naskah --version: the version, and the commit built from (issue 18);
 * returns the exit status, 0. */
static int
version_print(void)
{
	if (naskah_cli_commit[0] != '\0')
		printf("naskah %s (git %s)\n", naskah_version(),
		    naskah_cli_commit);
	else
		printf("naskah %s\n", naskah_version());
	return 0;
}

/* issue 17: naskah sign (argv[at] is "sign"), its options its own
 * (cli/sign.c) but --data-dir and --lang, which main read. */
static int
sign_command(int argc, char *argv[], int at, struct cli_say *say)
{
	struct naskah *ctx;
	struct opts o;
	char *datadir;
	int i, s;

	memset(&o, 0, sizeof(o));
	for (i = 1; i + 1 < argc; i++)
		if (strcmp(argv[i], "--data-dir") == 0)
			o.datadir = argv[i + 1];
	if ((ctx = context_new(&o, say, &datadir, cli_message, say)) == NULL)
		return 3;
	s = cli_sign(ctx, argc - at - 1, argv + at + 1, say);
	naskah_free(ctx);
	free(datadir);
	return s;
}

/* issue 16, watch: naskah render --watch FILE.yaml (cli/watch.h) */
struct watched {
	const struct opts	*o;
	const char		*input;
	struct cli_say		*say;
	struct watch_files	*read;
};

/* A message of a watched render: its file is watched too (a mistake
 * in an included file is fixed there). */
static void
watched_message(void *arg, const struct naskah_message *m)
{
	struct watched *w = arg;

	if (m->file != NULL)
		watch_files_add(w->read, m->file);
	cli_message(w->say, m);
}

/* One render (a watch_render_fn), with a context of its own: a
 * template, a font or a picture changed since the last one is read
 * again. */
static int
watched_render(void *arg, struct watch_files *read)
{
	struct watched *w = arg;
	struct naskah *ctx;
	char *datadir, *out;
	int done = 0;

	w->read = read;
	w->say->worst = -1;
	ctx = context_new(w->o, w->say, &datadir, watched_message, w);
	if (ctx != NULL)
		done = run(w->o, ctx, w->input, w->say, read);
	if (done < 2) {
		out = output_name(w->input, w->o->out, w->o->outdir);
		cli_note(w->say, CM_WATCH_KEPT, out);
		free(out);
	}
	naskah_free(ctx);
	free(datadir);
	return done > 0;
}

/* render --watch: one YAML file into a PDF file, again on each save
 * (a dump, standard input or output: a usage error). */
static int
watch_main(const struct opts *o, char *const *files, int n,
    struct cli_say *say)
{
	struct opts wo = *o;
	struct watched w = { &wo, files[0], say, NULL };

	if (wo.dump != DUMP_NONE)
		return usage_error(say, CM_WATCH_USE, "--dump");
	if (n > 1 || strcmp(files[0], "-") == 0)
		return usage_error(say, CM_WATCH_USE, files[n > 1]);
	if (wo.out != NULL && strcmp(wo.out, "-") == 0)
		return usage_error(say, CM_WATCH_USE, "-o -");
	wo.verbose = 1;		/* a line for each render */
	return watch_run(files[0], watched_render, &w, say);
}

/* issue 17, embed: naskah extract FILE.pdf [-d DIR]; the exit status */
static int
extract_main(const struct opts *o, char *const *files, int n,
    struct cli_say *say)
{
	struct naskah *ctx;
	char *datadir;
	int s, worst;

	if (n != 1 || o->out != NULL)
		return usage_error(say, CM_EXTRACT_USE, "");
	if ((ctx = context_new(o, say, &datadir, cli_message, say)) == NULL)
		return 3;
	s = cli_extract(ctx, say, files[0], o->outdir);
	if ((worst = status_of(ctx, say)) > s)
		s = worst;
	naskah_free(ctx);
	free(datadir);
	return s;
}

int
main(int argc, char *argv[])
{
	struct cli_say say = { cli_lang_from_env(), -1, 0 };
	struct naskah *ctx;
	struct opts o;
	char *datadir;
	const char *cmd;
	int i, worst, s;

	xalloc_hook(&cli_oom_hook);
	cli_heap_tune();
	memset(&o, 0, sizeof(o));
	/* --lang and --format apply to messages about the other options
	 * too */
	for (i = 1; i < argc; i++) {
		const char *v = strncmp(argv[i], "--lang=", 7) == 0 ?
		    argv[i] + 7 : strcmp(argv[i], "--lang") == 0 &&
		    i + 1 < argc ? argv[i + 1] : NULL;
		const char *f = strncmp(argv[i], "--format=", 9) == 0 ?
		    argv[i] + 9 : strcmp(argv[i], "--format") == 0 &&
		    i + 1 < argc ? argv[i + 1] : NULL;

		if (v != NULL && strcmp(v, "en") == 0)
			say.lang = NASKAH_LANG_EN;
		else if (v != NULL && strcmp(v, "id") == 0)
			say.lang = NASKAH_LANG_ID;
		if (f != NULL)
			say.json = strcmp(f, "json") == 0;
	}
	/* issue 16, serve: the command's own options (cli/serve.c) */
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		char w[32];

		snprintf(w, sizeof(w), " %s ", argv[i]);
		if (strstr(" -o -d --lang --data-dir --port --bind --token "
		    "--timeout --template --root --pdf --format --dump "
		    "--p12 --pass-file --alasan --lokasi --reason --location ",
		    w))
			i++;	/* and its value */
	}
	if (i < argc && strcmp(argv[i], "serve") == 0)
		return cli_serve(argc, argv, &say);
	if (i < argc && strcmp(argv[i], "sign") == 0)
		return sign_command(argc, argv, i, &say);
	if ((s = opts_parse(argc, argv, &o, &say)) >= 0)
		return s;
	if (o.help) {
		fputs(cli_usage(say.lang), stdout);
		return 0;
	}
	if (o.version)
		return version_print();
	if (o.aturan)
		return cli_rules_list(say.lang, say.json);
	/* what is left: COMMAND FILE */
	if (optind >= argc) {
		fputs(cli_usage(say.lang), stderr);
		return 2;
	}
	cmd = argv[optind++];
	if (o.watch && strcmp(cmd, "render") != 0)	/* issue 16, watch */
		return usage_error(&say, CM_WATCH_USE, cmd);
	/* issue 16: the schema for editors; a new document from a
	 * starter */
	if (strcmp(cmd, "schema") == 0)
		return optind < argc ? usage_error(&say, CM_CMD_UNKNOWN,
		    argv[optind]) : cli_schema(&say);
	if (strcmp(cmd, "init") == 0) {
		if ((ctx = context_new(&o, &say, &datadir, cli_message,
		    &say)) == NULL)
			return 3;
		s = cli_init(ctx, &say, datadir, argv + optind, argc - optind);
		naskah_free(ctx);
		free(datadir);
		return s;
	}
	if (strcmp(cmd, "extract") == 0)	/* issue 17, embed */
		return extract_main(&o, argv + optind, argc - optind, &say);
	if (strcmp(cmd, "diff") == 0) {
		/* "--pdf old.yaml new.yaml" would overwrite the old decree */
		if (o.pdf != NULL && is_yaml(o.pdf))
			return usage_error(&say, CM_PDF_YAML, o.pdf);
		if (argc - optind != 2)
			return usage_error(&say, CM_DIFF_TWO, "");
	} else if (o.pdf != NULL)
		return usage_error(&say, CM_PDF_DIFF, o.pdf);
	else if (strcmp(cmd, "check") == 0)
		o.check = 1;
	else if (strcmp(cmd, "render") != 0)
		return usage_error(&say, CM_CMD_UNKNOWN, cmd);
	if (strcmp(cmd, "diff") != 0 &&
	    (s = render_usage(&o, argv + optind, argc - optind, &say)) >= 0)
		return s;
	if (o.watch)
		return watch_main(&o, argv + optind, argc - optind, &say);
	if ((ctx = context_new(&o, &say, &datadir, cli_message, &say)) ==
	    NULL)
		return 3;
	if (strcmp(cmd, "diff") == 0) {
		diff_run(&o, ctx, argv[optind], argv[optind + 1], &say);
		worst = status_of(ctx, &say);
	} else {
		/* each file on its own: a failure is reported with its
		 * name and leaves its PDF as it was, and the next file
		 * goes on; the directories are synced once, at the end */
		output_dirs_defer(argc - optind > 1);
		for (worst = 0; optind < argc; optind++) {
			naskah_status_clear(ctx);
			say.worst = -1;
			run(&o, ctx, argv[optind], &say, NULL);
			if ((s = status_of(ctx, &say)) > worst)
				worst = s;
		}
		if (!output_dirs_sync(&say) && worst < NASKAH_SYSTEM)
			worst = NASKAH_SYSTEM;
	}
	naskah_free(ctx);
	free(datadir);
	return worst;
}
