// Confirmation before acting on a production tenant (issue #4): the user types the tenant name, as GitHub asks
// for a repository name, so a muscle-memory click cannot touch production. Inline (no window.confirm, which the
// popup cannot show reliably), keyboard usable: focus lands in the input, Escape cancels. Runs in extension pages.
import { useEffect, useRef, useState } from 'preact/hooks';
import { tenantName } from '../../lib/profiles/dashboard';

export interface ConfirmTenantProps {
  domain: string;
  /** What will happen, e.g. "Remove the profile “Prod”". */
  action: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmTenant({ domain, action, confirmLabel, onConfirm, onCancel }: ConfirmTenantProps) {
  const name = tenantName(domain);
  const [typed, setTyped] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const matches = typed.trim() === name;
  return (
    <div
      class="confirm stack"
      role="dialog"
      aria-label={`Confirm on production tenant ${name}`}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p style={{ margin: 0 }}>
        <strong>Production tenant.</strong> {action}. Type the tenant name <code>{name}</code> to confirm.
      </p>
      <label class="field">
        <span>Tenant name</span>
        <input
          ref={input}
          aria-label="Type the tenant name to confirm"
          autocomplete="off"
          spellcheck={false}
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && matches && onConfirm()}
        />
      </label>
      <div class="row">
        <button type="button" class="primary" disabled={!matches} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
