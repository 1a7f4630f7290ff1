import { describe, expect, it } from 'vitest';
import { namespaces } from './namespaces';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): unknown[] {
  if (value === null || typeof value !== 'object') return [value];
  return Object.values(value as Record<string, unknown>).flatMap(leaves);
}

describe('every UI string exists in Chinese and English', () => {
  for (const [ns, locales] of Object.entries(namespaces)) {
    it(`namespace "${ns}" has the same keys in zh-CN and en`, () => {
      expect(keyPaths(locales['zh-CN']).sort()).toEqual(keyPaths(locales.en).sort());
    });
    it(`namespace "${ns}" has no empty strings`, () => {
      for (const text of [...leaves(locales.en), ...leaves(locales['zh-CN'])]) {
        if (typeof text === 'string') expect(text.trim()).not.toBe('');
      }
    });
  }
});
