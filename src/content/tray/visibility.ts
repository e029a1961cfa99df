// Before a click on Mint counts, the tray must be visible and not covered (issue #11; SECURITY B4.35, B4.38): a
// page can restyle our host with a script or lay a transparent element over it to make the user click Mint
// unknowingly (in exact mode a mint changes the tenant's grant). Where the browser has IntersectionObserver v2
// (`trackVisibility`: occlusion, opacity, transforms and filters), its latest verdict must be "visible"; the
// hit test runs everywhere: the page's topmost element at the button's centre must be our host, the shadow
// root's must be the button, and nothing up the chain may be transparent. Runs in the content script.

interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

export interface ClickGuard {
  /** Resolves true when a click on `el` may count now (a fresh verdict, taken at the click). */
  clear(el: HTMLElement): Promise<boolean>;
}

const supportsV2 = (): boolean => typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

function opaqueChain(from: Element | null): boolean {
  for (let el = from; el; el = el.parentElement) {
    const cs = getComputedStyle(el);
    if (cs.visibility !== 'visible' || cs.display === 'none' || Number(cs.opacity) < 0.99) return false;
  }
  return true;
}

export function hitTest(host: HTMLElement, shadow: ShadowRoot, el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return false;
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
  if (document.elementFromPoint(x, y) !== host) return false; // something of the page lies on top
  const inner = shadow.elementFromPoint(x, y);
  if (!inner || (inner !== el && !el.contains(inner))) return false;
  return opaqueChain(el) && opaqueChain(host);
}

/** One fresh IntersectionObserver v2 verdict: the first entry reflects the state at the next frame (a verdict
 *  kept from earlier would be stale: an observer notifies at most every `delay` ms, and only on changes). */
function visibleNow(el: HTMLElement, timeoutMs = 1000): Promise<boolean | null> {
  return new Promise((resolve) => {
    const io = new IntersectionObserver(
      (entries) => {
        io.disconnect();
        clearTimeout(timer);
        resolve((entries.at(-1) as VisibilityEntry | undefined)?.isVisible === true);
      },
      { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    const timer = setTimeout(() => (io.disconnect(), resolve(null)), timeoutMs);
    io.observe(el);
  });
}

export function createClickGuard(host: HTMLElement, shadow: ShadowRoot): ClickGuard {
  return {
    async clear(el) {
      if (!hitTest(host, shadow, el)) return false;
      if (!supportsV2()) return true;
      // No verdict in time (a throttled background tab): the hit test alone decides.
      return (await visibleNow(el)) !== false;
    },
  };
}
