// Find matches are painted with the CSS Custom Highlight API (no extra DOM, follows the text
// layer's own layout). One registry entry is shared by every viewer on screen; each page adds
// and removes its own ranges.
const registry = (globalThis as { CSS?: { highlights?: Map<string, Highlight> } }).CSS?.highlights;
const supported = typeof Highlight === 'function' && registry !== undefined;

function named(name: string): Highlight | null {
  if (!supported) return null;
  let highlight = registry!.get(name);
  if (!highlight) {
    highlight = new Highlight();
    registry!.set(name, highlight);
  }
  return highlight;
}

export function addFindRanges(ranges: readonly Range[], current: Range | null): () => void {
  const all = named('pdf-find');
  const selected = named('pdf-find-current');
  for (const r of ranges) all?.add(r);
  if (current) selected?.add(current);
  return () => {
    for (const r of ranges) all?.delete(r);
    if (current) selected?.delete(current);
  };
}
