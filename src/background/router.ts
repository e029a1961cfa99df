// The background's single message entry: checks who sent it, validates the payload, dispatches to a handler and
// returns a Reply. Fails closed: anything unexpected becomes an AppError, nothing throws to the caller
// (SECURITY B4.34, B4.37). Runs in the background (service worker / event page); no browser API here, so the
// sender rules are unit-tested with forged sender objects.
import { appError, internalError, isAppError } from '../lib/errors';
import { MESSAGES, isMessageType, type MessageType, type Reply, type RequestOf, type ResponseOf } from '../shared/messages';
import { validate } from '../shared/validate';
import { originOf } from '../shared/origin';
import { DEFAULT_RATE, RateLimiter, tabKey, type RateRule } from './rate-limit';

/** The fields of runtime.MessageSender that the rules look at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
  frameId?: number;
}

export interface RouterIdentity {
  extensionId: string;
  extensionOrigin: string; // e.g. chrome-extension://abc
  /** URL prefixes where our content script runs (manifest content_scripts.matches). A tab elsewhere that
   *  somehow messages us (a compromised renderer, a stray injection) is refused even for public messages. */
  contentScriptPrefixes: readonly string[];
  /** True while stored data is newer than this version (a downgrade): messages that write are refused. */
  isReadOnly?: () => boolean;
  /** The clock for rate limits (ms); Date.now unless a test forges it. */
  now?: () => number;
}

/** True for a top-frame content script on one of the pages the manifest declares it for. */
export function isOwnContentScript(sender: SenderInfo, me: RouterIdentity): boolean {
  if (sender.id !== me.extensionId || !sender.tab || (sender.frameId ?? 0) !== 0 || !sender.url) return false;
  const url = sender.url;
  return me.contentScriptPrefixes.some((prefix) => url.startsWith(prefix));
}

export type Handler<T extends MessageType> = (payload: RequestOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>>;
export type Handlers = { [T in MessageType]: Handler<T> };

/** True when the message comes from one of our own extension pages (popup, inspector, options), top frame. */
export function isOwnExtensionPage(sender: SenderInfo, me: Pick<RouterIdentity, 'extensionId' | 'extensionOrigin'>): boolean {
  if (sender.id !== me.extensionId) return false;
  if (sender.tab !== undefined && sender.tab !== null) {
    // An extension page opened in a tab (the inspector, options) has `tab` set; trust it only by its URL.
    if (!sender.url || originOf(sender.url) !== me.extensionOrigin) return false;
  }
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  const origin = sender.origin ?? (sender.url ? originOf(sender.url) : undefined);
  return origin === me.extensionOrigin;
}

export function createRouter(handlers: Handlers, me: RouterIdentity) {
  // Issue 13 item 7: every message from an untrusted caller (a content script) is counted per tab and type.
  const limiter = new RateLimiter();
  const now = me.now ?? Date.now;
  return async function route(raw: unknown, sender: SenderInfo): Promise<Reply<MessageType>> {
    try {
      if (sender.id !== me.extensionId) return fail('ERR_FORBIDDEN_SENDER', 'Message refused: it did not come from Token Workbench.');
      if (typeof raw !== 'object' || raw === null) return fail('ERR_INVALID_MESSAGE', 'Message refused: not an object.');
      const { type, payload } = raw as { type?: unknown; payload?: unknown };
      if (!isMessageType(type)) return fail('ERR_UNKNOWN_TYPE', 'Message refused: unknown type.');
      const spec = MESSAGES[type];
      const ownPage = isOwnExtensionPage(sender, me);
      if (spec.privileged && !ownPage) {
        return fail('ERR_FORBIDDEN_SENDER', 'Message refused: only Token Workbench pages may ask for this.');
      }
      if (!ownPage && !isOwnContentScript(sender, me)) {
        return fail('ERR_FORBIDDEN_SENDER', 'Message refused: it came from a page Token Workbench does not run on.');
      }
      if (!ownPage) {
        // Counted before validation, so a flood of malformed messages is limited too.
        const rule = (spec as { rate?: RateRule }).rate ?? DEFAULT_RATE;
        const key = `${tabKey(sender.tab)}:${type}`;
        if (!limiter.take(key, rule, now())) {
          const wait = limiter.retryAfter(key, rule, now());
          return fail('ERR_RATE_LIMITED', `Too many requests from this page. Try again in ${wait} s.`);
        }
      }
      if ((spec as { writes?: true }).writes && me.isReadOnly?.()) {
        return fail(
          'ERR_READ_ONLY',
          'Your saved data comes from a newer version of Token Workbench, so this version changes nothing. Update the extension to make changes.',
        );
      }
      const checked = validate(spec.request, payload);
      if (!checked.ok) return fail('ERR_INVALID_MESSAGE', `Message refused: ${checked.reason}.`);
      const handler = handlers[type] as Handler<typeof type>;
      const data = await handler(checked.value as RequestOf<typeof type>, sender);
      return { ok: true, data };
    } catch (err) {
      // Handlers throw AppErrors on purpose; anything else is a bug whose text may hold secrets: never forward it.
      if (isAppError(err)) return { ok: false, error: err };
      return { ok: false, error: internalError() };
    }
  };
}

function fail(code: Parameters<typeof appError>[0], message: string): Reply<MessageType> {
  return { ok: false, error: appError(code, message) };
}
