/* SPDX-License-Identifier: ISC */
/*
 * api_test.c - libnaskah as a caller sees it: built by tests/api.sh
 * against the installed library only (its naskah.h, its naskah.pc, its
 * libnaskah.so), never against the tree's sources.
 *
 *	api_test VERSION DATADIR CLIDIR
 *
 * Run from the source tree's root (it reads examples/ and tests/bad/
 * by the same relative names the command line was given).  VERSION is
 * what pkg-config says the installed library is; DATADIR its installed
 * share/naskah; CLIDIR holds what the installed naskah program wrote
 * for the same inputs (see tests/api.sh), which the library's bytes
 * must equal.  Prints "ok: NAME" or "FAIL: NAME" (and what differed)
 * for each check, then "api_test: N passed, N failed"; exits 1 on a failure.
 */
#define _XOPEN_SOURCE 700
#include <sys/resource.h>
#include <sys/wait.h>

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <naskah.h>

#include "harness.h"

#define DECREE	"examples/pasar-manna-2024.yaml"
#define BOOK	"examples/pasar-manna-2024-buku.yaml"
#define REVISED	"examples/pasar-manna-2024-perubahan.yaml"

/* A copy of one message record, kept past the callback. */
struct msg {
	enum naskah_severity	 severity;
	char			*file;
	int			 line;
	int			 column;
	char			*id;
	char			*text;
};

struct msgs {
	struct msg	*v;
	size_t		 n;
	size_t		 cap;
};

/* What every test needs: the arguments and the bytes of one render. */
struct env {
	const char	*version;
	const char	*datadir;
	const char	*clidir;
	int		 oom_calls;	/* the OOM hook's counter */
};


static char *
dup_or_null(const char *s)
{
	return s == NULL ? NULL : must(strdup(s));
}


static void
msgs_collect(void *arg, const struct naskah_message *m)
{
	struct msgs *ms = arg;
	struct msg *x;

	if (ms->n == ms->cap) {
		ms->cap = ms->cap ? 2 * ms->cap : 16;
		ms->v = must(realloc(ms->v, ms->cap * sizeof(*ms->v)));
	}
	x = &ms->v[ms->n++];
	x->severity = m->severity;
	x->file = dup_or_null(m->file);
	x->line = m->line;
	x->column = m->column;
	x->id = dup_or_null(m->id);
	x->text = dup_or_null(m->text);
}

static void
msgs_clear(struct msgs *ms)
{
	size_t i;

	for (i = 0; i < ms->n; i++) {
		free(ms->v[i].file);
		free(ms->v[i].id);
		free(ms->v[i].text);
	}
	ms->n = 0;
}

static void
msgs_print(const struct msgs *ms)
{
	size_t i;

	for (i = 0; i < ms->n; i++)
		printf("  message: %s:%d:%d: [%d] %s: %s\n",
		    ms->v[i].file ? ms->v[i].file : "(null)", ms->v[i].line,
		    ms->v[i].column, (int)ms->v[i].severity,
		    ms->v[i].id ? ms->v[i].id : "(null)",
		    ms->v[i].text ? ms->v[i].text : "(null)");
}

static void
count_oom(void *arg)
{
	struct env *e = arg;

	e->oom_calls++;
}

static struct naskah *
ctx_new(struct env *e, enum naskah_lang lang, struct msgs *ms)
{
	struct naskah_options o;
	naskah_oom_fn oom = count_oom;

	memset(&o, 0, sizeof(o));
	o.datadir = e->datadir;
	o.lang = lang;
	o.message = msgs_collect;
	o.message_arg = ms;
	o.oom = oom;
	o.oom_arg = e;
	return naskah_new(&o);
}

/* doc laid out and rendered into out; 0, or -1 when a step failed. */
static int
doc_render(struct naskah *ctx, const struct naskah_doc *doc, struct buf *out)
{
	struct naskah_layout *l;
	int rc;

	if (doc == NULL || (l = naskah_layout(ctx, doc)) == NULL)
		return -1;
	rc = naskah_render(ctx, l, buf_write, out);
	naskah_layout_free(l);
	return rc;
}

