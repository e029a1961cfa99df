// Errors that cross contexts (background ⇄ popup, inspector, options, content script) travel as data with a
// closed set of codes, as jose's `err.code` does. Runs in every context. Messages are human and never carry
// a secret or a token (SECURITY B5.49): builders of AppError must pass only safe text.

export const APP_ERROR_CODES = [
  'ERR_INVALID_MESSAGE', // payload failed validation (SECURITY B4.37)
  'ERR_FORBIDDEN_SENDER', // privileged message from a tab, another extension or a frame (SECURITY B4.34)
  'ERR_UNKNOWN_TYPE',
  'ERR_INTERNAL',
  'ERR_NOT_FOUND',
  'ERR_LOCKED', // vault is locked
  'ERR_BAD_PASSPHRASE', // cannot unlock (same text for wrong passphrase and tampered data, SECURITY B5.44)
  'ERR_NO_PERMISSION', // host permission for a custom domain not granted
  'ERR_HOST_NOT_ALLOWED', // a fetch to a host that is not the user's Auth0 domain
  'ERR_NETWORK', // offline, DNS, refused, TLS (SECURITY B6.54)
  'ERR_TIMEOUT', // no answer within 10 s (SECURITY B6.53)
  'ERR_RATE_LIMITED', // 429 beyond the wait we accept (SECURITY B6.50)
  'ERR_AUTH0', // Auth0 answered with an error body; `detail` holds status/error/error_description
  'ERR_UNEXPECTED_RESPONSE', // HTML, truncated JSON, empty 200, wrong content type (SECURITY B6.54)
  'ERR_INTERRUPTED', // the worker stopped mid-request (SECURITY B6.55)
  'ERR_READ_ONLY', // stored data is newer than this version (SECURITY B7.58)
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export interface AppError {
  code: AppErrorCode;
  message: string;
  /** Structured, secret-free detail, e.g. Auth0's status and error_description. */
  detail?: Record<string, string | number | boolean | null>;
}

export function appError(code: AppErrorCode, message: string, detail?: AppError['detail']): AppError {
  return detail ? { code, message, detail } : { code, message };
}

export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && (APP_ERROR_CODES as readonly unknown[]).includes(v.code);
}

/** Wraps anything thrown into an AppError without leaking its text (it might hold a secret). */
export function internalError(): AppError {
  return appError('ERR_INTERNAL', 'Something went wrong inside Token Workbench. Nothing was changed.');
}
