// Every user journey, in the order both drivers run them (Node): the Chromium spec test/e2e/journeys.e2e.ts
// and the Firefox lane (test/firefox/lane.ts) import this one list. Mint, scope-click and terminate journeys are
// still per-browser specs (test/e2e/{mint,scope-click,terminate}.e2e.ts, test/firefox/checks-mint.ts) while
// those features are being reworked; they move here once the rework lands.
import type { Journey } from './driver';
import { inspectJourneys } from './inspect.journey';
import { optionsJourneys } from './options.journey';
import { securityJourneys } from './security.journey';

export const JOURNEYS: readonly Journey[] = [...inspectJourneys, ...optionsJourneys, ...securityJourneys];