/* The file at path (as the command line was given it) rendered. */
static int
path_render(struct naskah *ctx, const char *path, struct buf *out)
{
	struct naskah_doc *doc = naskah_doc_open(ctx, path);
	int rc = doc_render(ctx, doc, out);

	naskah_doc_free(doc);
	return rc;
}

static void
test_version(struct runner *r, struct env *e)
{
	check_str(r, naskah_version(), e->version,
	    "naskah_version() is the version naskah.pc gives");
}

/* Wrong options give no context and say why; every _free takes NULL. */
static void
test_options(struct runner *r, struct env *e)
{
	struct naskah_options o;
	struct msgs ms = { NULL, 0, 0 };
	struct naskah *ctx;

	memset(&o, 0, sizeof(o));
	o.datadir = e->datadir;
	o.lang = NASKAH_LANG__MAX;
	o.message = msgs_collect;
	o.message_arg = &ms;
	ctx = naskah_new(&o);
	check(r, ctx == NULL, "naskah_new with lang out of range is NULL");
	check(r, ms.n == 1 && ms.v[0].severity == NASKAH_USAGE,
	    "... and reports one usage message");
	if (ms.n != 1)
		msgs_print(&ms);
	naskah_free(ctx);
	msgs_clear(&ms);
	free(ms.v);

	ctx = naskah_new(NULL);
	check(r, ctx != NULL, "naskah_new(NULL) is a context");
	check_int(r, naskah_status(ctx), -1, "... with nothing reported");
	naskah_free(ctx);
	naskah_free(NULL);
	naskah_doc_free(NULL);
	naskah_layout_free(NULL);
	naskah_diff_free(NULL);
	check(r, 1, "every _free accepts NULL");
}

/* A decree from a string in memory: the CLI's bytes for its file. */
static void
test_parse(struct runner *r, struct env *e)
{
	struct msgs ms = { NULL, 0, 0 };
	struct naskah *ctx = ctx_new(e, NASKAH_LANG_ID, &ms);
	struct buf yaml = file_read(NULL, DECREE);
	struct buf cli = file_read(e->clidir, "decree.pdf");
	struct buf pdf = { NULL, 0, 0 };
	struct naskah_doc *doc;
	struct naskah_layout *l = NULL;
	struct naskah_stats st;
	size_t i;

	doc = naskah_doc_parse(ctx, yaml.p, yaml.len, "pasar-manna-2024.yaml",
	    "examples");
	check(r, doc != NULL, "naskah_doc_parse of the decree's YAML");
	check_str(r, doc ? naskah_doc_kind(doc) : NULL, "keputusan",
	    "its kind is keputusan");
	if (doc != NULL)
		l = naskah_layout(ctx, doc);
	check(r, l != NULL && naskah_layout_pages(l) > 1,
	    "naskah_layout gives pages");
	for (i = 0; l != NULL && naskah_layout_input(l, i) != NULL; i++)
		if (i > 10000)
			break;
	check(r, i > 0 && i < 10000, "naskah_layout_input lists %zu files, "
	    "then NULL", i);
	memset(&st, 0, sizeof(st));
	if (l != NULL)
		naskah_layout_stats(l, &st);
	check(r, st.lines > 0 && st.max_ratio > 0, "naskah_layout_stats: "
	    "%d lines, widest space %.2f", st.lines, st.max_ratio);
	check_int(r, l ? naskah_render(ctx, l, buf_write, &pdf) : -1, 0,
	    "naskah_render into memory returns 0");
	check_bytes(r, &pdf, &cli, "the PDF from memory is the CLI's");
	check_int(r, (long)ms.n, 0, "the decree gives no message");
	msgs_print(&ms);
	check_int(r, naskah_status(ctx), -1, "naskah_status: nothing");
	check_int(r, e->oom_calls, 0, "the OOM hook was not called");
	naskah_layout_free(l);
	naskah_doc_free(doc);
	naskah_free(ctx);
	buf_free(&yaml);
	buf_free(&cli);
	buf_free(&pdf);
	msgs_clear(&ms);
	free(ms.v);
}

