// The one typed message map shared by every context. Each message names its request schema (validated by the
// background before anything happens, SECURITY B4.37) and whether it is privileged: privileged messages are
// accepted only from the extension's own pages, never from a tab's content script (SECURITY B4.34).
// Responses are `Reply<T>`: data, or an AppError with a closed code. Runs in every context.
import type { AppError } from './errors';
import { v, type Infer, type Schema } from './validate';

const MAX_TOKEN_CHARS = 262_144; // SECURITY B1.16: the decoder's cap; larger input is refused before decoding

export const MESSAGES = {
  /** Liveness and version; any context may ask. */
  ping: { privileged: false, request: v.object({}) },
  /** A content script's "Decode" control, or the popup's "Open in tab": show a token in the inspector tab.
   *  The token goes to storage.session under a random one-time id, never into a URL (SECURITY B4.39). */
  'inspector.open': { privileged: false, request: v.object({ token: v.string({ min: 1, max: MAX_TOKEN_CHARS }) }) },
  /** The inspector tab collects a handed-over token once; the entry is deleted on read. */
  'inspector.take': { privileged: true, request: v.object({ id: v.string({ min: 16, max: 64, pattern: /^[A-Za-z0-9_-]+$/ }) }) },
} satisfies Record<string, { privileged: boolean; request: Schema<unknown> }>;

/** Response data per message type. */
export interface Responses {
  ping: { version: string; context: 'background' };
  'inspector.open': { opened: true };
  'inspector.take': { token: string } | null;
}

export type MessageType = keyof typeof MESSAGES & keyof Responses;
export type RequestOf<T extends MessageType> = Infer<(typeof MESSAGES)[T]['request']>;
export type ResponseOf<T extends MessageType> = Responses[T];
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}
export type Reply<T extends MessageType> = { ok: true; data: ResponseOf<T> } | { ok: false; error: AppError };

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(MESSAGES, value);
}
