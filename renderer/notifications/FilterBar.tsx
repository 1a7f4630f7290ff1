import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationType, ReviewStatus } from '../../shared/domain/notification';
import { NO_FILTERS, type DeadlineWindow, type FilterChoices, type ListFilters } from './listModel';
import { useListStore } from './listStore';
import { SUBMISSION_STAGES } from '../../shared/compile/sending';

const TYPES: NotificationType[] = ['regular', 'addendum', 'revision', 'corrigendum', 'emergency'];
const WINDOWS: DeadlineWindow[] = ['all', 'overdue', 'next7', 'next30', 'none'];
const STATUSES: ReviewStatus[] = ['new', 'in_review', 'finished'];

export type FilterOptions = FilterChoices;

export function FilterBar({ options, searchNote }: { options: FilterOptions; searchNote: string | null }) {
  const { t } = useTranslation('notifications');
  const { filters, query, setFilter, setQuery, clearFilters } = useListStore();
  const active = query !== '' || (Object.keys(filters) as (keyof ListFilters)[]).some((k) => filters[k] !== NO_FILTERS[k]);

  return (
    <div className="nl-filters" role="search">
      {filters.selection && (
        <span className="nl-selection" data-testid="filter-selection" data-count={filters.selection.ids.length}>
          {t('filters.selection', { label: filters.selection.label, count: filters.selection.ids.length })}
          <button onClick={() => setFilter('selection', null)} aria-label={t('filters.clearSelection')} data-testid="clear-selection">
            ×
          </button>
        </span>
      )}
      <label className="nl-search">
        <span className="nl-label">{t('search.label')}</span>
        <input
          type="search"
          value={query}
          placeholder={t('search.placeholder')}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="search-input"
        />
        {searchNote && (
          <span className="nl-search-note" data-testid="search-note">
            {searchNote}
          </span>
        )}
      </label>
      <ChoiceSelect
        label={t('filters.member')}
        all={t('filters.allMembers')}
        value={filters.member}
        choices={options.members}
        onChange={(value) => setFilter('member', value)}
        testId="filter-member"
      />
      <label>
        <span className="nl-label">{t('filters.agreement')}</span>
        <select value={filters.agreement} onChange={(e) => setFilter('agreement', e.target.value as ListFilters['agreement'])} data-testid="filter-agreement">
          <option value="">{t('filters.allAgreements')}</option>
          <option value="TBT">TBT</option>
          <option value="SPS">SPS</option>
        </select>
      </label>
      <label>
        <span className="nl-label">{t('filters.type')}</span>
        <select value={filters.type} onChange={(e) => setFilter('type', e.target.value as ListFilters['type'])} data-testid="filter-type">
          <option value="">{t('filters.allTypes')}</option>
          {TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <ChoiceSelect
        label={t('filters.hsChapter')}
        all={t('filters.allChapters')}
        value={filters.hsChapter}
        choices={options.hsChapters}
        onChange={(value) => setFilter('hsChapter', value)}
        testId="filter-hs"
      />
      <label>
        <span className="nl-label">{t('filters.icsPrefix')}</span>
        <input
          className="nl-ics"
          value={filters.icsPrefix}
          placeholder={t('filters.icsPlaceholder')}
          onChange={(e) => setFilter('icsPrefix', e.target.value)}
          data-testid="filter-ics"
        />
      </label>
      <label>
        <span className="nl-label">{t('filters.deadline')}</span>
        <select value={filters.deadline} onChange={(e) => setFilter('deadline', e.target.value as DeadlineWindow)} data-testid="filter-deadline">
          {WINDOWS.map((w) => (
            <option key={w} value={w}>
              {t(`deadlineWindow.${w}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="nl-label">{t('filters.status')}</span>
        <select value={filters.status} onChange={(e) => setFilter('status', e.target.value as ListFilters['status'])} data-testid="filter-status">
          <option value="">{t('filters.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="nl-label">{t('filters.submission')}</span>
        <select value={filters.submission} onChange={(e) => setFilter('submission', e.target.value as ListFilters['submission'])} data-testid="filter-submission">
          <option value="">{t('filters.allSubmissions')}</option>
          {SUBMISSION_STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`submission.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button className="nl-clear" onClick={clearFilters} data-testid="clear-filters">
          {t('clearFilters')}
        </button>
      )}
    </div>
  );
}

type Choice = string | { code: string; name: string };

interface ChoiceSelectProps {
  label: string;
  all: string;
  value: string;
  /** The members or HS chapters present among the notifications (a fresh copy in every page from the list's worker). */
  choices: readonly Choice[];
  onChange: (value: string) => void;
  testId: string;
}

const sameChoice = (a: Choice, b: Choice) => (typeof a === 'string' || typeof b === 'string' ? a === b : a.code === b.code && a.name === b.name);

/** A select over many choices, drawn again only when they or its value change, not on every keystroke in the search box. */
const ChoiceSelect = memo(
  function ChoiceSelect({ label, all, value, choices, onChange, testId }: ChoiceSelectProps) {
    return (
      <label>
        <span className="nl-label">{label}</span>
        <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
          <option value="">{all}</option>
          {choices.map((choice) =>
            typeof choice === 'string' ? (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ) : (
              <option key={choice.code} value={choice.code}>
                {choice.name}
              </option>
            ),
          )}
        </select>
      </label>
    );
  },
  // onChange is a new closure every render, but always sets the same filter.
  (a, b) => a.label === b.label && a.all === b.all && a.value === b.value && a.choices.length === b.choices.length && a.choices.every((c, i) => sameChoice(c, b.choices[i]!)),
);
