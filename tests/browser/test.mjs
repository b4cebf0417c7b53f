// SPDX-License-Identifier: ISC
// tests/browser/test.mjs URL DIR SHOTS - naskah serve's page in a real
// browser (Debian's chromium, headless, through playwright-core); run
// by tests/browser.sh, which starts the server on URL over DIR (a copy
// of examples/).  Prints "ok: NAME" or "FAIL: browser: NAME" per check,
// the keystroke-to-preview figure, screenshots into SHOTS.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const [url, dir, shots] = process.argv.slice(2);
const DOC = 'pasar-manna-2024.yaml';
const original = readFileSync(dir + '/' + DOC, 'utf8');
let pass = 0;
let fail = 0;
function t(name, ok, more) {
  if (ok) { pass++; console.log('ok: ' + name); }
  else { fail++; console.log('FAIL: browser: ' + name + (more ? ': ' + more : '')); }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const ctx = await browser.newContext({ viewport: { width: 1080, height: 680 } });
const errors = [];

async function open(page) {
  page.on('pageerror', (e) => errors.push(e.message));
  // (a render refused with 422 is what a text with an error gets, a
  // save refused with 409 what the second tab gets)
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of (422|409)/.test(m.text())) errors.push(m.text());
  });
  await page.goto(url);
  await page.locator('#docs li', { hasText: new RegExp('^' + DOC + '$') }).click();
  await page.waitForFunction(() => window.naskah && window.naskah.preview.count >= 1,
    null, { polling: 100, timeout: 30000 });
}
const count = (page) => page.evaluate(() => window.naskah.preview.count);
// saveAndWait(page): press Control+s and wait until that save has
// succeeded (the state line can say 'pratinjau diperbarui' by then, when
// a preview lands after the save; polled by time, as a page behind
// another tab gets no animation frames)
async function saveAndWait(page) {
  const k = await page.evaluate(() => window.naskah.saves);
  await page.keyboard.press('Control+s');
  await page.waitForFunction((n) => window.naskah.saves > n, k, { polling: 100, timeout: 30000 });
}
// after(page, n): wait until the preview has been put on screen more than n times
const after = (page, n) => page.waitForFunction((k) => window.naskah.preview.count > k, n,
  { polling: 100, timeout: 20000 });
// the first page's pixels, hashed
const pixels = (page) => page.evaluate(() =>
  document.querySelector('#pages canvas').toDataURL()).then((s) =>
  createHash('sha256').update(s).digest('hex'));
// caret(page, line, col): the caret at line:col (1-based) of the text
async function caret(page, line, col) {
  await page.evaluate(([l, c]) => {
    const t = document.getElementById('text');
    let at = 0;
    for (let i = 1; i < l; i++) at = t.value.indexOf('\n', at) + 1;
    t.focus();
    t.setSelectionRange(at + c - 1, at + c - 1);
  }, [line, col]);
}

