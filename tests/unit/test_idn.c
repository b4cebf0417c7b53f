/* SPDX-License-Identifier: ISC */
/*
 * test_idn.c - dates, ordinals, labels, Roman numerals, NIP.
 */
#include "test.h"
#include "model/idn.h"

static void
test_date_parse(void **state)
{
	struct naskah_date d;

	(void)state;
	assert_int_equal(idn_date_parse("2024-01-05", &d), IDN_DATE_OK);
	assert_int_equal(d.year, 2024);
	assert_int_equal(d.month, 1);
	assert_int_equal(d.day, 5);
	assert_int_equal(idn_date_parse("2024-01", &d), IDN_DATE_OK);
	assert_int_equal(d.day, 0);
	assert_int_equal(idn_date_parse("2024-02-29", &d), IDN_DATE_OK);
	assert_int_equal(idn_date_parse("2023-02-29", &d), IDN_DATE_RANGE);
	assert_int_equal(idn_date_parse("1900-02-29", &d), IDN_DATE_RANGE);
	assert_int_equal(idn_date_parse("2000-02-29", &d), IDN_DATE_OK);
	assert_int_equal(idn_date_parse("2024-13", &d), IDN_DATE_RANGE);
	assert_int_equal(idn_date_parse("2024-04-31", &d), IDN_DATE_RANGE);
	assert_int_equal(idn_date_parse("2024-1-5", &d), IDN_DATE_SYNTAX);
	assert_int_equal(idn_date_parse("Januari 2024", &d), IDN_DATE_SYNTAX);
	assert_int_equal(idn_date_parse("5 Januari 24", &d), IDN_DATE_SYNTAX);
	assert_int_equal(idn_date_parse("5 Jan 2024", &d), IDN_DATE_SYNTAX);
	assert_int_equal(idn_date_parse("005 Januari 2024", &d),
	    IDN_DATE_SYNTAX);
	assert_int_equal(idn_date_parse("5 Januari 2024 ", &d),
	    IDN_DATE_SYNTAX);
	assert_int_equal(idn_date_parse("0 Januari 2024", &d), IDN_DATE_RANGE);
	assert_int_equal(idn_date_parse("31 Nopember 2021", &d),
	    IDN_DATE_RANGE);
	assert_int_equal(idn_date_parse("5 Januari 2024", &d), IDN_DATE_OK);
	assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20240105);
	assert_int_equal(idn_date_parse("01 Nopember 2021", &d), IDN_DATE_OK);
	assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20211101);
	assert_int_equal(idn_date_parse("29  pebruari  2024", &d),
	    IDN_DATE_OK);
	assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20240229);
	assert_int_equal(idn_date_parse("7 NOVEMBER 2021", &d), IDN_DATE_OK);
	assert_int_equal(d.month, 11);
	/* a failed written date leaves nothing behind for YYYY-MM */
	assert_int_equal(idn_date_parse("2024-01", &d), IDN_DATE_OK);
	assert_int_equal(d.day, 0);
	assert_int_equal(idn_date_parse("2024-01-05x", &d), IDN_DATE_SYNTAX);
	assert_int_equal(idn_date_parse("", &d), IDN_DATE_SYNTAX);
}

static void
test_date_format(void **state)
{
	struct naskah_date d = { 2024, 1, 5 };
	char *s;

	(void)state;
	s = idn_date_format(&d, NULL);
	assert_string_equal(s, "5 Januari 2024");
	free(s);
	d.day = 0;
	d.month = 11;
	s = idn_date_format(&d, "__ ");
	assert_string_equal(s, "__ November 2024");
	free(s);
	assert_string_equal(idn_month_name(2), "Februari");
	assert_null(idn_month_name(13));
}

