import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function PasswordPrompt({ fileName, wrong, onSubmit }: { fileName: string; wrong: boolean; onSubmit: (password: string) => void }) {
  const { t } = useTranslation('pdf');
  const [password, setPassword] = useState('');
  return (
    <form
      className="pdf-password"
      data-testid="pdf-password"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(password);
        setPassword('');
      }}
    >
      <h2>{t('password.title')}</h2>
      <p>{t('password.prompt', { fileName })}</p>
      {wrong && (
        <p className="error-box" role="alert" data-testid="pdf-password-wrong">
          {t('password.wrong')}
        </p>
      )}
      <label>
        {t('password.label')}
        <input type="password" autoComplete="current-password" autoFocus value={password} onChange={(e) => setPassword(e.target.value)} data-testid="pdf-password-input" />
      </label>
      <button type="submit" className="primary" data-testid="pdf-password-submit">
        {t('password.open')}
      </button>
    </form>
  );
}
