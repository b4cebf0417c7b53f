/* SPDX-License-Identifier: ISC */
/*
 * test_review_cli.c - the reviewer's wiring (issue 15, cli part): a
 * finding's rule and fix through the channel to the library's message,
 * abaikan switching a rule off or changing its severity, an unknown
 * name's hint, naskah_review and the table of naskah_rule_info; every
 * message format of both catalogues within what the formatter reads.
 */
#include "test.h"
#include "test_review.h"
#include "naskah.h"

/* What a sink was last given. */
struct seen {
	int	 n;
	int	 sev;
	char	 rule[64], fix[64], text[160];
	int	 has_fix, has_rule;
};

static void
seen_sink(void *arg, enum naskah_sev sev, const char *file, int line, int col,
    enum naskah_msg msg, const char *text, const struct diag_finding *f)
{
	struct seen *s = arg;

	(void)file;
	(void)line;
	(void)col;
	(void)msg;
	s->n++;
	s->sev = (int)sev;
	s->has_rule = f != NULL && f->rule != NULL;
	s->has_fix = f != NULL && f->fix != NULL;
	snprintf(s->rule, sizeof(s->rule), "%s", s->has_rule ? f->rule : "");
	snprintf(s->fix, sizeof(s->fix), "%s", s->has_fix ? f->fix : "");
	snprintf(s->text, sizeof(s->text), "%s", text);
}

static void
review_open(struct naskah_diag *d, struct review *rv, struct seen *s)
{
	memset(s, 0, sizeof(*s));
	naskah_diag_init(d, LANG_EN);
	d->sink = seen_sink;
	d->sink_arg = s;
	d->file = "t.yaml";
	review_init(rv, d);
}

/* Does format f use only the conversions diag_format_add reads (d u X
 * c s f g, zu, with flags, width and precision; %% for a percent sign)?
 * Another (%zd, %ld, %lu) came out as "naskah: out of memory". */
static int
format_ok(const char *f)
{
	size_t n;

	for (; (f = strchr(f, '%')) != NULL; f += n) {
		if (f[1] == '%') {
			n = 2;
			continue;
		}
		n = strspn(f + 1, "-+ #0123456789.") + 1;
		if (f[n] == 'z' && f[n + 1] == 'u') {
			n += 2;
			continue;
		}
		if (f[n] == '\0' || strchr("duXcsfg", f[n]) == NULL)
			return 0;
		n++;
	}
	return 1;
}

/* every format of the library's and the command line's catalogues, in
 * both languages; the two languages take the same conversions */
static void
test_message_formats(void **state)
{
	static const char *const cli[][2] = {
#define X(id, en, idn) { en, idn },
#include "cli/messages.def"
#undef X
	};
	struct naskah_diag d;
	struct naskah_pos at = { 0, 0, NULL };
	struct seen s;
	int m, l;
	size_t i;

	(void)state;
	for (m = 0; m < MSG__MAX; m++)
		for (l = 0; l < LANG__MAX; l++)
			if (!format_ok(naskah_msg_format((enum naskah_msg)m,
			    (enum naskah_lang)l)))
				fail_msg("%s (%d): %s", naskah_msg_id(
				    (enum naskah_msg)m), l, naskah_msg_format(
				    (enum naskah_msg)m, (enum naskah_lang)l));
	for (i = 0; i < sizeof(cli) / sizeof(cli[0]); i++)
		for (l = 0; l < 2; l++)
			if (!format_ok(cli[i][l]))
				fail_msg("cli message %zu: %s", i, cli[i][l]);
	/* a size_t where the format says zu */
	memset(&s, 0, sizeof(s));
	naskah_diag_init(&d, LANG_EN);
	d.sink = seen_sink;
	d.sink_arg = &s;
	naskah_diag(&d, SEV_ERROR, at, MSG_SIGN_TOO_BIG, (size_t)20000,
	    (size_t)16384);
	assert_non_null(strstr(s.text, "is 20000 bytes, more than the 16384"));
}

