// Helpers for the golden tests: open a DOCX and read its main document's XML structure.
// Test-only helper (imports jszip, which the app code never needs).
import JSZip from 'jszip';

export async function docxDocumentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('no word/document.xml');
  return part.async('string');
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The visible text of an XML fragment: its w:t runs, with w:br as a line break. */
export function wordText(xml: string): string {
  const parts: string[] = [];
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:p[ >]/g)) {
    if (match[0] === '<w:br/>') parts.push('\n');
    else if (match[0].startsWith('<w:p')) parts.push(parts.length ? '\n' : '');
    else parts.push(decodeXml(match[1]!));
  }
  return parts.join('').trim();
}

/** Every table row as the texts of its cells. */
export function tableCells(tableXml: string): string[][] {
  return [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => wordText(cell[0])));
}
