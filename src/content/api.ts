// Typed wrapper for the two messages of the mint feature (profiles.list, mint.request). Runs in the content
// script. The types mirror src/shared/messages/mint.ts (another engineer's, landing in parallel); `send` is
// called through a cast so this file compiles whether or not that map entry is committed yet.
// TODO(mint): switch to the typed `send` and import the types once src/shared/messages/mint.ts is committed.
import { send } from '../shared/rpc';
import type { AppError } from '../shared/errors';

export interface ProfileSummary {
  id: string;
  label: string;
  domain: string;
  customDomain?: string;
  environment: 'development' | 'staging' | 'production';
  clientId?: string;
  canClientCredentials: boolean;
  hs256: { customApi: { audience: string } | null; legacy: boolean };
}

export type MintMode = 'client-credentials' | 'hs256-custom' | 'hs256-legacy';

export interface MintRequest {
  profileId: string;
  mode: MintMode;
  audience?: string;
  scopes: string[];
}

export interface MintResult {
  ledgerId: string;
  token: string;
  /** Epoch seconds; null only for an HS256 token minted without expiry. */
  expiresAt: number | null;
  requestedScopes: string[];
  grantedScopes: string[];
  fromCache: boolean;
  /** Non-fatal notes from the background (may be absent in older builds). */
  warnings?: string[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

type LooseSend = (type: string, payload: unknown, timeoutMs?: number) => Promise<Result<unknown>>;
const looseSend = send as unknown as LooseSend;

export async function listProfiles(): Promise<Result<ProfileSummary[]>> {
  const r = await looseSend('profiles.list', {});
  if (r.ok && !Array.isArray(r.data)) return { ok: true, data: [] };
  return r as Result<ProfileSummary[]>;
}

export async function mint(req: MintRequest): Promise<Result<MintResult>> {
  // Omit an absent audience: the background's schema rejects unexpected or undefined-valued fields.
  const payload: MintRequest = req.audience === undefined ? { profileId: req.profileId, mode: req.mode, scopes: req.scopes } : req;
  return (await looseSend('mint.request', payload, 30_000)) as Result<MintResult>;
}

export async function openInspector(token: string): Promise<Result<unknown>> {
  return send('inspector.open', { token }) as Promise<Result<unknown>>;
}

/** The text to show for an error, with the one case the user can fix from here spelled out. */
export function errorText(error: AppError): string {
  if (error.code === 'ERR_LOCKED') return 'Unlock Token Workbench from its toolbar popup first.';
  return error.message;
}
