// What the officer must fill in before the letter can be exported, one line per problem.
import { useTranslation } from 'react-i18next';
import type { LetterProblem } from '../../shared/compile/readiness';

export function ReadinessList({ problems }: { problems: LetterProblem[] }) {
  const { t } = useTranslation('submission');
  const line = (problem: LetterProblem): string => {
    switch (problem.kind) {
      case 'sender':
        return t('ready.sender', { field: t(`settings.${problem.field}`) });
      case 'chinese_text':
        return t('ready.chinese', { field: problem.field === 'addressee' || problem.field === 'introduction' ? t(problem.field) : t(`settings.${problem.field}`) });
      case 'missing_text':
        return t('ready.missingText', {
          number: problem.number,
          clause: problem.clause || t('rows.general'),
          fields: problem.fields.map((f) => t(`fields.${f}`)).join(t('ready.separator')),
        });
      default:
        return t(`ready.${problem.kind}`);
    }
  };
  return (
    <div className="submission-problems" role="alert" data-testid="letter-problems">
      <p>{t('ready.heading')}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{line(problem)}</li>
        ))}
      </ul>
    </div>
  );
}
