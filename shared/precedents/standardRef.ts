// Referenced standards, compared by identity: `ISO 8124-1:2022`, `iso 8124-1`, `ISO8124-1 (2014)`
// name the same standard. The edition year is dropped because a later edition is still the same
// standard to a reviewer (GB writes the year after a dash: `GB 6675.2-2014`) looking for what the institute said about it before.

const STANDARD_ID = /\b(ISO\/IEC|ISO|IEC|EN|GB\/T|GB|ASTM|ANSI|UL|JIS|KS|AS\/NZS|BS|DIN|NF|CSA|ITU-T|CODEX|OIML)\s*([A-Z]?\s?\d+(?:[.-]\d+)*)/gi;

const key = (body: string, number: string) => `${body.toUpperCase()} ${number.replace(/\s+/g, '').replace(/-(?:19|20)\d\d$/, '').toUpperCase()}`;

/** The standard's identity, e.g. `ISO 8124-1`; empty when the text names none. */
export function standardKey(text: string): string {
  STANDARD_ID.lastIndex = 0;
  const match = STANDARD_ID.exec(text.normalize('NFKC'));
  return match ? key(match[1]!, match[2]!) : '';
}

/** Every standard a text names (e.g. item 8, "Relevant documents"), each once. */
export function standardKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const match of text.normalize('NFKC').matchAll(STANDARD_ID)) keys.add(key(match[1]!, match[2]!));
  return [...keys];
}
