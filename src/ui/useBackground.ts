// One background question per distinct request, answered asynchronously: e.g. the catalog lives in the background
// (issue #7), so the Inspect panels and the Mint scope picker ask it instead of bundling catalog.json. The answer
// is tagged with the request it belongs to: a late answer to an older request is never shown for a newer one.
// Runs in extension pages.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/rpc';
import type { MessageType, RequestOf, ResponseOf } from '../shared/messages';

export type Answer<T extends MessageType> = { status: 'pending' } | { status: 'done'; data: ResponseOf<T> } | { status: 'error'; message: string };

/** Ask `type` with `payload` (null: ask nothing). Re-asks whenever the payload's JSON changes. */
export function useBackground<T extends MessageType>(type: T, payload: RequestOf<T> | null): Answer<T> {
  const key = payload === null ? '' : JSON.stringify(payload);
  const [tagged, setTagged] = useState<{ key: string; answer: Answer<T> } | null>(null);
  useEffect(() => {
    if (payload === null) return;
    let live = true;
    void send(type, payload).then((reply) => {
      if (live) setTagged({ key, answer: reply.ok ? { status: 'done', data: reply.data } : { status: 'error', message: reply.error.message } });
    });
    return () => {
      live = false;
    };
    // `key` stands for the payload: an equal request is not asked twice.
  }, [type, key]);
  return tagged && tagged.key === key ? tagged.answer : { status: 'pending' };
}
