/* SPDX-License-Identifier: ISC */
/*
 * test_capaian.c - capaian, rounding, Indonesian numbers and predikat
 * against the worked examples of naskah-dinas.md 2.4.
 */
#include "test.h"

#include <math.h>

#include "model/capaian.h"

/* The capaian of R against T by arah, cut to 2 places and formatted. */
static const char *
fig(double t, double r, enum naskah_arah a, enum naskah_pembulatan p,
    int decimals)
{
	static char buf[64];
	struct naskah_capaian_in in;
	double c;

	memset(&in, 0, sizeof(in));
	in.target = t;
	in.realisasi = r;
	in.has_realisasi = 1;
	in.arah = a;
	if (naskah_capaian(&in, &c) != CAPAIAN_OK)
		return "n/a";
	naskah_num_format(buf, sizeof(buf), c, decimals, p, 1);
	return buf;
}

/* Rata-rata lama sekolah, Bali 2020: T 10,28, R 9,31 -> 90,56. */
static void
test_higher_is_better(void **state)
{
	(void)state;
	assert_string_equal(fig(10.28, 9.31, ARAH_NAIK, PEMBULATAN_BULAT, 2),
	    "90,56");
	assert_string_equal(fig(100, 100, ARAH_NAIK, PEMBULATAN_BULAT, 2),
	    "100,00");
	assert_string_equal(fig(80, 96, ARAH_NAIK, PEMBULATAN_BULAT, 2),
	    "120,00");
}

/* PermenPAN-RB 6/2022: T 7, R 6,5 -> 107 %; T 8, R 9 -> 87,5 %. */
static void
test_lower_is_better(void **state)
{
	(void)state;
	assert_string_equal(fig(7, 6.5, ARAH_TURUN, PEMBULATAN_BULAT, 0),
	    "107");
	assert_string_equal(fig(7, 6.5, ARAH_TURUN, PEMBULATAN_BULAT, 2),
	    "107,14");
	assert_string_equal(fig(8, 9, ARAH_TURUN, PEMBULATAN_BULAT, 2),
	    "87,50");
	assert_string_equal(fig(8, 9, ARAH_TURUN, PEMBULATAN_BULAT, 1),
	    "87,5");
}

/* Angka kriminalitas, Bali 2020: T 3.669, R 1.967: T/R truncated gives
 * the printed 186,52 (rounding would give 186,53); (2T-R)/T 146,39. */
static void
test_crime_rate(void **state)
{
	(void)state;
	assert_string_equal(fig(3669, 1967, ARAH_TURUN_BAGI,
	    PEMBULATAN_POTONG, 2), "186,52");
	assert_string_equal(fig(3669, 1967, ARAH_TURUN_BAGI,
	    PEMBULATAN_BULAT, 2), "186,53");
	assert_string_equal(fig(3669, 1967, ARAH_TURUN, PEMBULATAN_BULAT, 2),
	    "146,39");
}

static void
test_not_computable(void **state)
{
	struct naskah_capaian_in in;
	double c = -1;

	(void)state;
	memset(&in, 0, sizeof(in));
	in.target = 10;
	assert_int_equal(naskah_capaian(&in, &c), CAPAIAN_NO_REALISASI);
	in.has_realisasi = 1;
	in.target = 0;
	in.realisasi = 5;
	assert_int_equal(naskah_capaian(&in, &c), CAPAIAN_ZERO);
	in.arah = ARAH_TURUN;
	assert_int_equal(naskah_capaian(&in, &c), CAPAIAN_ZERO);
	in.arah = ARAH_TURUN_BAGI;
	in.target = 5;
	in.realisasi = 0;
	assert_int_equal(naskah_capaian(&in, &c), CAPAIAN_ZERO);
	assert_true(c == -1);
}

/* A target range: inside 100 %, above it the upper bound counts, below
 * it the lower bound. */
static void
test_range(void **state)
{
	struct naskah_capaian_in in;
	double c;

	(void)state;
	memset(&in, 0, sizeof(in));
	in.range = 1;
	in.target = 80;
	in.target_max = 90;
	in.has_realisasi = 1;
	in.realisasi = 85;
	assert_int_equal(naskah_capaian(&in, &c), CAPAIAN_OK);
	assert_true(c == 100);
	in.realisasi = 99;
	assert_int_equal(naskah_capaian(&in, &c), CAPAIAN_OK);
	assert_true(fabs(c - 110) < 1e-9);
	in.realisasi = 60;
	assert_int_equal(naskah_capaian(&in, &c), CAPAIAN_OK);
	assert_true(fabs(c - 75) < 1e-9);
	in.arah = ARAH_TURUN;
	in.realisasi = 99;	/* (2 x 90 - 99) / 90 */
	assert_int_equal(naskah_capaian(&in, &c), CAPAIAN_OK);
	assert_true(fabs(c - 90) < 1e-9);
}

static void
test_cut(void **state)
{
	(void)state;
	/* binary fractions a hair under the step are on it */
	assert_true(naskah_cut(0.29 * 100, 0, PEMBULATAN_POTONG) == 29);
	assert_true(naskah_cut(1.005, 2, PEMBULATAN_BULAT) == 1.01);
	assert_true(naskah_cut(2.675, 2, PEMBULATAN_BULAT) == 2.68);
	assert_true(naskah_cut(186.52779, 2, PEMBULATAN_POTONG) == 186.52);
	assert_true(naskah_cut(-1.255, 2, PEMBULATAN_POTONG) == -1.25);
	assert_true(naskah_cut(-1.255, 2, PEMBULATAN_BULAT) == -1.26);
}

