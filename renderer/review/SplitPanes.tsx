// Side-by-side panes with draggable dividers (mouse, touch or arrow keys). Widths are fractions of
// the row, remembered per layout in localStorage so a reviewer's arrangement survives a restart.
import { Children, Fragment, isValidElement, useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const MIN_FRACTION = 0.15;
const STEP = 0.02;

function loadFractions(storageKey: string, defaults: number[]): number[] {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as unknown;
    if (Array.isArray(saved) && saved.length === defaults.length && saved.every((f) => typeof f === 'number' && f >= MIN_FRACTION)) {
      return saved as number[];
    }
  } catch {
    // An unreadable saved layout falls back to the default.
  }
  return defaults;
}

export function SplitPanes({ storageKey, defaults, children }: { storageKey: string; defaults: number[]; children: ReactNode }) {
  const { t } = useTranslation('review');
  const panes = Children.toArray(children);
  const [layout, setLayout] = useState(() => ({ storageKey, fractions: loadFractions(storageKey, defaults) }));
  // A different layout (e.g. a third pane opened) starts from its own remembered widths.
  if (layout.storageKey !== storageKey) setLayout({ storageKey, fractions: loadFractions(storageKey, defaults) });
  const fractions = layout.storageKey === storageKey ? layout.fractions : loadFractions(storageKey, defaults);
  const rowRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ index: number; startX: number; start: number[] } | null>(null);

  const resize = useCallback(
    (index: number, start: number[], delta: number) => {
      const current = start[index] ?? 0;
      const pair = current + (start[index + 1] ?? 0);
      const left = Math.min(Math.max(current + delta, MIN_FRACTION), pair - MIN_FRACTION);
      const next = [...start];
      next[index] = left;
      next[index + 1] = pair - left;
      setLayout({ storageKey, fractions: next });
      localStorage.setItem(storageKey, JSON.stringify(next));
    },
    [storageKey],
  );

  const onPointerDown = (index: number) => (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { index, startX: event.clientX, start: fractions };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const width = rowRef.current?.clientWidth;
    if (!drag.current || !width) return;
    resize(drag.current.index, drag.current.start, (event.clientX - drag.current.startX) / width);
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowLeft') resize(index, fractions, -STEP);
    else if (event.key === 'ArrowRight') resize(index, fractions, STEP);
    else return;
    event.preventDefault();
  };

  return (
    <div className="split" ref={rowRef}>
      {panes.map((pane, index) => (
        <Fragment key={isValidElement(pane) && pane.key !== null ? pane.key : index}>
          {index > 0 && (
            <div
              className="split-divider"
              role="separator"
              aria-orientation="vertical"
              aria-label={t('resize')}
              aria-valuenow={Math.round((fractions[index - 1] ?? 0) * 100)}
              tabIndex={0}
              onPointerDown={onPointerDown(index - 1)}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onKeyDown={onKeyDown(index - 1)}
            />
          )}
          <div className="split-pane" style={{ flexGrow: fractions[index], flexBasis: 0 }}>
            {pane}
          </div>
        </Fragment>
      ))}
    </div>
  );
}