static void
test_date_style(void **state)
{
	struct naskah_date d = { 2021, 11, 1 };
	struct idn_date_style pad = { 1, 0 }, old = { 0, 1 }, both = { 1, 1 };
	char *s;

	(void)state;
	s = idn_date_format_as(&d, NULL, &pad);
	assert_string_equal(s, "01 November 2021");
	free(s);
	s = idn_date_format_as(&d, NULL, &old);
	assert_string_equal(s, "1 Nopember 2021");
	free(s);
	d.month = 2;
	d.day = 12;
	s = idn_date_format_as(&d, NULL, &both);
	assert_string_equal(s, "12 Pebruari 2021");
	free(s);
	d.month = 3;
	s = idn_date_format_as(&d, NULL, &both);
	assert_string_equal(s, "12 Maret 2021");
	free(s);
	d.day = 0;
	s = idn_date_format_as(&d, "__ ", &both);
	assert_string_equal(s, "__ Maret 2021");
	free(s);
	s = idn_date_format_as(&d, NULL, NULL);
	assert_string_equal(s, "Maret 2021");
	free(s);
}

static void
test_ordinal(void **state)
{
	static const char *const want[] = { NULL, "KESATU", "KEDUA", "KETIGA",
	    "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN",
	    "KESEMBILAN", "KESEPULUH", "KESEBELAS", "KEDUA BELAS",
	    "KETIGA BELAS" };
	char *s;
	int i;

	(void)state;
	for (i = 1; i <= 13; i++) {
		s = idn_ordinal(i);
		assert_string_equal(s, want[i]);
		free(s);
	}
	s = idn_ordinal(20);
	assert_string_equal(s, "KEDUA PULUH");
	free(s);
	s = idn_ordinal(21);
	assert_string_equal(s, "KEDUA PULUH SATU");
	free(s);
	s = idn_ordinal(100);
	assert_string_equal(s, "KESERATUS");
	free(s);
	s = idn_ordinal(111);
	assert_string_equal(s, "KESERATUS SEBELAS");
	free(s);
}

/* Past the old limit of 999: ke- and the cardinal, never NULL. */
static void
test_ordinal_large(void **state)
{
	static const struct {
		int		 n;
		const char	*want;
	} c[] = {
		{ 999, "KESEMBILAN RATUS SEMBILAN PULUH SEMBILAN" },
		{ 1000, "KESERIBU" },
		{ 1001, "KESERIBU SATU" },
		{ 1011, "KESERIBU SEBELAS" },
		{ 1100, "KESERIBU SERATUS" },
		{ 2000, "KEDUA RIBU" },
		{ 2024, "KEDUA RIBU DUA PULUH EMPAT" },
		{ 11000, "KESEBELAS RIBU" },
		{ 100000, "KESERATUS RIBU" },
		{ 101001, "KESERATUS SATU RIBU SATU" },
		{ 1000000, "KESEJUTA" },
		{ 1000001, "KESEJUTA SATU" },
		{ 2001000, "KEDUA JUTA SERIBU" },
		{ 1000000000, "KESEMILIAR" },
		{ 2147483647, "KEDUA MILIAR SERATUS EMPAT PULUH TUJUH JUTA "
		    "EMPAT RATUS DELAPAN PULUH TIGA RIBU ENAM RATUS EMPAT "
		    "PULUH TUJUH" },
		{ 0, "0" },
	};
	size_t i;
	char *s;

	(void)state;
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		s = idn_ordinal(c[i].n);
		assert_non_null(s);
		assert_string_equal(s, c[i].want);
		free(s);
	}
}

static void
test_letters_roman(void **state)
{
	char *s;

	(void)state;
	s = idn_letters(1);
	assert_string_equal(s, "a");
	free(s);
	s = idn_letters(26);
	assert_string_equal(s, "z");
	free(s);
	s = idn_letters(27);
	assert_string_equal(s, "aa");
	free(s);
	s = idn_roman(4);
	assert_string_equal(s, "IV");
	free(s);
	s = idn_roman(1999);
	assert_string_equal(s, "MCMXCIX");
	free(s);
	s = idn_roman(3999);
	assert_string_equal(s, "MMMCMXCIX");
	free(s);
	/* past 3999 the digits, never NULL */
	s = idn_roman(4000);
	assert_string_equal(s, "4000");
	free(s);
	s = idn_roman(0);
	assert_string_equal(s, "0");
	free(s);
	s = idn_letters(702);
	assert_string_equal(s, "zz");
	free(s);
	s = idn_letters(2147483647);
	assert_string_equal(s, "fxshrxw");
	free(s);
}

