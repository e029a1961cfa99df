// The catalog facts (description, user-token-only) of a token's scopes, asked from the background
// (`catalog.describe`): the popup groups the scopes at once and fills the descriptions in when they arrive,
// without bundling catalog.json (issue #7). Runs in extension pages.
import { useMemo } from 'preact/hooks';
import type { ScopeFacts } from '../../lib/scopes/group';
import { MAX_SCOPES_SENT } from './constants';
import { useBackground } from '../useBackground';

export function useScopeFacts(scopes: readonly string[]): (scope: string) => ScopeFacts | undefined {
  const answer = useBackground('catalog.describe', scopes.length ? { scopes: scopes.slice(0, MAX_SCOPES_SENT) } : null);
  return useMemo(() => {
    const known = new Map(answer.status === 'done' ? answer.data.known.map((s) => [s.name, s]) : []);
    return (scope: string) => known.get(scope);
  }, [answer]);
}
