// A live countdown to exp, updated every second by the caller's clock. Screen readers get the role "timer"
// (not announced on every tick). Runs in extension pages.
import { formatCountdown } from './labels';

export function Countdown({ exp, now }: { exp: number; now: number }) {
  const left = exp - now;
  return (
    <span role="timer" aria-label="Time left until expiry" class={left <= 0 ? 'countdown bad' : 'countdown'} data-testid="countdown">
      {left <= 0 ? `expired ${formatCountdown(-left)} ago` : formatCountdown(left)}
    </span>
  );
}