/* Two documents with one context, the dumps, a failing write. */
static void
test_one_context(struct runner *r, struct env *e)
{
	struct msgs ms = { NULL, 0, 0 };
	struct naskah *ctx = ctx_new(e, NASKAH_LANG_ID, &ms);
	struct buf cli_d = file_read(e->clidir, "decree.pdf");
	struct buf cli_b = file_read(e->clidir, "book.pdf");
	struct buf cli_t = file_read(e->clidir, "decree.tree");
	struct buf cli_l = file_read(e->clidir, "decree.layout");
	struct buf cli_p = file_read(e->clidir, "decree.paragraphs");
	struct buf d1 = { NULL, 0, 0 }, d2 = { NULL, 0, 0 };
	struct buf b = { NULL, 0, 0 }, t = { NULL, 0, 0 }, dl = { NULL, 0, 0 };
	struct buf dp = { NULL, 0, 0 };
	struct naskah_doc *doc;
	struct naskah_layout *l = NULL;
	size_t nmsg;

	check_int(r, path_render(ctx, DECREE, &d1), 0, "render " DECREE);
	check_int(r, path_render(ctx, BOOK, &b), 0, "render " BOOK
	    " with the same context");
	check_int(r, path_render(ctx, DECREE, &d2), 0, "render " DECREE
	    " again");
	check_bytes(r, &d1, &cli_d, "the decree's PDF is the CLI's");
	check_bytes(r, &b, &cli_b, "the book's PDF is the CLI's");
	check_bytes(r, &d2, &d1, "the decree after the book: the same bytes");

	doc = naskah_doc_open(ctx, DECREE);
	check_int(r, doc ? naskah_dump_doc(doc, buf_write, &t) : -1, 0,
	    "naskah_dump_doc returns 0");
	check_bytes(r, &t, &cli_t, "naskah_dump_doc is naskah --dump=tree");
	if (doc != NULL)
		l = naskah_layout(ctx, doc);
	check_int(r, l ? naskah_dump_layout(l, buf_write, &dl) : -1, 0,
	    "naskah_dump_layout returns 0");
	check_bytes(r, &dl, &cli_l,
	    "naskah_dump_layout is naskah --dump=layout");
	check_int(r, l ? naskah_dump_paragraphs(l, buf_write, &dp) : -1, 0,
	    "naskah_dump_paragraphs returns 0");
	check_bytes(r, &dp, &cli_p,
	    "naskah_dump_paragraphs is naskah --dump=paragraphs");
	check_int(r, naskah_status(ctx), -1, "no message so far");
	msgs_print(&ms);

	nmsg = ms.n;
	check_int(r, l ? naskah_render(ctx, l, full_write, NULL) : 0, -1,
	    "naskah_render returns -1 when the write fails");
	check_int(r, (long)ms.n, (long)nmsg, "naskah_render leaves a failed "
	    "write to the caller's write to report (naskah.h): no message");
	check_int(r, naskah_status(ctx), -1, "naskah_render: a failed write "
	    "is not a message, naskah_status unchanged");
	naskah_status_clear(ctx);
	check_int(r, naskah_status(ctx), -1, "naskah_status_clear");
	check_int(r, l ? naskah_dump_layout(l, full_write, NULL) : 0, -1,
	    "naskah_dump_layout returns -1 when the write fails");
	check_int(r, l ? naskah_dump_paragraphs(l, full_write, NULL) : 0, -1,
	    "naskah_dump_paragraphs returns -1 when the write fails");

	naskah_layout_free(l);
	naskah_doc_free(doc);
	naskah_free(ctx);
	buf_free(&cli_d);
	buf_free(&cli_b);
	buf_free(&cli_t);
	buf_free(&cli_l);
	buf_free(&cli_p);
	buf_free(&dp);
	buf_free(&d1);
	buf_free(&d2);
	buf_free(&b);
	buf_free(&t);
	buf_free(&dl);
	msgs_clear(&ms);
	free(ms.v);
}

