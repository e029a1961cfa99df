// Types of web-ext-warnings.mjs for the TypeScript tests.
export interface WebExtMessage {
  code: string;
  file?: string;
}
export declare const WEB_EXT_EXPLAINED: { code: string; file: RegExp }[];
export declare function unexplainedWarnings<W extends WebExtMessage>(report: { warnings?: W[] }, explained?: { code: string; file: RegExp }[]): W[];
