// `scheme://host[:port]` of a URL, parsed by hand: `new URL('moz-extension://…').origin` is "null" for
// non-special schemes in some engines, so origin checks on extension URLs must not rely on it. Pure.
const ORIGIN = /^([a-z][a-z0-9+.-]*:\/\/[^/?#\\@]*)(?:[/?#]|$)/i;

export function originOf(url: string): string | undefined {
  const m = ORIGIN.exec(url);
  return m?.[1]?.toLowerCase();
}