try {
  const page = await ctx.newPage();
  await open(page);
  t('the page opens the document and draws its preview', true);
  const pages = await page.locator('#pages canvas').count();
  t('the preview has the pages of the PDF', pages >= 2, pages + ' canvases');
  await page.screenshot({ path: shots + '/serve-preview.png' });
  const before = await pixels(page);

  // (a) a colon removed: the error at its line, in the gutter and the list
  const lines = original.split('\n');
  const L = lines.findIndex((x) => x === '  tahun: 2024') + 1;
  let n = await count(page);
  await caret(page, L, 8);
  await page.keyboard.press('Delete');
  const gutter = page.locator('#gutter div.error');
  await gutter.first().waitFor({ timeout: 10000 });
  t('the missing colon is marked in the gutter at line ' + L,
    (await gutter.count()) === 1 && (await gutter.first().textContent()) === String(L),
    'marked: ' + (await gutter.allTextContents()).join(','));
  const tip = await gutter.first().getAttribute('title');
  t('the gutter\'s tooltip explains it in Indonesian', /tahun/.test(tip) && /:/.test(tip), tip);
  const item = page.locator('#messages li.error');
  const first = (await item.first().textContent()) || '';
  t('the list names the error at ' + L + ':8', first.startsWith(L + ':8') && /kesalahan/.test(first), first);
  await page.locator('#text').evaluate((x) => { x.scrollTop = 0; });
  await item.first().click();
  const sel = await page.evaluate(() => document.getElementById('text').selectionStart);
  const want = original.split('\n').slice(0, L - 1).join('\n').length + 1 + 7;
  t('a click on the message puts the caret at line:col', sel === want, sel + ' != ' + want);
  await page.waitForTimeout(400);
  await page.locator('#edit').screenshot({ path: shots + '/serve-error.png' });
  t('the preview stays while the text has an error', (await count(page)) === n);

  // (b) fixed: the colon back and the year changed: the preview follows
  n = await count(page);
  await caret(page, L, 8);
  await page.keyboard.type(':');
  await caret(page, L, 10);
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('2025');
  await after(page, n);
  await page.waitForFunction(() => !document.querySelector('#gutter div.error'), null, { polling: 100 });
  t('the error mark goes once it is fixed', true);
  const changed = await pixels(page);
  t('the preview changes after the fix', changed !== before);

  // (e) the reader's place in the preview is kept across a redraw, and
  // the preview never goes blank while it is redrawn
  await page.evaluate(() => {
    const p = document.getElementById('preview');
    p.scrollTop = 1500;
    window.fewest = Infinity;
    const watch = () => {
      window.fewest = Math.min(window.fewest, document.querySelectorAll('#pages canvas').length);
      window.watching = requestAnimationFrame(watch);
    };
    watch();
  });
  const top = await page.evaluate(() => document.getElementById('preview').scrollTop);
  n = await count(page);
  await caret(page, L + 1, 12);
  await page.keyboard.type('X');
  await after(page, n);
  const kept = await page.evaluate(() => {
    cancelAnimationFrame(window.watching);
    return [document.getElementById('preview').scrollTop, window.fewest];
  });
  t('the preview keeps its scroll position across a redraw', top > 0 && Math.abs(kept[0] - top) <= 1,
    top + ' -> ' + kept[0]);
  t('the preview never goes blank while redrawn', kept[1] === pages, 'fewest canvases ' + kept[1]);

  // two drawings asked at once: only the newer one is put on screen
  const both = await page.evaluate(async () => {
    const n = window.naskah;
    const get = async (t) => {
      const r = await n.api('POST', '/api/render' + n.q(n.cur.path), t);
      if (!r.ok) throw new Error('render: ' + r.status + ' ' + await r.text());
      return new Uint8Array(await r.arrayBuffer());
    };
    const a = await get(n.text());
    const b = await get(n.text().replace('tahun: 2025', 'tahun: 2024'));
    const r = await Promise.all([n.preview.show(a), n.preview.show(b)]);
    return [r, n.preview.shown === n.preview.seq, n.preview.error];
  });
  t('of two drawings asked at once only the newer is shown', both[0][0] === false &&
    both[0][1] === true && both[1], JSON.stringify(both));

  // an error in the file the document includes: listed with that
  // file's name, not marked in this text
  await caret(page, L, 10);
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('2031');
  const inc = page.locator('#messages li.error', { hasText: 'iku-pasar-manna-2024.yaml:' });
  await inc.first().waitFor({ timeout: 10000 });
  t('an error in an included file is listed with its name, not marked here',
    (await page.locator('#gutter div.error').count()) === 0, await inc.first().textContent());
  n = await count(page);
  await caret(page, L, 10);
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('2025');
  await after(page, n);

  // keystroke to preview: 20 edits, each a letter typed or taken back
  // in the title (tentang)
  await caret(page, L + 1, 13);
  const times = [];
  for (let i = 0; i < 20; i++) {
    n = await count(page);
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press(i % 2 ? 'Backspace' : 'Y');
    await after(page, n);
    times.push(await page.evaluate((s) => window.naskah.shownAt - s, t0));
  }
  times.sort((a, b) => a - b);
  const med = (times[9] + times[10]) / 2;
  console.log('browser: keystroke to preview updated: median ' + med.toFixed(0) +
    ' ms over 20 edits (min ' + times[0].toFixed(0) + ', max ' + times[19].toFixed(0) +
    '; 300 ms of it is the pause the page waits for after typing)');
  t('the preview follows a keystroke within 3 s (median)', med < 3000, med + ' ms');

  // Unduh PDF: what the preview shows, as a PDF file
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const got = readFileSync(await dl.path());
  t('Unduh PDF downloads the preview\'s PDF as pasar-manna-2024.pdf',
    dl.suggestedFilename() === 'pasar-manna-2024.pdf' && got.subarray(0, 5).toString() === '%PDF-',
    dl.suggestedFilename());

  // (c) a reviewer's fix applied and saved: only that line changes
  await page.reload();
  await open(page);
  const fixLine = lines.findIndex((x) => x.startsWith('  judul: KEPUTUSAN KECAMATAN')) + 1;
  const withFix = page.locator('#messages li[data-line="' + fixLine + '"]', { hasText: 'Terapkan saran' });
  await withFix.first().waitFor({ timeout: 10000 });
  await withFix.first().locator('button').click();
  await saveAndWait(page);
  const saved = readFileSync(dir + '/' + DOC, 'utf8').split('\n');
  const diff = saved.map((x, i) => (x !== lines[i] ? i + 1 : 0)).filter(Boolean);
  t('the fix changed line ' + fixLine + ' of the file and no other',
    saved.length === lines.length && diff.length === 1 && diff[0] === fixLine &&
    saved[fixLine - 1] === '  judul: KEPUTUSAN CAMAT PASAR MANNA KABUPATEN BENGKULU SELATAN',
    'lines changed: ' + diff.join(',') + '; ' + saved[fixLine - 1]);
  // a fix that is not for the scalar it points at is refused, and said so
  const other = page.locator('#messages li', { hasText: 'menetapkan-kosong' });
  if (await other.count()) {
    const was = await page.evaluate(() => window.naskah.text());
    await other.first().locator('button').click();
    const st = await page.locator('#state').textContent();
    t('a fix for a value the file does not hold is not applied, and said so',
      /tidak dapat diterapkan/.test(st) && was === await page.evaluate(() => window.naskah.text()), st);
  }

  // (d) two tabs save: the second is told, nothing is lost
  const tab2 = await ctx.newPage();
  await open(tab2);
  await caret(page, L + 1, 12);
  await page.keyboard.type('A');
  await saveAndWait(page);
  await caret(tab2, L + 1, 12);
  await tab2.keyboard.type('B');
  await tab2.keyboard.press('Control+s');
  await tab2.locator('#conflict').waitFor({ state: 'visible', timeout: 10000 });
  const disk = readFileSync(dir + '/' + DOC, 'utf8');
  const mine = await tab2.locator('#conflict-mine').textContent();
  t('the second tab\'s save shows the conflict panel', /diubah/.test(await tab2.locator('#conflict-words').textContent()));
  t('the first tab\'s text is on disk, the second\'s kept in the panel',
    disk === await page.evaluate(() => window.naskah.text()) && mine === await tab2.evaluate(() => window.naskah.text()) &&
    disk !== mine);
  await tab2.locator('#conflict-load').click();
  t('the newest text loads into the second tab', await tab2.evaluate(() => window.naskah.text()) === disk);
  // the history lists the versions the saves replaced
  t('the history lists the versions replaced', (await page.locator('#history li').count()) >= 2);

  // the form mode: a field changes that line of the file and no other,
  // and a target in the IKU grid changes its line of the included file
  await page.click('#tab-form');
  const nama = page.locator('#form input[title^="penandatangan.nama "]');
  await nama.first().waitFor({ timeout: 10000 });
  const fbefore = readFileSync(dir + "/" + DOC, "utf8").split("\n");
  await nama.first().fill('MIMI HERAWATI PUTRI');
  await nama.first().dispatchEvent('change');
  await page.waitForFunction(() => /MIMI HERAWATI PUTRI/.test(window.naskah.text()), null, { polling: 100, timeout: 10000 });
  await saveAndWait(page);
  const after1 = readFileSync(dir + '/' + DOC, 'utf8').split('\n');
  const fchanged = after1.map((x, i) => (x !== fbefore[i] ? i + 1 : 0)).filter(Boolean);
  t('a form field changes its one line of the file (' + fchanged.join(',') + ')',
    after1.length === fbefore.length && fchanged.length === 1 &&
    after1[fchanged[0] - 1] === '  nama: MIMI HERAWATI PUTRI', after1[fchanged[0] - 1]);
  const IKU = 'iku-pasar-manna-2024.yaml';
  const ikuBefore = readFileSync(dir + '/' + IKU, 'utf8').split('\n');
  const cell = page.locator('#form input[title^="[0].target.2025 "]');
  await cell.first().waitFor({ timeout: 10000 });
  await cell.first().fill('83');
  await cell.first().dispatchEvent('change');
  let ikuAfter = ikuBefore;
  for (let i = 0; i < 100 && ikuAfter.join('\n') === ikuBefore.join('\n'); i++) {
    await page.waitForTimeout(100);
    ikuAfter = readFileSync(dir + '/' + IKU, 'utf8').split('\n');
  }
  const ch2 = ikuAfter.map((x, i) => (x !== ikuBefore[i] ? i + 1 : 0)).filter(Boolean);
  t('a target in the IKU grid changes its one line of ' + IKU + ' (' + ch2.join(',') + ')',
    ikuAfter.length === ikuBefore.length && ch2.length === 1 && /2025: 83\b/.test(ikuAfter[ch2[0] - 1]),
    ikuAfter[ch2[0] - 1]);

  // Dokumen baru: a starter made by the server as naskah init makes it,
  // never over a file, then opened
  await page.click('#new summary');
  await page.selectOption('#new-jenis', 'perubahan');
  await page.selectOption('#new-asal', DOC);
  const offered = await page.inputValue('#new-name');
  t('Dokumen baru offers a perubahan beside its decree', offered === 'pasar-manna-2024-perubahan.yaml', offered);
  const taken = readFileSync(dir + '/' + offered, 'utf8');
  await page.click('#new-make');
  await page.waitForFunction(() => document.getElementById('new-state').textContent !== '', null, { polling: 100 });
  t('a new document over an existing file is refused, and said so',
    /sudah ada/.test(await page.textContent('#new-state')) &&
    readFileSync(dir + '/' + offered, 'utf8') === taken, await page.textContent('#new-state'));
  await page.fill('#new-name', 'pasar-manna-2025');
  await page.click('#new-make');
  await page.waitForFunction(() => document.getElementById('name').textContent === 'pasar-manna-2025.yaml', null, { polling: 100 });
  const made = readFileSync(dir + '/pasar-manna-2025.yaml', 'utf8');
  t('the perubahan is written and opened, naming its decree',
    /^  berkas: pasar-manna-2024\.yaml$/m.test(made) && made === await page.evaluate(() => window.naskah.text()));
  await page.click('#new summary');
  await page.selectOption('#new-jenis', 'buku');
  t('the name offered follows the starter', await page.inputValue('#new-name') === 'buku-baru.yaml');
  await page.click('#new-make');
  // the name is shown at once, the list when its request comes back
  await page.waitForFunction(() => document.getElementById('name').textContent === 'buku-baru.yaml' &&
    document.querySelector('#docs li.open')?.textContent === 'buku-baru.yaml', null, { polling: 100 });
  t('a Buku IKU from its starter is written, listed and opened',
    readFileSync(dir + '/buku-baru.yaml', 'utf8') === readFileSync('templates/awal/buku.yaml', 'utf8') &&
    (await page.locator('#docs li.open').textContent()) === 'buku-baru.yaml');

  // a text of 1 500 warnings and then an error: the list holds the
  // 1 000 warnings the server sends and the error, the summary says how
  // many more there are
  const wide = 'x'.repeat(150) + ' ';
  const many = 'naskah: 1\njenis: buku\nkertas: A4\nbagian:\n  - bab:\n' +
    '      judul: SATU\n      isi:\n        - "' + wide.repeat(1500) + 'akhir."\n' +
    '  - bab:\n      judul: DUA\n      isi:\n        - bagan:\n' +
    '            - {id: a0, jabatan: C}\n' + Array.from({ length: 99 }, (_, i) =>
      '            - {id: a' + (i + 1) + ', jabatan: S, atasan: a' + i + '}\n').join('');
  await page.evaluate((x) => {
    const t = document.getElementById('text');
    t.value = x;
    t.dispatchEvent(new Event('input'));
  }, many);
  await page.waitForFunction(() => /pesan lain tidak ditampilkan/.test(
    document.getElementById('summary').textContent), null, { polling: 100, timeout: 30000 });
  const sum = await page.locator('#summary').textContent();
  t('1 500 warnings and an error: 1 001 listed, "500 pesan lain tidak ditampilkan"',
    (await page.locator('#messages li').count()) === 1001 &&
    (await page.locator('#messages li.error').count()) === 1 &&
    sum === '1 kesalahan, 1000 peringatan, 500 pesan lain tidak ditampilkan', sum);
} catch (e) {
  t('the browser test ran to its end', false, e.message.split('\n')[0]);
  for (const p of ctx.pages())
    console.log('  the page said: ' + await p.locator('#state').textContent().catch(() => '?') +
      ' | ' + (await p.locator('#summary').textContent().catch(() => '?')) +
      ' | ' + (await p.locator('#messages li').first().textContent().catch(() => '?')));
}
t('no error in the page\'s console', errors.length === 0, errors.join(' | '));
await browser.close();
console.log('page: ' + pass + ' passed, ' + fail + ' failed');
