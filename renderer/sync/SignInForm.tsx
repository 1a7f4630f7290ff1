// Server address, user name and password → a session token kept by the engine's token store.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appEngine } from './appEngine';
import { SignInError, type SignInErrorCode } from './engine';

const DEFAULT_SERVER = 'http://127.0.0.1:8787';

export function SignInForm({ serverUrl, username }: { serverUrl?: string; username?: string }) {
  const { t } = useTranslation('sync');
  const [server, setServer] = useState(serverUrl ?? DEFAULT_SERVER);
  const [user, setUser] = useState(username ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: SignInErrorCode; user?: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await appEngine().signIn(server, user.trim(), password);
      setPassword('');
    } catch (failure) {
      setError(failure instanceof SignInError ? { code: failure.code, user: failure.detail } : { code: 'server_error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sync-card sign-in" onSubmit={(e) => void submit(e)} data-testid="sign-in-form">
      <h2>{t('signIn.title')}</h2>
      <p className="muted">{t('signIn.explain')}</p>
      <label>
        {t('signIn.serverUrl')}
        <input value={server} onChange={(e) => setServer(e.target.value)} name="server" inputMode="url" autoComplete="url" required />
        <small className="muted">{t('signIn.serverUrlHint')}</small>
      </label>
      <label>
        {t('signIn.username')}
        <input value={user} onChange={(e) => setUser(e.target.value)} name="username" autoComplete="username" required />
      </label>
      <label>
        {t('signIn.password')}
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} name="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p className="error-box" role="alert" data-testid="sign-in-error">
          {t(`signIn.errors.${error.code}`, { user: error.user })}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </div>
    </form>
  );
}
