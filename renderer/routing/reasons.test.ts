// The reasons shared/routing gives, as the admin reads them in English and Chinese.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { routingLocales } from './locales';
import { expertText, reasonText } from './reasons';
import type { RoutingReason } from '../../shared/routing/suggestCommittees';

async function translator(lng: 'en' | 'zh-CN') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { routing: routingLocales[lng] } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

const reasons: RoutingReason[] = [
  { kind: 'scope_ics', code: '97.200.50', scope: '97.200' },
  { kind: 'scope_hs', code: '950300', scope: '9503' },
  { kind: 'scope_keyword', keyword: '玩具' },
  { kind: 'history', key: { kind: 'hs', code: '9503' }, taken: 12, of: 15 },
  { kind: 'history', key: { kind: 'member', code: 'EU' }, taken: 3, of: 9 },
  { kind: 'history', key: { kind: 'standard', code: 'ISO 8124-1' }, taken: 1, of: 1 },
];

describe('routing reasons in the user language', () => {
  it('English', async () => {
    const t = await translator('en');
    expect(reasons.map((r) => reasonText(t, r))).toEqual([
      'ICS 97.200.50 in scope (97.200)',
      'HS 950300 in scope (9503)',
      'Keyword “玩具” in scope',
      '12 of the last 15 notifications with HS 9503 went to this committee',
      '3 of the last 9 notifications with member EU went to this committee',
      'The only earlier notification with standard ISO 8124-1 went to this committee',
    ]);
    expect(expertText(t, { displayName: 'Wang Fang', commentedOn: 4 })).toBe('expert Wang Fang commented on 4 of them');
  });

  it('Chinese', async () => {
    const t = await translator('zh-CN');
    expect(reasons.map((r) => reasonText(t, r))).toEqual([
      'ICS 97.200.50 在范围内（97.200）',
      'HS 950300 在范围内（9503）',
      '关键词“玩具”在范围内',
      '最近 15 份含 HS 9503 的通报中有 12 份分给了本委员会',
      '最近 9 份含 成员 EU 的通报中有 3 份分给了本委员会',
      '最近 1 份含 标准 ISO 8124-1 的通报中有 1 份分给了本委员会',
    ]);
    expect(expertText(t, { displayName: '王芳', commentedOn: 4 })).toBe('专家 王芳 评议过其中 4 份');
  });
});
