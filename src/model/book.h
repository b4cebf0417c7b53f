/* SPDX-License-Identifier: ISC */
/*
 * book.h - the model of a book (jenis: buku): the IKU book of cover,
 * decree, kata pengantar, daftar isi, chapters and lampiran.  The decree
 * is another YAML file, read with the decree loader and kept whole.
 *
 * A struct naskah_book owns everything reachable from it, the decree's
 * model included, but the text its naskah_texts point at, which belongs
 * to the YAML files the loader was given or read (load/load.h);
 * naskah_book_free releases the model.
 */
#ifndef NASKAH_BOOK_H
#define NASKAH_BOOK_H

#include "model/capaian.h"
#include "model/columns.h"
#include "model/model.h"

enum naskah_block_kind {
	BLOCK_PARAGRAF = 0,	/* justified paragraph */
	BLOCK_DAFTAR,		/* numbered or lettered list */
	BLOCK_ISTILAH,		/* term : definition list */
	BLOCK_KUTIPAN,		/* quotation */
	BLOCK_TABEL_IKU,	/* the decree's IKU table */
	BLOCK_TTD,		/* signature */
	BLOCK_GANTI_HALAMAN,	/* page break */
	BLOCK_BAGAN,		/* organisation chart */
	BLOCK_GAMBAR,		/* picture with a caption */
	BLOCK_TABEL,		/* table of any columns */
	BLOCK_PENGUKURAN,	/* LKjIP: target, realisasi, capaian */
	BLOCK_PERBANDINGAN,	/* LKjIP: realisasi and capaian by year */
	BLOCK_ANGGARAN,		/* LKjIP: pagu, realisasi, % by program */
	BLOCK_RENSTRA,		/* LKjIP: against the Renstra's last target */
	BLOCK_PERJANJIAN,	/* Perjanjian Kinerja: IKU, programs, two
				 * signatures */
	BLOCK_JUDUL,		/* a heading inside a part: bold, flush
				 * left, kept with what follows */
	BLOCK__MAX
};

extern const char *const naskah_block_names[BLOCK__MAX];

struct naskah_blocks {
	struct naskah_block	*v;
	size_t			 n;
	size_t			 cap;
};

/* One point of a list: its text, a term (istilah), a nested list. */
struct naskah_item {
	struct naskah_text	 term;
	struct naskah_text	 text;
	struct naskah_blocks	 sub;
};

/* One position of an organisation chart. */
struct naskah_post {
	struct naskah_pos	 pos;
	struct naskah_text	 id;
	struct naskah_text	 jabatan;
	struct naskah_text	 nama;
	struct naskah_text	 nip;
	struct naskah_text	 atasan;	/* the id it reports to */
	int			 staf;		/* beside its head's line */
	int			 tegak;		/* its units stacked under it */
	size_t			 parent;	/* index, or (size_t)-1: the head */
};

struct naskah_chart {
	struct naskah_post	*post;
	size_t			 npost;
	size_t			 root;
	int			 melintang;	/* on a landscape page */
};

/* A column of a table block. */
struct naskah_column {
	struct naskah_text	 judul;
	double			 lebar;		/* mm; 0: a share of the rest */
	int			 rata;		/* 0 kiri, 1 tengah, 2 kanan */
};

struct naskah_table {
	struct naskah_pos	 pos;
	struct naskah_column	*col;
	size_t			 ncol;
	struct naskah_text	*cell;		/* nrow * ncol, row by row */
	size_t			 nrow;
	int			 total;		/* the last row is a total:
						   bold, kept with the two
						   rows above it */
};

/*
 * The LKjIP's pengukuran kinerja: for each IKU row of the year, target,
 * realisasi and the capaian computed from them (capaian.h).
 */
#define NASKAH_MAX_YEARS 5

struct naskah_pengukuran {
	struct naskah_pos	 pos;		/* the block's mapping */
	int			 tahun;		/* pengukuran: the year */
	int			 years[NASKAH_MAX_YEARS]; /* perbandingan */
	int			 nyears;
	struct naskah_iku	*iku;		/* owned rows */
	size_t			 niku;
	int			 desimal;	/* places of capaian */
	int			 pembulatan;	/* enum naskah_pembulatan */
	struct naskah_text	 kosong;	/* printed when not computable */
	struct naskah_predikat_step *skala;	/* predikat scale, or none */
	size_t			 nskala;
	int			 tahun_akhir;	/* perbandingan_renstra */
	struct naskah_colsel	 kolom;		/* the columns chosen */
};

