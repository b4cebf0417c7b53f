/* SPDX-License-Identifier: ISC */
/*
 * utf8.h - UTF-8 decoding and encoding helpers.
 */
#ifndef NASKAH_UTF8_H
#define NASKAH_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decode one code point from s[0..n).  Returns the number of bytes used
 * (1-4) and stores the code point; returns 0 and stores U+FFFD for an
 * invalid or truncated sequence (overlong forms and surrogates included).
 */
size_t	utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Encode cp into out (at least 5 bytes); returns the byte count. */
size_t	utf8_encode(uint32_t cp, char *out);
/* Number of code points in s[0..n) (invalid bytes count one each). */
size_t	utf8_length(const char *s, size_t n);
/* The 32-bit FNV-1a hash of the bytes of s (for hash tables and short
 * names derived from a string; not for security). */
uint32_t naskah_str_hash(const char *s);
/* A 64-bit hash of the n bytes at s, every bit of them moving every bit
 * of it; for tables that compare the keys themselves on a hit, not for
 * security. */
uint64_t naskah_bytes_hash(const void *s, size_t n);

#endif
