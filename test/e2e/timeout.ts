// withTimeout: the one bound for waits that have no timeout of their own (Playwright/Puppeteer `evaluate`,
// browser launch and close). Shared by the Chromium fixtures and the Firefox lane. Runs in Node.

/** Rejects after `ms` with an error naming `what`, instead of waiting forever. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
