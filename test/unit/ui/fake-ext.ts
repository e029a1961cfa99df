// A minimal in-memory `ext` for Inspect unit tests: storage (local/session with onChanged, the shared
// test/support/memory-storage.ts), action badge, alarms, permissions and tabs. Only what src/ui, src/popup and
// src/background/inspect call. Runs in vitest.
import { memoryStorage, type StorageChanges } from '../../support/memory-storage';

type Listener = (changes: StorageChanges, area: string) => void;
const listeners = new Set<Listener>();
const emit: Listener = (c, a) => listeners.forEach((l) => l(c, a));

export const fake = {
  badge: { text: '', color: '' },
  alarms: new Map<string, { periodInMinutes?: number }>(),
  alarmListeners: [] as ((a: { name: string }) => void)[],
  origins: ['https://*.auth0.com/*'] as string[],
  activeUrl: undefined as string | undefined,
  sent: [] as unknown[],
  reset() {
    ext.storage.local.clear();
    ext.storage.session.clear();
    this.badge = { text: '', color: '' };
    this.alarms.clear();
    this.origins = ['https://*.auth0.com/*'];
    this.activeUrl = undefined;
  },
};

export const ext = {
  storage: {
    local: memoryStorage({}, { name: 'local', onChanged: emit }),
    session: memoryStorage({}, { name: 'session', onChanged: emit }),
    onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
  },
  action: {
    setBadgeText: async ({ text }: { text: string }) => void (fake.badge.text = text),
    setBadgeBackgroundColor: async ({ color }: { color: string }) => void (fake.badge.color = color),
  },
  alarms: {
    create: async (name: string, info: { periodInMinutes?: number }) => void fake.alarms.set(name, info),
    clear: async (name: string) => fake.alarms.delete(name),
    onAlarm: { addListener: (l: (a: { name: string }) => void) => fake.alarmListeners.push(l) },
  },
  permissions: {
    getAll: async () => ({ origins: [...fake.origins], permissions: [] }),
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => fake.origins.includes(o)),
  },
  tabs: { query: async () => (fake.activeUrl ? [{ url: fake.activeUrl }] : [{}]) },
  runtime: { id: 'testextensionid', getURL: (p: string) => `chrome-extension://testextensionid${p}` },
};
