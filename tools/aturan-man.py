#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
# tools/aturan-man.py NASKAH [PAGE] - the RULES list of
# man/naskah-aturan.7 from "NASKAH --aturan --format=json" (English):
# one ".It Sy NAME Pq FAMILY, SEVERITY" item per rule, what the rule
# wants (its message after the last ": ", the part that names no text
# of the document, or the wording in WANT below where that reads badly
# out of context), and its source.  With PAGE, the list between the
# ".Bl" and ".El" of its RULES section is replaced; else printed.
import json, re, subprocess, sys

WANT = {
    "dasar-lembaran-bentuk": "A Lembaran Negara, Berita Negara, Lembaran Daerah or Berita Daerah part is cited with its Tahun and its Nomor.",
    "ttd-pangkat": "A signer other than the Kepala Daerah, the Wakil and the Sekretaris Daerah is written with pangkat/golongan.",
    "ttd-kepala-daerah": "A Kepala Daerah or Wakil, and one who acts for them or for the Sekretaris Daerah, signs without gelar, NIP and pangkat.",
    "nip-tmt": "The TMT of a signer's NIP (its digits 9 to 14) is not after the date of the decree.",
    "satuan-ganda": "A figure in an IKU table is written without the unit its Satuan column gives.",
    "persen-spasi": "% follows its number without a space (\\(lq70%\\(rq).",
    "koma-desimal": "The decimal mark is a comma (87,5); a full stop separates thousands.",
    "persen-rentang": "A persentase measured in % lies between 0% and 100%.",
    "capaian-rentang": "A realisasi and its target are not ten or more times apart (a wrong unit or decimal mark).",
    "iku-tanpa-indikator": "Every sasaran has an indicator.",
    "judul-jabatan": "The title names the signer's office: \\(lqKEPUTUSAN CAMAT PASAR MANNA\\(rq for a decree the Camat signs, not the office's unit (\\(lqKEPUTUSAN KECAMATAN ...\\(rq).",
    "pejabat-jabatan": "The line before Menimbang names the signer's office, with a comma: \\(lqCAMAT PASAR MANNA,\\(rq.",
    "menetapkan-kosong": "Menetapkan has its text: the decree's name, \\(lqKEPUTUSAN ... TENTANG ....\\(rq",
    "menetapkan-judul": "Menetapkan names this decree: its kind as in the title, and TENTANG.",
    "menimbang-titik-koma": "Each Menimbang point ends with \\(lq;\\(rq, the last one too.",
    "mengingat-titik-koma": "Each Mengingat point ends with \\(lq;\\(rq, the last one too.",
    "menetapkan-titik": "The Menetapkan text ends with a full stop.",
    "judul-kapital": "The title, the subject (tentang) and the Menetapkan text are in capitals.",
    "lampiran-kapital": "The title lines of a Lampiran are in capitals.",
    "jabatan-kapital": "The pejabat line and the signer's jabatan are in capitals.",
    "jabatan-koma": "The pejabat line and the signer's jabatan end with a comma.",
    "acuan-huruf": "\\(lqhuruf x\\(rq in a Menimbang point refers to an earlier point.",
    "acuan-diktum": "\\(lqDiktum KEDUA\\(rq refers to a diktum the decree has, named as the template's gaya.diktum labels them (KESATU or PERTAMA; \\(lqPasal 2\\(rq under pasal).",
}

sev_id = {"warning": "peringatan", "error": "galat"}
lines = []
out = subprocess.run([sys.argv[1], "--aturan", "--format=json",
    "--lang=en"], capture_output=True, text=True, check=True).stdout
fam = None
for line in out.splitlines():
    r = json.loads(line)
    if r["family"] != fam:
        fam = r["family"]
        lines.append('.\\" ' + fam)
    want = WANT.get(r["name"])
    if want is None:
        want = r["text"].rsplit(": ", 1)[-1]
        want = want[0].upper() + want[1:]
        if not want.endswith("."):
            want += "."
        want = want.replace("-", "\\-")
    lines.append(".It Sy %s Pq %s, %s" % (r["name"], r["family"],
        sev_id.get(r["severity"], r["severity"])))
    lines.append(want)
    src = re.sub(r"(\d)-(\d)", "\\1\\\\(en\\2", r["source"].rstrip("."))
    lines.append("Source: %s." % src.replace("-", "\\-").replace("\\\\(en", "\\(en"))
if len(sys.argv) < 3:
    print("\n".join(lines))
    sys.exit(0)
page = open(sys.argv[2]).read()
m = re.search(r"(\.Sh RULES\n.*?\.Bl -tag -width Ds\n)(.*?)(\.El\n)", page, re.S)
page = page[:m.start(2)] + "\n".join(lines) + "\n" + page[m.end(2):]
open(sys.argv[2], "w").write(page)
