// Every user journey, in the order both drivers run them (Node): the Chromium spec test/e2e/journeys.e2e.ts
// and the Firefox lane (test/firefox/lane.ts) import this one list. The popup's plain mint and its error cases
// are here; exact mint, the scope-click tray and terminate are still per-browser specs
// (test/e2e/{mint,scope-click,terminate}.e2e.ts, test/firefox/checks-mint.ts, terminate-check.ts) while those
// features were being reworked; they move here next.
import type { Journey } from './driver';
import { inspectJourneys } from './inspect.journey';
import { mintJourneys } from './mint.journey';
import { optionsJourneys } from './options.journey';
import { securityJourneys } from './security.journey';

export const JOURNEYS: readonly Journey[] = [...inspectJourneys, ...optionsJourneys, ...mintJourneys, ...securityJourneys];