/* a finding carries its rule's name, and its fix when one is given; an
 * ordinary message neither */
static void
test_finding_parts(void **state)
{
	struct naskah_diag d;
	struct review rv;
	struct seen s;
	struct naskah_pos at = { 3, 5, NULL };

	(void)state;
	review_open(&d, &rv, &s);
	review_report(&rv, RULE_MENIMBANG_BAHWA, at);
	assert_int_equal(s.n, 1);
	assert_true(s.has_rule);
	assert_string_equal(s.rule, "menimbang-bahwa");
	assert_false(s.has_fix);
	assert_int_equal(s.sev, SEV_WARNING);
	at.line = 4;
	review_report_fix(&rv, RULE_MENIMBANG_BAHWA, at, "bahwa berdasarkan");
	assert_int_equal(s.n, 2);
	assert_string_equal(s.fix, "bahwa berdasarkan");
	/* the same line again is a repeat, not said twice */
	review_report_fix(&rv, RULE_MENIMBANG_BAHWA, at, "bahwa berdasarkan");
	assert_int_equal(s.n, 2);
	assert_int_equal(rv.count, 3);
	naskah_diag(&d, SEV_WARNING, at, MSG_RV_ABAIKAN_UNKNOWN, "x");
	assert_false(s.has_rule);
	assert_false(s.has_fix);
}

/* abaikan: off, tingkat galat, peringatan under ketat, an unknown name */
static void
test_abaikan(void **state)
{
	struct naskah_abaikan_item it[2];
	struct naskah_abaikan a = { it, 1, 2 };
	struct naskah_diag d;
	struct review rv;
	struct seen s;
	struct naskah_pos at = { 3, 5, NULL };

	(void)state;
	memset(it, 0, sizeof(it));
	it[0].aturan = text_at("menimbang-bahwa", 20);
	it[0].alasan = text_at("word for word", 21);
	review_open(&d, &rv, &s);
	assert_int_equal(review_abaikan(&rv, &a), 1);
	review_report(&rv, RULE_MENIMBANG_BAHWA, at);
	assert_int_equal(s.n, 0);
	assert_int_equal(rv.count, 0);

	it[0].tingkat = ABAIKAN_GALAT;
	review_open(&d, &rv, &s);
	assert_int_equal(review_abaikan(&rv, &a), 1);
	review_report(&rv, RULE_MENIMBANG_BAHWA, at);
	assert_int_equal(s.n, 1);
	assert_int_equal(s.sev, SEV_ERROR);

	it[0].tingkat = ABAIKAN_PERINGATAN;
	review_open(&d, &rv, &s);
	rv.ketat = 1;
	assert_int_equal(review_abaikan(&rv, &a), 1);
	review_report(&rv, RULE_MENIMBANG_BAHWA, at);
	assert_int_equal(s.sev, SEV_ERROR);	/* ketat wins */

	it[1].aturan = text_at("menimbang-bahwaa", 22);
	it[1].alasan = text_at("x", 23);
	a.n = 2;
	review_open(&d, &rv, &s);
	assert_int_equal(review_abaikan(&rv, &a), 0);
	assert_int_equal(s.sev, SEV_ERROR);
	assert_false(s.has_rule);
	assert_string_equal(s.text, "abaikan: 'menimbang-bahwaa' is not a "
	    "rule; did you mean 'menimbang-bahwa'? (naskah --aturan lists "
	    "them)");
}

