// The real levers against a jti-less Auth0 access token (issue #6; FACTS §2: no jti, cannot be revoked; §7:
// tokens live until exp). Each goes through the Management API with the profile's management token, after the
// user confirmed: 1. delete the `subject_type: client` grant of (client, audience), shown with its scopes first
// (FACTS §9: the user-access grant is never touched): no new tokens; 2. rotate the client secret
// (optionally straight into the vault when it is the profile's own client; shown only when asked); 3. shorten
// the API's `token_lifetime` (1..2592000, FACTS §7), looked up by identifier; below the API's
// `token_lifetime_for_web` both are sent, and Auth0's 400 about them is shown with the fix (FACTS §11). Runs in
// the background.
import { appError, isAppError } from '../../lib/errors';
import type { TerminateResponses } from '../../shared/messages/terminate';
import type { Profile } from '../../lib/profiles/profile';
import { deleteGrantRequest, findGrantsRequest, getResourceServerRequest, parseGrants, type GrantInfo, parseResourceServer, parseRotatedSecret, rotateSecretRequest, setLifetimeRequest } from '../../lib/auth0/management-requests';
import { requirementFor } from '../../lib/auth0/management-scopes';
import { unexpectedResponse } from '../../lib/auth0/token-errors';
import { managementSession, type MgmtSession, type TerminateDeps } from './deps';
import { dashboardBase } from '../../lib/profiles/dashboard';
import type { SenderInfo } from '../router';

const needed = (action: Parameters<typeof requirementFor>[0], i: number) => requirementFor(action)[i] ?? [];

export function applicationSettingsUrl(domain: string, clientId: string): string | null {
  const base = dashboardBase(domain);
  return base ? `${base}/applications/${encodeURIComponent(clientId)}/settings` : null; // FACTS §6
}

/**
 * FACTS §9: an app may hold two grants for one API (`client` and `user`); the lever is about machine access, so
 * it lists with `subject_type=client` and matches exactly again (a server ignoring a filter cannot widen it).
 * A grant without subject_type predates user grants, so it is a client grant.
 */
async function clientGrant(s: MgmtSession, clientId: string, audience: string): Promise<GrantInfo> {
  const grants = parseGrants((await s.call(findGrantsRequest(clientId, audience), needed('deleteGrant', 0))).body);
  if (!grants) throw unexpectedResponse('the client grants are not a list', 200);
  const mine = grants.filter((g) => g.clientId === clientId && g.audience === audience && (g.subjectType ?? 'client') === 'client');
  if (mine.length === 0) throw appError('ERR_NOT_FOUND', `No client grant (subject_type client) for ${clientId} on ${audience}: the client already cannot get new machine-to-machine tokens for it.`);
  if (mine.length > 1) throw appError('ERR_UNEXPECTED_RESPONSE', `Auth0 listed ${mine.length} client grants for one application and API (there is at most one): nothing was deleted.`);
  return mine[0]!;
}

/**
 * Puts a rotated secret of the profile's own client into the vault: the other stored secrets stay, `hasSecret`
 * says the client secret is there, and a new `updatedAt` keys the token cache, so no token minted with the old
 * secret is served. A locked vault throws.
 */
async function storeClientSecret(deps: TerminateDeps, profileId: string, secret: string, sender: SenderInfo): Promise<void> {
  await deps.active(sender);
  const current = await deps.profiles.require(profileId);
  const secrets = await deps.vault.getSecrets(current.id);
  await deps.vault.putSecrets(current.id, { ...secrets, clientSecret: secret });
  await deps.profiles.put({ ...current, hasSecret: { ...current.hasSecret, client: true }, updatedAt: (deps.now ?? Date.now)() });
}

