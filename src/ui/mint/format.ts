// Small pure helpers of the mint UI: countdown text, requested-vs-granted diff, dates. No DOM, unit-tested.

/** "59:58", "1 h 02 min", "expired". */
export function formatLeft(seconds: number): string {
  if (seconds <= 0) return 'expired';
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min left`;
  return `${m}:${String(r).padStart(2, '0')} left`;
}

/** Local date-time for tables, e.g. "2025-03-04 14:05:09". */
export function formatTime(epochMs: number): string {
  const d = new Date(epochMs);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

