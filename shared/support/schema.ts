import { z } from 'zod';

/**
 * Support (issue 9): diagnostics for the administrator, and moving a profile between PCs.
 * Files are written into a folder on this computer (the profile's own `diagnostics/` or
 * `backups/` unless a folder is given) and their path comes back: a profile backup can be
 * hundreds of megabytes, which must not cross the contract as base64.
 */

const AbsoluteDir = z.string().min(1).max(4096);
const JobId = z.string().min(1).max(64);

export const DiagnosticsInputSchema = z.object({ dir: AbsoluteDir.optional() }).strict();
export const DiagnosticsResultSchema = z.object({
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  /** The names inside the zip, for the UI to list. */
  files: z.array(z.string()),
});
export type DiagnosticsResult = z.infer<typeof DiagnosticsResultSchema>;

export const BackupInputSchema = z.object({ dir: AbsoluteDir.optional(), jobId: JobId.optional() }).strict();
export const TableCountsSchema = z.record(z.string(), z.number().int().nonnegative());
export const BackupResultSchema = z.object({
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  counts: TableCountsSchema,
});
export type BackupResult = z.infer<typeof BackupResultSchema>;

/**
 * Progress of a backup or a restore (one event for both). Backup: 'database', 'verify', 'files';
 * restore: 'unpack' (reading the zip, done/total in bytes of the file), then 'verify'.
 */
export const BackupProgressSchema = z.object({
  jobId: z.string(),
  phase: z.enum(['database', 'files', 'verify', 'unpack']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type BackupProgress = z.infer<typeof BackupProgressSchema>;

/** `jobId` names the restore in profile.backupProgress and lets profile.cancelBackup stop it while the zip is read. */
export const RestoreInputSchema = z.object({ path: z.string().min(1).max(4096), jobId: JobId.optional() }).strict();
export const RestoreResultSchema = z.object({
  restoredFrom: z.string(),
  /** Where the database the restore replaced was kept (nothing is deleted); null when the profile had none. */
  previousDatabase: z.string().nullable(),
  counts: TableCountsSchema,
  /** Certificates whose private key was sealed with another PC's OS data key: their .p12/.pfx must be imported again here. */
  keysToReimport: z.number().int().nonnegative(),
  /** Submissions go through the gateway, whose device token backups leave out: it must be entered again under Settings. */
  deviceTokenToReenter: z.boolean(),
});
export type RestoreResult = z.infer<typeof RestoreResultSchema>;
