// The panels DecodedView shows from the frame after the first paint (scopes, terminate, explained claims), as
// one chunk that DecodedView fetches then (issue #16 item 6; src/ui/lazy.ts). One chunk rather than three: they
// are always wanted together, and each chunk costs a round trip and its import glue. Runs in extension pages.
export { ScopesPanel } from './ScopesPanel';
export { TerminatePanel } from '../terminate/TerminatePanel';
export { ClaimsTable } from './ClaimsTable';
