// The sync protocol between the desktop client and the central server (see server/PROTOCOL.md).
// Every request and response body is described here with zod, so both sides validate the same shape.
import { z } from 'zod';
import { commentSchema, finishedCommentSchema } from '../schemas/comment';
import { COMMENT_TYPES, TBT_CONCERNS } from '../domain/comment';
import { DECISIONS } from '../compile/types';
import { idText, longText, shortText, storableJson, text } from '../schemas/text';
import { storedScopeSchema } from '../routing/scope';

export const ROLES = ['reviewer', 'secretary', 'desk_officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Limits the server enforces; a client splits its outbox accordingly. */
export const MAX_MUTATIONS_PER_PUSH = 500;
export const MAX_PULL_LIMIT = 1000;
export const DEFAULT_PULL_LIMIT = 500;

const id = idText;

// ---- Authentication ----

export const loginRequestSchema = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  committees: z.array(z.object({ id, code: z.string(), name: z.string() })),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: sessionUserSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

// ---- Push: client → server ----

/** Put (create or revise) a finished comment. `baseVersion` is null for a comment the server has never seen. */
export const commentPutMutationSchema = z.object({
  id: z.number().int().positive(),
  op: z.literal('comment.put'),
  committeeId: id,
  baseVersion: z.number().int().positive().nullable(),
  comment: finishedCommentSchema.refine((comment) => comment.status === 'finished', { message: 'only finished comments are pushed', path: ['status'] }),
});

/** Withdraw a finished comment (allowed until the compilation is locked). */
export const commentWithdrawMutationSchema = z.object({
  id: z.number().int().positive(),
  op: z.literal('comment.withdraw'),
  commentId: id,
  baseVersion: z.number().int().positive(),
});

/** A compiled comment of a committee position (shared/compile/types.ts). */
export const compiledCommentSchema = z.object({
  id,
  notificationId: id,
  sourceCommentIds: z.array(id).max(1000),
  decision: z.enum(DECISIONS),
  observation: longText,
  clause: shortText,
  paragraph: shortText,
  line: shortText,
  type: z.enum(COMMENT_TYPES),
  concerns: z.array(z.enum(TBT_CONCERNS)).max(TBT_CONCERNS.length),
  commentZh: longText,
  commentEn: longText,
  proposedChangeZh: longText,
  proposedChangeEn: longText,
  // Optional on the wire: positions pushed before references were compiled have none.
  referenceStandard: shortText.default(''),
  referenceClause: shortText.default(''),
  order: z.number().int().nonnegative().max(1_000_000),
});

/** A committee's position on a notification (shared/compile/types.ts, CommitteePosition). */
export const committeePositionSchema = z.object({
  notificationId: id,
  committee: z.object({ id, code: shortText, name: shortText }),
  compiled: z.array(compiledCommentSchema).max(2000),
  approved: z.boolean(),
  approvedAt: text(100).nullable(),
  locked: z.boolean(),
});

/**
 * Put the approved position of a committee (only its secretary may). Applying it also locks the
 * compilation. The latest approval wins: there is no base version and no conflict.
 */
export const positionPutMutationSchema = z.object({
  id: z.number().int().positive(),
  op: z.literal('position.put'),
  position: committeePositionSchema.refine((position) => position.approved && position.locked, { message: 'only approved positions are pushed', path: ['approved'] }),
});

export const mutationSchema = z.discriminatedUnion('op', [commentPutMutationSchema, commentWithdrawMutationSchema, positionPutMutationSchema]);
export type Mutation = z.infer<typeof mutationSchema>;
export type PositionPutMutation = z.infer<typeof positionPutMutationSchema>;
export type CommentPutMutation = z.infer<typeof commentPutMutationSchema>;
export type CommentWithdrawMutation = z.infer<typeof commentWithdrawMutationSchema>;

const mutationId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * A push as a whole, its text first made storable (NUL dropped, lone surrogates replaced). Each mutation is then checked on its own with `mutationSchema`: one that fails
 * (too long, wrong shape) is answered `rejected: invalid`, so the client's outbox moves on.
 */
export const pushRequestSchema = z.preprocess(
  storableJson,
  z
  .object({
    /** A random id the client picks once per installation (or per user on a shared device). */
    clientId: z.string().uuid(),
    mutations: z.array(z.looseObject({ id: mutationId })).min(1).max(MAX_MUTATIONS_PER_PUSH),
  })
  .refine((body) => body.mutations.every((m, i) => i === 0 || m.id === body.mutations[i - 1]!.id + 1), {
    message: 'mutation ids must be consecutive and increasing',
    path: ['mutations'],
  }),
);
export interface PushRequest {
  clientId: string;
  mutations: Mutation[];
}

/** A finished comment as the server keeps it: the comment plus who wrote it and its version. */
export const serverCommentSchema = z.object({
  comment: commentSchema,
  authorId: id,
  authorName: z.string(),
  committeeId: id,
  version: z.number().int().positive(),
  withdrawn: z.boolean(),
  updatedAt: z.string(),
});
export type ServerComment = z.infer<typeof serverCommentSchema>;

/** An approved committee position as the server keeps it. */
export const serverPositionSchema = z.object({
  position: committeePositionSchema,
  committeeId: id,
  version: z.number().int().positive(),
  approvedById: id,
  approvedByName: z.string(),
  updatedAt: z.string(),
});
export type ServerPosition = z.infer<typeof serverPositionSchema>;

/** `invalid`: the mutation does not fit the schema (e.g. a field over its length limit). */
export const REJECT_REASONS = ['forbidden', 'locked', 'not_found', 'not_assigned', 'invalid'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const mutationResultSchema = z.discriminatedUnion('status', [
  z.object({ id: z.number().int(), status: z.literal('applied'), version: z.number().int().positive() }),
  /** The base version was stale (or the comment already existed): nothing changed; here is the server's version. */
  z.object({ id: z.number().int(), status: z.literal('conflict'), server: serverCommentSchema }),
  /** Refused for good; retrying will not help. The mutation id is consumed. */
  z.object({ id: z.number().int(), status: z.literal('rejected'), reason: z.enum(REJECT_REASONS) }),
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({
  /** Every mutation with an id up to this one is applied (or settled); drop them from the outbox. */
  ackedThrough: z.number().int().nonnegative(),
  /** One result per mutation of the request with id ≤ ackedThrough, including ones applied by an earlier attempt. */
  results: z.array(mutationResultSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** 409 body when the first mutation is not ackedThrough + 1: resend the outbox from ackedThrough + 1. */
export const pushGapResponseSchema = z.object({
  error: z.literal('mutation_gap'),
  ackedThrough: z.number().int().nonnegative(),
});
export type PushGapResponse = z.infer<typeof pushGapResponseSchema>;

// ---- Pull: server → client ----

export const pullQuerySchema = z.object({
  /** Opaque; omit for a fresh client. */
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

/** A notification as synced: the record plus the committee it is assigned to and its experts. */
export const syncedNotificationSchema = z.object({
  notification: z.record(z.string(), z.unknown()),
  committeeId: id,
  expertIds: z.array(id),
  locked: z.boolean(),
});

export const documentMetaSchema = z.object({
  id,
  notificationId: id,
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pageCount: z.number().int().nonnegative(),
  byteLength: z.number().int().nonnegative(),
  language: z.string(),
  addedAt: z.string(),
});

export const standardMetaSchema = z.object({
  id,
  identifier: z.string(),
  title: z.string(),
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pageCount: z.number().int().nonnegative(),
  byteLength: z.number().int().nonnegative(),
  addedAt: z.string(),
});

export const lockSchema = z.object({ notificationId: id, committeeId: id, locked: z.boolean() });

export const changeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('notification'), entityId: id, data: syncedNotificationSchema }),
  /** The notification is no longer assigned to this committee: drop it (keep local drafts). */
  z.object({ kind: z.literal('unassigned'), entityId: id, data: z.object({ notificationId: id, committeeId: id }) }),
  z.object({ kind: z.literal('document'), entityId: id, data: documentMetaSchema }),
  z.object({ kind: z.literal('standard'), entityId: id, data: standardMetaSchema }),
  z.object({ kind: z.literal('comment'), entityId: id, data: serverCommentSchema }),
  z.object({ kind: z.literal('lock'), entityId: id, data: lockSchema }),
  /** entityId is `<notificationId> <committeeId>`. */
  z.object({ kind: z.literal('position'), entityId: id, data: serverPositionSchema }),
  /** A committee's routing scope; entityId is the committee id. */
  z.object({ kind: z.literal('scope'), entityId: id, data: storedScopeSchema }),
]);
export type Change = z.infer<typeof changeSchema>;
export type ChangeKind = Change['kind'];

export const pullResponseSchema = z.object({
  changes: z.array(changeSchema),
  /** Send it back as `cursor` on the next pull; store it in the same local transaction as the changes. */
  cursor: z.string(),
  /** More changes are waiting: pull again at once. */
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/**
 * Sent with a pull page that has more after it: its `cursor`, ahead of the body, so that a client
 * asks for the next page while it reads, checks and stores this one.
 */
export const PULL_NEXT_CURSOR_HEADER = 'x-next-cursor';

// ---- Secretary: locking the compilation ----

export const lockRequestSchema = lockSchema;
export type LockRequest = z.infer<typeof lockRequestSchema>;

// ---- Secretary: assigning experts ----

/** `POST /compilations/experts`: the experts of the committee asked to review (empty: the whole committee). */
export const expertAssignmentSchema = z.object({ notificationId: id, committeeId: id, expertIds: z.array(id).max(500) });
export type ExpertAssignment = z.infer<typeof expertAssignmentSchema>;

/** `GET /committees/:id/members`. */
export const committeeMembersResponseSchema = z.object({
  members: z.array(z.object({ id, displayName: z.string(), role: z.enum(ROLES) })),
});
export type CommitteeMembersResponse = z.infer<typeof committeeMembersResponseSchema>;

// ---- Errors ----

/** Every non-2xx response has this body; `error` is a stable code a client maps to translated text. */
export const errorResponseSchema = z.object({
  error: z.string(),
  message: z.string().optional(),
  ackedThrough: z.number().int().nonnegative().optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
