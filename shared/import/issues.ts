// What can be wrong with an imported file. The renderer turns each into a translated sentence
// naming the row and column; on any issue the import writes nothing.
export type ImportErrorCode =
  | 'not_a_spreadsheet' // not a readable .xlsx or CSV file
  | 'no_header' // no row with the expected column names
  | 'missing_column' // a required column is absent (column = its expected name)
  | 'no_rows' // headers but no notifications
  | 'empty_symbol' // a row with data but no document symbol
  | 'invalid_symbol' // value is not a WTO document symbol
  | 'invalid_date'; // value is not a possible date

export interface ImportIssue {
  code: ImportErrorCode;
  /** Row number as the spreadsheet shows it (the header is usually row 1); null for file-level issues. */
  row: number | null;
  /** Column name as written in the file (or expected, for a missing column). */
  column: string | null;
  value: string | null;
}

export function issue(code: ImportErrorCode, row: number | null = null, column: string | null = null, value: string | null = null): ImportIssue {
  return { code, row, column, value };
}
