// The few extension APIs the bench's page.evaluate callbacks use (they run in extension pages, not in Node).
declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } };
};
