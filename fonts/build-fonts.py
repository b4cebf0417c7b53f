#!/usr/bin/python3
# SPDX-License-Identifier: ISC
"""Regenerate the 12 font files in this directory from Debian font packages.

Needs (Debian 12 "bookworm" package names):
  python3-fonttools  (4.38)  -- the only Python library used, plus the stdlib
  fonts-texgyre      (20180621-6)  -> TeX Gyre Bonum  (texgyrebonum-*.otf)
  fonts-liberation2  (2.1.5-1)     -> Liberation Sans / Liberation Serif (*.ttf)

Run with the Debian interpreter, which is the one that sees python3-fonttools:
  /usr/bin/python3 fonts/build-fonts.py [OUTPUT_DIR]     (default: this directory)

What it does to every face:
  * subsets it to the characters an Indonesian official document needs
    (Basic Latin, Latin-1 Supplement, Latin Extended-A and a short list of
    punctuation/symbols, see EXTRA below) -- whatever of these the font has;
  * drops hinting (glyph instructions, fpgm, prep, cvt, gasp), GSUB, glyph names
    (post format 3), Mac name records and every OpenType feature but 'kern';
  * keeps kerning twice: the GPOS 'kern' feature, and a legacy 'kern' table
    (format 0, glyph-index pairs) -- subset from the font's own 'kern' table
    if it has one, otherwise flattened from the GPOS pair adjustments;
  * converts CFF (PostScript) outlines to quadratic TrueType 'glyf' outlines
    (TeX Gyre Bonum), because libharu 2.3.0 only embeds glyf fonts;
  * renames the family (OFL Reserved Font Name "Liberation"; GUST Font
    License request to rename derived TeX Gyre fonts) and records the changes
    in name ID 10;
  * writes fixed head.created/modified dates, so output is byte-identical
    from run to run.
"""

import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._k_e_r_n import KernTable_format_0

TEXGYRE = "/usr/share/texmf/fonts/opentype/public/tex-gyre"
LIBERATION = "/usr/share/fonts/truetype/liberation2"

# (output file, source file, new family name, new PostScript name, licence)
FACES = [
    ("bonum-regular.ttf", TEXGYRE + "/texgyrebonum-regular.otf", "Naskah Bonum", "NaskahBonum-Regular", "gfl"),
    ("bonum-bold.ttf", TEXGYRE + "/texgyrebonum-bold.otf", "Naskah Bonum", "NaskahBonum-Bold", "gfl"),
    ("bonum-italic.ttf", TEXGYRE + "/texgyrebonum-italic.otf", "Naskah Bonum", "NaskahBonum-Italic", "gfl"),
    ("bonum-bolditalic.ttf", TEXGYRE + "/texgyrebonum-bolditalic.otf", "Naskah Bonum", "NaskahBonum-BoldItalic", "gfl"),
    ("liberation-sans-regular.ttf", LIBERATION + "/LiberationSans-Regular.ttf", "Naskah Sans", "NaskahSans-Regular", "ofl"),
    ("liberation-sans-bold.ttf", LIBERATION + "/LiberationSans-Bold.ttf", "Naskah Sans", "NaskahSans-Bold", "ofl"),
    ("liberation-sans-italic.ttf", LIBERATION + "/LiberationSans-Italic.ttf", "Naskah Sans", "NaskahSans-Italic", "ofl"),
    ("liberation-sans-bolditalic.ttf", LIBERATION + "/LiberationSans-BoldItalic.ttf", "Naskah Sans", "NaskahSans-BoldItalic", "ofl"),
    ("liberation-serif-regular.ttf", LIBERATION + "/LiberationSerif-Regular.ttf", "Naskah Serif", "NaskahSerif-Regular", "ofl"),
    ("liberation-serif-bold.ttf", LIBERATION + "/LiberationSerif-Bold.ttf", "Naskah Serif", "NaskahSerif-Bold", "ofl"),
    ("liberation-serif-italic.ttf", LIBERATION + "/LiberationSerif-Italic.ttf", "Naskah Serif", "NaskahSerif-Italic", "ofl"),
    ("liberation-serif-bolditalic.ttf", LIBERATION + "/LiberationSerif-BoldItalic.ttf", "Naskah Serif", "NaskahSerif-BoldItalic", "ofl"),
]

