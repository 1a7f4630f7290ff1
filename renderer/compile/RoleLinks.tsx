// Links from the review screen to the secretary's compilation and the desk officer's submission.
// Signed in, each role sees its own; without signing in both show, as a desktop user may hold any role.
import { useTranslation } from 'react-i18next';
import { useRoute } from '../app/route';
import { useSyncStatus } from '../sync/appEngine';

export function RoleLinks({ notificationId }: { notificationId: string }) {
  const { t } = useTranslation(['compile', 'submission']);
  const navigate = useRoute((s) => s.navigate);
  const sync = useSyncStatus();
  const role = sync.signedIn ? sync.session?.user.role : undefined;
  const compile = !role || role === 'secretary' || role === 'admin';
  const submission = !role || role === 'desk_officer' || role === 'admin';
  return (
    <>
      {compile && (
        <button title={t('compile:openTitle')} onClick={() => navigate({ name: 'compile', notificationId })} data-testid="open-compile">
          {t('compile:open')}
        </button>
      )}
      {submission && (
        <button title={t('submission:openTitle')} onClick={() => navigate({ name: 'submission', notificationId })} data-testid="open-submission">
          {t('submission:open')}
        </button>
      )}
    </>
  );
}
