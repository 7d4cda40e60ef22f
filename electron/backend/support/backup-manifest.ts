import { z } from 'zod';

/** Inside a .clearway-backup zip. Bump BACKUP_FORMAT when the layout changes in a way old apps cannot read. */
export const BACKUP_FORMAT = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const DATABASE_ENTRY = 'database/clearway.db';
export const FILES_PREFIX = 'files/';
export const BACKUP_EXTENSION = '.clearway-backup';

export const BackupManifestSchema = z.object({
  format: z.literal('clearway-backup'),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  createdAt: z.string(),
  database: z.object({ entry: z.string(), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  migrations: z.array(z.object({ id: z.number().int(), name: z.string(), hash: z.string() })),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Small profile files that travel with the database (window layout), under files/. */
  files: z.array(z.string()),
  /** Private keys by protection: "os" ones open only with the data key of the PC that made them. */
  keys: z.object({ os: z.number().int().nonnegative(), passphrase: z.number().int().nonnegative() }),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;
