// Building the client-credentials request (FACTS §1, §8) and the snippets (issue #4). SECURITY B3.28.
import { describe, expect, it } from 'vitest';
import { buildTokenRequest, managementAudience, resolveAudience } from '../../../src/lib/auth0/token-request';
import { compareScopes } from '../../../src/lib/scopes/compare';
import { buildSnippets, SECRET_PLACEHOLDER } from '../../../src/lib/auth0/snippets';

const base = { domain: 'demo.us.auth0.com', clientId: 'cid', clientSecret: 's3cr3t-value' };

describe('token request (SECURITY B3.28)', () => {
  it('B3.28 posts JSON to https://DOMAIN/oauth/token with the Management audience (trailing slash), secret only in the body', () => {
    const r = buildTokenRequest(base);
    expect(r.url).toBe('https://demo.us.auth0.com/oauth/token');
    expect(r.method).toBe('POST');
    expect(r.body).toEqual({ grant_type: 'client_credentials', client_id: 'cid', client_secret: 's3cr3t-value', audience: 'https://demo.us.auth0.com/api/v2/' });
    expect(r.url).not.toContain('s3cr3t');
    expect(r.headers['content-type']).toBe('application/json');
    expect(JSON.parse(r.bodyText)).toEqual(r.body);
  });
  it('goes to the custom domain but keeps the canonical audience (FACTS §8)', () => {
    const r = buildTokenRequest({ ...base, customDomain: 'login.demo.test' });
    expect(r.url).toBe('https://login.demo.test/oauth/token');
    expect(r.audience).toBe('https://demo.us.auth0.com/api/v2/');
  });
  it('rewrites a custom-domain or slash-less Management audience to the canonical one; other identifiers verbatim', () => {
    const d = { domain: 'demo.us.auth0.com', customDomain: 'login.demo.test' };
    expect(resolveAudience({ ...d, audience: 'https://login.demo.test/api/v2/' })).toBe(managementAudience('demo.us.auth0.com'));
    expect(resolveAudience({ ...d, audience: 'https://demo.us.auth0.com/api/v2' })).toBe('https://demo.us.auth0.com/api/v2/');
    expect(resolveAudience({ ...d, audience: 'urn:demo:billing' })).toBe('urn:demo:billing');
    expect(resolveAudience({ ...d, audience: 'https://orders.demo.test' })).toBe('https://orders.demo.test');
  });
  it('sends scope as a de-duplicated space-separated narrowing only when asked', () => {
    expect(buildTokenRequest({ ...base, scopes: ['read:users', 'read:users', 'read:clients'] }).body.scope).toBe('read:users read:clients');
    expect(buildTokenRequest({ ...base, scopes: [] }).body.scope).toBeUndefined();
  });
  it('compares requested and granted scopes', () => {
    expect(compareScopes(['a', 'b'], ['b', 'c'])).toEqual({ missing: ['a'], extra: ['c'] });
  });
});

describe('snippets', () => {
  it('use a placeholder for the secret unless asked to include it', () => {
    const s = buildSnippets(base, false);
    for (const text of [s.curl, s.node, s.python]) {
      expect(text).not.toContain('s3cr3t-value');
      expect(text).toContain(SECRET_PLACEHOLDER);
      expect(text).toContain('https://demo.us.auth0.com/api/v2/');
    }
    expect(buildSnippets(base, true).curl).toContain('s3cr3t-value');
  });
  it('quote hostile values so they cannot break out of the string', () => {
    const s = buildSnippets({ ...base, audience: `x' ; rm -rf / ; echo '"` }, false);
    expect(s.curl).toContain(`'\\''`);
    expect(s.python).toContain('\\"');
  });
});
