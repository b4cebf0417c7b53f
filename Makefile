# SPDX-License-Identifier: ISC
# naskah - YAML decree -> print-ready PDF.  Plain POSIX make.
.POSIX:
.SUFFIXES:

# the version: the file VERSION, its one place (naskah --version, the
# PDF's /Producer, the library's soname file, naskah.pc, make dist and
# make deb; tests/release.sh checks the manuals' headers agree)
VERSION  != cat VERSION
# the soname's number: raised when a change breaks callers of naskah.h
SOVERSION = 0
# the library's default data directory is DATADIR as it was built: give
# make the PREFIX that make install will be given
PREFIX    = /usr/local
BINDIR    = $(PREFIX)/bin
LIBDIR    = $(PREFIX)/lib
INCLUDEDIR = $(PREFIX)/include
DATADIR   = $(PREFIX)/share/naskah
MANDIR    = $(PREFIX)/share/man
PKGCONFIGDIR = $(LIBDIR)/pkgconfig
CC        = cc
CFLAGS    = -O2 -g
PKG_CONFIG = pkg-config
LD        = ld
OBJCOPY   = objcopy
WARN      = -std=c11 -Wall -Wextra -pedantic -Wstrict-prototypes -Wshadow
# every object is position-independent (for libnaskah.so; the PDFs are
# the same and the time is too, see make bench) and hides its symbols
# but those include/naskah.h marks NASKAH_API
PIC       = -fPIC -fvisibility=hidden
# libyaml, zlib and libcrypto through pkg-config; libhpdf and libhyphen have no .pc
# on Debian 12, so plain -l flags (and -l flags for all when pkg-config
# is missing)
# (issue 17: libcrypto signs PDFs, naskah sign; libqrencode draws the QR
# code of penandatangan.tte)
DEPS_PC   = yaml-0.1 zlib libcrypto libqrencode
DEPS_CFLAGS != $(PKG_CONFIG) --cflags $(DEPS_PC) 2>/dev/null || true
DEPS_LIBS_PC != $(PKG_CONFIG) --libs $(DEPS_PC) 2>/dev/null || echo -lyaml -lz -lcrypto -lqrencode
DEPS_LIBS_NOPC = -lhpdf -lhyphen -lm
# issue 17, embed: naskah extract dlopens libqpdf (src/render/pdf_read.c)
DEPS_LIBS_NOPC += -ldl
CPPFLAGS_ALL = -D_POSIX_C_SOURCE=200809L -DNASKAH_VERSION='"$(VERSION)"' \
	  -DNASKAH_DATADIR='"$(DATADIR)"' -Iinclude -Isrc $(DEPS_CFLAGS)
LIBS      = $(DEPS_LIBS_NOPC) $(DEPS_LIBS_PC)
TESTLIBS  = -lcmocka

# the library, stage by stage (imports run one way, top to bottom; font
# beside layout); the command line in src/cli links it
BASE_OBJ   = src/base/xalloc.o src/base/diag.o src/base/utf8.o src/base/span.o src/base/strset.o \
	     src/base/fileio.o src/base/image.o
BASE_OBJ  += src/base/starter.o	# issue 16: init's and serve's starters
YAML_OBJ   = src/yaml/ytree.o src/yaml/ypos.o src/yaml/yinclude.o src/yaml/yerr.o
MODEL_OBJ  = src/model/idn.o src/model/text.o src/model/setup.o src/model/capaian.o \
	     src/model/columns.o src/model/iku.o src/model/revise.o src/model/diff.o \
	     src/model/diff_match.o \
	     src/model/diff_pdf.o \
	     src/model/perda.o
LOAD_OBJ   = src/load/schema.o src/load/columns.o src/load/template.o src/load/tplmerge.o src/load/load.o \
	     src/load/load_iku.o src/load/load_book.o src/load/load_blocks.o \
	     src/load/load_perda.o
REVIEW_OBJ = src/review/review.o src/review/review_run.o src/review/review_struktur.o \
	     src/review/review_bentuk.o src/review/review_dasar.o \
	     src/review/review_ttd.o src/review/review_angka.o src/review/review_iku.o
REVIEW_OBJ += src/review/review_book.o	# rv-kinds: a book's and an LKjIP's own tables
# dasar: the Mengingat citation parser
REVIEW_OBJ += src/review/citation.o
# struktur's part of the review: references, the texts' helpers
REVIEW_OBJ += src/review/review_acuan.o src/review/review_text.o
LAYOUT_OBJ = src/layout/inline.o src/layout/hyph.o src/layout/hyphbin.o \
	     src/layout/hyphcache.o src/layout/layout_check.o \
	     src/layout/layout_text.o src/layout/layout_break.o src/layout/layout_set.o \
	     src/layout/layout_kern.o src/layout/layout_page.o src/layout/layout_split.o \
	     src/layout/layout_table.o src/layout/layout_cells.o src/layout/layout_doc.o \
	     src/layout/layout_book.o src/layout/layout_kop.o src/layout/layout_head.o \
	     src/layout/layout_flow.o src/layout/layout_perda.o \
	     src/layout/layout_blocks.o src/layout/layout_lkjip.o src/layout/layout_chart.o \
	     src/layout/paracache.o src/layout/colwidth.o src/layout/layout_fit.o
FONT_OBJ   = src/font/ttf.o
RENDER_OBJ = src/render/render_pdf.o src/render/render_span.o src/render/render_text.o src/render/png8.o \
	     src/render/render_font.o \
	     src/render/dump.o
LIB_OBJ    = src/lib/setter.o src/lib/context.o src/lib/kind.o src/lib/doc.o \
	     src/lib/typeset.o src/lib/compare.o src/lib/cache.o
