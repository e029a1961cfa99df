// The popup's tab bar (WAI-ARIA tabs: arrow keys move between tabs, each tab controls one panel). Runs in the
// popup.
import type { ComponentChildren } from 'preact';

export interface TabSpec {
  id: string;
  label: string;
  render: () => ComponentChildren;
}

export function Tabs({ tabs, active, onSelect }: { tabs: readonly TabSpec[]; active: string; onSelect: (id: string) => void }) {
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  const move = (delta: number) => {
    const i = tabs.findIndex((t) => t.id === current?.id);
    const next = tabs[(i + delta + tabs.length) % tabs.length];
    if (next) {
      onSelect(next.id);
      document.getElementById(`tab-${next.id}`)?.focus();
    }
  };
  return (
    <>
      <div role="tablist" aria-label="Sections" class="tabs">
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === current?.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === current?.id ? 0 : -1}
            onClick={() => onSelect(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(1);
              else if (e.key === 'ArrowLeft') move(-1);
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
          {current.render()}
        </div>
      )}
    </>
  );
}
