// Request bodies of the admin API (server/PROTOCOL.md, "Admin"). The admin CLI calls the same services.
import { z } from 'zod';
import { ROLES } from './protocol';

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
