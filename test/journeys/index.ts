// Every user journey, in the order both drivers run them (Node): the Chromium spec test/e2e/journeys.e2e.ts
// and the Firefox lane (test/firefox/lane.ts) import this one list. Inspect, options, the popup's mint (plain,
// its Auth0 errors, exact mode), scope-click with the generator tray (dashboard and reference pages, plain and
// exact modes, two tabs at once), terminate (the no-jti levers, a legacy token's blacklist) and the security
// journeys all run on both browsers; what only one browser can show stays in its own spec (test/e2e/*.e2e.ts:
// e.g. CDP's view into the content script's world) or in the Firefox lane's own checks.
import type { Journey } from './driver';
import { inspectJourneys } from './inspect.journey';
import { mintJourneys } from './mint.journey';
import { optionsJourneys } from './options.journey';
import { scopeClickJourneys } from './scope-click.journey';
import { securityJourneys } from './security.journey';
import { terminateJourneys } from './terminate.journey';

export const JOURNEYS: readonly Journey[] = [...inspectJourneys, ...optionsJourneys, ...mintJourneys, ...scopeClickJourneys, ...terminateJourneys, ...securityJourneys];
