// SPDX-License-Identifier: ISC
// naskah serve's preview: a PDF drawn page by page with pdf.js (built
// into the program from web/vendor/pdfjs/) into canvases off the page,
// put in place in one step when all are drawn, at the scroll position
// the reader had: no blank moment, no jump.  Only the newest request's
// drawing is shown; an older one still drawing is cancelled.
import * as pdfjs from '/vendor/pdfjs/pdf.min.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = '/vendor/pdfjs/pdf.worker.min.mjs';
// one worker for every drawing (a new one would load pdf.js's 1.3 MB
// worker script again each time)
let worker = null;

export class Preview {
  constructor(scroller, holder) {
    this.box = scroller;	// the element that scrolls
    this.holder = holder;	// where the pages go
    this.seq = 0;		// the newest request
    this.shown = 0;		// the request on screen
    this.task = null;		// the loading task of the document on screen
    this.tasks = [];		// the render tasks of the newest request
    this.count = 0;		// drawings put on screen, for the tests
  }

  // show(bytes): draw bytes (a PDF); resolves to true when they are on
  // screen, false when a newer show() came first
  async show(bytes) {
    const seq = ++this.seq;
    for (const t of this.tasks) t.cancel();
    this.tasks = [];
    if (!worker) worker = new pdfjs.PDFWorker();
    const task = pdfjs.getDocument({ data: bytes, worker, isEvalSupported: false });
    let doc;
    try {
      doc = await task.promise;
    } catch (e) {
      this.error = String(e);
      task.destroy();
      return false;
    }
    const off = document.createElement('div');
    const width = Math.max(200, this.box.clientWidth - 24);
    const ratio = window.devicePixelRatio || 1;
    try {
      for (let i = 1; i <= doc.numPages; i++) {
        if (seq !== this.seq) throw new Error('stale');
        const page = await doc.getPage(i);
        const v1 = page.getViewport({ scale: 1 });
        const vp = page.getViewport({ scale: width / v1.width * ratio });
        const c = document.createElement('canvas');
        c.width = Math.floor(vp.width);
        c.height = Math.floor(vp.height);
        c.style.width = width + 'px';
        c.style.height = Math.floor(vp.height / ratio) + 'px';
        c.dataset.page = String(i);
        const task = page.render({ canvasContext: c.getContext('2d'), viewport: vp });
        this.tasks.push(task);
        await task.promise;
        off.appendChild(c);
      }
    } catch (e) {
      this.error = String(e);
      task.destroy();
      return false;
    }
    if (seq !== this.seq) { task.destroy(); return false; }
    // the swap: one step, the reader's place kept
    const top = this.box.scrollTop;
    const left = this.box.scrollLeft;
    this.holder.replaceChildren(...off.childNodes);
    this.box.scrollTop = top;
    this.box.scrollLeft = left;
    if (this.task) this.task.destroy();
    this.task = task;
    this.shown = seq;
    this.count++;
    this.tasks = [];
    return true;
  }
}
