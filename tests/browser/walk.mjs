// SPDX-License-Identifier: ISC
// tests/browser/walk.mjs URL DIR SHOTS - issue 16's "Done when" as one
// scripted walk of a clerk, run by tests/browser.sh on a server of its
// own over a fresh copy of examples/ (DIR): open the page, open the IKU
// decree in the form, change a year's target in the IKU grid, see the
// preview follow, fix what the reviewer marks with "Terapkan saran",
// save, download the PDF and read the new target in it (pdftotext).
// Prints "ok: NAME" or "FAIL: browser: NAME" per check and takes the
// README's screenshots serve-form.png and serve-grid-preview.png.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

const [url, dir, shots] = process.argv.slice(2);
const DOC = 'pasar-manna-2024.yaml';
const IKU = 'iku-pasar-manna-2024.yaml';
const CELL = '[0].target.2024';	// row 1's target for the decree's year
const NEW = '87';
let pass = 0;
let fail = 0;
function t(name, ok, more) {
  if (ok) { pass++; console.log('ok: walk: ' + name); }
  else { fail++; console.log('FAIL: browser: walk: ' + name + (more ? ': ' + more : '')); }
}
// the lines of a PDF's text, laid out
const pdftext = (file) => execFileSync('pdftotext', ['-layout', file, '-']).toString();
// row 1 of the IKU table with its target (pdftotext -layout)
const row1 = (text, target) => new RegExp('^1 .*Hasil evaluasi AKIP +' + target + '\\b', 'm').test(text);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const ctx = await browser.newContext({ viewport: { width: 1440, height: 820 }, acceptDownloads: true });
const errors = [];
const page = await ctx.newPage();
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => {
  if (m.type() === 'error' && !/status of 422/.test(m.text())) errors.push(m.text());
});
const count = () => page.evaluate(() => window.naskah.preview.count);
const after = (n) => page.waitForFunction((k) => window.naskah.preview.count > k, n, { polling: 100, timeout: 30000 });
// every page of the preview, hashed
const pixels = () => page.evaluate(() => [...document.querySelectorAll('#pages canvas')]
  .map((c) => c.toDataURL()).join('')).then((s) => createHash('sha256').update(s).digest('hex'));
// the PDF the preview shows now (pdf.js's document on screen)
const shown = (file) => page.evaluate(async () => {
  const doc = await window.naskah.preview.task.promise;
  return Array.from(await doc.getData());
}).then((b) => { writeFileSync(file, Buffer.from(b)); return pdftext(file); });

