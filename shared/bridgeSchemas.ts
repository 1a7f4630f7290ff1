// What the main process accepts on each IPC channel (see bridge.ts for the types they guard).
import { z } from 'zod';
import type { BridgeLanguage, OpenFileArgs, PrintToPdfArgs, SaveFileArgs } from './bridge';

export const LanguageSchema = z.enum(['zh-CN', 'en']) satisfies z.ZodType<BridgeLanguage>;

const FileFilterSchema = z.strictObject({
  name: z.string().max(200),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).max(20),
});

const FileNameSchema = z.string().min(1).max(255).regex(/^[^/\\:*?"<>|\0]+$/, 'a file name, not a path');

export const OpenFileArgsSchema = z.strictObject({
  title: z.string().max(200).optional(),
  filters: z.array(FileFilterSchema).max(10).optional(),
}) satisfies z.ZodType<OpenFileArgs>;

export const SaveFileArgsSchema = z.strictObject({
  title: z.string().max(200).optional(),
  defaultName: FileNameSchema,
  filters: z.array(FileFilterSchema).max(10).optional(),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 512 * 1024 * 1024, 'at most 512 MB'),
}) satisfies z.ZodType<SaveFileArgs>;

export const SecretKeySchema = z.string().regex(/^[a-z0-9._-]{1,64}$/);
export const SecretSetArgsSchema = z.strictObject({ key: SecretKeySchema, value: z.string().max(64 * 1024) });

export const PrintToPdfArgsSchema = z.strictObject({
  defaultName: FileNameSchema,
  landscape: z.boolean().optional(),
}) satisfies z.ZodType<PrintToPdfArgs>;

export const NoArgsSchema = z.undefined();
