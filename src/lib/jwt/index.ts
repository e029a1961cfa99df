// Public surface of the JWT parser: import from 'src/lib/jwt'. Pure TypeScript; runs in every extension context.
// decodeToken is the single entry for every path (popup paste, right-click, tokens found on pages).
export { decodeToken, stripWhitespace, escapeInvisible, DEFAULT_MAX_BYTES, MAX_LAYERS } from './decode';
export type { DecodedToken, DecodeOutcome, DecodeOptions, JsonObject, JsonValue, SignatureState, TokenForm } from './types';
export type { DecodeError, DecodeErrorCode, Note, NoteCode, SegmentName } from './errors';
export {
  classifyToken,
  tenantFromToken,
  CURRENT_USER_SCOPES,
  acceptForBlacklist,
  acceptForManagementCalls,
  isAccessToken,
  managementAudienceOf,
  type Acceptance,
  type KindResult,
  type TokenKind,
} from './kind';
export {
  analyzeNumericDate,
  timeStatus,
  formatRelative,
  formatDuration,
  formatLocalAndUtc,
  describeLifetime,
  DEFAULT_LEEWAY,
  AUTH0_DEFAULT_LIFETIME,
  type NumericDate,
  type TimeStatus,
  type TimeState,
} from './time';
export { explainClaims, scopesFromToken, type ClaimExplanation, type ClaimCategory, type ExplainContext } from './claims';
export { findJwts, type FoundJwt } from './find';
export type { LossyNumber } from './scan';
