// Some writers (ePing among them) prefix SpreadsheetML elements in sharedStrings.xml, e.g.
// `<d:r xmlns:d="…/spreadsheetml/2006/main"><d:t>…</d:t></d:r>`. That is valid XML, but a reader
// that matches element names literally reads such strings as empty. Dropping the prefixes of the
// SpreadsheetML namespace (the part's default namespace) gives the same document unprefixed.
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export function unprefixSpreadsheetMl(xml: string): string {
  let out = xml;
  for (const match of xml.matchAll(/xmlns:([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
    if (match[2] !== MAIN_NS) continue;
    out = out.replace(new RegExp(`<(/?)${match[1]!.replace(/[.-]/g, '\\$&')}:`, 'g'), '<$1');
  }
  return out;
}