/* the table through the public API */
static void
test_rule_info(void **state)
{
	struct naskah_rule r;
	size_t i;

	(void)state;
	assert_int_equal(naskah_rule_count(), RULE__MAX);
	for (i = 0; i < naskah_rule_count(); i++) {
		assert_int_equal(naskah_rule_info(i, NASKAH_LANG_ID, &r), 0);
		assert_string_equal(r.name, review_rules[i].name);
		assert_non_null(r.family);
		assert_true(strlen(r.source) > 0);
		assert_true(strlen(r.text) > 0);
	}
	assert_int_equal(naskah_rule_info(naskah_rule_count(),
	    NASKAH_LANG_ID, &r), -1);
	assert_int_equal(naskah_rule_info(0, NASKAH_LANG__MAX, &r), -1);
	assert_int_equal(naskah_rule_info(RULE_MENIMBANG_BAHWA,
	    NASKAH_LANG_EN, &r), 0);
	assert_string_equal(r.family, "bentuk");
	assert_int_equal(r.severity, NASKAH_WARNING);
}

/* naskah_review of a document in memory: its finding through the
 * callback with rule set, the count, ketat */
/* The messages seen: all, findings, and those of menimbang-bahwa (the
 * last of them in last); other rules may speak on the same text. */
struct msgs {
	int	 n, findings, bahwa, worst;
	char	 last[200];
};

static void
on_message(void *arg, const struct naskah_message *m)
{
	struct msgs *s = arg;

	s->n++;
	if (m->rule != NULL)
		s->findings++;
	if (m->rule != NULL && strcmp(m->rule, "menimbang-bahwa") == 0) {
		s->bahwa++;
		snprintf(s->last, sizeof(s->last), "%d:%d %s %s", m->line,
		    m->column, m->rule, m->id);
	}
	if ((int)m->severity > s->worst)
		s->worst = (int)m->severity;
}

static void
test_naskah_review(void **state)
{
	static const char yaml[] =
	    "naskah: 1\n"
	    "jenis: keputusan\n"
	    "keputusan: {judul: KEPUTUSAN CAMAT CONTOH, tahun: 2024, "
	    "tentang: UJI, pejabat: \"CAMAT CONTOH,\"}\n"
	    "menimbang: [\"bahwa a;\", \"berdasarkan b;\"]\n"
	    "mengingat: [Undang-Undang Nomor 1 Tahun 2000;]\n"
	    "diktum: [Keputusan ini mulai berlaku pada tanggal ditetapkan.]\n"
	    "penetapan: {tempat: Contoh, tanggal: 2024-01-02}\n"
	    "penandatangan: {jabatan: \"CAMAT CONTOH,\", nama: NAMA CAMAT}\n";
	struct naskah_options o;
	struct naskah *ctx;
	struct naskah_doc *doc;
	struct msgs s;
	int found;

	(void)state;
	memset(&o, 0, sizeof(o));
	memset(&s, 0, sizeof(s));
	o.datadir = ".";
	o.message = on_message;
	o.message_arg = &s;
	ctx = naskah_new(&o);
	assert_non_null(ctx);
	doc = naskah_doc_parse(ctx, yaml, sizeof(yaml) - 1, "m.yaml", NULL);
	assert_non_null(doc);
	assert_int_equal(s.n, 0);
	found = naskah_review(ctx, doc, 0);
	assert_int_equal(found, s.findings);
	assert_int_equal(s.bahwa, 1);
	assert_true(s.findings >= 1);
	assert_int_equal(s.worst, NASKAH_WARNING);
	/* line 4 (its column is the rule's to choose) */
	assert_true(strncmp(s.last, "4:", 2) == 0);
	assert_non_null(strstr(s.last, " menimbang-bahwa RV_MENIMBANG_BAHWA"));
	naskah_status_clear(ctx);
	assert_true(naskah_review(ctx, doc, NASKAH_REVIEW_KETAT) >= 1);
	assert_int_equal(s.worst, NASKAH_ERROR);
	naskah_doc_free(doc);
	naskah_free(ctx);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_message_formats),
		cmocka_unit_test(test_finding_parts),
		cmocka_unit_test(test_abaikan),
		cmocka_unit_test(test_rule_info),
		cmocka_unit_test(test_naskah_review),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
