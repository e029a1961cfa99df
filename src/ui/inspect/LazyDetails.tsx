// A <details> whose contents are rendered only once it has been opened: the closed "What can this token
// call?" and "Why 403?" sections cost no elements and no background question on the first render of a token
// (issue #7: a full-scope token's view went from ~2,000 elements to a few hundred). Runs in extension pages.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function LazyDetails({ summary, children }: { summary: string; children: () => ComponentChildren }) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}
