// The confirmation before any Terminate action (issue #6): on a production profile the user types the tenant
// name (ConfirmTenant, shared with the mint UI), elsewhere an explicit button. The value given to onConfirm is
// what the background checks again (`confirm`: tenant name or "yes"). Keyboard: focus lands on the first
// control, Escape cancels. Runs in extension pages.
import { useEffect, useRef } from 'preact/hooks';
import { ConfirmTenant } from '../mint/ConfirmTenant';
import type { PlanProfile } from '../../shared/messages/terminate';

export interface ConfirmProps {
  profile: Pick<PlanProfile, 'domain' | 'environment' | 'tenant' | 'label'>;
  /** What will happen, one sentence. */
  action: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm(confirm: string): void;
  onCancel(): void;
}

export function Confirm({ profile, action, confirmLabel, busy = false, onConfirm, onCancel }: ConfirmProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  if (profile.environment === 'production') {
    return <ConfirmTenant domain={profile.domain} action={action} confirmLabel={confirmLabel} onConfirm={() => !busy && onConfirm(profile.tenant)} onCancel={onCancel} />;
  }
  return (
    <div class="plain-confirm stack" role="dialog" aria-label={`Confirm: ${confirmLabel}`} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <p style={{ margin: 0 }}>
        {action} (tenant <strong>{profile.tenant}</strong>, profile “{profile.label}”).
      </p>
      <div class="row">
        {/* Not disabled while busy: a second click reaches the background, which sends one request (issue #6). */}
        <button ref={button} type="button" class="primary" aria-busy={busy} onClick={() => onConfirm('yes')}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
