// Whether this worker runs in read-only mode: set when the stored data carries a newer stateVersion than this
// build knows (a downgrade, SECURITY B7.58). Then nothing that writes storage.local is answered, so newer data is
// never overwritten in an older shape, and never wiped. Runs in the background.
let readOnly = false;

export const isReadOnly = (): boolean => readOnly;

export function setReadOnly(value: boolean): void {
  readOnly = value;
}
