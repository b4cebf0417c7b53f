// SPDX-License-Identifier: ISC
// tests/browser/fix.mjs - web/editor.js's fixScalar, the reviewer's fix
// put in place of the YAML scalar at line:col, without a browser (node
// only); run by tests/browser.sh.  Prints "ok: NAME" or "FAIL: browser:
// NAME" per case and "fix: N passed, N failed" last.
import { fixScalar } from '../../web/editor.js';
import { readFileSync } from 'node:fs';

const ex = readFileSync(new URL('../../examples/pasar-manna-2024.yaml', import.meta.url), 'utf8');
let pass = 0;
let fail = 0;
function t(name, ok, more) {
  if (ok) { pass++; console.log('ok: fix: ' + name); }
  else { fail++; console.log('FAIL: browser: fix: ' + name + (more ? ': ' + more : '')); }
}
// changed(a, b): the lines of b that differ from a, 1-based
const changed = (a, b) => {
  const x = a.split('\n');
  const y = b.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) out.push(i + 1);
  return out;
};
const lineOf = (s) => ex.split('\n').findIndex((x) => x.startsWith(s)) + 1;

let L = lineOf('  judul: KEPUTUSAN KECAMATAN');
let r = fixScalar(ex, L, 20, 'KEPUTUSAN CAMAT PASAR MANNA KABUPATEN BENGKULU SELATAN');
t('a plain scalar on one line: that line only', !r.why && changed(ex, r.text).join() === String(L) &&
  r.text.split('\n')[L - 1] === '  judul: KEPUTUSAN CAMAT PASAR MANNA KABUPATEN BENGKULU SELATAN', r.why);

L = lineOf('    Manna Kabupaten Bengkulu Selatan.');
const fix = 'bahwa berdasarkan pertimbangan sebagaimana dimaksud huruf a dan huruf b di atas, perlu menetapkan Keputusan Kecamatan Pasar Manna Kabupaten Bengkulu Selatan tentang Penetapan Indikator Kinerja Utama (IKU) di Kecamatan Pasar Manna Kabupaten Bengkulu Selatan;';
r = fixScalar(ex, L, 37, fix);
t('a plain scalar over four lines of a list, pointed at its last line: rewrapped, only its last word changed',
  !r.why && changed(ex, r.text).join() === String(L) && r.text.split('\n')[L - 1].endsWith('Selatan;'), r.why);

L = lineOf('diktum:') + 1;
r = fixScalar(ex, L, 5, 'KEPUTUSAN CAMAT PASAR MANNA KABUPATEN BENGKULU SELATAN TENTANG PENETAPAN INDIKATOR KINERJA UTAMA KECAMATAN PASAR MANNA KABUPATEN BENGKULU SELATAN.');
t('a fix that does not look like the value there is refused', r.why && /tidak tampak/.test(r.why), r.why);

const y = 'a:\n  b: "x\\\\y"\n  c: \'it\'\'s\'  # k\n  d: |\n    teks\n  e: jam 10 # dua\n  f: dua\n\n    tiga\n';
r = fixScalar(y, 3, 6, "it's ok");
t('a single-quoted scalar: quoted again, its comment kept', r.text && r.text.split('\n')[2] === "  c: 'it''s ok'  # k", JSON.stringify(r));
r = fixScalar(y, 2, 6, 'x/y');
t('a double-quoted scalar with an escape is left alone', r.why, JSON.stringify(r));
r = fixScalar(y, 4, 6, 'teks baru');
t('a block scalar is left alone', r.why && /blok/.test(r.why), JSON.stringify(r));
r = fixScalar(y, 6, 6, 'jam: 10');
t('a fix with ": " is written in double quotes, the comment kept',
  r.text && r.text.split('\n')[5] === '  e: "jam: 10" # dua', JSON.stringify(r));
r = fixScalar(y, 7, 6, 'dua tiga empat');
t('a plain scalar with a blank line inside is left alone', r.why && /kosong/.test(r.why), JSON.stringify(r));
r = fixScalar(y, 6, 3, 'jam 11');
t('a position on the key is refused', r.why, JSON.stringify(r));
r = fixScalar('a:\n\tb: x\n', 2, 5, 'y');
t('a line with a tab is refused', r.why, JSON.stringify(r));
console.log('fix: ' + pass + ' passed, ' + fail + ' failed');
