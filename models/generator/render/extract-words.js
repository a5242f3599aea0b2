// Runs inside Chromium: every visible word with its box relative to its page and its field label.
// Plain JavaScript read as text, so no bundler helpers leak into page.evaluate.
(() => {
  const out = [];
  const pages = Array.from(document.querySelectorAll('.page'));
  for (const page of pages) {
    if (page.dataset.autoheight) page.style.height = `${Math.ceil(page.scrollHeight) + 2}px`;
    const pr = page.getBoundingClientRect();
    const overflow =
      page.scrollHeight > page.clientHeight + 1 || page.scrollWidth > page.clientWidth + 1;
    const frags = [];
    const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const styleOf = new Map();
    let node;
    while ((node = walker.nextNode())) {
      const el = node.parentElement;
      if (!el) continue;
      let visible = styleOf.get(el);
      if (visible === undefined) {
        const cs = getComputedStyle(el);
        visible = cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0.05;
        styleOf.set(el, visible);
      }
      if (!visible) continue;
      const fieldEl = el.closest('[data-field]');
      const field = fieldEl ? fieldEl.getAttribute('data-field') : 'O';
      const lineEl = el.closest('[data-line]');
      const line =
        lineEl && field.startsWith('line.') ? Number(lineEl.getAttribute('data-line')) : -1;
      const text = node.data;
      const re = /\S+/g;
      let m;
      while ((m = re.exec(text))) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
        if (!rects.length) continue;
        let x0 = Infinity,
          y0 = Infinity,
          x1 = -Infinity,
          y1 = -Infinity;
        for (const r of rects) {
          x0 = Math.min(x0, r.left);
          y0 = Math.min(y0, r.top);
          x1 = Math.max(x1, r.right);
          y1 = Math.max(y1, r.bottom);
        }
        frags.push({
          text: m[0],
          field,
          line,
          x0: x0 - pr.left,
          y0: y0 - pr.top,
          x1: x1 - pr.left,
          y1: y1 - pr.top,
          joinLeft: m.index === 0,
          joinRight: m.index + m[0].length === text.length,
        });
      }
    }
    // Fragments of one visual word split across elements ("€" + "12.50") are merged by geometry.
    const words = [];
    for (const f of frags) {
      const prev = words[words.length - 1];
      const sameLine =
        prev &&
        Math.min(prev.y1, f.y1) - Math.max(prev.y0, f.y0) >
          0.5 * Math.min(prev.y1 - prev.y0, f.y1 - f.y0);
      if (
        prev &&
        prev.joinRight &&
        f.joinLeft &&
        sameLine &&
        f.x0 - prev.x1 < 1 &&
        f.x0 - prev.x1 > -2
      ) {
        prev.parts.push([f.text.length, f.field, f.line]);
        prev.text += f.text;
        prev.x1 = Math.max(prev.x1, f.x1);
        prev.y0 = Math.min(prev.y0, f.y0);
        prev.y1 = Math.max(prev.y1, f.y1);
        prev.joinRight = f.joinRight;
      } else {
        words.push({ ...f, parts: [[f.text.length, f.field, f.line]] });
      }
    }
    const W = pr.width,
      H = pr.height;
    let outside = 0;
    const result = words.map((w) => {
      // The label of a merged word is the one that covers most of its characters.
      const count = new Map();
      for (const [n, field, line] of w.parts)
        count.set(`${field}\u0000${line}`, (count.get(`${field}\u0000${line}`) || 0) + n);
      // A value field beats text glued to it ("€1" of "€1 234,56"); a glued symbol never wins.
      const weak = (k) => (k.startsWith('currency\u0000') ? 2 : k.startsWith('O\u0000') ? 1 : 0);
      const best = Array.from(count.entries())
        .sort((a, b) => weak(a[0]) - weak(b[0]) || b[1] - a[1])[0][0]
        .split('\u0000');
      if (w.x0 < -0.5 || w.y0 < -0.5 || w.x1 > W + 0.5 || w.y1 > H + 0.5) outside++;
      const r2 = (v) => Math.round(v * 100) / 100;
      return {
        text: w.text,
        box: [r2(w.x0), r2(w.y0), r2(w.x1), r2(w.y1)],
        label: best[0],
        line: Number(best[1]),
      };
    });
    out.push({
      width: Math.round(W * 100) / 100,
      height: Math.round(H * 100) / 100,
      overflow: overflow || outside > 0,
      words: result,
    });
  }
  // Printing scales the page to the @page size, so a measured receipt needs its own @page rule.
  const auto = pages.find((p) => p.dataset.autoheight);
  if (auto) {
    const r = auto.getBoundingClientRect();
    const style = document.createElement('style');
    style.textContent = `@page{size:${r.width}px ${r.height}px;margin:0}`;
    document.head.appendChild(style);
  }
  return out;
})();
