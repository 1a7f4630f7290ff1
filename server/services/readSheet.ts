// The server's ePing reader: the shared one, with its refusal turned into a 400 answer.
import { HttpError } from '../errors';
import { NotASpreadsheetError, readSpreadsheet } from '../../shared/import/readSpreadsheet';
import type { RawSheet } from '../../shared/import/cells';

export async function readSheet(bytes: Uint8Array, fileName: string): Promise<RawSheet> {
  try {
    return await readSpreadsheet(bytes, fileName);
  } catch (error) {
    if (error instanceof NotASpreadsheetError) throw new HttpError(400, 'not_a_spreadsheet', error.message);
    throw error;
  }
}
