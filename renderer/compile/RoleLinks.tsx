// Links from the review screen to the secretary's compilation and the desk officer's submission.
// Signed in, each role sees its own; without signing in both show, as a desktop user may hold any role.
// An expert the committee secretary chose for this notification sees that it is assigned to them.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/schema';
import './compile.css';
import { useRoute } from '../lib/route';
import { useSyncStatus } from '../sync/syncHooks';

export function RoleLinks({ notificationId }: { notificationId: string }) {
  const { t } = useTranslation(['compile', 'submission']);
  const navigate = useRoute((s) => s.navigate);
  const sync = useSyncStatus();
  const role = sync.signedIn ? sync.session?.user.role : undefined;
  const compile = !role || role === 'secretary' || role === 'admin';
  const submission = !role || role === 'desk_officer' || role === 'admin';
  const userId = sync.signedIn ? sync.session?.user.id : undefined;
  const assignedToMe = useLiveQuery(
    async () => (userId ? (await db.assignments.where('notificationId').equals(notificationId).toArray()).some((a) => a.expertIds.includes(userId)) : false),
    [notificationId, userId],
    false,
  );
  return (
    <>
      {assignedToMe && (
        <span className="assigned-to-me" data-testid="assigned-to-me" title={t('compile:experts.assignedToMeTitle')}>
          {t('compile:experts.assignedToMe')}
        </span>
      )}
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
