// The release gate's judging (SECURITY B4.42): Auth0 hosts, namespaces and placeholders pass; anything else fails.
import { describe, expect, it } from 'vitest';
import { isAllowedHost, urlHosts } from '../../../scripts/dist-hosts';

describe('dist host gate', () => {
  it('finds the hosts written in code', () => {
    expect(urlHosts('fetch(`https://${d}/x`); a="https://manage.auth0.com/dashboard"; b=\'http://www.w3.org/2000/svg\'')).toEqual(['manage.auth0.com', 'www.w3.org']);
    expect(urlHosts('"https://*.auth0.com/*"')).toEqual(['x.auth0.com']);
  });
  it.each(['auth0.com', 'demo.us.auth0.com', 'manage.auth0.com', 'www.w3.org', 'api.example.com', 'TENANT', '*'])('allows %s', (h) => {
    expect(isAllowedHost(h)).toBe(true);
  });
  it.each(['www.google-analytics.com', 'cdn.jsdelivr.net', 'auth0.com.evil.com', 'evilauth0.com', 'unpkg.com', 'sentry.io', 'example.com.evil.io'])('refuses %s', (h) => {
    expect(isAllowedHost(h)).toBe(false);
  });
});
