// The real ePing export in ../shared/corpus imports completely. Expected counts are taken from the
// file's XML directly (JSZip + the raw cells), not from the importer.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { importEpingSheet, type EpingImport } from '../../shared/import/eping';
import { readSpreadsheet } from '../../shared/import/readSpreadsheet';

const CORPUS = '../shared/corpus';
const XLSX = `${CORPUS}/eping/ePing_Notifications_example.xlsx`;

interface RawRow {
  rowNumber: number;
  member: string;
  /** The HYPERLINK's text: one symbol, or for a joint notification every member's symbol. */
  symbol: string;
  distributionSerial: number | null;
  hasFinalDate: boolean;
}

/** Rows of the sheet read straight from its XML: symbol from the HYPERLINK formula's text, dates as serials. */
async function rawRows(bytes: Uint8Array): Promise<RawRow[]> {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const sharedStrings = await zip.file('xl/sharedStrings.xml')!.async('string');
  const strings = [...sharedStrings.matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, si]) => [...si!.matchAll(/<(?:\w+:)?t[^>]*>([^<]*)</g)].map((t) => t[1]).join(''));
  const rows: RawRow[] = [];
  for (const [, r, body] of sheet.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    if (r === '1') continue;
    const cell = (col: string) => new RegExp(`<c r="${col}${r}"([^>]*?)(?:/>|>([\\s\\S]*?)</c>)`).exec(body!) ?? [];
    const formula = /<f>HYPERLINK\("[^"]*",\s*"([^"]*)"\)<\/f>/.exec(cell('C')[2] ?? '');
    const numeric = (col: string) => {
      const [, attrs = '', inner = ''] = cell(col);
      const v = /<v>([\d.]+)<\/v>/.exec(inner);
      return !/t="s"/.test(attrs) && v ? Number(v[1]) : null;
    };
    const memberIndex = /<v>(\d+)<\/v>/.exec(cell('A')[2] ?? '')?.[1];
    rows.push({ rowNumber: Number(r), member: strings[Number(memberIndex)] ?? '', symbol: formula?.[1] ?? '', distributionSerial: numeric('B'), hasFinalDate: numeric('L') !== null });
  }
  return rows;
}