# Character repertoire.
EXTRA = [
    0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E,  # ‘ ’ ‚ “ ” „
    0x2013, 0x2014, 0x2026, 0x2022, 0x2030,          # – — … • ‰
    0x2032, 0x2033, 0x20AC, 0x2116, 0x2122,          # ′ ″ € № ™
    0x2212, 0x00D7, 0x00F7, 0x00B1,                  # − × ÷ ±
    0x2264, 0x2265, 0x2260, 0x2248,                  # ≤ ≥ ≠ ≈
    0x00B0, 0x00BD, 0x00BC, 0x00BE, 0x2153, 0x2154,  # ° ½ ¼ ¾ ⅓ ⅔
    0x221A, 0x221E, 0x2192, 0x2190,                  # √ ∞ → ←
    0x2010, 0x2011, 0x2012, 0x2044, 0x00AD,          # hyphens, fraction slash, soft hyphen
    # the rest of Windows-1252, so text pasted from Word never lacks a glyph:
    0x0192, 0x02C6, 0x02DC, 0x2020, 0x2021, 0x2039, 0x203A,  # ƒ ˆ ˜ † ‡ ‹ ›
]
UNICODES = sorted(set(list(range(0x20, 0x7F)) + list(range(0xA0, 0x100))
                      + list(range(0x100, 0x180)) + EXTRA))

# Code points the font lacks that may borrow another code point's glyph
# (cmap alias only, no new outline): NON-BREAKING HYPHEN looks like HYPHEN.
ALIASES = {0x2011: (0x2010, 0x002D)}

# head.created / head.modified for every output file: 2024-01-01T00:00:00Z,
# in seconds since 1904-01-01 (the TrueType epoch). Fixed for reproducibility.
FIXED_TIMESTAMP = 3786825600

CU2QU_MAX_ERR = 1.0     # font units; 1/1000 em for Bonum (UPM 1000)
MAX_KERN_PAIRS = 10920  # (65535 - 14) / 6: what fits in one format-0 subtable

LICENCE_NAMES = {
    "ofl": ("This Font Software is licensed under the SIL Open Font License, Version 1.1.",
            "http://scripts.sil.org/OFL"),
    "gfl": ("This work is released under the GUST Font License, an instance of the "
            "LaTeX Project Public License 1.3c.",
            "http://tug.org/fonts/licenses/GUST-FONT-LICENSE.txt"),
}


def log(msg):
    print(msg, file=sys.stderr)


# --------------------------------------------------------------------------
# Subsetting

def subset_font(font):
    opts = subset.Options()
    opts.layout_features = ["kern"]
    opts.legacy_kern = True             # keep the 'kern' table next to GPOS
    opts.hinting = False                # drop instructions, fpgm, prep, cvt
    opts.drop_tables += ["GSUB", "gasp", "FFTM", "DSIG", "hdmx", "VDMX", "LTSH"]
    opts.name_IDs = ["*"]               # rewritten later by rename()
    opts.name_legacy = False            # Windows (3,1,0x409) records only
    opts.name_languages = [0x0409]
    opts.glyph_names = False            # post format 3 (TrueType input)
    opts.notdef_outline = True          # missing glyphs show as a box
    opts.recalc_bounds = True
    opts.prune_unicode_ranges = True
    opts.ignore_missing_unicodes = True
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=UNICODES)
    sub.subset(font)
    # fontTools 4.38 does not prune code-page bits: keep only those the subset
    # still serves (1252 Latin 1, 1250 Latin 2, 1254 Turkish, 1257 Baltic).
    os2 = font["OS/2"]
    os2.ulCodePageRange1 &= (1 << 0) | (1 << 1) | (1 << 4) | (1 << 7)
    os2.ulCodePageRange2 = 0


