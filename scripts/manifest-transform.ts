// The one manifest.json, adapted per browser at build time (imported by vite.config.ts; unit-tested in
// test/unit/build). Chrome takes the source almost as is; Firefox MV3 needs an event page
// (`background.scripts`), a gecko id, a minimum version, and `data_collection_permissions`.
// Decisions from shared SECURITY "Decisions already taken": Chrome ≥ 116, Firefox ≥ 140 (first with
// data_collection_permissions), declare `authenticationInfo` because client secrets go to the user's tenant.

export type Browser = 'chrome' | 'firefox';

export interface Manifest {
  manifest_version: 3;
  version: string;
  background?: { service_worker?: string; scripts?: string[]; type?: 'module' };
  [key: string]: unknown;
}

export const FIREFOX_ID = 'token-workbench@workbench.invalid';
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android reads data_collection_permissions from 142 on (web-ext lint KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION). */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Returns a new manifest for `browser`; never mutates the input. */
export function manifestFor(source: Manifest, browser: Browser, version = source.version): Manifest {
  const manifest: Manifest = structuredClone(source);
  manifest.version = version;
  if (browser === 'chrome') return manifest;

  const worker = source.background?.service_worker;
  if (!worker) throw new Error('manifest.json must declare background.service_worker');
  manifest.background = { scripts: [worker], type: 'module' };
  delete manifest.minimum_chrome_version;
  // Firefox has no externally_connectable; absent there, other extensions still cannot message us
  // unless we listen on runtime.onMessageExternal, which we never do (SECURITY B4.36).
  delete manifest.externally_connectable;
  // Firefox has no offscreen documents: its event page clears the clipboard itself (issue 13 item 3).
  manifest.permissions = (source.permissions as string[] | undefined)?.filter((p) => p !== 'offscreen');
  manifest.browser_specific_settings = {
    gecko: {
      id: FIREFOX_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['authenticationInfo'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return manifest;
}
