// Keeps storage.local away from content scripts (issue 13 item 4, SECURITY B5.45). By default Chrome lets a
// content script read storage.local, which holds the vault's salt, verifier and ciphertext: enough to guess the
// passphrase offline. `setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' })` limits it to the extension's own
// pages and worker; it is called on every worker start. Firefox has no setAccessLevel (its content scripts can
// read storage.local): there the 12-character passphrase rule carries the weight (README). Runs in the background.

type AccessLevelArea = { setAccessLevel?: (opts: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void> | void };

export type AccessOutcome = 'restricted' | 'unsupported' | 'failed';

export async function restrictToTrustedContexts(area: unknown): Promise<AccessOutcome> {
  const set = (area as AccessLevelArea | undefined)?.setAccessLevel;
  if (typeof set !== 'function') return 'unsupported';
  try {
    await set.call(area, { accessLevel: 'TRUSTED_CONTEXTS' });
    return 'restricted';
  } catch {
    return 'failed';
  }
}
