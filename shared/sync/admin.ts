// Request bodies of the admin API (server/PROTOCOL.md, "Admin"). The admin CLI calls the same services.
import { z } from 'zod';
import { ROLES } from './protocol';
import { storedScopeSchema } from '../routing/scope';

const id = z.string().min(1).max(200);

export const createUserSchema = z.object({
  username: z.string().regex(/^[a-z0-9_.-]{2,64}$/),
  displayName: z.string().min(1).max(200),
  password: z.string().min(8).max(200),
  role: z.enum(ROLES),
});
export type CreateUser = z.infer<typeof createUserSchema>;

export const createCommitteeSchema = z.object({
  code: z.string().min(1).max(50),
  name: z.string().min(1).max(300),
});
export type CreateCommittee = z.infer<typeof createCommitteeSchema>;

export const addMemberSchema = z.object({ userId: id });

export const assignSchema = z.object({
  notificationId: id,
  committeeId: id,
  /** The experts of the committee asked to review; empty means the whole committee. */
  expertIds: z.array(id).default([]),
});
export type Assign = z.infer<typeof assignSchema>;

export const unassignSchema = z.object({ notificationId: id, committeeId: id });

export const documentUploadQuerySchema = z.object({
  fileName: z.string().min(1).max(300),
  language: z.string().max(20).default(''),
});

export const standardUploadQuerySchema = z.object({
  identifier: z.string().min(1).max(200),
  title: z.string().max(500).default(''),
  fileName: z.string().min(1).max(300),
});

export const importQuerySchema = z.object({ fileName: z.string().min(1).max(300) });

/** Bulk import of committees or users (POST /admin/directory/:kind); `dryRun` checks and changes nothing. */
export const directoryImportQuerySchema = z.object({
  fileName: z.string().min(1).max(300),
  dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

/** A user turns the one-time activation code from a bulk import into her own password. */
export const activateRequestSchema = z.object({
  username: z.string().min(1).max(100),
  code: z.string().min(10).max(40),
  password: z.string().min(8).max(200),
});

/** A secretary adds an existing expert account to her committee (POST /committees/:id/experts). */
export const addExpertSchema = z.object({ username: z.string().regex(/^[a-z0-9_.-]{2,64}$/) });

/** A secretary creates an expert account for her committee; the answer carries its one-time activation code. */
export const newExpertSchema = z.object({
  username: z.string().regex(/^[a-z0-9_.-]{2,64}$/),
  displayName: z.string().trim().min(1).max(200),
});

export const newExpertResponseSchema = z.object({ id: z.string(), username: z.string(), activationCode: z.string() });
export type NewExpertResponse = z.infer<typeof newExpertResponseSchema>;

/** Bulk import of committee scopes (POST /admin/scopes); `dryRun` checks and changes nothing. */
export const scopeImportQuerySchema = directoryImportQuerySchema;

const routingKeySchema = z.object({ kind: z.enum(['hs', 'ics', 'member', 'standard']), code: z.string() });
export const routingReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('scope_ics'), code: z.string(), scope: z.string() }),
  z.object({ kind: z.literal('scope_hs'), code: z.string(), scope: z.string() }),
  z.object({ kind: z.literal('scope_keyword'), keyword: z.string() }),
  z.object({ kind: z.literal('history'), key: routingKeySchema, taken: z.number().int(), of: z.number().int() }),
]);

/** `GET /admin/routing/suggestions?since=`: the unassigned notifications distributed since a date, each with its ranked committees. */
export const routingSuggestionsQuerySchema = z.object({ since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });
export const routingSuggestionsResponseSchema = z.object({
  notifications: z.array(
    z.object({
      id,
      symbol: z.string(),
      title: z.string(),
      memberCode: z.string(),
      distributionDate: z.string().nullable(),
      suggestions: z.array(
        z.object({
          committeeId: id,
          committeeCode: z.string(),
          committeeName: z.string(),
          score: z.number(),
          reasons: z.array(routingReasonSchema),
          experts: z.array(z.object({ expertId: id, displayName: z.string(), commentedOn: z.number().int() })),
        }),
      ),
    }),
  ),
});
export type RoutingSuggestionsResponse = z.infer<typeof routingSuggestionsResponseSchema>;
export type RoutedSuggestion = RoutingSuggestionsResponse['notifications'][number]['suggestions'][number];

/** `GET /admin/scopes`. */
export const scopesResponseSchema = z.object({ scopes: z.array(storedScopeSchema) });

/** The answer of `POST /admin/scopes` (200, or 422 with every problem and nothing changed). */
export const scopeImportAnswerSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  problems: z.array(z.object({ row: z.number(), column: z.string(), problem: z.string(), value: z.string(), message: z.object({ en: z.string(), zh: z.string() }) })),
});
export type ScopeImportAnswer = z.infer<typeof scopeImportAnswerSchema>;