# issue 15, cli: abaikan's loader; the library's review and its rules
LOAD_OBJ  += src/load/abaikan.o
LOAD_OBJ  += src/load/keys.o src/load/keys_json.o	# issue 16: naskah schema
LIB_OBJ   += src/lib/review.o
LIB_OBJ   += src/lib/schema.o	# issue 16: naskah schema
# issue 16, form: a YAML text edited in place, read by path
YAML_OBJ  += src/yaml/yedit.o
LIB_OBJ   += src/lib/ytext.o
# issue 17, sign: naskah sign, a PAdES signature by OpenSSL's libcrypto
SIGN_OBJ   = src/sign/pdfincr.o src/sign/cms.o
LIB_OBJ   += src/lib/sign.o
# issue 17, tte: penandatangan.tte, and its QR code drawn with libqrencode
LOAD_OBJ  += src/load/load_tte.o
LAYOUT_OBJ += src/layout/layout_tte.o
RENDER_OBJ += src/render/render_qr.o
# issue 17, embed: the source inside the PDF, and naskah extract
RENDER_OBJ += src/render/render_embed.o src/render/pdf_read.o
RENDER_OBJ += src/render/render_pdfa.o	# issue 17: arsip, PDF/A
LIB_OBJ   += src/lib/source.o src/lib/extract.o
OBJ = $(BASE_OBJ) $(YAML_OBJ) $(MODEL_OBJ) $(LOAD_OBJ) $(REVIEW_OBJ) $(LAYOUT_OBJ) $(FONT_OBJ) \
      $(RENDER_OBJ) $(SIGN_OBJ) $(LIB_OBJ)
# the command line but its main.c (which the fuzz targets rename)
CLI_AUX = src/cli/output.o src/cli/say.o src/cli/env.o src/cli/heap.o
# issue 15, cli: --format=json, --aturan
CLI_AUX += src/cli/json.o
# issue 16, watch: naskah render --watch
CLI_AUX += src/cli/watch.o
CLI_AUX += src/cli/extract.o	# issue 17, embed: naskah extract
CLI_AUX += src/cli/init.o	# issue 16: naskah schema, naskah init
CLI_AUX += src/cli/sign.o	# issue 17: naskah sign
# issue 18: the git commit built from, for naskah --version (none when
# not built from git, or GIT_COMMIT=none); not in any PDF
CLI_AUX += build/commit.o
CLI_OBJ = src/cli/main.o $(CLI_AUX)
# issue 16, serve: naskah serve, a stage on naskah.h's public API with
# libmicrohttpd's header (through pkg-config), the library itself
# dlopened when serve starts (src/serve/http.c says why), so only -ldl;
# its page (web/) built into it by tools/webgen.sh; builds without it
# (naskah-static, the fuzz targets) link src/cli/serve_none.o
SERVE_PC   = libmicrohttpd
SERVE_CFLAGS != $(PKG_CONFIG) --cflags-only-I $(SERVE_PC) 2>/dev/null || true
SERVE_LIBS = -ldl
CPPFLAGS_ALL += $(SERVE_CFLAGS)
SERVE_SRC  = src/serve/store.c src/serve/pool.c src/serve/api.c src/serve/http.c \
	     src/cli/serve.c src/cli/serve_none.c
SERVE_OBJ  = src/serve/store.o src/serve/pool.o src/serve/api.o src/serve/http.o \
	     src/cli/serve.o build/serve-web.o
WEB        = web/index.html web/app.css web/app.js
# issue 16, form: the form mode's endpoints and page
SERVE_SRC += src/serve/form.c
SERVE_OBJ += src/serve/form.o
# issue 18: what serve needs of the system (src/serve/plat.h); naskah.exe
# compiles plat_win.c in its place
SERVE_SRC += src/serve/plat_posix.c
SERVE_OBJ += src/serve/plat_posix.o
WEB       += web/form.css
# issue 16, page: the editor's code view and preview, pdf.js (vendored
# from npm's pdfjs-dist, legacy build, web/vendor/pdfjs/LICENSE), and
# the form mode's script
WEB       += web/editor.js web/preview.js web/form.js web/favicon.svg \
	     web/vendor/pdfjs/pdf.min.mjs web/vendor/pdfjs/pdf.worker.min.mjs

TESTS = tests/unit/test_idn tests/unit/test_ytree tests/unit/test_load \
        tests/unit/test_inline tests/unit/test_layout tests/unit/test_hyph \
        tests/unit/test_hyphbin \
        tests/unit/test_capaian tests/unit/test_render tests/unit/test_lib \
        tests/unit/test_paracache tests/unit/test_colwidth \
        tests/unit/test_perda tests/unit/test_review
# dasar: the family dasar hukum's tests
TESTS += tests/unit/test_review_dasar
# review: penandatangan, angka, iku (issue 15, ttd)
TESTS += tests/unit/test_review_ttd
TESTS += tests/unit/test_review_cli	# issue 15, cli: the reviewer's wiring
TESTS += tests/unit/test_yedit	# issue 16, form: edits of a YAML text
TESTS += tests/unit/test_yamlerr	# issue 16, yaml: syntax errors explained
# the fuzz targets without libFuzzer, for make check (see fuzz below)
REPLAY = tests/fuzz/replay_load tests/fuzz/replay_pipeline tests/fuzz/replay_ttf \
	 tests/fuzz/replay_image tests/fuzz/replay_pdf
# make bench's helpers (built by make check too, for the bench's smoke run)
BENCH = tests/bench/runstat tests/bench/rerender

SOLIB     = libnaskah.so.$(VERSION)
SONAME    = libnaskah.so.$(SOVERSION)

# the hyphenation patterns compiled (layout/hyphbin.c), read at run
# time instead of the .dic, which stays the source and the fallback
HYB = hyphen/hyph_id_ID.hyb

all: naskah libnaskah.a $(SOLIB) $(HYB)

# the patterns' compiler, run at build time only
tools/hyphc: tools/hyphc.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) $(LDFLAGS) -o $@ tools/hyphc.c $(OBJ) $(LIBS)
$(HYB): tools/hyphc hyphen/hyph_id_ID.dic
	./tools/hyphc hyphen/hyph_id_ID.dic $@

# the command line links the static library, and its own copy of the
# base/ helpers it uses (libnaskah.a hides the library's)
CLI_BASE = src/base/xalloc.o src/base/diag.o src/base/utf8.o src/base/fileio.o \
	   src/base/strset.o
