// Handlers of the tray's narrow messages (issue #11; SECURITY B4.34, B4.38). Runs in the background. A content
// script may mint only with client credentials or exact mode, a non-empty scope list, one mint in flight per
// tab, and it gets metadata back, never the token. It may then open a token ITS tab minted in the inspector tab
// (the one-time hand-off, B4.39), or open the options page at the exact-minting set-up.
import { ext } from '../../shared/browser';
import { appError } from '../../lib/errors';
import type { MintResult } from '../../shared/messages/mint';
import type { TrayMintResult, TrayResponses } from '../../shared/messages/tray';
import { read, write } from '../../shared/storage';
import { ITEMS } from '../../shared/storage-schema';
import { TRAY_MINTS_PER_TAB } from '../../shared/storage-items/mint';
import type { Handler, SenderInfo } from '../router';
import { openInspectorWith } from '../inspect/handoff';
import { createLock } from '../lock';
import { ledger, profiles, svc } from '../services';

const inFlight = new Set<number>();

function tabOf(sender: SenderInfo): number {
  const id = (sender.tab as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'number') throw appError('ERR_FORBIDDEN_SENDER', 'Message refused: the tray runs in a tab.');
  return id;
}

/** Metadata only: the token stays in the background (SECURITY B4.38). */
export function trayView(r: MintResult): TrayMintResult {
  return {
    ledgerId: r.ledgerId,
    mode: r.mode === 'exact' ? 'exact' : 'client-credentials',
    expiresAt: r.expiresAt,
    requestedScopes: r.requestedScopes,
    grantedScopes: r.grantedScopes,
    fromCache: r.fromCache,
    grantPatched: !!r.grantChange,
    warnings: r.warnings,
    ...(r.quota ? { quota: r.quota } : {}), // issue #12: metadata for the tray (no token, no secret)
    ...(r.organization ? { organization: r.organization } : {}),
  };
}

// Two tabs finishing their mints together must not overwrite each other's entry: one read-modify-write at a time.
const rememberLock = createLock();

function remember(tabId: number, ledgerId: string): Promise<void> {
  return rememberLock(async () => {
    const all = await read(ITEMS.trayMints);
    const mine = [...(all[tabId] ?? []), ledgerId].slice(-TRAY_MINTS_PER_TAB);
    await write(ITEMS.trayMints, { ...all, [tabId]: mine });
  });
}

export const trayHandlers: { [T in keyof TrayResponses]: Handler<T> } = {
  'tray.mint': async ({ profileId, mode, audience, scopes, organization }, sender) => {
    const tabId = tabOf(sender);
    if (inFlight.has(tabId)) throw appError('ERR_RATE_LIMITED', 'A token is already being minted from this tab. Wait for it to finish.');
    inFlight.add(tabId);
    try {
      const r = await svc.mint({ profileId, mode, scopes, ...(audience === undefined ? {} : { audience }), ...(organization === undefined ? {} : { organization }) });
      await remember(tabId, r.ledgerId);
      return trayView(r);
    } finally {
      inFlight.delete(tabId);
    }
  },
  'tray.open': async ({ ledgerId }, sender) => {
    const tabId = tabOf(sender);
    const mine = (await read(ITEMS.trayMints))[tabId] ?? [];
    if (!mine.includes(ledgerId)) throw appError('ERR_NOT_FOUND', 'This tab did not mint that token.');
    const got = await ledger.reveal(ledgerId);
    if (!got) throw appError('ERR_NOT_FOUND', 'That token is no longer kept (Token Workbench was locked, or it expired). Mint it again.');
    await openInspectorWith(got.token);
    return { opened: true };
  },
  'tray.setupExact': async ({ profileId, audience }) => {
    await profiles.require(profileId);
    const hash = new URLSearchParams({ exact: profileId, audience }).toString();
    await ext.tabs.create({ url: `${ext.runtime.getURL('src/options/index.html')}#${hash}` });
    return { opened: true };
  },
};
