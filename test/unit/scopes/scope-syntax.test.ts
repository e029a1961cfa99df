import { describe, expect, it } from 'vitest';
import { isScopeLike, parseScope } from '../../../src/lib/scopes/scope-syntax';
import { MANAGEMENT_SCOPE_NAMES, isManagementScope, isUserTokenOnly } from '../../../src/lib/scopes/scope-names';
import { allScopes } from '../../../src/lib/scopes/catalog';

describe('scope syntax', () => {
  it('accepts every catalog scope name (the rule was chosen from the data)', () => {
    for (const s of allScopes()) expect(isScopeLike(s.name), s.name).toBe(true);
  });

  it.each(['12:30', 'https://x', 'foo:', 'a:b:c', 'read:', 'Note: read', ':users', 'Read:Users', 'read:users ', ' read:users',
    'read:users\n', 'read:_users', 'read:users_', 'read:us__ers', 'read:users-x', 'read:users.x', 'read:users1', '', 'read',
    `read:${'a'.repeat(100)}`])('rejects decoy %j', (s) => {
    expect(isScopeLike(s)).toBe(false);
  });

  it('parses at the first colon and tolerates colons in the entity', () => {
    expect(parseScope('read:users')).toEqual({ action: 'read', entity: 'users' });
    expect(parseScope('read:foo:bar')).toEqual({ action: 'read', entity: 'foo:bar' });
    expect(parseScope('foo:')).toBeNull();
    expect(parseScope(':x')).toBeNull();
    expect(parseScope('Note: read')).toBeNull();
    expect(parseScope('openid')).toBeNull();
  });
});

describe('scope-names (content-script list)', () => {
  it('matches the catalog exactly', () => {
    expect(MANAGEMENT_SCOPE_NAMES.size).toBe(276);
    expect([...MANAGEMENT_SCOPE_NAMES].sort()).toEqual(allScopes().map((s) => s.name).sort());
  });

  it('flags current_user scopes as user-token-only (FACTS §3)', () => {
    expect(isUserTokenOnly('read:current_user')).toBe(true);
    expect(isUserTokenOnly('update:current_user_metadata')).toBe(true);
    expect(isUserTokenOnly('read:users')).toBe(false);
    expect(isManagementScope('read:users')).toBe(true);
    expect(isManagementScope('read:userz')).toBe(false);
    for (const s of allScopes()) expect(isUserTokenOnly(s.name)).toBe(s.userTokenOnly);
  });
});
