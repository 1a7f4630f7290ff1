import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { mergeLineRects, pdfRectToViewRect, viewRectToPdfRect } from './geometry';
import { buildTextAnchor } from './anchor';

/** A minimal valid PDF whose pages have the given MediaBox and /Rotate. */
function makePdf(pages: Array<{ box: [number, number, number, number]; rotate: number }>): Uint8Array {
  const objects: string[] = [];
  const kids = pages.map((_, i) => `${3 + i} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  for (const p of pages) objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [${p.box.join(' ')}] /Rotate ${p.rotate} >>`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

describe('rectangles between PDF points and the page as shown (checked against pdf.js viewports)', () => {
  let doc: PDFDocumentProxy;
  beforeAll(async () => {
    const data = makePdf([
      { box: [0, 0, 612, 792], rotate: 0 },
      { box: [0, 0, 612, 792], rotate: 90 },
      { box: [10, 20, 420, 615], rotate: 0 },
    ]);
    doc = (await pdfjs.getDocument({ data, isEvalSupported: false }).promise) as unknown as PDFDocumentProxy;
  });
  afterAll(async () => {
    await doc?.destroy();
  });

  const rect = { x: 72, y: 600, width: 200, height: 14 };

  for (const pageNumber of [1, 2, 3]) {
    for (const scale of [0.5, 1, 1.5, 3]) {
      for (const extraRotation of [0, 90, 180, 270]) {
        it(`page ${pageNumber}, zoom ${scale}, rotated by ${extraRotation}: matches pdf.js and round-trips`, async () => {
          const page = await doc.getPage(pageNumber);
          const viewport = page.getViewport({ scale, rotation: (page.rotate + extraRotation) % 360 });
          const view = pdfRectToViewRect(rect, viewport.transform);
          const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([rect.x, rect.y, rect.x + rect.width, rect.y + rect.height]);
          close(view.left, Math.min(x1, x2));
          close(view.top, Math.min(y1, y2));
          close(view.width, Math.abs(x2 - x1));
          close(view.height, Math.abs(y2 - y1));
          const [px, py] = viewport.convertToPdfPoint(view.left, view.top);
          const back = viewRectToPdfRect(view, viewport.transform);
          expect([rect.x, rect.x + rect.width]).toContainEqual(expect.closeTo(px, 6));
          expect([rect.y, rect.y + rect.height]).toContainEqual(expect.closeTo(py, 6));
          close(back.x, rect.x);
          close(back.y, rect.y);
          close(back.width, rect.width);
          close(back.height, rect.height);
        });
      }
    }
  }

  it('an anchor made at one zoom lands on the same place at another zoom and rotation', async () => {
    const page = await doc.getPage(1);
    const at1 = page.getViewport({ scale: 1 });
    const selected = pdfRectToViewRect(rect, at1.transform);
    const anchor = buildTextAnchor({
      documentSha256: 'abc',
      pageIndex: 0,
      pageText: 'before quoted words after',
      range: { start: 7, end: 19 },
      viewRects: [selected],
      transform: at1.transform,
    });
    expect(anchor.quote).toBe('quoted words');
    expect(anchor.prefix).toBe('before ');
    expect(anchor.suffix).toBe(' after');
    const at2 = page.getViewport({ scale: 2, rotation: 90 });
    const shown = pdfRectToViewRect(anchor.rects[0]!, at2.transform);
    const expected = pdfRectToViewRect(rect, at2.transform);
    close(shown.left, expected.left);
    close(shown.top, expected.top);
    close(shown.width, expected.width);
    close(shown.height, expected.height);
  });
});

describe('merging selection rectangles per line', () => {
  it('joins glyph runs of one line and keeps lines apart', () => {
    const merged = mergeLineRects([
      { left: 10, top: 100, width: 50, height: 12 },
      { left: 62, top: 101, width: 40, height: 11 },
      { left: 10, top: 116, width: 80, height: 12 },
      { left: 0, top: 0, width: 0, height: 12 },
    ]);
    expect(merged).toEqual([
      { left: 10, top: 100, width: 92, height: 12 },
      { left: 10, top: 116, width: 80, height: 12 },
    ]);
  });

  it('joins runs of a vertical line (vertical writing) and keeps columns apart', () => {
    const merged = mergeLineRects([
      { left: 100, top: 10, width: 12, height: 40 },
      { left: 100, top: 52, width: 12, height: 40 },
      { left: 80, top: 10, width: 12, height: 60 },
    ]);
    expect(merged).toHaveLength(2);
    expect(merged).toContainEqual({ left: 100, top: 10, width: 12, height: 82 });
  });
});
