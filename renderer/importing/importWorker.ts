// Reads, checks and stores an import file off the main thread: the records go from the parser
// straight into IndexedDB in batches (importNotifications, one transaction), so 50,000 of them never
// cross to the UI thread and the screen stays responsive.
import { importEpingSheet } from '../../shared/import/eping';
import { issue } from '../../shared/import/issues';
import { NotASpreadsheetError, readSpreadsheet } from '../../shared/import/readSpreadsheet';
import { importNotifications } from '../db/notificationStore';
import { openReviewDb } from '../db/schema';
import type { ImportMessage, ImportRequest, ImportRun } from './importProtocol';

const post = (message: ImportMessage) => self.postMessage(message);
const db = openReviewDb();

async function run({ bytes, fileName, now }: ImportRequest): Promise<ImportRun> {
  post({ type: 'progress', phase: 'reading', done: 0, total: 0 });
  let sheet;
  try {
    sheet = await readSpreadsheet(new Uint8Array(bytes), fileName);
  } catch (error) {
    if (error instanceof NotASpreadsheetError) return { ok: false, issues: [issue('not_a_spreadsheet')] };
    throw error;
  }
  const parsed = importEpingSheet(sheet, { now, onProgress: (done, total) => post({ type: 'progress', phase: 'mapping', done, total }) });
  if (!parsed.ok) return parsed;
  const total = parsed.notifications.length;
  post({ type: 'progress', phase: 'saving', done: 0, total });
  const outcome = await importNotifications(db, parsed.notifications, ({ done }) => post({ type: 'progress', phase: 'saving', done, total }));
  return { ok: true, stats: parsed.stats, outcome };
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  run(event.data).then(
    (result) => post({ type: 'result', result }),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
