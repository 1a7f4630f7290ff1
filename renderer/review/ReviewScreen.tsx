// The review workspace: the notified text on the left (optionally a reference standard beside it),
// the notification's data and the comments on the right.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Comment, TextAnchor } from '../../shared/domain/comment';
import { finishIssues } from '../../shared/schemas/comment';
import { db } from '../db/schema';
import { useRoute } from '../lib/route';
import { AttachDocuments } from '../importing';
import { CommentEditor } from './CommentEditor';
import { CommentList } from './CommentList';
import { deadlineInForce } from '../../shared/domain/deadline';
import { DeadlineBadge } from './DeadlineBadge';
import { DocumentPane } from './DocumentPane';
import { NotificationLinks, notificationLinks } from './NotificationLinks';
import { NotificationPanel } from './NotificationPanel';
import { SaveIndicator } from '../ui/SaveIndicator';
import { SplitPanes } from './SplitPanes';
import { StandardPane } from './StandardPane';
import { documentOrder } from './commentOrder';
import { draftFromPrecedent, newDraftComment } from './newComment';
import { PrecedentsPanel } from './PrecedentsPanel';
import { usePrecedents } from './usePrecedents';
import { useAutosave } from './useAutosave';
import { deleteComment } from '../sync/outbox';
import { useRejections } from '../sync/syncHooks';
import { commentLocks, isLocked, RoleLinks } from '../compile';
import './review.css';

type Tab = 'comments' | 'notification' | 'precedents';

