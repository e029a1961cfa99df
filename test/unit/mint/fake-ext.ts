// A small in-memory fake of the `ext` surface the mint services use (storage local/session, alarms,
// permissions, runtime), so background services are tested without a browser. `failSet` simulates quota errors.
export function memoryStorage() {
  const data: Record<string, unknown> = {};
  const api = {
    data,
    failSet: null as null | ((items: Record<string, unknown>) => boolean),
    async get(keys: string | string[] | null) {
      if (keys === null) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items: Record<string, unknown>) {
      if (api.failSet?.(items)) throw new Error('QUOTA_BYTES quota exceeded');
      Object.assign(data, structuredClone(items));
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
    },
    clear() {
      for (const k of Object.keys(data)) delete data[k];
    },
  };
  return api;
}

export const fake = {
  local: memoryStorage(),
  session: memoryStorage(),
  alarms: new Map<string, { when?: number }>(),
  granted: new Set<string>(),
  reset() {
    fake.local.clear();
    fake.session.clear();
    fake.local.failSet = null;
    fake.session.failSet = null;
    fake.alarms.clear();
    fake.granted.clear();
  },
};

const listeners = () => ({ addListener() {}, removeListener() {} });

export const ext = {
  storage: { local: fake.local, session: fake.session },
  alarms: {
    async create(name: string, info: { when?: number }) {
      fake.alarms.set(name, info);
    },
    async clear(name: string) {
      return fake.alarms.delete(name);
    },
    onAlarm: listeners(),
  },
  permissions: {
    async contains(p: { origins: string[] }) { return p.origins.every((o) => fake.granted.has(o)); },
    async remove(p: { origins: string[] }) { return p.origins.map((o) => fake.granted.delete(o)).every(Boolean); },
  },
  runtime: { id: 'testextensionid', getURL: (p: string) => `chrome-extension://testextensionid${p}`, onConnect: listeners(), getManifest: () => ({ version: '0' }) },
};
