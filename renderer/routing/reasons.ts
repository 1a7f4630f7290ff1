// A suggestion's reasons (structured data from shared/routing) in the user's language.
import type { TFunction } from 'i18next';
import type { RoutingReason } from '../../shared/routing/suggestCommittees';

export function reasonText(t: TFunction, reason: RoutingReason): string {
  switch (reason.kind) {
    case 'scope_ics':
      return t('routing:reasons.scopeIcs', { code: reason.code, scope: reason.scope });
    case 'scope_hs':
      return t('routing:reasons.scopeHs', { code: reason.code, scope: reason.scope });
    case 'scope_keyword':
      return t('routing:reasons.scopeKeyword', { keyword: reason.keyword });
    case 'history':
      return t('routing:reasons.history', { count: reason.of, taken: reason.taken, of: reason.of, key: t(`routing:keys.${reason.key.kind}`, { code: reason.key.code }) });
  }
}

export function expertText(t: TFunction, expert: { displayName: string; commentedOn: number }): string {
  return t('routing:reasons.expert', { name: expert.displayName, count: expert.commentedOn });
}
