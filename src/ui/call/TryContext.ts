// Lets a "What can this token call?" row offer "Try" where a call view exists (the inspector tab), without
// threading a callback through the decoded view. Absent (null) in the popup: no Try buttons there. Runs in
// extension pages.
import { createContext } from 'preact';

export interface TryEndpoint {
  method: string;
  /** The catalog path template, e.g. `/api/v2/users/{id}`. */
  path: string;
}

export const TryContext = createContext<((e: TryEndpoint) => void) | null>(null);
