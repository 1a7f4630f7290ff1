// The window comes back where the user left it — unless that place is no longer on any screen.
import { readFileSync, writeFileSync } from 'node:fs';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

const MIN_VISIBLE = 100;

function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The saved state if a usable part of the window lies on one of the displays' work areas. */
export function restorableState(saved: unknown, workAreas: Bounds[]): WindowState | null {
  if (!saved || typeof saved !== 'object') return null;
  const { bounds, maximized } = saved as Partial<WindowState>;
  if (!bounds || ![bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite)) return null;
  if (bounds.width < 400 || bounds.height < 300) return null;
  const visible = workAreas.some((area) => {
    const o = overlap(bounds, area);
    return o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE;
  });
  return visible ? { bounds, maximized: maximized === true } : null;
}

export function loadWindowState(file: string, workAreas: Bounds[]): WindowState | null {
  try {
    return restorableState(JSON.parse(readFileSync(file, 'utf8')), workAreas);
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  writeFileSync(file, JSON.stringify(state));
}