export function createLevers(deps: TerminateDeps) {
  return {
    /** The one `subject_type: client` grant of (client, audience), for the user to see before deleting it. */
    async findGrant(p: Profile, clientId: string, audience: string, sender: SenderInfo): Promise<TerminateResponses['lever.findGrant']> {
      const s = await managementSession(deps, p, 'deleteGrant', sender);
      const g = await clientGrant(s, clientId, audience);
      return { grantId: g.id, scope: g.scope, subjectType: 'client' };
    },

    async deleteGrant(p: Profile, clientId: string, audience: string, grantId: string | undefined, sender: SenderInfo): Promise<TerminateResponses['lever.deleteGrant']> {
      const s = await managementSession(deps, p, 'deleteGrant', sender);
      const g = await clientGrant(s, clientId, audience);
      // The grant the user confirmed must still be the client grant: never delete something else in its place.
      if (grantId !== undefined && g.id !== grantId) {
        throw appError('ERR_NOT_FOUND', `The client grant of ${clientId} for ${audience} is now ${g.id}, not the ${grantId} you confirmed: nothing was deleted. Look again.`);
      }
      await s.call(deleteGrantRequest(g.id), needed('deleteGrant', 1));
      const scopes = g.scope.length ? g.scope.join(' ') : '(no scopes)';
      return {
        grantId: g.id,
        deleted: true,
        scope: g.scope,
        message: `Client grant ${g.id} (subject_type client; scopes ${scopes}) deleted: the client gets no new machine-to-machine tokens for ${audience}. A user-access grant, if any, is untouched. Tokens already issued stay valid until their exp.`,
      };
    },

    async rotateSecret(p: Profile, clientId: string, opts: { storeInVault: boolean; reveal: boolean }, sender: SenderInfo): Promise<TerminateResponses['lever.rotateSecret']> {
      const same = clientId === p.clientId;
      if (opts.storeInVault && !same) throw appError('ERR_INVALID_MESSAGE', "Only the profile's own client secret can be stored in its vault entry.");
      const s = await managementSession(deps, p, 'rotateSecret', sender);
      const { body } = await s.call(rotateSecretRequest(clientId), needed('rotateSecret', 0));
      const secret = parseRotatedSecret(body);
      const settingsUrl = applicationSettingsUrl(p.domain, clientId);
      if (!secret) {
        return { rotated: true, stored: false, settingsUrl, message: 'Secret rotated, but Auth0 did not return the new one: copy it from the application settings page.' };
      }
      let stored = false;
      let note = '';
      if (opts.storeInVault) {
        try {
          await storeClientSecret(deps, p.id, secret, sender);
          stored = true;
        } catch {
          note = ' Storing it in the vault failed (is the vault locked?): copy it from the application settings page.';
        }
      }
      const tail = stored
        ? ' The new secret is stored in this profile (not shown).'
        : same
          ? ' This profile still holds the OLD secret: update it in Options, or it can no longer mint.'
          : '';
      return {
        rotated: true,
        stored,
        ...(opts.reveal ? { secret } : {}),
        settingsUrl,
        message: `Client secret of ${clientId} rotated: the old secret can no longer get tokens. Tokens already issued stay valid until their exp.${tail}${note}`,
      };
    },

    async setLifetime(p: Profile, audience: string, seconds: number, sender: SenderInfo): Promise<TerminateResponses['lever.setLifetime']> {
      const s = await managementSession(deps, p, 'setLifetime', sender);
      const rs = parseResourceServer((await s.call(getResourceServerRequest(audience), needed('setLifetime', 0))).body);
      if (!rs) throw unexpectedResponse('the API answer has no id', 200);
      const req = setLifetimeRequest(rs.id, seconds, rs.tokenLifetimeForWeb);
      const both = 'token_lifetime_for_web' in (req.body ?? {});
      let answer;
      try {
        answer = await s.call(req, needed('setLifetime', 1));
      } catch (err) {
        // FACTS §11 [?]: Auth0's 400 about the two lifetimes, quoted, with the fix (never retried blindly).
        if (isAppError(err) && err.detail?.status === 400 && /lifetime/i.test(String(err.detail.auth0Message ?? ''))) {
          const web = rs.tokenLifetimeForWeb ?? 'its current value';
          throw appError('ERR_AUTH0', `${err.message} Fix: the maximum lifetime may not be below the API's token_lifetime_for_web (implicit/hybrid flows, now ${web} s${both ? `; ${seconds} s was sent for both` : ''}). Lower token_lifetime_for_web to ${seconds} s or less first (API → Settings in the dashboard), or choose ${web} s or more.`, err.detail);
        }
        throw err;
      }
      const updated = parseResourceServer(answer.body);
      const now = updated?.tokenLifetime ?? seconds;
      const webNow = updated?.tokenLifetimeForWeb ?? (both ? seconds : rs.tokenLifetimeForWeb);
      const webNote = both ? ` Its token_lifetime_for_web (implicit/hybrid flows) was ${rs.tokenLifetimeForWeb} s, above the new maximum, so it was set to ${webNow} s too (Auth0 may refuse a maximum below it).` : '';
      return {
        id: rs.id,
        name: rs.name,
        previous: rs.tokenLifetime,
        tokenLifetime: now,
        ...(both ? { previousForWeb: rs.tokenLifetimeForWeb, tokenLifetimeForWeb: webNow } : {}),
        message: `Maximum token lifetime of “${rs.name}” is now ${now} s (was ${rs.tokenLifetime ?? 'unknown'}). It applies to newly issued tokens; existing ones keep their exp.${webNote}`,
      };
    },
  };
}
