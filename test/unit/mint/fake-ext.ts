// A small in-memory fake of the `ext` surface the mint services use (storage local/session, alarms,
// permissions, runtime), so background services are tested without a browser. The storage areas are the shared
// test/support/memory-storage.ts (`failSet` simulates quota errors).
import { memoryStorage } from '../../support/memory-storage';

export const fake = {
  local: memoryStorage(),
  session: memoryStorage(),
  alarms: new Map<string, { when?: number }>(),
  granted: new Set<string>(),
  reset() {
    fake.local.clear();
    fake.session.clear();
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
