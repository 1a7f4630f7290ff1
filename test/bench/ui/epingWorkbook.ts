// An ePing-style export of generated notifications as .xlsx, written with exceljs's streaming
// writer (a 50,000-row workbook does not fit comfortably in memory as one object). Kept in
// node_modules/.cache between runs: the same seed always writes the same rows.
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { EPING_COLUMNS } from '../../../shared/import/eping';
import type { CodeEntry } from '../../../shared/domain/notification';
import { generateNotifications } from '../../fixtures/generateNotifications';

const codes = (entries: CodeEntry[]) => entries.map((c) => `${c.code} - ${c.description}`).join('; ');

export async function epingWorkbook(count: number, seed: number, today: string): Promise<string> {
  const path = resolve(`node_modules/.cache/tbt-bench/eping-${count}-${seed}-${today}.xlsx`);
  if (existsSync(path)) return path;
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.part`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Notifications');
  sheet
    .addRow([
      EPING_COLUMNS.member,
      EPING_COLUMNS.distributionDate,
      EPING_COLUMNS.symbol,
      EPING_COLUMNS.title,
      EPING_COLUMNS.description,
      EPING_COLUMNS.products,
      EPING_COLUMNS.hsCodes,
      EPING_COLUMNS.icsCodes,
      EPING_COLUMNS.objectives,
      EPING_COLUMNS.keywords,
      EPING_COLUMNS.finalDate,
      EPING_COLUMNS.type,
    ])
    .commit();
  for (const n of generateNotifications({ count, seed, today })) {
    sheet
      .addRow([
        n.member,
        n.distributionDate ?? '',
        n.id,
        n.title,
        n.description,
        n.products,
        codes(n.hsCodes),
        codes(n.icsCodes),
        n.objectives.join('; '),
        n.keywords.join('; '),
        n.finalDateForComments ?? '',
        n.type,
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  await rename(partial, path);
  return path;
}
