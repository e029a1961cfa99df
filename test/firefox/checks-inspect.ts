// Typed-message check of the Firefox lane (Node, puppeteer-core): the event page answers a ping from an extension
// page and refuses an invalid payload and an unknown type, as data. (Decode, verification and right-click decode
// are shared user journeys now: test/journeys/inspect.journey.ts.)
import { assert, type LaneContext } from './context';
import { sender } from './ext';

export async function pingAnswered(t: LaneContext): Promise<void> {
  const send = sender(t.popup);
  const ok = await send<{ version?: string; context?: string }>('ping', {}, 5_000);
  assert(ok.ok && typeof ok.data?.version === 'string' && ok.data.context === 'background', `ping answered ${JSON.stringify(ok)}`);
  const bad = await send('ping', { x: 1 }, 5_000);
  assert(!bad.ok && bad.error?.code === 'ERR_INVALID_MESSAGE', `invalid ping answered ${JSON.stringify(bad)}`);
  const unknown = await send('no.such.message', {}, 5_000);
  assert(!unknown.ok && unknown.error?.code === 'ERR_UNKNOWN_TYPE', `an unknown message type was answered ${JSON.stringify(unknown)}`);
}
