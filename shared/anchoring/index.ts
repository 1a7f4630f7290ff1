// Anchoring comments to passages of a PDF: see quote.ts (text), geometry.ts (rectangles) and
// anchor.ts (the TextAnchor both make up).
export * from './normalize';
export * from './pageText';
export * from './quote';
export * from './geometry';
export * from './anchor';
