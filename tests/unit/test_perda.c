/* SPDX-License-Identifier: ISC */
/*
 * test_perda.c - the references of a Peraturan's texts: found, joined,
 * told external, and checked against a small Peraturan.
 */
#include "test.h"
#include "model/model.h"
#include "model/perda.h"
#include "base/xalloc.h"

/* The references of s as "P.A.H.K" (external: "x"), ";"-separated. */
static char *
scan(const char *s, const char *self)
{
	struct naskah_buf b = { NULL, 0, 0 };
	struct perda_ref *v;
	size_t i, n;

	perda_refs_scan(s, self, &v, &n);
	for (i = 0; i < n; i++)
		buf_printf(&b, "%s%d.%d.%d.%d%s@%zu+%zu", i ? ";" : "",
		    v[i].pasal, v[i].ayat, v[i].huruf, v[i].angka,
		    v[i].external ? "x" : "", v[i].off, v[i].len);
	free(v);
	if (b.len == 0)
		buf_adds(&b, "");
	return buf_take(&b);
}

#define SCAN(s, self, want) do {					\
	char *got_ = scan(s, self);					\
	assert_string_equal(got_, want);				\
	free(got_);							\
} while (0)

static void
test_scan_forms(void **state)
{
	(void)state;
	SCAN("sebagaimana dimaksud dalam Pasal 3 ayat (2) huruf b", NULL,
	    "3.2.2.0@27+24");
	SCAN("Pasal 3 dan Pasal 4", NULL, "3.0.0.0@0+7;4.0.0.0@12+7");
	SCAN("sebagaimana dimaksud pada ayat (1)", NULL, "0.1.0.0@26+8");
	SCAN("dalam huruf a dan huruf b, perlu", NULL,
	    "0.0.1.0@6+7;0.0.2.0@18+7");
	SCAN("Pasal 1 angka 5", NULL, "1.0.0.5@0+15");
	SCAN("ayat (2) Pasal 3", NULL, "3.2.0.0@0+16");
	/* not references: no number, another word, inside a word */
	SCAN("Pasal ini, ayat 2, huruf kapital, SubPasal 3", NULL, "");
	SCAN("", NULL, "");
}

static void
test_scan_joined(void **state)
{
	(void)state;
	/* a reference joined to the one before takes its Pasal and ayat */
	SCAN("Pasal 8 ayat (3) huruf a dan huruf b", NULL,
	    "8.3.1.0@0+24;8.3.2.0@29+7");
	SCAN("Pasal 5 ayat (1), ayat (2), dan ayat (4)", NULL,
	    "5.1.0.0@0+16;5.2.0.0@18+8;5.4.0.0@32+8");
	SCAN("Pasal 3 sampai dengan Pasal 6", NULL,
	    "3.0.0.0@0+7;6.0.0.0@22+7");
	/* not joined: a word between */
	SCAN("Pasal 2 ayat (1) yang diatur dalam huruf c", NULL,
	    "2.1.0.0@0+16;0.0.3.0@35+7");
}

static void
test_scan_external(void **state)
{
	(void)state;
	SCAN("ketentuan Pasal 4 ayat (3) Peraturan Menteri Negara", NULL,
	    "4.3.0.0x@10+16");
	SCAN("Pasal 18 ayat (6) Undang-Undang Dasar", NULL,
	    "18.6.0.0x@0+17");
	/* the whole chain before the name is the other regulation's */
	SCAN("Pasal 3 dan Pasal 4 Peraturan Pemerintah Nomor 8", NULL,
	    "3.0.0.0x@0+7;4.0.0.0x@12+7");
	/* its own name with "ini" is this Peraturan */
	SCAN("Pasal 3 Peraturan Bupati ini", "Peraturan Bupati",
	    "3.0.0.0@0+7");
	SCAN("Pasal 3 Peraturan Bupati Nomor 2 Tahun 2020",
	    "Peraturan Bupati", "3.0.0.0x@0+7");
}

/* A Peraturan of 3 Pasal: 1 of 2 ayat, the 2nd with huruf a-b; 2 with
 * huruf a-c, b with angka 1-2; 3 a text. */
static struct naskah_perda *
small(void)
{
	struct naskah_perda *p = xcalloc(1, sizeof(*p));
	struct perda_item *a;

	p->npasal = 3;
	p->pasal = xcalloc(3, sizeof(*p->pasal));
	p->pasal[0].list = PERDA_LIST_AYAT;
	p->pasal[0].nkid = 2;
	p->pasal[0].kid = a = xcalloc(2, sizeof(*a));
	a[1].list = PERDA_LIST_HURUF;
	a[1].nkid = 2;
	a[1].kid = xcalloc(2, sizeof(*a));
	p->pasal[1].list = PERDA_LIST_HURUF;
	p->pasal[1].nkid = 3;
	p->pasal[1].kid = a = xcalloc(3, sizeof(*a));
	a[1].list = PERDA_LIST_ANGKA;
	a[1].nkid = 2;
	a[1].kid = xcalloc(2, sizeof(*a));
	return p;
}

/* The messages of checking text s as Pasal 3's. */
static char *
check(struct naskah_perda *p, const char *s)
{
	struct naskah_clauses none = { NULL, 0, 0 };
	struct tdiag t;
	char *r;

	p->pasal[2].teks.s = s;
	tdiag_open(&t);
	perda_refs_check(p, &none, &t.d);
	r = xstrdup(tdiag_text(&t));
	tdiag_close(&t);
	return r;
}

#define CHECK(p, s, want) do {						\
	char *got_ = check(p, s);					\
	assert_string_equal(got_, want);				\
	free(got_);							\
} while (0)

static void
test_check(void **state)
{
	struct naskah_perda *p = small();

	(void)state;
	CHECK(p, "dalam Pasal 1 ayat (2) huruf b dan Pasal 2 huruf b angka 2",
	    "");
	CHECK(p, "dalam Pasal 4", "naskah: t.yaml: error: 'Pasal 4' refers "
	    "to Pasal 4, but this Peraturan has 3 Pasal\n");
	CHECK(p, "dalam Pasal 1 ayat (3)", "naskah: t.yaml: error: 'Pasal 1 "
	    "ayat (3)' refers to ayat (3), which Pasal 1 does not have\n");
	CHECK(p, "dalam Pasal 1 ayat (2) huruf a dan huruf c", "naskah: "
	    "t.yaml: error: 'huruf c' refers to huruf c, which Pasal 1 ayat "
	    "(2) does not have\n");
	CHECK(p, "dalam Pasal 2 huruf a angka 1", "naskah: t.yaml: error: "
	    "'Pasal 2 huruf a angka 1' refers to angka 1, which Pasal 2 does "
	    "not have\n");
	/* Pasal 3 has no ayat; another regulation's are not checked */
	CHECK(p, "pada ayat (1)", "naskah: t.yaml: error: 'ayat (1)' refers "
	    "to ayat (1), which Pasal 3 does not have\n");
	CHECK(p, "Pasal 9 ayat (9) Peraturan Menteri", "");
	naskah_perda_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scan_forms),
		cmocka_unit_test(test_scan_joined),
		cmocka_unit_test(test_scan_external),
		cmocka_unit_test(test_check),
	};

	return cmocka_run_group_tests_name("perda", tests, NULL, NULL);
}