export function ReviewScreen({ notificationId, commentId }: { notificationId: string; commentId?: string }) {
  const { t } = useTranslation('review');
  const navigate = useRoute((s) => s.navigate);
  const { writer, saveState } = useAutosave();

  const notification = useLiveQuery(async () => (await db.notifications.get(notificationId)) ?? null, [notificationId]);
  const baseSymbol = notification?.baseSymbol;
  const related = useLiveQuery(() => (baseSymbol ? db.notifications.where('baseSymbol').equals(baseSymbol).toArray() : []), [baseSymbol], []);
  const documents = useLiveQuery(() => db.documents.where('notificationId').equals(notificationId).sortBy('addedAt'), [notificationId]);
  const stored = useLiveQuery(() => db.comments.where('notificationId').equals(notificationId).toArray(), [notificationId]);
  // Colleagues' finished comments pulled for a secretary: opened read-only, e.g. from the compile screen.
  const pulled = useLiveQuery(() => db.remoteComments.where('notificationId').equals(notificationId).toArray(), [notificationId], []);
  const standards = useLiveQuery(() => db.standards.orderBy('identifier').toArray(), [], []);
  const locks = useLiveQuery(() => commentLocks(db, notificationId), [notificationId]);
  const rejections = useRejections();

  const [tab, setTab] = useState<Tab>('comments');
  const [documentId, setDocumentId] = useState<string | null>(null);
  const [comparing, setComparing] = useState(false);
  const [standardId, setStandardId] = useState<string | null>(null);
  const [scrollTo, setScrollTo] = useState<{ highlightId: string; nonce: number } | null>(null);
  /** The open comment as edited on screen; newer than the database while a save is in flight. */
  const [editing, setEditing] = useState<Comment | null>(null);
  const [showIssues, setShowIssues] = useState(false);

  const precedents = usePrecedents(notification ?? null, editing?.referenceStandard ?? '');

  const currentDocument = documents?.find((d) => d.id === documentId) ?? documents?.[0] ?? null;
  const currentSha = currentDocument?.sha256 ?? null;

  // Open the comment named in the route once it is loaded (also after a reload).
  useEffect(() => {
    if (!stored) return;
    if (!commentId) {
      setEditing(null);
      return;
    }
    if (editing?.id === commentId) return;
    const found = stored.find((c) => c.id === commentId) ?? pulled.find((r) => r.id === commentId && !r.server.withdrawn)?.server.comment;
    if (!found) return;
    setEditing(found);
    setShowIssues(false);
    const doc = found.anchor && documents?.find((d) => d.sha256 === found.anchor!.documentSha256);
    if (doc) setDocumentId(doc.id);
    if (found.anchor) setScrollTo((s) => ({ highlightId: found.id, nonce: (s?.nonce ?? 0) + 1 }));
  }, [commentId, stored, pulled, documents, editing?.id]);
  const colleagueAuthor = editing && stored && !stored.some((c) => c.id === editing.id) ? pulled.find((r) => r.id === editing.id)?.server.authorName : undefined;

  const comments = useMemo(() => {
    const merged = (stored ?? []).map((c) => (c.id === editing?.id ? editing : c));
    if (editing && !merged.some((c) => c.id === editing.id)) merged.push(editing);
    return documentOrder(merged, currentSha);
  }, [stored, editing, currentSha]);

  // Typing changes `comments` on every keystroke; the highlights only when a passage or the active
  // comment changes, so the viewer is handed the same array otherwise.
  const highlightList = comments
    .filter((c) => c.anchor && c.anchor.documentSha256 === currentSha)
    .map((c) => ({ id: c.id, anchor: c.anchor!, active: c.id === editing?.id }));
  const highlightKey = highlightList.map((h) => `${h.id}:${h.active ? 1 : 0}`).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on what the viewer draws
  const highlights = useMemo(() => highlightList, [highlightKey]);

  const open = (id: string | undefined) => navigate({ name: 'review', notificationId, commentId: id });

  /** Opens a comment and brings its passage into view, in its own document. */
  const select = (comment: Comment) => {
    setTab('comments');
    if (comment.anchor) {
      const doc = documents?.find((d) => d.sha256 === comment.anchor!.documentSha256);
      if (doc) setDocumentId(doc.id);
      setScrollTo((s) => ({ highlightId: comment.id, nonce: (s?.nonce ?? 0) + 1 }));
    }
    open(comment.id);
  };

  const create = async (anchor: TextAnchor | null) => {
    const draft = newDraftComment(notificationId, anchor);
    await db.comments.put(draft);
    setTab('comments');
    open(draft.id);
  };

  const reuse = async (precedent: NonNullable<typeof precedents>[number]) => {
    const draft = draftFromPrecedent(notificationId, precedent.source);
    await db.comments.put(draft);
    setTab('comments');
    open(draft.id);
  };

  const update = (patch: Partial<Comment>) => {
    if (!editing) return;
    const next = { ...editing, ...patch, updatedAt: new Date().toISOString() };
    setEditing(next);
    writer.write(next.id, next);
  };

  const issues = editing && showIssues ? finishIssues(editing) : [];

  const finish = () => {
    if (!editing) return;
    if (finishIssues(editing).length > 0) {
      setShowIssues(true);
      return;
    }
    setShowIssues(false);
    update({ status: 'finished' });
  };

  const remove = async () => {
    if (!editing) return;
    const id = editing.id;
    await writer.flush();
    await deleteComment(db, id);
    open(undefined);
  };

  if (notification === undefined || documents === undefined || stored === undefined) {
    return <p className="review-message">{t('loading')}</p>;
  }
  if (notification === null) {
    return (
      <div className="review-message" data-testid="review-not-found">
        <p className="error-box">{t('notFound', { id: notificationId })}</p>
        <button onClick={() => navigate({ name: 'notifications' })}>{t('backToList')}</button>
      </div>
    );
  }

  const deadline = deadlineInForce(notification, related);
  const finished = comments.filter((c) => c.status === 'finished').length;

  const documentPane = currentDocument ? (
    <DocumentPane
      documents={documents}
      current={currentDocument}
      onSelectDocument={setDocumentId}
      highlights={highlights}
      scrollTo={scrollTo}
      onCommentOnSelection={(anchor) => void create(anchor)}
      onHighlightClick={(id) => {
        const comment = comments.find((c) => c.id === id);
        if (comment) select(comment);
      }}
    />
  ) : (
    <section className="pane" aria-label={t('notifiedText')}>
      <header className="pane-head">
        <span className="pane-title">{t('notifiedText')}</span>
      </header>
      <div className="pane-body pane-empty">
        <p>
          <strong>{t('noDocumentHint')}</strong>
        </p>
        {notificationLinks(notification).length > 0 && (
          <>
            <p>{t('downloadFromLinks')}</p>
            <NotificationLinks notification={notification} />
          </>
        )}
        <AttachDocuments notificationId={notificationId} />
      </div>
    </section>
  );

  const sidePanel = (
    <section className="pane side" aria-label={t('tabs.notification')}>
      <div className="tabs" role="tablist">
        <button role="tab" aria-selected={tab === 'comments'} onClick={() => setTab('comments')} data-testid="tab-comments">
          {t('tabs.comments', { count: comments.length })}
        </button>
        <button role="tab" aria-selected={tab === 'notification'} onClick={() => setTab('notification')} data-testid="tab-notification">
          {t('tabs.notification')}
        </button>
        <button role="tab" aria-selected={tab === 'precedents'} onClick={() => setTab('precedents')} data-testid="tab-precedents">
          {t('tabs.precedents')}
        </button>
      </div>
      {tab === 'precedents' ? (
        <div className="side-scroll">
          <PrecedentsPanel precedents={precedents} onOpen={(id) => navigate({ name: 'review', notificationId: id })} onReuse={(p) => void reuse(p)} />
        </div>
      ) : tab === 'notification' ? (
        <div className="side-scroll">
          <NotificationPanel
            notification={notification}
            related={related.length ? related : [notification]}
            deadline={deadline}
            onOpen={(id) => navigate({ name: 'review', notificationId: id })}
          />
        </div>
      ) : (
        <div className={`comments${editing ? ' with-editor' : ''}`}>
          <div className="comments-toolbar">
            <button onClick={() => void create(null)} title={t('list.newGeneralTitle')}>
              + {t('list.newGeneral')}
            </button>
            <span className="spacer" />
            {comments.length > 0 && <span className="muted">{t('list.summary', { finished, total: comments.length })}</span>}
          </div>
          <div className="comments-list-scroll">
            <CommentList comments={comments} documentSha256={currentSha} activeId={editing?.id ?? null} refused={rejections} onSelect={select} />
          </div>
          {/* Keyed so that each comment opens scrolled to its top. */}
          <div className="comments-editor-scroll" key={editing?.id ?? 'none'}>
            {editing ? (
              <CommentEditor
                key={editing.id}
                comment={editing}
                issues={issues}
                standardIdentifiers={standards.map((s) => s.identifier)}
                onChange={update}
                onFinish={finish}
                onReopen={() => update({ status: 'draft' })}
                onDelete={() => void remove()}
                onShowInText={() => select(editing)}
                onClose={() => open(undefined)}
                locked={isLocked(locks, editing)}
                colleague={colleagueAuthor !== undefined ? { author: colleagueAuthor } : undefined}
                refused={rejections.get(editing.id)}
              />
            ) : (
              comments.length > 0 && <p className="editor-none muted">{t('editor.none')}</p>
            )}
          </div>
        </div>
      )}
    </section>
  );

  return (
    <div className="review" data-testid="screen-review">
      <div className="review-bar">
        <button onClick={() => navigate({ name: 'notifications' })}>← {t('backToList')}</button>
        <div className="review-heading">
          <span className="review-symbol" data-testid="review-symbol">
            {notification.id}
          </span>
          <span className="review-title" title={notification.title}>
            {notification.title}
          </span>
        </div>
        {deadline.date && <DeadlineBadge date={deadline.date} />}
        <span className="spacer" />
        <SaveIndicator state={saveState} />
        <RoleLinks notificationId={notificationId} />
        <button aria-pressed={comparing} onClick={() => setComparing(!comparing)} data-testid="compare-toggle">
          {comparing ? t('compare.close') : t('compare.open')}
        </button>
      </div>
      <SplitPanes storageKey={comparing ? 'tbt.review.split3' : 'tbt.review.split2'} defaults={comparing ? [0.36, 0.34, 0.3] : [0.6, 0.4]}>
        <div key="document" className="pane-slot">{documentPane}</div>
        {comparing && (
          <div key="standard" className="pane-slot">
            <StandardPane
              standards={standards}
              currentId={standardId}
              onSelect={setStandardId}
              onClose={() => setComparing(false)}
              onCite={editing && editing.status === 'draft' ? (identifier) => update({ referenceStandard: identifier }) : null}
            />
          </div>
        )}
        <div key="side" className="pane-slot">{sidePanel}</div>
      </SplitPanes>
    </div>
  );
}