static void
test_nip(void **state)
{
	char dg[19];
	int n;
	char *s;

	(void)state;
	assert_int_equal(idn_nip_check("19730305 200803 2 001", dg, &n),
	    IDN_NIP_OK);
	assert_string_equal(dg, "197303052008032001");
	s = idn_nip_group(dg);
	assert_string_equal(s, "19730305 200803 2 001");
	free(s);
	assert_int_equal(idn_nip_check("197303052008032001", dg, &n),
	    IDN_NIP_OK);
	assert_int_equal(idn_nip_check("19730305 200803 2 00", dg, &n),
	    IDN_NIP_DIGITS);
	assert_int_equal(n, 17);
	assert_int_equal(idn_nip_check("19730305-200803", dg, &n),
	    IDN_NIP_CHARS);
	assert_int_equal(idn_nip_check("19731305 200803 2 001", dg, &n),
	    IDN_NIP_BIRTH);
	assert_int_equal(idn_nip_check("19730230 200803 2 001", dg, &n),
	    IDN_NIP_BIRTH);
	assert_int_equal(idn_nip_check("19730305 200813 2 001", dg, &n),
	    IDN_NIP_TMT);
	assert_int_equal(idn_nip_check("19730305 198803 2 001", dg, &n),
	    IDN_NIP_ORDER);
	assert_int_equal(idn_nip_check("19730305 200803 3 001", dg, &n),
	    IDN_NIP_SEX);
	assert_int_equal(idn_nip_check("1973030520080320011234", dg, &n),
	    IDN_NIP_DIGITS);
	assert_int_equal(n, 22);
}

static void
test_title_case(void **state)
{
	char *s;

	(void)state;
	s = idn_title_case("PENETAPAN INDIKATOR KINERJA UTAMA (IKU) "
	    "KECAMATAN PASAR MANNA TAHUN 2024");
	assert_string_equal(s, "Penetapan Indikator Kinerja Utama (IKU) "
	    "Kecamatan Pasar Manna Tahun 2024");
	free(s);
	s = idn_title_case("PERUBAHAN ATAS RENCANA STRATEGIS DAN TUJUAN "
	    "UNTUK DESA");
	assert_string_equal(s, "Perubahan atas Rencana Strategis dan Tujuan "
	    "untuk Desa");
	free(s);
	s = idn_title_case("DAN  LAIN");
	assert_string_equal(s, "Dan  Lain");
	free(s);
}

/* The diktum's labels in each house style (gaya.diktum). */
static void
test_diktum(void **state)
{
	static const struct { const char *style; int n; const char *want; }
	    c[] = {
		{ "kesatu", 1, "KESATU" }, { "kesatu", 2, "KEDUA" },
		{ "pertama", 1, "PERTAMA" }, { "pertama", 2, "KEDUA" },
		{ "pertama", 11, "KESEBELAS" },
		{ "pasal", 1, "Pasal 1" }, { "pasal", 12, "Pasal 12" },
	};
	size_t i;
	char *s;

	(void)state;
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		s = idn_diktum(c[i].style, c[i].n);
		assert_string_equal(s, c[i].want);
		free(s);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_date_parse),
		cmocka_unit_test(test_date_style),
		cmocka_unit_test(test_date_format),
		cmocka_unit_test(test_ordinal),
		cmocka_unit_test(test_ordinal_large),
		cmocka_unit_test(test_letters_roman),
		cmocka_unit_test(test_nip),
		cmocka_unit_test(test_title_case),
		cmocka_unit_test(test_diktum),
	};

	return cmocka_run_group_tests_name("idn", tests, NULL, NULL);
}