describe.skipIf(!existsSync(CORPUS))('the ePing corpus spreadsheet (needs ../shared/corpus, skipped when it is absent)', () => {
  let raw: RawRow[];
  let result: EpingImport;

  beforeAll(async () => {
    const bytes = new Uint8Array(await readFile(XLSX));
    raw = await rawRows(bytes);
    result = importEpingSheet(await readSpreadsheet(bytes, 'ePing_Notifications_example.xlsx'), { now: '2025-06-12T08:00:00.000Z' });
  });

  it('imports every row, TBT and SPS alike, with no issue', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rawTbt = raw.filter((r) => r.symbol.trim().startsWith('G/TBT/')).length;
    const rawSps = raw.filter((r) => r.symbol.trim().startsWith('G/SPS/')).length;
    expect(rawTbt + rawSps).toBe(raw.length);
    expect(result.notifications).toHaveLength(raw.length);
    expect(result.stats).toMatchObject({ rows: raw.length, tbt: rawTbt, sps: rawSps });
    expect(result.notifications.filter((n) => n.agreement === 'SPS')).toHaveLength(rawSps);
  });

  it('matches the file as the corpus README describes it', () => {
    // The README's figures, a check that the raw reading above is itself right.
    expect(raw).toHaveLength(229);
    expect(raw.filter((r) => r.symbol.trim().startsWith('G/SPS/'))).toHaveLength(43);
    expect(raw.filter((r) => !r.hasFinalDate)).toHaveLength(48);
  });

  it('takes each symbol from its HYPERLINK formula, trimmed, one notification per row', () => {
    if (!result.ok) throw new Error('import failed');
    const ids = result.notifications.map((n) => n.id);
    expect(new Set(ids).size).toBe(raw.length);
    raw.forEach((row, i) => {
      expect(ids[i]!.startsWith('G/')).toBe(true);
      expect(row.symbol.split(',').map((s) => s.trim())).toContain(ids[i]);
    });
  });

  it('gives each member of a joint notification its own symbol', () => {
    if (!result.ok) throw new Error('import failed');
    const codes: Record<string, string> = { Burundi: 'BDI', Kenya: 'KEN', Rwanda: 'RWA', Tanzania: 'TZA', Uganda: 'UGA' };
    const joint = raw.map((row, i) => ({ row, n: result.ok ? result.notifications[i]! : null })).filter(({ row }) => row.symbol.includes(','));
    expect(joint.length).toBeGreaterThan(0);
    for (const { row, n } of joint) {
      expect(n!.memberCode).toBe(codes[row.member]);
      expect(n!.relevantDocuments.split(', ')).toHaveLength(row.symbol.split(',').length - 1);
    }
  });

  it('converts Excel serial dates to ISO dates and leaves missing final dates empty', () => {
    if (!result.ok) throw new Error('import failed');
    const notifications = result.notifications;
    expect(raw[0]!.distributionSerial).toBe(45819);
    expect(notifications[0]!.distributionDate).toBe('2025-06-11');
    for (const [i, row] of raw.entries()) {
      const n = notifications[i]!;
      expect(n.distributionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(n.finalDateForComments === null).toBe(!row.hasFinalDate);
    }
    expect(result.stats.withoutFinalDate).toBe(raw.filter((r) => !r.hasFinalDate).length);
  });

  it('links stacked follow-ups to their parent and base notification', () => {
    if (!result.ok) throw new Error('import failed');
    const corr = result.notifications.find((n) => n.id === 'G/TBT/N/BRA/366/Add.1/Corr.1')!;
    expect(corr).toMatchObject({ type: 'corrigendum', parentSymbol: 'G/TBT/N/BRA/366/Add.1', baseSymbol: 'G/TBT/N/BRA/366' });
    const followUps = raw.filter((r) => /\/(Add|Rev|Corr)\.\d+$/.test(r.symbol.trim())).length;
    expect(result.stats.followUps).toBe(followUps);
    for (const n of result.notifications) {
      expect(n.parentSymbol === null).toBe(n.suffixes.length === 0);
      if (n.parentSymbol) expect(n.id.startsWith(`${n.parentSymbol}/`)).toBe(true);
    }
  });

  it('reads the notified-document URLs, several per cell, and the links to the notification', () => {
    if (!result.ok) throw new Error('import failed');
    const india = result.notifications.find((n) => n.notifiedDocumentUrls.length > 1);
    expect(india?.notifiedDocumentUrls.every((url) => /^https?:\/\/\S+$/.test(url))).toBe(true);
    const withDocument = result.notifications.filter((n) => n.notifiedDocumentUrls.length > 0).length;
    expect(withDocument).toBeGreaterThan(raw.length / 2);
    expect(result.notifications.every((n) => n.links.some((l) => l.label === 'ePing'))).toBe(true);
  });

  it('cleans text: no non-breaking spaces, objectives without their area tag, codes de-duplicated', () => {
    if (!result.ok) throw new Error('import failed');
    for (const n of result.notifications) {
      expect(n.title).not.toMatch(/\u00a0/);
      expect(n.description).not.toMatch(/\u00a0/);
      for (const o of n.objectives) expect(o).not.toMatch(/\((TBT|SPS)\)$/);
      expect(new Set(n.icsCodes.map((c) => c.code)).size).toBe(n.icsCodes.length);
      expect(new Set(n.hsCodes.map((c) => c.code)).size).toBe(n.hsCodes.length);
    }
    const brazil = result.notifications.find((n) => n.id === 'G/TBT/N/BRA/366/Add.1/Corr.1')!;
    expect(brazil.icsCodes).toEqual([{ code: '11.040.25', description: 'Syringes, needles and catheters' }]);
  });
});