/* naskah diff, its list and its page, through the library. */
static void
test_diff(struct runner *r, struct env *e)
{
	struct msgs ms = { NULL, 0, 0 };
	struct naskah *ctx = ctx_new(e, NASKAH_LANG_ID, &ms);
	struct buf cli_t = file_read(e->clidir, "diff.txt");
	struct buf cli_p = file_read(e->clidir, "diff.pdf");
	struct buf cli_n = file_read(e->clidir, "diff.count");
	struct buf t = { NULL, 0, 0 }, p = { NULL, 0, 0 };
	struct naskah_doc *from = naskah_doc_open(ctx, DECREE);
	struct naskah_doc *to = naskah_doc_open(ctx, REVISED);
	struct naskah_diff *df = NULL;
	struct naskah_layout *l = NULL;

	if (from != NULL && to != NULL)
		df = naskah_diff(ctx, from, to);
	check_int(r, df ? (long)naskah_diff_count(df) : -1,
	    cli_n.len ? strtol((char *)cli_n.p, NULL, 10) : -2,
	    "naskah_diff_count is naskah diff's count");
	check_int(r, df ? naskah_diff_print(df, buf_write, &t) : -1, 0,
	    "naskah_diff_print returns 0");
	check_bytes(r, &t, &cli_t, "naskah_diff_print is naskah diff's list");
	if (df != NULL)
		l = naskah_diff_layout(ctx, df);
	check_int(r, l ? naskah_render(ctx, l, buf_write, &p) : -1, 0,
	    "naskah_diff_layout rendered");
	check_bytes(r, &p, &cli_p, "the page is naskah diff --pdf's");
	naskah_layout_free(l);
	naskah_diff_free(df);
	naskah_doc_free(to);
	naskah_doc_free(from);
	naskah_free(ctx);
	buf_free(&cli_t);
	buf_free(&cli_p);
	buf_free(&cli_n);
	buf_free(&t);
	buf_free(&p);
	msgs_clear(&ms);
	free(ms.v);
}

/* One expected message, from a line of a tests/bad .err file. */
static int
err_parse(char *s, struct msg *m)
{
	char *p, *q;

	memset(m, 0, sizeof(*m));
	if (strncmp(s, "naskah: ", 8) != 0 || (p = strchr(s + 8, ':')) == NULL)
		return -1;
	*p = '\0';
	m->file = s + 8;
	m->line = (int)strtol(p + 1, &q, 10);
	if (*q != ':')
		return -1;
	m->column = (int)strtol(q + 1, &q, 10);
	if (strncmp(q, ": ", 2) != 0 || (p = strstr(q + 2, ": ")) == NULL)
		return -1;
	*p = '\0';
	if (strcmp(q + 2, "error") == 0)
		m->severity = NASKAH_ERROR;
	else if (strcmp(q + 2, "warning") == 0 ||
	    strcmp(q + 2, "peringatan") == 0)
		m->severity = NASKAH_WARNING;
	else
		return -1;
	m->text = p + 2;
	if ((p = strchr(m->text, '\n')) != NULL)
		*p = '\0';
	return 0;
}

/* got against the messages in the .err file want, one by one. */
static void
msgs_check(struct runner *r, const struct msgs *got, struct buf *want,
    const char *const *ids, const char *file, const char *what)
{
	char *s, *save = NULL, what2[600];
	size_t i = 0;
	struct msg m;
	int same = 1;

	if (buf_write(want, "", 1) != 0)
		must(NULL);
	for (s = strtok_r((char *)want->p, "\n", &save); s != NULL;
	    s = strtok_r(NULL, "\n", &save), i++) {
		if (err_parse(s, &m) != 0 || i >= got->n ||
		    ids[i] == NULL) {
			same = 0;
			break;
		}
#define WHAT(field) (snprintf(what2, sizeof(what2), "%s, message %zu: %s", \
	    what, i + 1, field), what2)
		check_int(r, got->v[i].severity, m.severity, WHAT("severity"));
		check_str(r, got->v[i].file, file ? file : m.file,
		    WHAT("file"));
		check_int(r, got->v[i].line, m.line, WHAT("line"));
		check_int(r, got->v[i].column, m.column, WHAT("column"));
		check_str(r, got->v[i].id, ids[i], WHAT("id"));
		check_str(r, got->v[i].text, m.text, WHAT("text"));
#undef WHAT
	}
	check(r, same && i == got->n && i > 0 && ids[i] == NULL,
	    "%s: %zu messages, as many as wanted", what, got->n);
	if (!same || i != got->n)
		msgs_print(got);
}

