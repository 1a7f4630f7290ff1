import { describe, expect, it } from 'vitest';
import { memberName } from './members';

describe('member names in a letter', () => {
  it('carries the article the sentence needs in each language', () => {
    expect(memberName('EU', 'European Union', 'en')).toBe('the European Union');
    expect(memberName('USA', 'United States of America', 'en')).toBe('the United States');
    expect(memberName('BRA', 'Brazil', 'en')).toBe('Brazil');
    expect(memberName('USA', '', 'fr')).toBe('les États-Unis');
    expect(memberName('EU', '', 'es')).toBe('la Unión Europea');
  });

  it('is Chinese in the Chinese version', () => {
    expect(memberName('EU', 'European Union', 'zh')).toBe('欧盟');
    expect(memberName('usa', 'United States of America', 'zh')).toBe('美国');
  });

  it('keeps the notified name of a member the list lacks', () => {
    expect(memberName('XYZ', ' Atlantis ', 'en')).toBe('Atlantis');
  });
});
