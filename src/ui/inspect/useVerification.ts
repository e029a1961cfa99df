// Verification state of one decoded token, shared by the signature badge and the verify panel. Asymmetric
// tokens are sent to the background automatically (`verify.token`: it fetches the issuer JWKS if trusted);
// HS* tokens are verified in the page by HmacSecret, which reports through `report`. Runs in extension pages.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { DecodedToken } from '../../lib/jwt';
import type { VerifyResult } from '../../lib/verify';
import { send } from '../../shared/rpc';
import { verifyMode, type VerifyMode } from './labels';

export type VerifyState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'done'; result: VerifyResult }
  | { status: 'error'; message: string };

export interface Verification {
  mode: VerifyMode;
  state: VerifyState;
  /** Ask the background again (asymmetric tokens). */
  retry: () => void;
  /** Result of an in-page (HMAC) verification, or idle to clear it. */
  report: (s: VerifyState) => void;
}

export function useVerification(token: DecodedToken): Verification {
  const mode = verifyMode(token);
  const [state, setState] = useState<VerifyState>({ status: 'idle' });
  // The token being shown now: a late answer for a token the user already replaced is dropped.
  const current = useRef(token.raw);
  current.current = token.raw;

  const run = useCallback(async () => {
    if (mode !== 'jwks') return;
    const raw = token.raw;
    setState({ status: 'pending' });
    const reply = await send('verify.token', { token: raw });
    if (current.current !== raw) return;
    setState(reply.ok ? { status: 'done', result: reply.data } : { status: 'error', message: reply.error.message });
  }, [token.raw, mode]);

  useEffect(() => {
    setState({ status: 'idle' });
    void run();
  }, [run]);

  const report = useCallback((s: VerifyState) => setState(s), []);
  return { mode, state, retry: () => void run(), report };
}
