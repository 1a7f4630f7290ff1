// The desk officer's submission view for one notification: the approved positions combined into
// one submission, the letter's parts editable, the language chosen, the exports saved, and what
// happened after sending recorded. The caller loads positions and stores the sending record.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineWarning, internalDeadline } from '../../shared/compile/deadline';
import { CHINA } from '../../shared/compile/letterText';
import { OUTCOMES, SEND_CHANNELS, submissionStatus, recordOutcome, type Outcome, type ReplyAttachment, type SendChannel, type SendingRecord } from '../../shared/compile/sending';
import { combinePositions, tableRows, type SubmissionSource } from '../../shared/compile/submission';
import { letterProblems } from '../../shared/compile/readiness';
import { SUBMISSION_LANGUAGES, type CommitteePosition, type FillIns, type Sender, type SentField, type SubmissionLanguage } from '../../shared/compile/types';
import { formatDate } from '../i18n';
import { CommentRows } from './CommentRows';
import { EXPORT_KINDS, saveExport, type ExportKind } from './exportFile';
import { ReadinessList } from './ReadinessList';
import './submission.css';

export interface SubmissionViewProps {
  notification: SubmissionSource;
  positions: CommitteePosition[];
  sender: Sender;
  onSenderChange(sender: Sender): void;
  /** Texts the officer typed where a sent version lacks them, stored on every change. */
  fillIns: FillIns;
  onFillInsChange(fillIns: FillIns): void;
  /** Working days before the final date for comments that comments are due internally. */
  workingDays: number;
  /** ISO yyyy-mm-dd. */
  today: string;
  record: SendingRecord | null;
  onRecordChange(record: SendingRecord): void;
  /** Stores the reply's file and names it; absent where files cannot be kept. */
  onAttachReply?(file: File): Promise<ReplyAttachment>;
  onOpenReply?(attachment: ReplyAttachment): Promise<void>;
}

