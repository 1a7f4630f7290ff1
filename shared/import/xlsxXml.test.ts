import { describe, expect, it } from 'vitest';
import { unprefixSpreadsheetMl } from './xlsxXml';

describe('unprefixSpreadsheetMl', () => {
  it('drops the prefix bound to the SpreadsheetML namespace', () => {
    const xml =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><d:r xmlns:d="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><d:t>a\nb</d:t></d:r></si></sst>';
    expect(unprefixSpreadsheetMl(xml)).toBe(
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r xmlns:d="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><t>a\nb</t></r></si></sst>',
    );
  });

  it('leaves other namespaces and unprefixed parts alone', () => {
    const xml = '<sst><si><t>x</t></si><x:y xmlns:x="urn:other"/></sst>';
    expect(unprefixSpreadsheetMl(xml)).toBe(xml);
  });

});
