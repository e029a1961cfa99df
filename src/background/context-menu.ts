// The right-click "Decode JWT" entry on selected text. The selection is untrusted input: it is only handed to
// the inspector tab (our own UI), never injected into the page (SECURITY B4.39). Runs in the background.
import { ext, type Menus } from '../shared/browser';
import { openInspectorWith } from './handoff';
import { MAX_TOKEN_CHARS } from '../lib/jwt/limits';

export const DECODE_MENU_ID = 'token-workbench-decode';

export async function createContextMenus(): Promise<void> {
  await ext.contextMenus.removeAll();
  ext.contextMenus.create({ id: DECODE_MENU_ID, title: 'Decode JWT', contexts: ['selection'] });
}

export async function handleMenuClick(info: Pick<Menus.OnClickData, 'menuItemId' | 'selectionText'>): Promise<void> {
  if (info.menuItemId !== DECODE_MENU_ID || !info.selectionText) return;
  // The decoder trims whitespace, quotes and "Bearer " itself and says so (SECURITY B1.7).
  await openInspectorWith(info.selectionText.slice(0, MAX_TOKEN_CHARS));
}

export function listenToContextMenus(): void {
  ext.contextMenus.onClicked.addListener((info) => void handleMenuClick(info));
}