def add_aliases(font):
    added = []
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        for cp, candidates in ALIASES.items():
            if cp in table.cmap:
                continue
            for c in candidates:
                if c in table.cmap:
                    table.cmap[cp] = table.cmap[c]
                    added.append("U+%04X->U+%04X" % (cp, c))
                    break
    return sorted(set(added))


# --------------------------------------------------------------------------
# CFF -> TrueType glyf

def cff_to_glyf(font):
    assert font.sfntVersion == "OTTO" and "CFF " in font
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    glyphs = {}
    for name in order:
        tt_pen = TTGlyphPen(None)
        # PostScript outlines run counter-clockwise, TrueType clockwise.
        glyphset[name].draw(Cu2QuPen(tt_pen, CU2QU_MAX_ERR, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)  # computes glyph bounds, sets head.indexToLocFormat

    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        advance, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (advance, glyph.xMin if hasattr(glyph, "xMin") else 0)

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    maxp.maxComponentDepth = 0
    maxp.recalc(font)   # points, contours (no composites: cu2qu output is simple)

    post = font["post"]
    post.formatType = 3.0
    for attr in ("extraNames", "mapping", "glyphOrder"):
        if hasattr(post, attr):
            delattr(post, attr)
    font.sfntVersion = "\x00\x01\x00\x00"


# --------------------------------------------------------------------------
# Kerning: GPOS pair adjustments -> legacy 'kern' format 0

def _kern_lookup_indices(gpos):
    """Lookups of the 'kern' feature for script latn (else DFLT), default langsys."""
    scripts = {sr.ScriptTag: sr.Script for sr in gpos.ScriptList.ScriptRecord}
    script = scripts.get("latn") or scripts.get("DFLT")
    if script is None or script.DefaultLangSys is None:
        return []
    indices = set()
    for fi in script.DefaultLangSys.FeatureIndex:
        rec = gpos.FeatureList.FeatureRecord[fi]
        if rec.FeatureTag == "kern":
            indices.update(rec.Feature.LookupListIndex)
    return sorted(indices)


def _pair_subtables(lookup):
    for st in lookup.SubTable:
        if lookup.LookupType == 9:
            if st.ExtensionLookupType != 2:
                continue
            st = st.ExtSubTable
        elif lookup.LookupType != 2:
            continue
        yield st


def _xadvance(value_record):
    return getattr(value_record, "XAdvance", 0) or 0 if value_record is not None else 0


def gpos_kern_pairs(font):
    """{(left, right): value} as a text shaper would apply GPOS 'kern' to a pair."""
    if "GPOS" not in font:
        return {}
    gpos = font["GPOS"].table
    order = font.getGlyphOrder()
    total = {}
    ignored = 0
    for li in _kern_lookup_indices(gpos):
        lookup = gpos.LookupList.Lookup[li]
        done = set()  # pairs already matched by an earlier subtable of this lookup
        for st in _pair_subtables(lookup):
            cov = st.Coverage.glyphs
            if st.Format == 1:
                for left, pairset in zip(cov, st.PairSet):
                    for rec in pairset.PairValueRecord:
                        key = (left, rec.SecondGlyph)
                        if key in done:
                            continue
                        done.add(key)
                        if getattr(rec, "Value2", None) is not None and any(
                                getattr(rec.Value2, a, 0) for a in ("XPlacement", "XAdvance")):
                            ignored += 1
                        v = _xadvance(getattr(rec, "Value1", None))
                        if v:
                            total[key] = total.get(key, 0) + v
            elif st.Format == 2:
                cd1 = st.ClassDef1.classDefs
                cd2 = st.ClassDef2.classDefs
                for left in cov:
                    row = st.Class1Record[cd1.get(left, 0)].Class2Record
                    for right in order:
                        key = (left, right)
                        if key in done:
                            continue
                        done.add(key)  # format 2 applies whenever 'left' is covered
                        rec = row[cd2.get(right, 0)]
                        if getattr(rec, "Value2", None) is not None and any(
                                getattr(rec.Value2, a, 0) for a in ("XPlacement", "XAdvance")):
                            ignored += 1
                        v = _xadvance(getattr(rec, "Value1", None))
                        if v:
                            total[key] = total.get(key, 0) + v
    if ignored:
        log("  note: %d GPOS pair records adjust the second glyph; not representable, ignored" % ignored)
    return {k: v for k, v in total.items() if v}


def ensure_kern_table(font):
    if "kern" in font:
        k = font["kern"]
        k.kernTables = [t for t in k.kernTables if t.format == 0 and t.kernTable]
        if k.kernTables:
            return "kept", sum(len(t.kernTable) for t in k.kernTables)
        del font["kern"]
    pairs = gpos_kern_pairs(font)
    if not pairs:
        return "none", 0
    if len(pairs) > MAX_KERN_PAIRS:
        raise SystemExit("too many kern pairs (%d) for one format-0 subtable" % len(pairs))
    st = KernTable_format_0()
    st.coverage = 1  # horizontal kerning, values are advance adjustments
    st.kernTable = pairs
    kern = font["kern"] = newTable("kern")
    kern.version = 0
    kern.kernTables = [st]
    return "from GPOS", len(pairs)


# --------------------------------------------------------------------------
# Names

def rename(font, family, psname, licence, changes, source_desc):
    name = font["name"]
    old = {}
    for rec in name.names:
        if (rec.platformID, rec.platEncID, rec.langID) == (3, 1, 0x409):
            old[rec.nameID] = rec.toUnicode()
    subfamily = old.get(2, "Regular")
    full = family if subfamily == "Regular" else family + " " + subfamily
    version = old.get(5, "Version 1.0").split(";")[0].strip()
    new = {
        0: old.get(0, ""),
        1: family,
        2: subfamily,
        3: "%s;NASKAH;%s" % (version.replace("Version ", ""), psname),
        4: full,
        5: version + "; naskah subset",
        6: psname,
        10: ("Modified version of %s, made for the naskah project: %s. "
             "Not the original font; its authors do not support this version." % (source_desc, changes)),
        13: LICENCE_NAMES[licence][0],
        14: LICENCE_NAMES[licence][1],
    }
    for key in (8, 9):  # manufacturer, designer: acknowledgement only
        if key in old:
            new[key] = old[key]
    name.names = []
    for nid in sorted(new):
        if new[nid]:
            name.setName(new[nid], nid, 3, 1, 0x409)


# --------------------------------------------------------------------------

def build_face(out_path, src, family, psname, licence):
    font = TTFont(src, recalcBBoxes=True, recalcTimestamp=False)
    source_desc = "%s (%s)" % (
        font["name"].getDebugName(4) or os.path.basename(src), os.path.basename(src))
    was_cff = "CFF " in font
    subset_font(font)
    aliases = add_aliases(font)
    changes = ["subset to Latin (Basic, Latin-1, Extended-A, Windows-1252) and document punctuation"]
    if was_cff:
        cff_to_glyf(font)
        changes.append("CFF outlines converted to TrueType quadratic outlines")
    changes.append("hinting, GSUB and glyph names removed")
    how, npairs = ensure_kern_table(font)
    if how == "from GPOS":
        changes.append("legacy kern table built from GPOS kerning")
    changes.append("family renamed")
    rename(font, family, psname, licence, "; ".join(changes), source_desc)

    head = font["head"]
    head.created = FIXED_TIMESTAMP
    head.modified = FIXED_TIMESTAMP
    font.recalcTimestamp = False
    font.save(out_path, reorderTables=True)

    chk = TTFont(out_path)
    log("%-34s %7d B  glyphs %4d  cmap %3d  kern %s (%d pairs)%s" % (
        os.path.basename(out_path), os.path.getsize(out_path), len(chk.getGlyphOrder()),
        len(chk.getBestCmap()), how, npairs,
        ("  aliases " + ",".join(aliases)) if aliases else ""))


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out_dir, exist_ok=True)
    for out, src, family, psname, licence in FACES:
        if not os.path.exists(src):
            raise SystemExit("missing %s (install fonts-texgyre / fonts-liberation2)" % src)
        build_face(os.path.join(out_dir, out), src, family, psname, licence)


if __name__ == "__main__":
    main()