static void
test_num_format(void **state)
{
	char b[64];

	(void)state;
	naskah_num_format(b, sizeof(b), 1234567.891, 2, PEMBULATAN_BULAT, 1);
	assert_string_equal(b, "1.234.567,89");
	naskah_num_format(b, sizeof(b), 1250000000, 0, PEMBULATAN_BULAT, 1);
	assert_string_equal(b, "1.250.000.000");
	naskah_num_format(b, sizeof(b), 2024, 0, PEMBULATAN_BULAT, 0);
	assert_string_equal(b, "2024");
	naskah_num_format(b, sizeof(b), 999.999, 2, PEMBULATAN_BULAT, 1);
	assert_string_equal(b, "1.000,00");
	naskah_num_format(b, sizeof(b), -13.31, 2, PEMBULATAN_BULAT, 1);
	assert_string_equal(b, "-13,31");
	naskah_num_format(b, sizeof(b), -0.001, 2, PEMBULATAN_BULAT, 1);
	assert_string_equal(b, "0,00");
	naskah_num_format(b, sizeof(b), 100, 0, PEMBULATAN_BULAT, 1);
	assert_string_equal(b, "100");
	/* a short buffer: cut, NUL-ended, the length it needed returned */
	assert_int_equal(naskah_num_format(b, 4, 1234567, 0,
	    PEMBULATAN_BULAT, 1), 9);
	assert_string_equal(b, "1.2");
}

static void
test_figure_parse(void **state)
{
	double lo = -1, hi = -1;

	(void)state;
	assert_int_equal(naskah_figure_parse("80", &lo, &hi), 1);
	assert_true(lo == 80);
	assert_int_equal(naskah_figure_parse("70 %", &lo, &hi), 1);
	assert_true(lo == 70);
	assert_int_equal(naskah_figure_parse("10,28", &lo, &hi), 1);
	assert_true(lo == 10.28);
	assert_int_equal(naskah_figure_parse("10.28", &lo, &hi), 1);
	assert_true(lo == 10.28);
	assert_int_equal(naskah_figure_parse("3.669", &lo, &hi), 1);
	assert_true(lo == 3669);
	assert_int_equal(naskah_figure_parse("1.250.000.000", &lo, &hi), 1);
	assert_true(lo == 1250000000);
	assert_int_equal(naskah_figure_parse("Rp1.250.000,50", &lo, &hi), 1);
	assert_true(lo == 1250000.5);
	assert_int_equal(naskah_figure_parse(" 9,31 poin", &lo, &hi), 1);
	assert_true(lo == 9.31);
	assert_int_equal(naskah_figure_parse("80-90", &lo, &hi), 2);
	assert_true(lo == 80 && hi == 90);
	assert_int_equal(naskah_figure_parse("80 \xE2\x80\x93 90 %", &lo, &hi),
	    2);
	assert_true(lo == 80 && hi == 90);
	assert_int_equal(naskah_figure_parse("7,5 s.d. 8", &lo, &hi), 2);
	assert_true(lo == 7.5 && hi == 8);
	assert_int_equal(naskah_figure_parse("Baik", &lo, &hi), 0);
	assert_int_equal(naskah_figure_parse("", &lo, &hi), 0);
	assert_int_equal(naskah_figure_parse("1.2.3", &lo, &hi), 0);
	assert_int_equal(naskah_figure_parse(NULL, &lo, &hi), 0);
}

/* The two regional scales of naskah-dinas.md 2.4. */
static void
test_predikat(void **state)
{
	static const struct naskah_predikat_step sampang[] = {
		{ 91, 0, "Sangat Baik" }, { 76, 0, "Baik" },
		{ 66, 0, "Cukup" }, { 51, 0, "Kurang" },
		{ 0, 0, "Sangat Kurang" },
	};
	static const struct naskah_predikat_step maluku[] = {
		{ 0, 0, "Kurang" }, { 30, 1, "Agak Kurang" },
		{ 50, 1, "Cukup Baik" }, { 65, 1, "Baik" },
		{ 75, 1, "Sangat Baik" }, { 85, 1, "Memuaskan" },
	};

	(void)state;
	assert_string_equal(naskah_predikat(sampang, 5, 90.56), "Baik");
	assert_string_equal(naskah_predikat(sampang, 5, 91), "Sangat Baik");
	assert_string_equal(naskah_predikat(sampang, 5, 186.52),
	    "Sangat Baik");
	assert_string_equal(naskah_predikat(sampang, 5, 50), "Sangat Kurang");
	assert_null(naskah_predikat(sampang, 5, -3));
	assert_string_equal(naskah_predikat(maluku, 6, 85), "Sangat Baik");
	assert_string_equal(naskah_predikat(maluku, 6, 85.01), "Memuaskan");
	assert_string_equal(naskah_predikat(maluku, 6, 30), "Kurang");
	assert_string_equal(naskah_predikat(maluku, 6, 87.5), "Memuaskan");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_higher_is_better),
		cmocka_unit_test(test_lower_is_better),
		cmocka_unit_test(test_crime_rate),
		cmocka_unit_test(test_not_computable),
		cmocka_unit_test(test_range),
		cmocka_unit_test(test_cut),
		cmocka_unit_test(test_num_format),
		cmocka_unit_test(test_predikat),
		cmocka_unit_test(test_figure_parse),
	};

	return cmocka_run_group_tests_name("capaian", tests, NULL, NULL);
}
