// Sends a typed message to the background and returns its Reply, never throwing: a worker that stopped or a
// channel that closed becomes ERR_INTERRUPTED (SECURITY B6.55), silence becomes ERR_TIMEOUT. Runs in the popup,
// inspector, options page and content scripts.
import { ext } from './browser';
import { appError, isAppError } from '../lib/errors';
import type { Envelope, MessageType, Reply, RequestOf } from './messages';

export async function send<T extends MessageType>(type: T, payload: RequestOf<T>, timeoutMs = 30_000): Promise<Reply<T>> {
  const envelope: Envelope<T> = { type, payload };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Reply<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: appError('ERR_TIMEOUT', 'The background did not answer in time.') }), timeoutMs);
  });
  try {
    const answer = ext.runtime.sendMessage(envelope).then((raw: unknown): Reply<T> => {
      if (isReply<T>(raw)) return raw;
      return { ok: false, error: appError('ERR_INTERRUPTED', 'The background stopped before answering. Try again.') };
    });
    return await Promise.race([answer, timeout]);
  } catch {
    return { ok: false, error: appError('ERR_INTERRUPTED', 'The background stopped before answering. Try again.') };
  } finally {
    clearTimeout(timer);
  }
}

function isReply<T extends MessageType>(raw: unknown): raw is Reply<T> {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as { ok?: unknown; error?: unknown };
  return r.ok === true ? 'data' in r : r.ok === false && isAppError(r.error);
}