struct bad_case {
	const char	*name;		/* tests/bad/NAME.yaml */
	int		 worst;		/* naskah_status after it */
	const char	*ids[8];	/* the messages' ids, in order */
};

static const struct bad_case bad_cases[] = {
	{ "nel-line-numbers", NASKAH_ERROR,
	    { "EXPECT_MAP", "EXPECT_INT", "DATE_REAL", NULL } },
	{ "book-section-depth", NASKAH_ERROR, { "SECTION_DEPTH", NULL } },
	{ "lkjip-not-computable", NASKAH_WARNING, { "NO_REALISASI",
	    "ZERO_DIVISOR", "NO_FIGURE", "ZERO_DIVISOR", NULL } },
};

/*
 * A bad document's messages through the callback, in both languages:
 * what the command line prints for it (tests/bad/NAME.err, .id.err),
 * field by field.
 */
static void
test_messages(struct runner *r, struct env *e)
{
	static const char *const ext[] = { ".id.err", ".err" };
	struct msgs ms = { NULL, 0, 0 };
	char path[256], what[300];
	size_t i;
	int lang;

	for (i = 0; i < sizeof(bad_cases) / sizeof(bad_cases[0]); i++)
		for (lang = NASKAH_LANG_ID; lang < NASKAH_LANG__MAX; lang++) {
			const struct bad_case *c = &bad_cases[i];
			struct naskah *ctx = ctx_new(e, lang, &ms);
			struct naskah_doc *doc;
			struct naskah_layout *l = NULL;
			struct buf want;

			snprintf(path, sizeof(path), "tests/bad/%s.yaml",
			    c->name);
			if ((doc = naskah_doc_open(ctx, path)) != NULL)
				l = naskah_layout(ctx, doc);
			snprintf(path, sizeof(path), "%s%s", c->name,
			    ext[lang]);
			want = file_read("tests/bad", path);
			snprintf(what, sizeof(what), "tests/bad/%s", path);
			msgs_check(r, &ms, &want, c->ids, NULL, what);
			check_int(r, naskah_status(ctx), c->worst, what);
			check(r, (c->worst == NASKAH_WARNING) == (l != NULL),
			    "%s: a layout if and only if no error", what);
			naskah_layout_free(l);
			naskah_doc_free(doc);
			naskah_free(ctx);
			buf_free(&want);
			msgs_clear(&ms);
		}
	free(ms.v);
}

/* The same bad document from memory: messages name it by its name. */
static void
test_messages_parse(struct runner *r, struct env *e)
{
	struct msgs ms = { NULL, 0, 0 };
	struct naskah *ctx = ctx_new(e, NASKAH_LANG_EN, &ms);
	struct buf yaml = file_read("tests/bad", "nel-line-numbers.yaml");
	struct buf want = file_read("tests/bad", "nel-line-numbers.err");
	struct naskah_doc *doc;

	doc = naskah_doc_parse(ctx, yaml.p, yaml.len, "<mem>", NULL);
	check(r, doc == NULL, "naskah_doc_parse of a bad document is NULL");
	msgs_check(r, &ms, &want, bad_cases[0].ids, "<mem>",
	    "nel-line-numbers from memory");
	naskah_doc_free(doc);
	naskah_free(ctx);
	buf_free(&yaml);
	buf_free(&want);
	msgs_clear(&ms);
	free(ms.v);
}

/* One thread's work: its own context, the decree and the book. */
struct worker {
	struct env	*env;
	struct buf	 decree;
	struct buf	 book;
	int		 rc;
};

static void *
worker_run(void *arg)
{
	struct worker *w = arg;
	struct msgs ms = { NULL, 0, 0 };
	struct naskah *ctx = ctx_new(w->env, NASKAH_LANG_ID, &ms);
	int k;

	w->rc = ctx == NULL ? -1 : 0;
	for (k = 0; k < 3 && w->rc == 0; k++) {
		w->decree.len = 0;
		w->book.len = 0;
		if (path_render(ctx, DECREE, &w->decree) != 0 ||
		    path_render(ctx, BOOK, &w->book) != 0 || ms.n != 0)
			w->rc = -1;
	}
	naskah_free(ctx);
	msgs_clear(&ms);
	free(ms.v);
	return NULL;
}

