/* SPDX-License-Identifier: ISC */
/*
 * idn.h - Indonesian writing conventions: dates, ordinal diktum labels,
 * list labels, Roman numerals and the NIP (Nomor Induk Pegawai).
 *
 * Pure functions without I/O; every string returned is owned by the
 * caller unless the comment says otherwise.
 */
#ifndef NASKAH_IDN_H
#define NASKAH_IDN_H

#include <stddef.h>

/* A calendar date; day 0 means "day left blank for the signer". */
struct naskah_date {
	int	year;
	int	month;		/* 1-12 */
	int	day;		/* 1-31, or 0 */
};

enum idn_date_err {
	IDN_DATE_OK = 0,
	IDN_DATE_SYNTAX,	/* not YYYY-MM-DD or YYYY-MM */
	IDN_DATE_RANGE,		/* no such day */
	IDN_DATE__MAX
};

/* How a region writes its dates (a template's "tanggal" section). */
struct idn_date_style {
	int	pad_day;	/* "05 Januari": the day in two digits */
	int	old_months;	/* "Pebruari", "Nopember": the old spellings */
};

/*
 * Parse "YYYY-MM-DD" or "YYYY-MM" (day 0), or a full date as Indonesian
 * writes it: "5 Januari 2024", "05 Januari 2024", the month in any
 * case, in today's spelling or the old one ("Pebruari", "Nopember"),
 * one space or more between the parts.  A day left blank is written
 * YYYY-MM only ("Januari 2024" is not a date: a forgotten day).
 */
enum idn_date_err idn_date_parse(const char *s, struct naskah_date *out);
int	 idn_date_valid(int year, int month, int day);
/* The month's name ("Januari"), NULL outside 1-12; static storage. */
const char *idn_month_name(int month);
/*
 * "5 Januari 2024", or "Januari 2024" preceded by blank room when the
 * day is 0 (blank is the text put where the day would go).
 */
char	*idn_date_format(const struct naskah_date *dt, const char *blank);
/* idn_date_format in style st (NULL: "5 Januari 2024"). */
char	*idn_date_format_as(const struct naskah_date *dt, const char *blank,
	    const struct idn_date_style *st);

/*
 * Ordinal word in caps: 1 -> "KESATU", 11 -> "KESEBELAS", 21 -> "KEDUA
 * PULUH SATU", 1000 -> "KESERIBU", 1001 -> "KESERIBU SATU", 2000000 ->
 * "KEDUA JUTA"; ke- and the cardinal for every n >= 2.  n < 1 (no
 * document numbers from 0) gives the digits.  Never NULL.
 */
char	*idn_ordinal(int n);

/*
 * The label of diktum n (from 1) in a house style (the decree
 * template's gaya.diktum): "kesatu" is idn_ordinal (KESATU, KEDUA);
 * "pertama" the same but for 1, PERTAMA; "pasal" "Pasal 1", "Pasal 2".
 * Never NULL; caller frees.
 */
char	*idn_diktum(const char *style, int n);

/*
 * A title written in capitals as it stands inside a sentence:
 * "PENETAPAN INDIKATOR KINERJA UTAMA (IKU) DAN ..." gives "Penetapan
 * Indikator Kinerja Utama (IKU) dan ...": each word capitalised, the
 * small words (dan, atau, di, ke, dari, yang, untuk, ...) lower case
 * but first, words with digits or of at most 4 letters in brackets
 * kept.  ASCII letters only are changed.  Caller frees.
 */
char	*idn_title_case(const char *caps);
/* "a", "b", ... "z", "aa", "ab", ...; n < 1 gives the digits. */
char	*idn_letters(int n);
/* Roman numeral in caps for 1-3999; past 3999 (and below 1), where
 * Roman numerals need overlines, the Arabic digits ("4000").  Never NULL. */
char	*idn_roman(int n);

enum idn_nip_err {
	IDN_NIP_OK = 0,
	IDN_NIP_CHARS,		/* something else than digits and spaces */
	IDN_NIP_DIGITS,		/* not 18 digits */
	IDN_NIP_BIRTH,		/* digits 1-8 not a date */
	IDN_NIP_TMT,		/* digits 9-14 not a year and month */
	IDN_NIP_ORDER,		/* TMT before the 17th birthday */
	IDN_NIP_SEX,		/* digit 15 not 1 or 2 */
	IDN_NIP__MAX
};

/*
 * Check a NIP written with or without spaces.  digits receives the bare
 * digits (up to 18, NUL-terminated; room for 19 bytes) and *ndigits
 * their count.  Returns the first problem found.
 */
enum idn_nip_err idn_nip_check(const char *nip, char digits[19], int *ndigits);
/* "19730305 200803 2 001" from 18 bare digits; caller frees. */
char	*idn_nip_group(const char *digits);

#endif
