# naskah - YAML decree -> print-ready PDF.  Plain POSIX make.
.POSIX:
.SUFFIXES:

VERSION   = 0.1.0
PREFIX    = /usr/local
BINDIR    = $(PREFIX)/bin
DATADIR   = $(PREFIX)/share/naskah
MANDIR    = $(PREFIX)/share/man
CC        = cc
CFLAGS    = -O2 -g
WARN      = -std=c11 -Wall -Wextra -pedantic -Wstrict-prototypes -Wshadow
CPPFLAGS_ALL = -D_POSIX_C_SOURCE=200809L -DNASKAH_VERSION='"$(VERSION)"' \
	  -DNASKAH_DATADIR='"$(DATADIR)"' -Isrc
LIBS      = -lhpdf -lyaml -lm
TESTLIBS  = -lcmocka

OBJ = src/xalloc.o src/diag.o src/utf8.o src/ytree.o src/schema.o \
      src/load.o src/template.o src/idn.o src/inline.o src/ttf.o \
      src/image.o src/layout_text.o src/layout_page.o src/layout_table.o \
      src/layout_doc.o src/dump.o src/render_pdf.o
HDR = src/xalloc.h src/diag.h src/messages.def src/utf8.h src/ytree.h \
      src/schema.h src/model.h src/template.h src/template.def src/idn.h \
      src/inline.h src/metrics.h src/ttf.h src/layout.h src/layout_int.h \
      src/dump.h src/render.h

TESTS = tests/unit/test_idn tests/unit/test_ytree tests/unit/test_load \
        tests/unit/test_inline tests/unit/test_layout

all: naskah

naskah: $(OBJ) src/main.o
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJ) src/main.o $(LIBS)

.SUFFIXES: .c .o
.c.o:
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(OBJ) src/main.o: $(HDR)

tests/unit/test_idn: tests/unit/test_idn.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_idn.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_ytree: tests/unit/test_ytree.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_ytree.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_load: tests/unit/test_load.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_load.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_inline: tests/unit/test_inline.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_inline.c $(OBJ) $(LIBS) $(TESTLIBS)
tests/unit/test_layout: tests/unit/test_layout.c $(OBJ)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -o $@ tests/unit/test_layout.c $(OBJ) $(LIBS) $(TESTLIBS)

# Every test: unit tests, golden dumps, bad-input corpus, PDF read-back.
check: naskah $(TESTS)
	sh tests/run.sh $(TESTS)

clean:
	rm -f naskah src/*.o $(TESTS) tests/fuzz_load
	rm -rf tests/out

install: naskah
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/templates \
	    $(DESTDIR)$(DATADIR)/fonts $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5
	cp naskah $(DESTDIR)$(BINDIR)/naskah
	cp templates/*.yaml $(DESTDIR)$(DATADIR)/templates/
	cp fonts/*.ttf fonts/LICENSE-*.txt fonts/README.md $(DESTDIR)$(DATADIR)/fonts/
	cp man/naskah.1 $(DESTDIR)$(MANDIR)/man1/naskah.1
	cp man/naskah.5 $(DESTDIR)$(MANDIR)/man5/naskah.5

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/naskah $(DESTDIR)$(MANDIR)/man1/naskah.1 \
	    $(DESTDIR)$(MANDIR)/man5/naskah.5
	rm -rf $(DESTDIR)$(DATADIR)

.PHONY: all check clean install uninstall
