// Verification state of one decoded token, shared by the signature badge and the verify panel. Asymmetric
// tokens are sent to the background automatically (`verify.token`: it fetches the issuer JWKS only for a
// profile's tenant or one verified before); `confirm` is the explicit "Verify" click that lets it fetch the
// JWKS of another Auth0 tenant (issue 13 item 2);
// HS* tokens are verified when the user submits a secret in HmacSecret (`verify.hmac`), which reports through
// `report`. Runs in extension pages.
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
  /** The explicit "Verify" click: the background may fetch an Auth0 tenant's JWKS it would not fetch on its own. */
  confirm: () => void;
  /** Result of an in-page (HMAC) verification of the token `raw`; ignored if another token is shown by then. */
  report: (s: VerifyState, raw: string) => void;
}

export function useVerification(token: DecodedToken): Verification {
  const mode = verifyMode(token);
  // The state is tagged with the token it belongs to, so a new token never shows the previous one's result,
  // not even for the one render before the effect below resets it.
  const [tagged, setTagged] = useState<{ raw: string; state: VerifyState }>({ raw: token.raw, state: { status: 'idle' } });
  const state: VerifyState = tagged.raw === token.raw ? tagged.state : { status: 'idle' };
  // The token being shown now: a late answer for a token the user already replaced is dropped.
  const current = useRef(token.raw);
  current.current = token.raw;
  // Results for a token no longer shown are dropped (the user pasted another one meanwhile).
  const setState = useCallback((s: VerifyState, raw: string) => {
    if (raw === current.current) setTagged({ raw, state: s });
  }, []);

  const run = useCallback(async (explicit = false) => {
    if (mode !== 'jwks') return;
    const raw = token.raw;
    setState({ status: 'pending' }, raw);
    const reply = await send('verify.token', explicit ? { token: raw, explicit: true } : { token: raw });
    setState(reply.ok ? { status: 'done', result: reply.data } : { status: 'error', message: reply.error.message }, raw);
  }, [token.raw, mode, setState]);

  useEffect(() => {
    setState({ status: 'idle' }, token.raw);
    void run();
  }, [run, setState, token.raw]);

  return { mode, state, retry: () => void run(), confirm: () => void run(true), report: setState };
}
