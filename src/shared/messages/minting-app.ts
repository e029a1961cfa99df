// Messages of exact-scope minting's set-up (issue #11): per profile and audience, a machine-to-machine
// application that exists only for Token Workbench, whose client grant is set to exactly the picked scopes before
// each mint (FACTS §1: Auth0 never narrows client credentials). All privileged: they use the profile's
// credentials and store a client secret. Runs in every context.
import { v } from '../validate';

const id = v.string({ min: 1, max: 64, pattern: /^[A-Za-z0-9_-]+$/ });
const audience = v.string({ min: 1, max: 600 });

export const mintingAppMessages = {
  /** Creates the app (POST /api/v2/clients) and its `subject_type: client` grant with no scopes (POST
   *  /api/v2/client-grants) using the profile's own client. `confirm`: "yes", or the tenant name on production. */
  'mintingApp.create': {
    privileged: true,
    writes: true,
    request: v.object({ profileId: id, audience, name: v.optional(v.string({ min: 1, max: 100 })), confirm: v.string({ min: 1, max: 200 }) }),
  },
  /** Uses an existing application instead: finds (or creates) its client grant for the audience. */
  'mintingApp.link': {
    privileged: true,
    writes: true,
    request: v.object({
      profileId: id,
      audience,
      clientId: v.string({ min: 8, max: 128, pattern: /^[A-Za-z0-9_-]+$/ }),
      clientSecret: v.string({ min: 1, max: 4096 }),
      confirm: v.string({ min: 1, max: 200 }),
    }),
  },
  /** Forgets the app locally (the application itself stays in the tenant; the answer says so). */
  'mintingApp.remove': { privileged: true, writes: true, request: v.object({ profileId: id, audience }) },
} as const;

export interface MintingAppView {
  audience: string;
  clientId: string;
  grantId: string;
  name: string;
  created: boolean;
}

export interface MintingAppResponses {
  'mintingApp.create': MintingAppView;
  'mintingApp.link': MintingAppView;
  'mintingApp.remove': { removed: boolean };
}