CLI_BASE += src/base/starter.o	# issue 16: init's and serve's starters
# (and the compiled patterns, which it reads from a tree it runs in)
naskah: libnaskah.a $(CLI_OBJ) $(CLI_BASE) $(HYB) $(SERVE_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -pthread -o $@ $(CLI_OBJ) $(SERVE_OBJ) $(CLI_BASE) libnaskah.a $(LIBS) $(SERVE_LIBS)
build/serve-web.c: tools/webgen.sh $(WEB)
	mkdir -p build
	sh tools/webgen.sh $(WEB) > $@.tmp && mv $@.tmp $@

# make static: naskah-static, the command line linked statically (not
# part of all).  Debian 12 has no libhpdf.a: tools/libharu-static.sh
# builds it once from Debian's source package into build/libharu; the
# other archives are Debian's own.  tests/static.sh checks its bytes.
LIBHARU_A = build/libharu/lib/libhpdf.a
STATIC_LIBS = $(LIBHARU_A) -lhyphen -lyaml -lpng16 -lcrypto -lz -lm -ldl -pthread
# (issue 17: nor libqrencode.a; tools/qrencode-static.sh builds it the same way)
LIBQRENCODE_A = build/qrencode/lib/libqrencode.a
STATIC_LIBS += $(LIBQRENCODE_A) -lpthread
static: naskah-static
naskah-static: libnaskah.a $(CLI_OBJ) src/cli/serve_none.o $(CLI_BASE) $(LIBHARU_A) $(LIBQRENCODE_A)
	$(CC) $(CFLAGS) $(LDFLAGS) -static -o $@ $(CLI_OBJ) src/cli/serve_none.o $(CLI_BASE) libnaskah.a $(STATIC_LIBS)
$(LIBHARU_A): tools/libharu-static.sh
	CC="$(CC)" sh tools/libharu-static.sh build/libharu
$(LIBQRENCODE_A): tools/qrencode-static.sh
	CC="$(CC)" sh tools/qrencode-static.sh build/qrencode

# one object, its hidden symbols made local, so that a program linking
# libnaskah.a sees only the NASKAH_API names, as with libnaskah.so
libnaskah.a: $(OBJ)
	rm -f $@ libnaskah.o
	$(LD) -r -o libnaskah.o $(OBJ)
	$(OBJCOPY) --localize-hidden libnaskah.o
	ar rcs $@ libnaskah.o
	rm -f libnaskah.o

# the real name, and the soname and the link-time name as symlinks
$(SOLIB): $(OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -shared -Wl,-soname,$(SONAME) -Wl,--no-undefined \
	    -o $@ $(OBJ) $(LIBS)
	ln -sf $(SOLIB) $(SONAME)
	ln -sf $(SONAME) libnaskah.so

# naskah.pc is made by make install, with the paths it installs to
PC_SUBST  = -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	    -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' -e 's|@DATADIR@|$(DATADIR)|' \
	    -e 's|@VERSION@|$(VERSION)|' -e 's|@REQUIRES_PRIVATE@|$(DEPS_PC)|' \
	    -e 's|@LIBS_PRIVATE@|$(DEPS_LIBS_NOPC)|'

.SUFFIXES: .c .o
.c.o:
	$(CC) $(WARN) $(PIC) $(CPPFLAGS_ALL) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# which headers each object includes: Makefile.depend, made by make depend
# (tests/run.sh checks that it is current)
depend:
	for s in $(SRC) $(TESTS:=.c); do \
	    $(CC) $(CPPFLAGS_ALL) -MM -MT $${s%.c}.o $$s || exit 1; done | \
	    sed 's|^tests/unit/\(test_[a-z0-9_]*\)\.o:|tests/unit/\1:|' > Makefile.depend

tests/unit/test_idn: tests/unit/test_idn.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_idn.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_ytree: tests/unit/test_ytree.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_ytree.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_yedit: tests/unit/test_yedit.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_yedit.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_yamlerr: tests/unit/test_yamlerr.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_yamlerr.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_load: tests/unit/test_load.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_load.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_inline: tests/unit/test_inline.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_inline.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_hyph: tests/unit/test_hyph.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_hyph.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_hyphbin: tests/unit/test_hyphbin.c $(OBJ) $(HYB)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_hyphbin.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_layout: tests/unit/test_layout.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_layout.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_paracache: tests/unit/test_paracache.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_paracache.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_colwidth: tests/unit/test_colwidth.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_colwidth.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_perda: tests/unit/test_perda.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_perda.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_review: tests/unit/test_review.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_review.c $(OBJ) $(LIBS) $(TESTLIBS)
# dasar: the family dasar hukum's tests
tests/unit/test_review_dasar: tests/unit/test_review_dasar.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_review_dasar.c $(OBJ) $(LIBS) $(TESTLIBS)
# review: penandatangan, angka, iku (issue 15, ttd)
tests/unit/test_review_ttd: tests/unit/test_review_ttd.c tests/unit/test_review.h $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_review_ttd.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_review_cli: tests/unit/test_review_cli.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_review_cli.c $(OBJ) $(LIBS) $(TESTLIBS)
# issue 17, embed: naskah_extract through the public header
TESTS += tests/unit/test_extract
tests/unit/test_extract: tests/unit/test_extract.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_extract.c $(OBJ) $(LIBS) $(TESTLIBS)
# the struktur, acuan and bentuk families' tests
# rv-kinds: the reviewer over every kind of document
TESTS += tests/unit/test_review_kinds
tests/unit/test_review_kinds: tests/unit/test_review_kinds.c tests/unit/test_review.h $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_review_kinds.c $(OBJ) $(LIBS) $(TESTLIBS)
TESTS += tests/unit/test_review_struktur
tests/unit/test_review_struktur: tests/unit/test_review_struktur.c tests/unit/test_review.h $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_review_struktur.c $(OBJ) $(LIBS) $(TESTLIBS)
# the fixes of struktur and bentuk (issue 15, rv-fix)
TESTS += tests/unit/test_review_fix
tests/unit/test_review_fix: tests/unit/test_review_fix.c tests/unit/test_review.h $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_review_fix.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_capaian: tests/unit/test_capaian.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_capaian.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_render: tests/unit/test_render.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_render.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_lib: tests/unit/test_lib.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -pthread -o $@ tests/unit/test_lib.c $(OBJ) $(LIBS) $(TESTLIBS)

# Every test: unit tests, golden dumps, bad-input corpus, PDF read-back.
# (tests/api.sh builds its test against the installed library with the
# same CC and flags)
check: all $(TESTS) $(REPLAY) $(BENCH)
	CC="$(CC)" CFLAGS="$(CFLAGS)" LDFLAGS="$(LDFLAGS)" MAKE="$(MAKE)" \
	    sh tests/run.sh $(TESTS)

# issue 16, page: the README's screenshots of the editor, taken by the
# browser test (tests/browser.sh; needs chromium and tests/browser's npm ci)
screenshots: naskah
	SHOTS=doc/img sh tests/browser.sh ./naskah tests/out

clean:
	rm -f naskah naskah-static libnaskah.a $(SOLIB) $(SONAME) libnaskah.so $(OBJ) $(CLI_OBJ) $(TESTS) $(REPLAY) $(BENCH) $(FUZZ) tests/fuzz/cli_main.o
	rm -f tools/hyphc $(HYB)
	rm -rf tests/out dist
	rm -f $(SERVE_OBJ) src/cli/serve_none.o build/serve-web.c	# issue 16, serve
	rm -rf naskah.exe naskah-*-windows-x86_64.zip build/windows/obj	# issue 18

# DESTDIR, when set, is put before every path (for packaging, and for
# tests/api.sh, which builds its test against the installed library)
install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/templates \
	    $(DESTDIR)$(DATADIR)/fonts $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man3 $(DESTDIR)$(MANDIR)/man5 \
	    $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(PKGCONFIGDIR)
	cp naskah $(DESTDIR)$(BINDIR)/naskah
	cp include/naskah.h $(DESTDIR)$(INCLUDEDIR)/naskah.h
	cp libnaskah.a $(SOLIB) $(DESTDIR)$(LIBDIR)/
	ln -sf $(SOLIB) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libnaskah.so
	sed $(PC_SUBST) naskah.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/naskah.pc
	cp templates/*.yaml $(DESTDIR)$(DATADIR)/templates/
	mkdir -p $(DESTDIR)$(DATADIR)/templates/awal	# issue 16: naskah init
	cp templates/awal/*.yaml $(DESTDIR)$(DATADIR)/templates/awal/
	mkdir -p $(DESTDIR)$(DATADIR)/hyphen
	cp hyphen/hyph_id_ID.dic $(HYB) hyphen/LICENSE-*.txt hyphen/README.md $(DESTDIR)$(DATADIR)/hyphen/
	cp fonts/*.ttf fonts/LICENSE-*.txt fonts/README.md $(DESTDIR)$(DATADIR)/fonts/
	mkdir -p $(DESTDIR)$(DATADIR)/color	# issue 17: PDF/A's sRGB profile
	cp color/sRGB.icc color/LICENSE-Zlib.txt color/README.md $(DESTDIR)$(DATADIR)/color/
	cp man/naskah.1 $(DESTDIR)$(MANDIR)/man1/naskah.1
	cp man/naskah.3 $(DESTDIR)$(MANDIR)/man3/naskah.3
	cp man/naskah.5 $(DESTDIR)$(MANDIR)/man5/naskah.5
	# issue 15, cli: the reviewer's rules
	mkdir -p $(DESTDIR)$(MANDIR)/man7
	cp man/naskah-aturan.7 $(DESTDIR)$(MANDIR)/man7/naskah-aturan.7
	cp man/naskah-serve.7 $(DESTDIR)$(MANDIR)/man7/naskah-serve.7	# issue 16, serve

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/naskah $(DESTDIR)$(MANDIR)/man1/naskah.1 \
	    $(DESTDIR)$(MANDIR)/man3/naskah.3 $(DESTDIR)$(MANDIR)/man5/naskah.5 \
	    $(DESTDIR)$(INCLUDEDIR)/naskah.h $(DESTDIR)$(LIBDIR)/libnaskah.a \
	    $(DESTDIR)$(LIBDIR)/$(SOLIB) $(DESTDIR)$(LIBDIR)/$(SONAME) \
	    $(DESTDIR)$(LIBDIR)/libnaskah.so $(DESTDIR)$(PKGCONFIGDIR)/naskah.pc
	rm -rf $(DESTDIR)$(DATADIR)
	rm -f $(DESTDIR)$(MANDIR)/man7/naskah-aturan.7	# issue 15, cli
	rm -f $(DESTDIR)$(MANDIR)/man7/naskah-serve.7	# issue 16, serve

.PHONY: all check clean depend install uninstall same-bytes static

# issue 18: build/commit.c, rewritten only when the commit changes
# (then only naskah is linked again): "abc123def456", with "-dirty"
# after it when tracked files differ from it
GIT_COMMIT = auto
build/commit.c: FORCE
	@mkdir -p build; c=$(GIT_COMMIT); \
	if [ "$$c" = auto ]; then \
	    c=$$(git rev-parse --short=12 HEAD 2>/dev/null) || c=; \
	    [ -z "$$c" ] || git diff --quiet HEAD -- 2>/dev/null || c=$$c-dirty; \
	fi; [ "$$c" != none ] || c=; \
	printf '/* made by make: the commit naskah was built from */\nconst char naskah_cli_commit[] = "%s";\n' "$$c" > $@.new; \
	if cmp -s $@.new $@; then rm -f $@.new; else mv $@.new $@; fi
build/commit.o: build/commit.c
	$(CC) $(WARN) $(CFLAGS) $(PIC) -c -o $@ build/commit.c
FORCE:

# Does commit NEW's naskah write what commit OLD's writes, byte for
# byte (PDFs, dumps, messages, exit codes)?  tests/same-bytes.sh says how.
same-bytes:
	sh tests/same-bytes.sh "$(OLD)" "$(NEW)"

# The same tests under AddressSanitizer + UndefinedBehaviorSanitizer, in a
# separate copy of the tree so the normal build is left alone.
ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
asan:
	rm -rf build/asan
	mkdir -p build/asan
	cp -R Makefile Makefile.depend README.md naskah.pc.in include man src tests templates \
	    fonts hyphen examples tools web VERSION color LICENSE build/asan/
	rm -rf build/asan/tests/out
	seed=$$(pwd)/../shared/seed/iku-pasar-manna-2024.txt; \
	cd build/asan && $(MAKE) clean >/dev/null && \
	    NASKAH_SEED="$$seed" ASAN_OPTIONS=detect_leaks=1 $(MAKE) CC="$(CC)" \
	    CFLAGS="$(ASAN_FLAGS)" LDFLAGS="$(ASAN_FLAGS)" check

# The same tests under valgrind: any error or leak fails the run.
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect,possible --show-leak-kinds=definite,indirect,possible
valgrind: all $(TESTS) $(REPLAY)
	CC="$(CC)" CFLAGS="$(CFLAGS)" LDFLAGS="$(LDFLAGS)" MAKE="$(MAKE)" \
	    NASKAH_RUN="$(VALGRIND)" sh tests/run.sh $(TESTS)

# libFuzzer targets (clang and its fuzzer runtime; on Debian 12 the
# packages clang and libclang-rt-14-dev): the loader, the whole of
# render for every kind of document, the TrueType reader, the logo
# probe and the reader of a PDF's embedded files (extract, diff), under AddressSanitizer and UndefinedBehaviorSanitizer.  make
# fuzz runs each FUZZ_SECONDS from its seeds (tests/fuzz/seeds.sh)
# and stops at the first crash, hang, leak or UB report (the input is
# left in build/fuzz/).  tests/fuzz/README.md says more.
FUZZ_SECONDS = 60
FUZZ_CC   = clang
FUZZ_SAN  = -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined \
	  -fno-sanitize-recover=all
FUZZ_RUN  = -timeout=10 -rss_limit_mb=2048 -close_fd_mask=3 -print_final_stats=1
FUZZ_ENV  = LSAN_OPTIONS=suppressions=../../tests/fuzz/lsan.supp:print_suppressions=0
SRC = $(OBJ:.o=.c) $(CLI_OBJ:.o=.c)
FUZZ = tests/fuzz/fuzz_load tests/fuzz/fuzz_pipeline tests/fuzz/fuzz_ttf tests/fuzz/fuzz_image \
       tests/fuzz/fuzz_pdf
# every source once, instrumented, main.c's main() renamed; an object
# is named by its source's path (model/ and load/ both have a columns.c)
build/fuzz/naskah.a: $(SRC)
	rm -rf build/fuzz/obj
	mkdir -p build/fuzz/obj
	for s in $(OBJ:.o=.c) $(CLI_AUX:.o=.c) src/cli/serve_none.c; do \
	    $(FUZZ_CC) $(CPPFLAGS_ALL) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -c \
	        -o build/fuzz/obj/$$(echo $${s%.c} | tr / _).o $$s || exit 1; done
	$(FUZZ_CC) $(CPPFLAGS_ALL) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -Dmain=naskah_cli_main \
	    -c -o build/fuzz/obj/cli_main.o src/cli/main.c
	rm -f $@
	ar rcs $@ build/fuzz/obj/*.o
tests/fuzz/fuzz_load: tests/fuzz/fuzz_load.c build/fuzz/naskah.a
	$(FUZZ_CC) $(CPPFLAGS_ALL) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ tests/fuzz/fuzz_load.c \
	    build/fuzz/naskah.a $(LIBS)
tests/fuzz/fuzz_pipeline: tests/fuzz/fuzz_pipeline.c build/fuzz/naskah.a
	$(FUZZ_CC) $(CPPFLAGS_ALL) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ tests/fuzz/fuzz_pipeline.c \
	    build/fuzz/naskah.a $(LIBS)
tests/fuzz/fuzz_ttf: tests/fuzz/fuzz_ttf.c tests/fuzz/scratch.c tests/fuzz/scratch.h build/fuzz/naskah.a
	$(FUZZ_CC) $(CPPFLAGS_ALL) -Itests/fuzz $(FUZZ_SAN) -fsanitize=fuzzer -o $@ \
	    tests/fuzz/fuzz_ttf.c tests/fuzz/scratch.c build/fuzz/naskah.a $(LIBS)
tests/fuzz/fuzz_image: tests/fuzz/fuzz_image.c tests/fuzz/scratch.c tests/fuzz/scratch.h build/fuzz/naskah.a
	$(FUZZ_CC) $(CPPFLAGS_ALL) -Itests/fuzz $(FUZZ_SAN) -fsanitize=fuzzer -o $@ \
	    tests/fuzz/fuzz_image.c tests/fuzz/scratch.c build/fuzz/naskah.a $(LIBS)
tests/fuzz/fuzz_pdf: tests/fuzz/fuzz_pdf.c build/fuzz/naskah.a
	$(FUZZ_CC) $(CPPFLAGS_ALL) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ tests/fuzz/fuzz_pdf.c \
	    build/fuzz/naskah.a $(LIBS)
fuzz-seeds:
	sh tests/fuzz/seeds.sh build/fuzz
fuzz-load: tests/fuzz/fuzz_load fuzz-seeds
	mkdir -p build/fuzz/load
	cd build/fuzz && $(FUZZ_ENV) ../../tests/fuzz/fuzz_load $(FUZZ_RUN) -max_total_time=$(FUZZ_SECONDS) \
	    -dict=../../tests/fuzz/naskah.dict load seed-load
fuzz-pipeline: tests/fuzz/fuzz_pipeline fuzz-seeds
	mkdir -p build/fuzz/pipeline
	cd build/fuzz && $(FUZZ_ENV) ../../tests/fuzz/fuzz_pipeline $(FUZZ_RUN) -max_total_time=$(FUZZ_SECONDS) \
	    -dict=../../tests/fuzz/naskah.dict pipeline seed-pipeline
fuzz-ttf: tests/fuzz/fuzz_ttf fuzz-seeds
	mkdir -p build/fuzz/ttf
	cd build/fuzz && ASAN_OPTIONS=fast_unwind_on_malloc=0 $(FUZZ_ENV) ../../tests/fuzz/fuzz_ttf $(FUZZ_RUN) -max_total_time=$(FUZZ_SECONDS) \
	    ttf seed-ttf
fuzz-image: tests/fuzz/fuzz_image fuzz-seeds
	mkdir -p build/fuzz/image
	cd build/fuzz && $(FUZZ_ENV) ../../tests/fuzz/fuzz_image $(FUZZ_RUN) -max_total_time=$(FUZZ_SECONDS) \
	    image seed-image
# (-max_len: naskah's PDFs cut down are 7 KB; the bombs of found/pdf,
# 66-100 KB, made fuzz_pdf four times slower)
fuzz-pdf: tests/fuzz/fuzz_pdf fuzz-seeds
	mkdir -p build/fuzz/pdf
	cd build/fuzz && $(FUZZ_ENV) ../../tests/fuzz/fuzz_pdf $(FUZZ_RUN) -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=16384 -dict=../../tests/fuzz/pdf.dict pdf seed-pdf
fuzz: fuzz-load fuzz-pipeline fuzz-ttf fuzz-image fuzz-pdf

# The fuzz targets without libFuzzer (tests/fuzz/replay.c), built with
# $(CC) for make check: each runs once over its seeds and over the
# inputs of past findings (tests/fuzz/found/).
tests/fuzz/cli_main.o: src/cli/main.c src/cli/main.o
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CPPFLAGS) $(CFLAGS) -Dmain=naskah_cli_main -c -o $@ src/cli/main.c
tests/fuzz/replay_load: tests/fuzz/replay.c tests/fuzz/fuzz_load.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/fuzz/replay.c tests/fuzz/fuzz_load.c \
	    $(OBJ) $(LIBS)
tests/fuzz/replay_pipeline: tests/fuzz/replay.c tests/fuzz/fuzz_pipeline.c tests/fuzz/cli_main.o $(CLI_AUX) src/cli/serve_none.o $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/fuzz/replay.c tests/fuzz/fuzz_pipeline.c \
	    tests/fuzz/cli_main.o $(CLI_AUX) src/cli/serve_none.o $(OBJ) $(LIBS)
tests/fuzz/replay_ttf: tests/fuzz/replay.c tests/fuzz/fuzz_ttf.c tests/fuzz/scratch.c tests/fuzz/scratch.h $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) -Itests/fuzz $(CFLAGS) -o $@ tests/fuzz/replay.c \
	    tests/fuzz/fuzz_ttf.c tests/fuzz/scratch.c $(OBJ) $(LIBS)
tests/fuzz/replay_image: tests/fuzz/replay.c tests/fuzz/fuzz_image.c tests/fuzz/scratch.c tests/fuzz/scratch.h $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) -Itests/fuzz $(CFLAGS) -o $@ tests/fuzz/replay.c \
	    tests/fuzz/fuzz_image.c tests/fuzz/scratch.c $(OBJ) $(LIBS)
tests/fuzz/replay_pdf: tests/fuzz/replay.c tests/fuzz/fuzz_pdf.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/fuzz/replay.c tests/fuzz/fuzz_pdf.c \
	    $(OBJ) $(LIBS)

.PHONY: fuzz fuzz-seeds fuzz-load fuzz-pipeline fuzz-ttf fuzz-image fuzz-pdf

# Documents with large counts (items, keys, lampiran, bab, rows, pages,
# long words, nesting), each within CPU and memory bounds of its own:
# tests/large.sh.  make check runs it too, but not in valgrind and ASan
# builds, where its bounds do not hold.
large: naskah
	sh tests/large.sh ./naskah tests/out

.PHONY: large

# What naskah costs beside pdflatex, in CPU, wall time and memory, and
# issue 12's goals met or not (tests/bench.sh says how it measures).
bench: naskah $(BENCH)
	sh tests/bench.sh

# the bench's helpers: a child's rusage, and the warm re-render through
# naskah.h alone, linked with libnaskah.a
tests/bench/runstat: tests/bench/runstat.c
	$(CC) $(WARN) $(CFLAGS) $(LDFLAGS) -o $@ tests/bench/runstat.c
tests/bench/rerender: tests/bench/rerender.c include/naskah.h libnaskah.a
	$(CC) $(WARN) -Iinclude $(CFLAGS) $(LDFLAGS) -o $@ tests/bench/rerender.c libnaskah.a $(LIBS)

# The README pictures: page 1 and the lampiran page of the example, the
# book's, the LKjIP's, the diff --pdf page and the Keputusan Bupati's
# page 1.
pictures: naskah
	./naskah render examples/pasar-manna-2024.yaml -o tests/out-pictures.pdf
	pdftoppm -r 45 -png -f 1 -l 1 -singlefile tests/out-pictures.pdf examples/pasar-manna-2024-page1
	p=$$(pdftotext tests/out-pictures.pdf - | awk '/\f/ { n++ } /^LAMPIRAN/ { print n + 1; exit }'); \
	    pdftoppm -r 45 -png -f $$p -l $$p -singlefile tests/out-pictures.pdf examples/pasar-manna-2024-lampiran
	./naskah render examples/pasar-manna-2024-buku.yaml -o tests/out-pictures.pdf
	pdftoppm -r 40 -png -f 1 -l 1 -singlefile tests/out-pictures.pdf examples/buku-sampul
	for k in 'DAFTAR ISI:buku-daftar-isi' 'SEKRETARIS:buku-bagan'; do \
	    p=$$(pdftotext tests/out-pictures.pdf - | awk -v w="$${k%%:*}" '/\f/ { n++ } index($$0, w) && !/\.\s*\./ { print n + 1; exit }'); \
	    pdftoppm -r 40 -png -f $$p -l $$p -singlefile tests/out-pictures.pdf examples/$${k#*:}; done
	./naskah render examples/lkjip-pasar-manna-2024.yaml -o tests/out-pictures.pdf
	pdftoppm -r 40 -png -f 1 -l 1 -singlefile tests/out-pictures.pdf examples/lkjip-pengukuran
	p=$$(pdftotext tests/out-pictures.pdf - | awk '/\f/ { n++ } /PIHAK PERTAMA/ { print n + 1; exit }'); \
	    pdftoppm -r 40 -png -f $$p -l $$p -singlefile tests/out-pictures.pdf examples/lkjip-perjanjian
	./naskah render examples/pasar-manna-2024-perubahan.yaml -o tests/out-pictures.pdf
	p=$$(pdftotext tests/out-pictures.pdf - | awk '/\f/ { n++ } /dicabut/ { print n + 1; exit }'); \
	    pdftoppm -r 40 -png -f $$p -l $$p -singlefile tests/out-pictures.pdf examples/perubahan-diktum
	./naskah diff --pdf tests/out-pictures.pdf examples/pasar-manna-2024.yaml \
	    examples/pasar-manna-2024-perubahan.yaml > /dev/null
	pdftoppm -r 40 -png -f 1 -l 1 -singlefile tests/out-pictures.pdf examples/perubahan-daftar
	# the Keputusan of a kepala daerah (issue 14)
	./naskah render examples/keputusan-bupati-contoh-raya.yaml -o tests/out-pictures.pdf
	pdftoppm -r 45 -png -f 1 -l 1 -singlefile tests/out-pictures.pdf examples/keputusan-bupati-contoh-raya-page1
	# jenis: peraturan: its BAB and Pasal, and its pengundangan
	./naskah render examples/peraturan-bupati-contoh-raya-iku.yaml -o tests/out-pictures.pdf
	for k in 'BAB I:peraturan-pasal' 'Diundangkan:peraturan-pengundangan'; do \
	    p=$$(pdftotext tests/out-pictures.pdf - | awk -v w="$${k%%:*}" '/\f/ { n++ } index($$0, w) { print n + 1; exit }'); \
	    pdftoppm -r 60 -png -f $$p -l $$p -singlefile tests/out-pictures.pdf examples/$${k#*:}; done
	# issue 17: the TTE block and its statement; a draft with its paraf
	./naskah render examples/pasar-manna-2024-tte.yaml -o tests/out-pictures.pdf
	p=$$(pdftotext tests/out-pictures.pdf - | awk '/\f/ { n++ } /^Ditetapkan di/ { print n + 1; exit }'); \
	    pdftoppm -r 45 -png -f $$p -l $$p -singlefile tests/out-pictures.pdf examples/tte-ttd
	./naskah render examples/pasar-manna-2024-konsep.yaml -o tests/out-pictures.pdf
	pdftoppm -r 45 -png -f 1 -l 1 -singlefile tests/out-pictures.pdf examples/konsep-page1
	rm -f tests/out-pictures.pdf

# Every example document as a PDF beside its YAML (not kept in git).
examples: naskah
	for y in examples/pasar-manna-2024.yaml examples/pasar-manna-2024-buku.yaml \
	    examples/pasar-manna-2024-perubahan.yaml \
	    examples/lkjip-pasar-manna-2024.yaml \
	    examples/keputusan-bupati-contoh-raya.yaml \
	    examples/peraturan-bupati-contoh-raya-iku.yaml \
	    examples/pasar-manna-2024-benar.yaml \
	    examples/pasar-manna-2024-tte.yaml \
	    examples/pasar-manna-2024-konsep.yaml; do \
	    ./naskah render "$$y" || exit 1; done
	./naskah diff --pdf examples/pasar-manna-2024-perubahan-daftar.pdf \
	    examples/pasar-manna-2024.yaml examples/pasar-manna-2024-perubahan.yaml
	# issue 17: the TTE decree signed with a test certificate made by
	# tools/cert-uji.sh (a throw-away authority, not BSrE)
	sh tools/cert-uji.sh build/uji
	./naskah sign examples/pasar-manna-2024-tte.pdf \
	    -o examples/pasar-manna-2024-tte-ttd.pdf --p12 build/uji/uji.p12 \
	    --pass-file build/uji/sandi --alasan "Contoh: sertifikat uji" \
	    --lokasi Manna

.PHONY: asan valgrind bench pictures examples

# Typographic figures of every example and regression document, beside
# pdflatex's when installed; fails when one is worse than pdflatex on a
# goal of issue 13 (tests/quality.sh says how each is compared).
# make quality QUALITY_INPUTS="a.yaml b.yaml"; VERBOSE=1 lists the lines.
QUALITY_INPUTS =
quality: naskah
	sh tests/quality.sh $(QUALITY_INPUTS)

.PHONY: quality

# issue 16, serve: its sources for make depend; make bench-serve, the
# load test of naskah serve on loopback (tests/serve-load.sh;
# SERVE_CLIENTS, SERVE_SECONDS)
SRC += $(SERVE_SRC)
build/serve-web.o: build/serve-web.c src/serve/web.h
bench-serve: naskah
	sh tests/serve-load.sh ./naskah $(SERVE_CLIENTS) $(SERVE_SECONDS)

.PHONY: bench-serve

# Windows (issue 18): naskah.exe, cross-compiled with mingw-w64 from the
# same sources and linked statically with libraries built from Debian's
# source packages by tools/windows-deps.sh (into build/windows); every
# source force-includes src/base/win32.h, the seam to the wide Windows
# API (base/win32.c), main.c's main is started by src/cli/main_win.c;
# serve (src/serve/plat_win.c) and --watch (its poll) are built in.
# The templates, fonts and patterns are looked for beside the exe.
# make check-windows (tests/windows.sh) runs it under wine.
WIN_HOST   = x86_64-w64-mingw32
WIN_CC     = $(WIN_HOST)-gcc
WIN_DIR    = build/windows
WIN_CFLAGS = -O2
WIN_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -D__USE_MINGW_ANSI_STDIO=1 -DYAML_DECLARE_STATIC \
	  -DNASKAH_VERSION='"$(VERSION)"' -DNASKAH_DATADIR='"."' -Iinclude -Isrc \
	  -I$(WIN_DIR)/include -include src/base/win32.h
WIN_SRC    = $(OBJ:.o=.c) $(CLI_AUX:.o=.c) $(WIN_SERVE) \
	     src/cli/main_win.c src/base/win32.c \
	     src/render/pdf_read_none.c src/cli/extract_none.c
# (issue 17 on Windows: no libqpdf to load yet: the reading of PDFs
# (extract, diff of PDFs) says so)
WIN_LIBS   = -L$(WIN_DIR)/lib -lhpdf -lhyphen -lyaml -lpng16 -lqrencode -lz -lm -lshell32
# naskah serve: libmicrohttpd linked (tools/windows-deps.sh), winsock
WIN_SERVE  = $(filter-out src/cli/serve_none.c src/serve/plat_posix.c,$(SERVE_SRC)) \
	     src/serve/plat_win.c build/serve-web.c
# naskah sign (src/sign/cms.c): OpenSSL's libcrypto, built by
# tools/windows-deps.sh with the others, and the Windows libraries both
# call
WIN_LIBS  += -lmicrohttpd -lcrypto -lpthread -lws2_32 -lcrypt32 -luser32 -ladvapi32 -lbcrypt
naskah.exe: $(WIN_DIR)/lib/libcrypto.a
$(WIN_DIR)/lib/libcrypto.a: $(WIN_DIR)/lib/libhpdf.a
	@test -f $@ || WIN_CC="$(WIN_CC)" HOST="$(WIN_HOST)" sh tools/windows-deps.sh $(WIN_DIR)
windows: naskah.exe
$(WIN_DIR)/lib/libhpdf.a: tools/windows-deps.sh
	WIN_CC="$(WIN_CC)" HOST="$(WIN_HOST)" sh tools/windows-deps.sh $(WIN_DIR)
# each object again when its source or any header is newer (an object
# is named by its source's path: model/ and load/ both have a columns.c);
# no time stamp in the exe, so that the same sources give the same bytes
naskah.exe: $(WIN_SRC) src/cli/main.c src/base/win32.h $(WIN_DIR)/lib/libhpdf.a $(HYB)
	mkdir -p $(WIN_DIR)/obj
	objs=; for s in $(WIN_SRC) src/cli/main.c; do \
	    case $$s in src/render/pdf_read.c|src/cli/extract.c) continue ;; esac; \
	    o=$(WIN_DIR)/obj/$$(echo $${s%.c} | tr / _).o; \
	    objs="$$objs $$o"; \
	    [ -f $$o ] && [ ! $$s -nt $$o ] && [ -z "$$(find src include -newer $$o \
	        \( -name '*.h' -o -name '*.def' \) -print | head -n 1)" ] && continue; \
	    d=; [ $$s = src/cli/main.c ] && d=-Dmain=naskah_cli_main; \
	    echo "$(WIN_CC) $$s"; \
	    $(WIN_CC) $(WARN) -Wno-pedantic -Wno-format $(WIN_CPPFLAGS) $(WIN_CFLAGS) $$d -c -o $$o $$s || exit 1; \
	done; \
	$(WIN_CC) $(WIN_CFLAGS) -static -Wl,--no-insert-timestamp -o $@ $$objs $(WIN_LIBS)

# naskah.exe under wine against ./naskah (tests/windows.sh): skipped,
# saying why, without mingw-w64 or wine64; not part of make check (each
# wine start costs a third of a second: about three minutes in all)
check-windows: naskah
	@if command -v $(WIN_CC) > /dev/null 2>&1; then \
	    $(MAKE) naskah.exe || exit 1; \
	    sh tests/windows.sh ./naskah.exe ./naskah build/windows/check; \
	else echo "skipped: make check-windows because $(WIN_CC) is missing (Debian: gcc-mingw-w64-x86-64)"; \
	    echo "windows: 0 passed, 0 failed, 1 skipped"; fi

# the README's picture of the editor naskah-serve.bat opens under wine
# (tests/windows-serve.sh; needs chromium and tests/browser's npm ci)
screenshots-windows: naskah naskah.exe
	SHOTS=doc/img sh tests/windows.sh ./naskah.exe ./naskah build/windows/check

# naskah-VERSION-windows-x86_64.zip: the exe, its data, the examples,
# the licences, a README in Indonesian and .bat files (tools/windows/);
# the same bytes from the same commit (tools/windows-zip.sh)
windows-zip: naskah.exe
	sh tools/windows-zip.sh $(VERSION) naskah.exe $(WIN_DIR)

.PHONY: windows check-windows windows-zip screenshots-windows

include Makefile.depend

# Releases (issue 18): make dist, the source tarball of the commit
# checked out (reproducible: tools/dist.sh says how); make deb, the
# Debian package built from it (tools/deb.sh); make release, both and
# the Windows zip (make windows-zip; skipped, saying why, without
# mingw-w64 or zip), into dist/, then tests/release.sh checks them
dist:
	sh tools/dist.sh dist
deb: dist
	sh tools/deb.sh dist/naskah-$(VERSION).tar.gz dist
release-zip:
	@if command -v $(WIN_CC) > /dev/null 2>&1 && command -v zip > /dev/null 2>&1; then \
	    $(MAKE) windows-zip && mkdir -p dist && \
	    mv naskah-$(VERSION)-windows-x86_64.zip dist/; \
	else echo "skipped: the Windows zip, because $(WIN_CC) or zip is missing (Debian: gcc-mingw-w64-x86-64 zip)"; fi
release: all deb release-zip
	sh tests/release.sh ./naskah tests/out dist
.PHONY: dist deb release release-zip
