// The one typed message map shared by every context, assembled from one file per feature in ./messages/.
// Each message names its request schema (validated by the background before anything happens, SECURITY B4.37)
// and whether it is privileged: privileged messages are accepted only from the extension's own pages, never
// from a tab's content script (SECURITY B4.34). Responses are `Reply<T>`: data, or an AppError with a closed
// code. Runs in every context. To add a feature: add ./messages/<feature>.ts and spread it in below; mark every
// message that writes storage.local with `writes: true`.
import type { AppError } from '../lib/errors';
import type { Infer, Schema } from './validate';
import { coreMessages, type CoreResponses } from './messages/core';
import { mintMessages, type MintResponses } from './messages/mint';
import { inspectMessages, type InspectResponses } from './messages/inspect';
import { terminateMessages, type TerminateResponses } from './messages/terminate';
import { catalogMessages, type CatalogResponses } from './messages/catalog';
import { verifyHmacMessages, type VerifyHmacResponses } from './messages/verify-hmac';
import { trayMessages, type TrayResponses } from './messages/tray';
import { grantInfoMessages, type GrantInfoResponses } from './messages/grant-info';
import { mintingAppMessages, type MintingAppResponses } from './messages/minting-app';
import { scopesMessages, type ScopesResponses } from './messages/scopes';
import { callMessages, type CallResponses } from './messages/call';
import { clipboardMessages, type ClipboardResponses } from './messages/clipboard';

/** `writes`: the message changes data in storage.local (the migrated area). While the stored data comes from a
 *  newer version of the extension, such messages are refused with ERR_READ_ONLY (SECURITY B7.58). */
export interface MessageSpec {
  privileged: boolean;
  writes?: true;
  /** Calls per window allowed to one tab's content script (issue 13 item 7); absent: the router's DEFAULT_RATE.
   *  Our own extension pages are not limited. */
  rate?: { max: number; perSeconds: number };
  request: Schema<unknown>;
}

export const MESSAGES = {
  ...coreMessages,
  ...mintMessages,
  ...inspectMessages,
  ...terminateMessages,
  ...catalogMessages,
  ...verifyHmacMessages,
  ...trayMessages,
  ...grantInfoMessages,
  ...mintingAppMessages,
  ...scopesMessages,
  ...callMessages,
  ...clipboardMessages,
} satisfies Record<string, MessageSpec>;

/** Response data per message type. */
export type Responses = CoreResponses &
  MintResponses &
  InspectResponses &
  TerminateResponses &
  CatalogResponses &
  VerifyHmacResponses &
  TrayResponses &
  MintingAppResponses &
  ScopesResponses &
  CallResponses &
  GrantInfoResponses &
  ClipboardResponses;

export type MessageType = keyof typeof MESSAGES & keyof Responses;
export type RequestOf<T extends MessageType> = Infer<(typeof MESSAGES)[T]['request']>;
export type ResponseOf<T extends MessageType> = Responses[T];
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}
export type Reply<T extends MessageType> = { ok: true; data: ResponseOf<T> } | { ok: false; error: AppError };

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(MESSAGES, value);
}
