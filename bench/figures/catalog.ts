// Figure: token → callable Management endpoints (all 452) for a full-scope token. Budget ≤ 0.5 ms (issue 7).
// Runs in Node.
import { endpointsAdmittedBy } from '../../src/lib/scopes/catalog';
import { timePerCall, round, type Figure } from '../harness';
import { ALL_SCOPES } from '../tokens';

export function catalogFigures(): Figure[] {
  endpointsAdmittedBy(ALL_SCOPES); // the index is built lazily once; measure steady state
  const us = timePerCall(() => endpointsAdmittedBy(ALL_SCOPES));
  const ms = us / 1000;
  return [{ name: 'token → callable endpoints (452), full-scope token', ours: round(ms), reference: null, ratio: null, budget: '≤ 0.5 ms', unit: 'ms', pass: ms <= 0.5 }];
}
