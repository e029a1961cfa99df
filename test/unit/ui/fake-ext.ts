// A minimal in-memory `ext` for Inspect unit tests: storage (local/session with onChanged), action badge,
// alarms, permissions and tabs. Only what src/ui, src/popup and src/background/inspect call. Runs in vitest.
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function area(name: string, emit: (c: Record<string, { oldValue?: unknown; newValue?: unknown }>, a: string) => void) {
  let data: Record<string, unknown> = {};
  return {
    reset: () => void (data = {}),
    dump: () => structuredClone(data),
    async get(key: string | null) {
      if (key === null) return structuredClone(data);
      return Object.hasOwn(data, key) ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: v };
        data[k] = structuredClone(v);
      }
      emit(changes, name);
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

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
    ext.storage.local.reset();
    ext.storage.session.reset();
    this.badge = { text: '', color: '' };
    this.alarms.clear();
    this.origins = ['https://*.auth0.com/*'];
    this.activeUrl = undefined;
  },
};

export const ext = {
  storage: {
    local: area('local', emit),
    session: area('session', emit),
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