/* Two contexts in two threads at once give the bytes of one alone. */
static void
test_threads(struct runner *r, struct env *e)
{
	struct worker one, w[2];
	pthread_t t[2];
	int i, started[2];

	memset(&one, 0, sizeof(one));
	memset(w, 0, sizeof(w));
	one.env = w[0].env = w[1].env = e;
	worker_run(&one);
	check_int(r, one.rc, 0, "one context alone renders both");
	for (i = 0; i < 2; i++)
		started[i] = pthread_create(&t[i], NULL, worker_run,
		    &w[i]) == 0;
	for (i = 0; i < 2; i++) {
		if (started[i])
			pthread_join(t[i], NULL);
		check(r, started[i] && w[i].rc == 0,
		    "thread %d renders both", i + 1);
		check_bytes(r, &w[i].decree, &one.decree,
		    i ? "thread 2's decree" : "thread 1's decree");
		check_bytes(r, &w[i].book, &one.book,
		    i ? "thread 2's book" : "thread 1's book");
		buf_free(&w[i].decree);
		buf_free(&w[i].book);
	}
	buf_free(&one.decree);
	buf_free(&one.book);
}

static void
oom_exit(void *arg)
{
	(void)arg;
	_exit(42);
}

/*
 * In a child with its address space limited to what it uses and 64 MiB
 * more, contexts with a 1 MiB datadir name each, never freed, until
 * memory runs out; the status the child ends with.
 */
static int
oom_child(naskah_oom_fn oom)
{
	struct naskah_options o;
	struct rlimit rl;
	unsigned long pages = 0;
	char *big;
	FILE *f;
	pid_t pid;
	int st, i;

	fflush(stdout);
	if ((pid = fork()) == -1)
		return -1;
	if (pid > 0)
		return waitpid(pid, &st, 0) == pid ? st : -1;
	if ((f = fopen("/proc/self/statm", "r")) == NULL ||
	    fscanf(f, "%lu", &pages) != 1)
		_exit(3);
	fclose(f);
	rl.rlim_cur = rl.rlim_max = pages * sysconf(_SC_PAGESIZE) + (64 << 20);
	if ((big = malloc(1 << 20)) == NULL || setrlimit(RLIMIT_AS, &rl) != 0)
		_exit(3);
	memset(big, 'x', (1 << 20) - 1);
	big[(1 << 20) - 1] = '\0';
	memset(&o, 0, sizeof(o));
	o.datadir = big;
	o.oom = oom;
	for (i = 0; i < 100000; i++)
		if (naskah_new(&o) == NULL)
			_exit(4);
	_exit(5);
}

/* The OOM hook is called when memory runs out; without one, abort(). */
static void
test_oom(struct runner *r)
{
	int st;

	if (getenv("ASAN_OPTIONS") != NULL ||
	    getenv("NASKAH_API_NO_RLIMIT") != NULL) {
		printf("skipped: the OOM hook under a memory limit, because "
		    "ASan or valgrind run the test and a limit of the "
		    "address space breaks them\n");
		return;
	}
	st = oom_child(oom_exit);
	check(r, st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == 42,
	    "out of memory, naskah_new calls the OOM hook (status %#x)", st);
	st = oom_child(NULL);
	check(r, st != -1 && WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT,
	    "out of memory without a hook, abort() (status %#x)", st);
}

int
main(int argc, char *argv[])
{
	struct runner r = { 0, 0 };
	struct env e;

	if (argc != 4) {
		fprintf(stderr, "usage: api_test VERSION DATADIR CLIDIR\n");
		return 2;
	}
	memset(&e, 0, sizeof(e));
	e.version = argv[1];
	e.datadir = argv[2];
	e.clidir = argv[3];
	test_version(&r, &e);
	test_options(&r, &e);
	test_parse(&r, &e);
	test_one_context(&r, &e);
	test_diff(&r, &e);
	test_messages(&r, &e);
	test_messages_parse(&r, &e);
	test_threads(&r, &e);
	test_oom(&r);
	check_int(&r, e.oom_calls, 0, "the OOM hook was never called");
	printf("api_test: %d passed, %d failed\n", r.passed, r.failed);
	return r.failed ? 1 : 0;
}
