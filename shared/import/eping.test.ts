import { describe, expect, it } from 'vitest';
import type { CellValue, RawSheet } from './cells';
import { importEpingSheet } from './eping';

const HEADER = [
  'Notifying Member',
  'Distribution date',
  'Document symbol',
  'Title',
  'Description',
  'Products covered',
  'HS code(s)',
  'ICS code(s)',
  'Objectives',
  'Keywords',
  'Final date for comments',
  'Notification type',
  'Notified document',
  'Link to notification(EN)',
];

function sheet(header: CellValue[], ...rows: CellValue[][]): RawSheet {
  return { rows: [header, ...rows].map((cells, i) => ({ rowNumber: i + 1, cells })) };
}

function row(symbol: CellValue, overrides: Partial<Record<string, CellValue>> = {}): CellValue[] {
  const values: Record<string, CellValue> = {
    'Notifying Member': 'Brazil',
    'Distribution date': 45819,
    'Document symbol': symbol,
    Title: 'Sterile\u00a0needles\r\nfor single use ',
    Description: 'Text',
    'Products covered': 'Needles',
    'HS code(s)': '9018 - Instruments; 9018 - Instruments',
    'ICS code(s)': '11.040.25 - Syringes, needles and catheters',
    Objectives: 'Protection of human health or safety (TBT); Quality requirements (TBT)',
    Keywords: 'Human health; Human health',
    'Final date for comments': new Date(Date.UTC(2025, 7, 10)),
    'Notification type': 'Regular notification',
    'Notified document': 'https://a.org/1.pdf\nhttps://a.org/2.pdf',
    'Link to notification(EN)': { text: 'https://docs.wto.org/en', hyperlink: 'https://docs.wto.org/en' },
    ...overrides,
  };
  return HEADER.map((name) => values[name] ?? null);
}

const NOW = '2025-06-12T08:00:00.000Z';

describe('importEpingSheet', () => {
  it('maps an ePing row to a notification', () => {
    const result = importEpingSheet(sheet(HEADER, row({ text: ' G/TBT/N/BRA/366', hyperlink: 'https://eping/x= G/TBT/N/BRA/366' })), { now: NOW });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.notifications[0]).toMatchObject({
      id: 'G/TBT/N/BRA/366',
      agreement: 'TBT',
      type: 'regular',
      member: 'Brazil',
      title: 'Sterile needles\nfor single use',
      distributionDate: '2025-06-11',
      finalDateForComments: '2025-08-10',
      hsCodes: [{ code: '9018', description: 'Instruments' }],
      icsCodes: [{ code: '11.040.25', description: 'Syringes, needles and catheters' }],
      objectives: ['Protection of human health or safety', 'Quality requirements'],
      keywords: ['Human health'],
      notifiedDocumentUrls: ['https://a.org/1.pdf', 'https://a.org/2.pdf'],
      links: [
        { url: 'https://eping/x=%20G/TBT/N/BRA/366', label: 'ePing' },
        { url: 'https://docs.wto.org/en', label: 'EN' },
      ],
      agency: '',
      textsAvailableFrom: '',
      source: 'eping',
      importedAt: NOW,
    });
  });

  it('finds columns by name whatever their order, case and spacing', () => {
    const shuffled = [...HEADER].reverse();
    const values = row('G/TBT/N/EU/1').reverse();
    const header = shuffled.map((h) => `  ${h.toUpperCase().replace(' ', '\u00a0 ')} `);
    const result = importEpingSheet(sheet(header, values), { now: NOW });
    expect(result.ok && result.notifications[0]!.member).toBe('Brazil');
  });

  it('marks SPS rows, follow-ups and their links', () => {
    const result = importEpingSheet(
      sheet(
        HEADER,
        row('G/SPS/N/THA/790', { 'Notification type': 'Emergency notifications (SPS)' }),
        row('G/TBT/N/BRA/366'),
        row('G/TBT/N/BRA/366/Add.1/Corr.1', { 'Notification type': 'Corrigendum to Regular Notification', 'Final date for comments': '' }),
      ),
      { now: NOW },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [sps, base, corr] = result.notifications;
    expect(sps).toMatchObject({ agreement: 'SPS', type: 'emergency' });
    expect(base!.type).toBe('regular');
    expect(corr).toMatchObject({ type: 'corrigendum', parentSymbol: 'G/TBT/N/BRA/366/Add.1', baseSymbol: 'G/TBT/N/BRA/366', finalDateForComments: null });
    expect(result.stats).toEqual({ rows: 3, tbt: 2, sps: 1, followUps: 1, followUpsWithBaseInFile: 1, withoutFinalDate: 1 });
  });

  it('rejects the whole file, naming row and column, when a symbol is malformed', () => {
    const result = importEpingSheet(sheet(HEADER, row('G/TBT/N/EU/1'), row('G/TBT/EU/2')), { now: NOW });
    expect(result).toEqual({ ok: false, issues: [{ code: 'invalid_symbol', row: 3, column: 'Document symbol', value: 'G/TBT/EU/2' }] });
  });

  it('rejects an impossible date and an empty symbol', () => {
    const result = importEpingSheet(sheet(HEADER, row('G/TBT/N/EU/1', { 'Final date for comments': '31/02/2025' }), row(' ')), { now: NOW });
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'invalid_date', row: 2, column: 'Final date for comments', value: '31/02/2025' },
        { code: 'empty_symbol', row: 3, column: 'Document symbol', value: '' },
      ],
    });
  });

  it('names every missing required column', () => {
    const header = HEADER.filter((h) => h !== 'Title' && h !== 'Final date for comments');
    expect(importEpingSheet(sheet(header), { now: NOW })).toEqual({
      ok: false,
      issues: [
        { code: 'missing_column', row: null, column: 'Title', value: null },
        { code: 'missing_column', row: null, column: 'Final date for comments', value: null },
      ],
    });
  });

  it('says so when a sheet has no symbol column or no rows', () => {
    expect(importEpingSheet(sheet(['Name', 'Age'], ['a', 1]), { now: NOW })).toMatchObject({ ok: false, issues: [{ code: 'missing_column', column: 'Document symbol' }] });
    expect(importEpingSheet(sheet(HEADER, HEADER.map(() => '')), { now: NOW })).toMatchObject({ ok: false, issues: [{ code: 'no_rows' }] });
    expect(importEpingSheet({ rows: [] }, { now: NOW })).toMatchObject({ ok: false, issues: [{ code: 'no_header' }] });
  });

  it('finds the header below a title row and reports spreadsheet row numbers', () => {
    const result = importEpingSheet(sheet(['ePing export'], HEADER, row('G/TBT/N/EU/1'), row('nonsense')), { now: NOW });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'invalid_symbol', row: 4 }] });
  });

  it('reports progress up to the last row', () => {
    const progress: number[] = [];
    importEpingSheet(sheet(HEADER, row('G/TBT/N/EU/1'), row('G/TBT/N/EU/2')), { now: NOW, onProgress: (done) => progress.push(done) });
    expect(progress.at(-1)).toBe(2);
  });
});
