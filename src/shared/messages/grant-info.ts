// Message of the Mint tab and the tray asking how a profile's client grant for an API may be used with
// organizations (issue #12 item 7; FACTS §9: `organization_usage` deny | allow | require, and
// `allow_any_organization`), so the organization field is offered only where it means something. Runs in every
// context. Not privileged: the answer is grant metadata, no token and no secret (SECURITY B4.38), and the tray
// (a content script) shows it too; the background reads it with the profile's own management token.
import { v } from '../validate';
import type { OrganizationUsage } from '../../lib/auth0/organizations';

const id = v.string({ min: 1, max: 64, pattern: /^[A-Za-z0-9_-]+$/ });

export const grantInfoMessages = {
  'mint.grantInfo': { privileged: false, request: v.object({ profileId: id, audience: v.optional(v.string({ min: 1, max: 600 })) }) },
} as const;

export interface GrantInfoAnswer {
  audience: string;
  /** null: the grant could not be read (no read:client_grants, no grant, offline): `note` says why. */
  organizationUsage: OrganizationUsage | null;
  allowAnyOrganization: boolean | null;
  note: string | null;
}

export interface GrantInfoResponses {
  'mint.grantInfo': GrantInfoAnswer;
}
