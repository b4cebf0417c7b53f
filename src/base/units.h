/* SPDX-License-Identifier: ISC */
/*
 * units.h - lengths: the layout works in PostScript points (1/72 inch);
 * the documents and templates speak millimetres.
 */
#ifndef NASKAH_UNITS_H
#define NASKAH_UNITS_H

/* Millimetres to points. */
#define MM(x)	((x) * 72.0 / 25.4)

#endif