try {
  // 1. the page, the decree
  await page.goto(url);
  await page.locator('#docs li', { hasText: new RegExp('^' + DOC + '$') }).click();
  await page.waitForFunction(() => window.naskah && window.naskah.preview.count >= 1, null, { polling: 100, timeout: 30000 });
  const before = await pixels();
  const text0 = await shown(dir + '/../walk-0.pdf');
  t('the decree opens with its preview, row 1\'s target 80', row1(text0, '80'));

  // 2. the form: the IKU grid of the file the decree includes
  await page.click('#tab-form');
  const cell = page.locator('#form input[title^="' + CELL + ' "]');
  await cell.first().waitFor({ timeout: 15000 });
  t('the form shows the IKU grid with row 1\'s 2024 target', await cell.first().inputValue() === '80',
    await cell.first().inputValue());
  // the grid in view, from its first column
  const left = () => cell.first().evaluate((x) => {
    x.scrollIntoView({ block: 'center' });
    for (let e = x.parentElement; e; e = e.parentElement) e.scrollLeft = 0;
  });
  await left();
  await page.locator('#edit').screenshot({ path: shots + '/serve-form.png' });

  // 3. the year's target changed in the grid: the included file saved,
  // only that line, and the preview follows
  const ikuBefore = readFileSync(dir + '/' + IKU, 'utf8').split('\n');
  const n = await count();
  await cell.first().fill(NEW);
  await cell.first().dispatchEvent('change');
  await after(n);
  const ikuAfter = readFileSync(dir + '/' + IKU, 'utf8').split('\n');
  const changed = ikuAfter.map((x, i) => (x !== ikuBefore[i] ? i + 1 : 0)).filter(Boolean);
  t('the grid changed one line of ' + IKU + ' (' + changed.join(',') + ')',
    changed.length === 1 && /2024: 87\b/.test(ikuAfter[changed[0] - 1]), ikuAfter[changed[0] - 1]);
  t('the preview follows the grid: its pixels changed', await pixels() !== before);
  const text1 = await shown(dir + '/../walk-1.pdf');
  t('the preview\'s PDF has row 1\'s new target ' + NEW, row1(text1, NEW) && !row1(text1, '80'));
  // the lampiran's page in view, for the README
  await page.evaluate(() => {
    const cs = document.querySelectorAll('#pages canvas');
    const last = cs[cs.length - 1];
    document.getElementById('preview').scrollTop = last.offsetTop - 8;
  });
  // the changed cell in the middle of the form
  await cell.first().evaluate((x) => x.scrollIntoView({ block: 'center', inline: 'center' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: shots + '/serve-grid-preview.png' });

  // 4. what the reviewer marks, fixed with "Terapkan saran", saved
  await page.click('#tab-text');
  const fix = page.locator('#messages li', { hasText: 'judul-jabatan' }).locator('button', { hasText: 'Terapkan saran' });
  await fix.first().waitFor({ timeout: 15000 });
  const docBefore = readFileSync(dir + '/' + DOC, 'utf8');
  const m = await count();
  await fix.first().click();
  await after(m);
  await page.waitForFunction(() => ![...document.querySelectorAll('#messages li')]
    .some((li) => /judul-jabatan/.test(li.textContent)), null, { polling: 100, timeout: 15000 });
  t('the finding is gone once its fix is applied', true);
  const k = await page.evaluate(() => window.naskah.saves);
  await page.keyboard.press('Control+s');
  await page.waitForFunction((n) => window.naskah.saves > n, k, { polling: 100, timeout: 30000 });
  const docAfter = readFileSync(dir + '/' + DOC, 'utf8');
  t('saved: the fixed title on disk', docAfter !== docBefore &&
    /^ {2}judul: KEPUTUSAN CAMAT PASAR MANNA KABUPATEN BENGKULU SELATAN$/m.test(docAfter));

  // 5. Unduh PDF: the target and the fixed title in the downloaded file
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const file = dir + '/../walk-unduh.pdf';
  await dl.saveAs(file);
  const text = pdftext(file);
  t('Unduh PDF gives ' + dl.suggestedFilename() + ' with the new target and the fixed title',
    dl.suggestedFilename() === 'pasar-manna-2024.pdf' && row1(text, NEW) &&
    /KEPUTUSAN CAMAT PASAR MANNA KABUPATEN BENGKULU SELATAN/.test(text.replace(/\s+/g, ' ')),
    dl.suggestedFilename());
  // and it is what the server makes of the saved files
  const r = await page.evaluate(async (p) => {
    const x = await fetch('/api/pdf?path=' + encodeURIComponent(p));
    return Array.from(new Uint8Array(await x.arrayBuffer()));
  }, DOC);
  t('the download is the saved document\'s PDF, byte for byte',
    Buffer.compare(Buffer.from(r), readFileSync(file)) === 0);
} catch (e) {
  t('the walk ran to its end', false, e.message.split('\n')[0]);
  console.log('  the page said: ' + await page.locator('#state').textContent().catch(() => '?') +
    ' | ' + await page.locator('#form-state').textContent().catch(() => '?'));
}
t('no error in the page\'s console', errors.length === 0, errors.join(' | '));
await browser.close();
console.log('walk: ' + pass + ' passed, ' + fail + ' failed');
