/* SPDX-License-Identifier: ISC */
/*
 * env.c - what the command line finds in its environment: the data
 * directory, the language of messages, the usage text (cli.h).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"

#ifndef NASKAH_DATADIR
#define NASKAH_DATADIR "/usr/local/share/naskah"
#endif

static const char *const usage_text[NASKAH_LANG__MAX] = {
	[NASKAH_LANG_ID] =
	"pemakaian: naskah render [-v] [--watch] [-o BERKAS.pdf | -d DIR] [--dump=tree|layout|paragraphs] "
	"[--template BERKAS] [--tanpa-tinjau] [--tanpa-sumber] [--arsip] [--ketat] [--format=text|json] "
	"[--lang=id|en] BERKAS.yaml...\n"
	"           naskah check [--ketat] [--format=text|json] [--lang=id|en] "
	"BERKAS.yaml...\n"
	"           naskah diff [--pdf BERKAS.pdf] [--lang=id|en] LAMA.yaml|.pdf "
	"BARU.yaml|.pdf\n"
	"           naskah extract BERKAS.pdf [-d DIR]\n"
	"           naskah init keputusan|buku|lkjip [BERKAS.yaml]\n"
	"           naskah init perubahan LAMA.yaml [BERKAS.yaml]\n"
	"           naskah schema\n"
	"           naskah --aturan [--format=text|json] [--lang=id|en]\n"
	"           naskah serve [--port N] [--bind ALAMAT] [--token T] "
	"[--open|--no-open] [DIR]\n"
	"           naskah sign MASUK.pdf -o KELUAR.pdf --p12 SERTIFIKAT.p12 "
	"[--pass-file BERKAS]\n"
	"           naskah --help | --version\n"
	"\n"
	"  render    tulis naskah (keputusan, buku) sebagai PDF (bawaan: "
	"BERKAS.pdf\n            di samping BERKAS.yaml)\n"
	"  check     periksa saja; laporkan masalah dan temuan tinjauan tata "
	"naskah,\n            tidak menulis apa pun\n"
	"  diff      daftar perubahan dari keputusan LAMA ke BARU\n"
	"  extract   tulis berkas sumber yang dibawa PDF (YAML dan berkas yang\n"
	"            disebutnya) ke DIR, tanpa menimpa berkas\n"
	"  init      naskah baru dari contoh awal (tidak menimpa berkas)\n"
	"  schema    cetak JSON Schema naskah untuk editor (VS Code)\n"
	"  sign      tandatangani PDF secara elektronik (PAdES, sertifikat "
	".p12)\n"
	"  --pdf BERKAS  diff: tulis juga daftarnya sebagai PDF "
	"(DAFTAR PERUBAHAN IKU)\n"
	"  -o BERKAS berkas keluaran ('-' untuk keluaran standar)\n"
	"  -d DIR    tulis BERKAS.pdf tiap masukan ke DIR (beberapa masukan);\n"
	"            extract: tulis berkasnya ke DIR (bawaan: folder ini)\n"
	"  --dump=K  cetak pohon dokumen (tree), tata letak halaman "
	"(layout) atau\n            paragrafnya (paragraphs), bukan PDF\n"
	"  --template BERKAS kata tetap dan angka tata letak "
	"(bawaan: templates/keputusan.yaml)\n"
	"  --data-dir DIR    tempat templates/ dan fonts/\n"
	"  --root DIR        berkas yang disebut dokumen (sertakan, logo, huruf,\n"
	"                    templat) harus berada di dalam DIR (bawaan: di mana saja)\n"
	"  --tanpa-tinjau  render: tanpa tinjauan tata naskah (bawaan: temuannya\n"
	"                  dicetak, PDF tetap ditulis)\n"
	"  --tanpa-sumber  PDF tidak membawa berkas sumbernya (bawaan: YAML dan\n"
	"                  berkas yang disebutnya dibawa di dalam PDF)\n"
	"  --arsip   PDF arsip: PDF/A-3b (PDF/A-2b tanpa berkas sumber)\n"
	"  -v, --verbose  render: sebutkan PDF yang ditulis juga bila stderr\n"
	"            bukan terminal\n"
	"  --watch   render: buat PDF lagi setiap kali BERKAS.yaml atau berkas yang\n"
	"            dibacanya disimpan, sampai Ctrl+C\n"
	"  --ketat   temuan tinjauan menjadi galat (status 1, tanpa PDF)\n"
	"  --format=json  pesan sebagai JSON, satu objek per baris\n"
	"  --aturan  daftar aturan tinjauan beserta sumbernya\n"
	"  --lang=L  bahasa pesan: id (bawaan) atau en\n"
	"\nStatus keluar: 0 berhasil, 1 kesalahan dokumen, 2 kesalahan "
	"pemakaian, 3 kesalahan sistem.\nLihat naskah(1) dan naskah(5).\n",
	[NASKAH_LANG_EN] =
	"usage: naskah render [-v] [--watch] [-o FILE.pdf | -d DIR] [--dump=tree|layout|paragraphs] "
	"[--template FILE] [--tanpa-tinjau] [--tanpa-sumber] [--arsip] [--ketat] [--format=text|json] "
	"[--lang=id|en] FILE.yaml...\n"
	"       naskah check [--ketat] [--format=text|json] [--lang=id|en] "
	"FILE.yaml...\n"
	"       naskah diff [--pdf FILE.pdf] [--lang=id|en] OLD.yaml|.pdf "
	"NEW.yaml|.pdf\n"
	"       naskah extract FILE.pdf [-d DIR]\n"
	"       naskah init keputusan|buku|lkjip [FILE.yaml]\n"
	"       naskah init perubahan OLD.yaml [FILE.yaml]\n"
	"       naskah schema\n"
	"       naskah --aturan [--format=text|json] [--lang=id|en]\n"
	"       naskah serve [--port N] [--bind ADDR] [--token T] "
	"[--open|--no-open] [DIR]\n"
	"       naskah sign IN.pdf -o OUT.pdf --p12 CERT.p12 [--pass-file FILE]\n"
	"       naskah --help | --version\n"
	"\n"
	"  render    write the document (decree, book) as PDF (default: "
	"FILE.pdf\n            next to FILE.yaml)\n"
	"  check     validate only; report problems and the review's findings, "
	"write\n            nothing\n"
	"  diff      list what changed from the OLD decree to the NEW one\n"
	"  extract   write the source files a PDF carries (its YAML and the files\n"
	"            it names) into DIR, never over a file\n"
	"  init      a new document from a starter (never over a file)\n"
	"  schema    print the documents' JSON Schema for editors (VS Code)\n"
	"  sign      sign a PDF electronically (PAdES, a .p12 certificate)\n"
	"  --pdf FILE    diff: also write the list as a PDF page "
	"(DAFTAR PERUBAHAN IKU)\n"
	"  -o FILE   output file ('-' for standard output)\n"
	"  -d DIR    write each input's FILE.pdf into DIR (several inputs);\n"
	"            extract: write its files into DIR (default: here)\n"
	"  --dump=K  print the document tree, the page layout or its "
	"paragraphs\n            instead of a PDF\n"
	"  --template FILE   fixed words and layout numbers "
	"(default: templates/keputusan.yaml)\n"
	"  --data-dir DIR    where templates/ and fonts/ are\n"
	"  --root DIR        files the document names (sertakan, logo, huruf,\n"
	"                    templat) must be inside DIR (default: anywhere)\n"
	"  --tanpa-tinjau  render: do not review (by default its findings are\n"
	"                  printed and the PDF is written all the same)\n"
	"  --tanpa-sumber  the PDF carries no source files (by default it carries\n"
	"                  its YAML and the files it names)\n"
	"  --arsip   archival PDF: PDF/A-3b (PDF/A-2b without source files)\n"
	"  -v, --verbose  render: name the PDF written even when stderr is no\n"
	"            terminal\n"
	"  --watch   render: render again on every save of FILE.yaml or of a file\n"
	"            it reads, until Ctrl+C\n"
	"  --ketat   the review's findings are errors (exit 1, no PDF)\n"
	"  --format=json  messages as JSON, one object a line\n"
	"  --aturan  list the review's rules with their sources\n"
	"  --lang=L  language of messages: id (default) or en\n"
	"\nExit status: 0 ok, 1 document error, 2 usage error, "
	"3 system error.\nSee naskah(1) and naskah(5).\n",
};

const char *
cli_usage(enum naskah_lang lang)
{
	return usage_text[lang];
}

static int
is_dir_with_templates(const char *dir)
{
	char *p = xasprintf("%s/templates/keputusan.yaml", dir);
	int ok = access(p, R_OK) == 0;

	free(p);
	return ok;
}

/* The value of environment variable name, in UTF-8 on Windows too;
 * NULL when it is not set.  Caller frees. */
