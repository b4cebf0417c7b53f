// SPDX-License-Identifier: ISC
// tests/browser/shot.mjs URL DOC PNG - the editor at URL (a naskah serve
// another program started: tests/windows-serve.sh's naskah.exe under
// wine, opened by naskah-serve.bat) photographed into PNG once DOC is
// open and its preview drawn.  Exits 0 when the page worked: the list
// of documents, DOC's text, its preview; 1 with the reason otherwise.
import { chromium } from 'playwright-core';

const [url, doc, png] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
let rc = 0;
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 760 } })).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.locator('#docs li', { hasText: new RegExp('^' + doc.replace(/\./g, '\\.') + '$') }).click();
  await page.waitForFunction(() => window.naskah && window.naskah.preview.count >= 1,
    null, { polling: 100, timeout: 60000 });
  const text = await page.evaluate(() => window.naskah.text());
  if (!/penandatangan:/.test(text)) throw new Error('the text of ' + doc + ' is not shown');
  await page.waitForTimeout(300);
  await page.screenshot({ path: png });
  if (errors.length) throw new Error('the page: ' + errors.join(' | '));
  console.log('shot: ' + png);
} catch (e) {
  console.log('shot: ' + e.message.split('\n')[0]);
  rc = 1;
}
await browser.close();
process.exit(rc);
