// Rectangles between PDF user space (points, origin bottom-left, unrotated page) and viewport
// space (CSS pixels of the page as shown, at some zoom and rotation). A pdf.js PageViewport's
// `transform` maps PDF space to viewport space; these are the same affine maths as its
// convertToViewportRectangle and convertToPdfPoint, kept pure so anchors can be tested anywhere.
import type { PdfRect } from '../domain/comment';

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f (PDF's matrix order). */
export type Transform = readonly [number, number, number, number, number, number] | readonly number[];

/** An axis-aligned rectangle in viewport pixels, top-left origin. */
export interface ViewRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function applyTransform(x: number, y: number, m: Transform): [number, number] {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
}

export function applyInverseTransform(x: number, y: number, m: Transform): [number, number] {
  const det = m[0]! * m[3]! - m[1]! * m[2]!;
  const dx = x - m[4]!;
  const dy = y - m[5]!;
  return [(dx * m[3]! - dy * m[2]!) / det, (dy * m[0]! - dx * m[1]!) / det];
}

function boundsOf(points: Array<[number, number]>) {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

export function pdfRectToViewRect(rect: PdfRect, transform: Transform): ViewRect {
  const b = boundsOf([
    applyTransform(rect.x, rect.y, transform),
    applyTransform(rect.x + rect.width, rect.y + rect.height, transform),
  ]);
  return { left: b.minX, top: b.minY, width: b.maxX - b.minX, height: b.maxY - b.minY };
}

export function viewRectToPdfRect(rect: ViewRect, transform: Transform): PdfRect {
  const b = boundsOf([
    applyInverseTransform(rect.left, rect.top, transform),
    applyInverseTransform(rect.left + rect.width, rect.top + rect.height, transform),
  ]);
  return { x: b.minX, y: b.minY, width: b.maxX - b.minX, height: b.maxY - b.minY };
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/**
 * Merges the per-glyph-run rectangles of a selection into one rectangle per line. Two rectangles
 * are on the same line when they overlap across the line by at least half the smaller one and
 * the gap along the line is under one line height.
 */
export function mergeLineRects(rects: readonly ViewRect[]): ViewRect[] {
  const merged: ViewRect[] = [];
  const sorted = rects.filter((r) => r.width > 0 && r.height > 0).slice().sort((a, b) => a.top - b.top || a.left - b.left);
  for (const rect of sorted) {
    const target = merged.find((m) => sameLine(m, rect));
    if (target) {
      const right = Math.max(target.left + target.width, rect.left + rect.width);
      const bottom = Math.max(target.top + target.height, rect.top + rect.height);
      target.left = Math.min(target.left, rect.left);
      target.top = Math.min(target.top, rect.top);
      target.width = right - target.left;
      target.height = bottom - target.top;
    } else {
      merged.push({ ...rect });
    }
  }
  return merged;
}

function sameLine(a: ViewRect, b: ViewRect): boolean {
  // Runs taller than wide belong to vertical lines (vertical writing, or a page turned by 90°).
  if (a.height > a.width && b.height > b.width) {
    const across = overlap(a.left, a.left + a.width, b.left, b.left + b.width);
    const gap = Math.max(a.top, b.top) - Math.min(a.top + a.height, b.top + b.height);
    return across >= 0.5 * Math.min(a.width, b.width) && gap < Math.max(a.width, b.width);
  }
  const across = overlap(a.top, a.top + a.height, b.top, b.top + b.height);
  const gap = Math.max(a.left, b.left) - Math.min(a.left + a.width, b.left + b.width);
  return across >= 0.5 * Math.min(a.height, b.height) && gap < Math.max(a.height, b.height);
}