export function SubmissionView({ notification, positions, sender: storedSender, onSenderChange, fillIns: storedFillIns, onFillInsChange, workingDays, today, record, onRecordChange, onAttachReply, onOpenReply }: SubmissionViewProps) {
  const { t } = useTranslation('submission');
  const [language, setLanguage] = useState<SubmissionLanguage>('en');
  const [introduction, setIntroduction] = useState<Partial<Record<SubmissionLanguage, string>>>({});
  const [addressee, setAddressee] = useState<string | null>(null);
  const [date, setDate] = useState(today);
  const [requests, setRequests] = useState({ extendCommentPeriod: false, writtenReply: true });
  const [fillIns, setFillIns] = useState<FillIns>(storedFillIns);
  // Typed here and stored on every change, so that the list of what is missing follows each keystroke.
  const [sender, setSender] = useState(storedSender);
  const changeSender = (patch: Partial<Sender>) => {
    const next = { ...sender, ...patch };
    setSender(next);
    onSenderChange(next);
  };
  const fillIn = (compiledId: string, field: SentField, text: string) => {
    const next = { ...fillIns, [compiledId]: { ...fillIns[compiledId], [field]: text } };
    setFillIns(next);
    onFillInsChange(next);
  };
  // Kept as keys, so that the message follows a change of the interface language.
  const [message, setMessage] = useState<{ kind: ExportKind; name: string; error: string | null } | null>(null);

  const approved = useMemo(() => positions.filter((p) => p.approved), [positions]);
  const submission = useMemo(() => {
    const combined = combinePositions(notification, approved, { language, country: CHINA[language], mbNc: 'CN', date, sender, requests, introduction: introduction[language], fillIns });
    return addressee === null ? combined : { ...combined, addressee };
  }, [notification, approved, language, date, sender, requests, introduction, addressee, fillIns]);
  const rows = tableRows(submission);
  const problems = letterProblems(submission);
  const final = notification.finalDateForComments;
  const warning = deadlineWarning(final, workingDays, today);

  async function onExport(kind: ExportKind) {
    if (problems.length) return;
    try {
      const name = await saveExport(kind, submission);
      if (name) setMessage({ kind, name, error: null });
    } catch (error) {
      setMessage({ kind, name: '', error: error instanceof Error ? error.message : String(error) });
    }
  }

  // The deadline matters most before any position is approved, so it shows in both cases.
  const deadline = final && (
    <p className={`submission-deadline deadline-${warning}`} role={warning === 'none' ? undefined : 'alert'} data-testid="internal-deadline">
      {t(`deadline.${warning}`, { internal: formatDate(internalDeadline(final, workingDays)), final: formatDate(final) })}
    </p>
  );

  if (approved.length === 0) {
    return (
      <section className="submission">
        <h1>{t('title', { symbol: notification.id })}</h1>
        {deadline}
        <p>{t('noPositions')}</p>
      </section>
    );
  }

  return (
    <section className="submission">
      <h1>{t('title', { symbol: notification.id })}</h1>
      <p>{t('positions', { codes: approved.map((p) => p.committee.code || t('unnamedCommittee')).join(', ') })}</p>
      {deadline}
      <h2>{t('letterHead')}</h2>
      <div className="submission-form" data-testid="letter-head">
        <label className="wide">
          {t('addressee')}
          <textarea rows={3} value={submission.addressee} onChange={(e) => setAddressee(e.target.value)} />
        </label>
        <label>{t('settings.name')}<input value={sender.name} onChange={(e) => changeSender({ name: e.target.value })} data-testid="sender-name" /></label>
        <label>{t('settings.organisation')}<input value={sender.organisation} onChange={(e) => changeSender({ organisation: e.target.value })} data-testid="sender-organisation" /></label>
        <label className="wide">{t('settings.address')}<textarea rows={2} value={sender.address} onChange={(e) => changeSender({ address: e.target.value })} /></label>
        <label>{t('settings.email')}<input type="email" value={sender.email} onChange={(e) => changeSender({ email: e.target.value })} data-testid="sender-email" /></label>
        <label>
          {t('date')}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          {t('language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as SubmissionLanguage)} data-testid="submission-language">
            {SUBMISSION_LANGUAGES.map((l) => <option key={l} value={l}>{t(`languages.${l}`)}</option>)}
          </select>
        </label>
        <p className="wide" data-testid="submission-subject"><strong>{t('subjectLabel')}</strong>{submission.subject}</p>
        <label className="wide">
          {t('introduction')}
          <textarea rows={4} value={submission.introduction} onChange={(e) => setIntroduction((i) => ({ ...i, [language]: e.target.value }))} />
        </label>
        <fieldset className="wide">
          <legend>{t('requests')}</legend>
          <label><input type="checkbox" checked={requests.extendCommentPeriod} onChange={(e) => setRequests((r) => ({ ...r, extendCommentPeriod: e.target.checked }))} /> {t('extendCommentPeriod')}</label>
          <label><input type="checkbox" checked={requests.writtenReply} onChange={(e) => setRequests((r) => ({ ...r, writtenReply: e.target.checked }))} /> {t('writtenReply')}</label>
        </fieldset>
      </div>
      <p>{t('general', { count: submission.generalComments.length })} · {t('specific', { count: submission.specificComments.length })}</p>
      <CommentRows submission={submission} rows={rows} fillIns={language === 'zh' ? {} : fillIns} onFillIn={fillIn} />
      <h2>{t('export.heading')}</h2>
      {problems.length > 0 && <ReadinessList problems={problems} />}
      <div className="submission-exports">
        {EXPORT_KINDS.map((kind) => (
          <button key={kind} type="button" disabled={problems.length > 0} onClick={() => void onExport(kind)}>
            {t(`export.${kind}`)}
          </button>
        ))}
      </div>
      {message && (
        <p className={message.error !== null ? 'submission-error' : 'submission-ok'} role="status">
          {message.error !== null ? t('export.failed', { name: t(`export.${message.kind}`), message: message.error }) : t('export.saved', { name: message.name })}
        </p>
      )}
      <AfterSending
        notificationId={notification.id}
        rows={rows.map((r) => ({ id: r.compiledId, label: r.clause || t('rows.general'), text: r.comment }))}
        record={record}
        today={today}
        onChange={onRecordChange}
        onAttach={onAttachReply}
        onOpen={onOpenReply}
      />
    </section>
  );
}

interface AfterSendingProps {
  notificationId: string;
  rows: { id: string; label: string; text: string }[];
  record: SendingRecord | null;
  today: string;
  onChange(record: SendingRecord): void;
  onAttach?(file: File): Promise<ReplyAttachment>;
  onOpen?(attachment: ReplyAttachment): Promise<void>;
}

function AfterSending({ notificationId, rows, record, today, onChange, onAttach, onOpen }: AfterSendingProps) {
  const { t } = useTranslation('submission');
  const [fileError, setFileError] = useState<string | null>(null);
  const attach = async (file: File | undefined) => {
    if (!file || !record?.reply || !onAttach) return;
    try {
      const attachment = await onAttach(file);
      onChange({ ...record, reply: { ...record.reply, attachment } });
      setFileError(null);
    } catch (error) {
      setFileError(t('sent.attachFailed', { name: file.name, message: error instanceof Error ? error.message : String(error) }));
    }
  };
  const open = async (attachment: ReplyAttachment) => {
    try {
      await onOpen?.(attachment);
      setFileError(null);
    } catch {
      setFileError(t('sent.attachmentMissing', { name: attachment.fileName }));
    }
  };
  const [sentAt, setSentAt] = useState(today);
  const [channel, setChannel] = useState<SendChannel>('email');
  const [replyDate, setReplyDate] = useState(record?.reply?.receivedAt ?? today);
  const [summary, setSummary] = useState(record?.reply?.summary ?? '');
  const status = submissionStatus(record, rows.map((r) => r.id));
  return (
    <section className="submission-sent">
      <h2>{t('sent.heading')} · {t(`sent.status.${status}`)}</h2>
      {!record ? (
        <div className="submission-form">
          <label>{t('sent.date')}<input type="date" value={sentAt} onChange={(e) => setSentAt(e.target.value)} /></label>
          <label>
            {t('sent.channel')}
            <select value={channel} onChange={(e) => setChannel(e.target.value as SendChannel)}>
              {SEND_CHANNELS.map((c) => <option key={c} value={c}>{t(`sent.channels.${c}`)}</option>)}
            </select>
          </label>
          <button type="button" onClick={() => onChange({ notificationId, sentAt, channel, reply: null, outcomes: {} })}>{t('sent.record')}</button>
        </div>
      ) : (
        <>
          <p>{t('sent.summary', { date: formatDate(record.sentAt), channel: t(`sent.channels.${record.channel}`) })}</p>
          <div className="submission-form">
            <label>{t('sent.replyDate')}<input type="date" value={replyDate} onChange={(e) => setReplyDate(e.target.value)} /></label>
            <label className="wide">{t('sent.replySummary')}<textarea rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} /></label>
            <button type="button" onClick={() => onChange({ ...record, reply: { receivedAt: replyDate, summary, attachment: record.reply?.attachment ?? null } })}>{t('sent.saveReply')}</button>
          </div>
          {record.reply && onAttach && (
            <div className="submission-attachment">
              {record.reply.attachment ? (
                <>
                  <span data-testid="reply-attachment">{t('sent.attached', { name: record.reply.attachment.fileName })}</span>
                  {onOpen && <button type="button" onClick={() => void open(record.reply!.attachment!)}>{t('sent.saveCopy')}</button>}
                </>
              ) : null}
              <label>
                {record.reply.attachment ? t('sent.replaceAttachment') : t('sent.attach')}
                <input type="file" onChange={(e) => void attach(e.target.files?.[0])} data-testid="reply-file" />
              </label>
            </div>
          )}
          {fileError && <p className="submission-error" role="alert">{fileError}</p>}
          {record.reply && (
            <table className="submission-outcomes">
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td>{row.label}</td>
                    <td>{row.text}</td>
                    <td>
                      <select aria-label={t('sent.outcome')} value={record.outcomes[row.id] ?? ''} onChange={(e) => onChange(recordOutcome(record, row.id, e.target.value as Outcome))}>
                        <option value="" disabled>{t('sent.outcome')}</option>
                        {OUTCOMES.map((o) => <option key={o} value={o}>{t(`sent.outcomes.${o}`)}</option>)}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