char *
cli_getenv(const char *name)
{
#ifdef _WIN32
	return naskah_win_getenv(name);
#else
	const char *v = getenv(name);

	return v != NULL ? xstrdup(v) : NULL;
#endif
}

/* Where templates/ and fonts/ live: --data-dir, $NASKAH_DATADIR, beside
 * the program or in its ../share/naskah, else where it was installed
 * to.  Caller frees. */
char *
cli_datadir(const char *opt)
{
	char exe[PATH_MAX], *slash, *p, *env;
	ssize_t n;

	if (opt != NULL)
		return xstrdup(opt);
	if ((env = cli_getenv("NASKAH_DATADIR")) != NULL && *env != '\0')
		return env;
	free(env);
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			if (is_dir_with_templates(exe))
				return xstrdup(exe);
			p = xasprintf("%s/../share/naskah", exe);
			if (is_dir_with_templates(p))
				return p;
			free(p);
		}
	}
	return xstrdup(NASKAH_DATADIR);
}

/* The language of messages from LC_ALL, LC_MESSAGES, LANG. */
enum naskah_lang
cli_lang_from_env(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	size_t i;

	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		char *v = cli_getenv(vars[i]);
		enum naskah_lang l;

		if (v == NULL || *v == '\0') {
			free(v);
			continue;
		}
		/* a locale in English: English; any other, Indonesian, the
		 * tool's own language */
		l = strcmp(v, "C") == 0 || strcmp(v, "POSIX") == 0 ||
		    strncmp(v, "C.", 2) == 0 || strncmp(v, "en", 2) == 0 ?
		    NASKAH_LANG_EN : NASKAH_LANG_ID;
		free(v);
		return l;
	}
	return NASKAH_LANG_ID;
}
