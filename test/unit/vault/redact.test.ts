// Redaction of secrets, tokens and Authorization values (SECURITY B5.49; node-auth0's list).
import { describe, expect, it } from 'vitest';
import { mask, redactRecord, redactText, safeErrorText } from '../../../src/lib/vault/redact';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

describe('redaction (SECURITY B5.49)', () => {
  it('B5.49 hides client_secret, password, tokens and Authorization in form, JSON and header text', () => {
    const text = `client_secret=abc123&grant_type=client_credentials {"password":"pw1","access_token":"t1","id_token":"t2","refresh_token":"t3"} Authorization: Bearer ${JWT} authorization=Basic Zm9vOmJhcg==`;
    const out = redactText(text);
    for (const s of ['abc123', 'pw1', '"t1"', '"t2"', '"t3"', JWT, 'Zm9vOmJhcg']) expect(out).not.toContain(s);
    expect(out).toContain('grant_type=client_credentials');
  });
  it('B5.49 removes known secret values anywhere and keeps a thrown error message safe', () => {
    expect(redactText('failed for hunter2-secret at host', ['hunter2-secret'])).not.toContain('hunter2');
    expect(safeErrorText(new Error(`boom ${JWT}`))).not.toContain(JWT);
  });
  it('B5.49 redacts record keys deeply without prototype pollution', () => {
    const r = redactRecord(JSON.parse(`{"headers":{"Authorization":"Bearer x"},"body":{"client_secret":"s","nested":[{"token":"t"}]},"__proto__":{"polluted":1}}`)) as Record<string, any>;
    expect(r.headers.Authorization).toBe('[redacted]');
    expect(r.body.client_secret).toBe('[redacted]');
    expect(r.body.nested[0].token).toBe('[redacted]');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('masks tokens for display', () => {
    expect(mask(JWT)).toBe('eyJh…bmF0dXJl'.slice(0, 5) + JWT.slice(-4));
    expect(mask('short')).not.toContain('short');
  });
});