/* The LKjIP's realisasi anggaran: one row per program or kegiatan. */
struct naskah_budget_row {
	struct naskah_text	 program, pagu, realisasi;	/* as written */
	double			 pagu_rp, realisasi_rp;		/* read */
};

struct naskah_anggaran {
	struct naskah_pos	 pos;		/* its mapping or list */
	struct naskah_budget_row *baris;
	size_t			 nbaris;
	int			 desimal;	/* places of the percentage */
	struct naskah_colsel	 kolom;		/* the columns chosen */
};

/* One side of the Perjanjian Kinerja: place and date (pihak pertama),
 * jabatan lines, name, NIP. */
struct naskah_pihak {
	struct naskah_text	 tanggal;
	struct naskah_texts	 jabatan;
	struct naskah_text	 nama, nip;
};

/* The Perjanjian Kinerja's own parts; its IKU rows are in the block's
 * ukur, its programs (pagu: the anggaran) in its anggaran. */
struct naskah_perjanjian {
	struct naskah_pihak	 pertama, kedua;
};

struct naskah_block {
	enum naskah_block_kind	 kind;
	struct naskah_pos	 pos;
	struct naskah_text	 text;		/* paragraf, kutipan, judul */
	int			 letters;	/* daftar: a. b. c. */
	struct naskah_item	*items;		/* daftar, istilah */
	size_t			 nitems;
	struct naskah_texts	 lines;		/* ttd: place and date, jabatan */
	struct naskah_text	 nama;		/* ttd */
	struct naskah_text	 nip;		/* ttd, as written */
	size_t			 lampiran;	/* tabel_iku: the decree's 1, 2 */
	struct naskah_colsel	 kolom;		/* tabel_iku: its columns, of
						   the decree template's (none:
						   all) */
	struct naskah_chart	*chart;		/* bagan */
	struct naskah_text	 file;		/* gambar: the picture */
	double			 width;		/* gambar: mm, 0 the text width */
	struct naskah_table	*table;		/* tabel */
	struct naskah_pengukuran *ukur;		/* pengukuran_kinerja */
	struct naskah_anggaran	*anggaran;	/* realisasi_anggaran; the
						 * perjanjian's programs */
	struct naskah_perjanjian *pk;		/* perjanjian_kinerja */
};

/* Levels of sections in a chapter: 1.1, 1.1.1, 1.1.1.1. */
#define NASKAH_SECTION_DEPTH 3

/*
 * A section of a chapter.  A chapter's sections, at every level, form
 * one array in reading order; `level` (1 to NASKAH_SECTION_DEPTH) and
 * `num` (its number at each level: 2.1.3 is {1, 3, 0} in chapter 2)
 * give the tree.
 */
struct naskah_section {
	struct naskah_pos	 pos;
	int			 level;
	int			 num[NASKAH_SECTION_DEPTH];
	struct naskah_text	 judul;
	struct naskah_blocks	 isi;
};

enum naskah_part_kind {
	PART_SAMPUL = 0,
	PART_KEPUTUSAN,
	PART_KATA_PENGANTAR,
	PART_DAFTAR_ISI,
	PART_BAB,
	PART_LAMPIRAN,
	PART__MAX
};

/* Part names, ending with NULL (a key list for schema_map). */
extern const char *const naskah_part_names[PART__MAX + 1];

struct naskah_part {
	enum naskah_part_kind	 kind;
	struct naskah_pos	 pos;
	struct naskah_texts	 judul;		/* sampul: title lines; bab;
						 * lampiran built in memory: its
						 * heading instead of LAMPIRAN */
	struct naskah_texts	 instansi;	/* sampul */
	struct naskah_text	 logo;		/* sampul */
	int			 kop;		/* kata pengantar under the kop */
	int			 melintang;	/* lampiran on landscape pages */
	int			 nomor;		/* bab: 1, 2, ... */
	struct naskah_blocks	 isi;
	struct naskah_section	*sub;		/* bab: sections, all levels */
	size_t			 nsub;
	size_t			 capsub;
	struct naskah_text	 file;		/* keputusan: its YAML file */
	struct naskah_decree	*keputusan;	/* keputusan: its model */
};

struct naskah_book {
	/* paper, margins, huruf, metadata and kop, read with the decree
	 * loader's own code */
	struct naskah_setup	*setup;
	struct naskah_part	*part;
	size_t			 npart;
	size_t			 cappart;
	struct naskah_decree	*decree;	/* the keputusan part's model */
	int			 lkjip;		/* jenis: lkjip-lampiran */
};

#endif
