// Where the floating "Comment" button goes: under the end of the text selected in a page, once the
// selection is made. While the mouse is still dragging, no button: one that appeared under the
// pointer would sit inside the selection being dragged and catch the drag.
import { useEffect, useState, type RefObject } from 'react';

export interface ButtonPlace {
  left: number;
  top: number;
}

export function useCommentButton(enabled: boolean, contentRef: RefObject<HTMLElement | null>): [ButtonPlace | null, () => void] {
  const [place, setPlace] = useState<ButtonPlace | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    let dragging = false;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const selection = document.getSelection();
        const content = contentRef.current;
        if (dragging || !selection || selection.isCollapsed || selection.rangeCount === 0 || !content) return setPlace(null);
        const range = selection.getRangeAt(0);
        const inPage = (range.startContainer.parentElement ?? (range.startContainer as Element)).closest?.('.pdf-text-layer');
        if (!inPage || !content.contains(inPage)) return setPlace(null);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
        const last = rects[rects.length - 1];
        if (!last) return setPlace(null);
        const origin = content.getBoundingClientRect();
        setPlace({ left: last.right - origin.left, top: last.bottom - origin.top + 4 });
      });
    };
    const down = (event: PointerEvent) => {
      const onPage = event.target instanceof Element && event.target.closest('.pdf-page');
      if (event.button !== 0 || !onPage || !contentRef.current?.contains(onPage)) return;
      dragging = true;
      setPlace(null);
    };
    const up = () => {
      if (!dragging) return;
      dragging = false;
      update();
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
    };
  }, [enabled, contentRef]);
  return [place, () => setPlace(null)];
}
