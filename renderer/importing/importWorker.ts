// Reads and checks an import file off the main thread, so the screen stays responsive with large
// exports. Writes nothing: the screen stores the result.
import { importEpingSheet, type EpingImport } from '../../shared/import/eping';
import { issue } from '../../shared/import/issues';
import type { ParseMessage, ParseRequest } from './importProtocol';
import { NotASpreadsheetError, readSpreadsheet } from '../../shared/import/readSpreadsheet';

const post = (message: ParseMessage) => self.postMessage(message);

async function parse({ bytes, fileName, now }: ParseRequest): Promise<EpingImport> {
  post({ type: 'progress', phase: 'reading', done: 0, total: 0 });
  try {
    const sheet = await readSpreadsheet(new Uint8Array(bytes), fileName);
    return importEpingSheet(sheet, { now, onProgress: (done, total) => post({ type: 'progress', phase: 'mapping', done, total }) });
  } catch (error) {
    if (error instanceof NotASpreadsheetError) return { ok: false, issues: [issue('not_a_spreadsheet')] };
    throw error;
  }
}

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  parse(event.data).then(
    (result) => post({ type: 'result', result }),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
