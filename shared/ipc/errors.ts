import { z } from 'zod';

/**
 * Every failure that crosses the contract is one of these values, never a stack trace.
 * The codes are stable identifiers the renderer can branch on; the two messages are what a
 * broker reads. `field` names the form field (dotted path) the error belongs to, when there is one.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_CALL',
  'STORE_UNAVAILABLE',
  'PROFILE_NOT_WRITABLE',
  'DATABASE_UNREADABLE',
  'MIGRATION_TAMPERED',
  'UNAUTHORIZED',
  /** The transport could not reach the backend (browser host stopped, utility process gone). */
  'BACKEND_UNREACHABLE',
  /** The broker cancelled a long operation; nothing was written. */
  'CANCELLED',
  /** Signing: the stored private keys need the passphrase (browser host / CLI) first. */
  'KEYS_LOCKED',
  /** Signing: the certificate is expired or not yet valid, so it cannot sign. */
  'CERTIFICATE_NOT_VALID',
  /** Signing: the E-Port card control is not running, or no card/key is inserted. */
  'SIGNER_UNAVAILABLE',
  /** Settings: the machine-wide policy locks this setting; `field` names it. */
  'SETTING_LOCKED',
  'INTERNAL',
] as const;

export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppErrorSchema = z.object({
  code: ErrorCode,
  messageZh: z.string(),
  messageEn: z.string(),
  field: z.string().optional(),
  details: z.unknown().optional(),
});
export type AppErrorValue = z.infer<typeof AppErrorSchema>;

/** Thrown inside the backend; turned into an AppErrorValue at the contract's door. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly field: string | undefined;
  readonly details: unknown;

  constructor(value: AppErrorValue) {
    super(`${value.code}: ${value.messageEn}`);
    this.name = 'AppError';
    this.code = value.code;
    this.messageZh = value.messageZh;
    this.messageEn = value.messageEn;
    this.field = value.field;
    this.details = value.details;
  }

  toValue(): AppErrorValue {
    const value: AppErrorValue = { code: this.code, messageZh: this.messageZh, messageEn: this.messageEn };
    if (this.field !== undefined) value.field = this.field;
    if (this.details !== undefined) value.details = this.details;
    return value;
  }
}

/** The result envelope every transport carries. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorValue };

export const CallResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: AppErrorSchema }),
]);
