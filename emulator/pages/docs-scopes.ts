// The Scopes section of the emulated reference pages (Node), in two families so the content script is tuned to
// neither: (1) today's Mintlify markup (FACTS §10, auth0/docs-v2 `main/snippets/ApiScopes.jsx` @ fc8fb12b and its
// localized copies): an `h4` "Scopes" (translated per locale), one sentence, then `div#scopes-scopes` whose flex
// row holds an anchor and ONE PILL PER SCOPE; English pills are `<div data-component-part="field-info-pill">
// <span>read:users</span></div>`, the fr-CA copy makes the `span` itself the pill. No element's own text holds
// the list. (2) the older shapes this emulator had before: code chips, a list, a sentence of spans. Both keep
// every scope name alone in its own text node. `data-section="scopes"` is for the emulator's own tests only.
import { html, raw, type SafeHtml } from './html';

/** Localized docs (FACTS §10: `/docs/<locale>/…`); the scope names themselves are never translated. */
export const DOC_LOCALES = ['fr-ca', 'ja-jp', 'es'] as const;
export type DocLocale = (typeof DOC_LOCALES)[number] | 'en';

interface Strings {
  scopes: string;
  sentence: string;
  none: string;
  anyOf: string;
  lang: string;
}

// Headings and the one sentence as the localized snippets word them (fr-CA: "Portées").
export const DOC_STRINGS: Record<DocLocale, Strings> = {
  en: { scopes: 'Scopes', sentence: 'Scopes define permissions and access levels for API requests and authentication tokens.', none: 'No scopes required.', anyOf: 'This endpoint accepts any one of:', lang: 'en' },
  'fr-ca': { scopes: 'Portées', sentence: 'Les portées définissent les autorisations et les niveaux d’accès pour les requêtes d’API et les jetons d’authentification.', none: 'Aucune portée requise.', anyOf: 'Ce point de terminaison accepte l’une des portées suivantes :', lang: 'fr-CA' },
  'ja-jp': { scopes: 'スコープ', sentence: 'スコープは、APIリクエストと認証トークンの権限とアクセスレベルを定義します。', none: 'スコープは不要です。', anyOf: 'このエンドポイントは次のいずれかを受け付けます:', lang: 'ja-JP' },
  es: { scopes: 'Alcances', sentence: 'Los alcances definen los permisos y niveles de acceso para las solicitudes de API y los tokens de autenticación.', none: 'No se requieren alcances.', anyOf: 'Este punto de conexión acepta cualquiera de:', lang: 'es' },
};

const LINK_ICON = raw(
  '<svg xmlns="http://www.w3.org/2000/svg" fill="gray" height="12px" viewBox="0 0 576 512"><path d="M0 256C0 167.6 71.6 96 160 96h72c13.3 0 24 10.7 24 24s-10.7 24-24 24H160C98.1 144 48 194.1 48 256s50.1 112 112 112h72c13.3 0 24 10.7 24 24s-10.7 24-24 24H160C71.6 416 0 344.4 0 256z"></path></svg>',
);

/** A pill in the English snippet (div > span) or in the fr-CA copy (the span itself). */
function pill(scope: string, spanPill: boolean): SafeHtml {
  const cls = 'flex items-center px-2 py-0.5 rounded-md bg-gray-100/50 text-gray-600 font-medium break-all';
  return spanPill
    ? html`<span class="${cls}" data-component-part="field-info-pill">${scope}</span>`
    : html`<div class="${cls}" data-component-part="field-info-pill"><span>${scope}</span></div>`;
}

/** Family (1): the Mintlify ApiScopes snippet. */
export function mintlifyScopes(scopes: readonly string[], locale: DocLocale): SafeHtml {
  const t = DOC_STRINGS[locale];
  const spanPill = locale === 'fr-ca';
  return html`<div class="mint-scopes" data-section="scopes">
  <div class="api-section-heading flex flex-col gap-y-4 w-full"><div class="flex items-baseline border-b pb-2.5 w-full">
    <h4 class="api-section-heading-title flex-1 mb-0">${t.scopes}</h4><div class="flex items-center"></div></div></div>
  <div class="mt-4"><div class="space-y-4 whitespace-normal prose prose-sm"><p class="whitespace-pre-line">${scopes.length ? t.sentence : t.none}</p></div></div>
  <div class="flex font-mono text-sm group/param-head param-head break-all relative mt-6" id="scopes-scopes">
    <div class="flex-1 flex flex-col content-start py-0.5 mr-5"><div class="flex items-center flex-wrap gap-2">
      <div class="absolute -top-1.5"><a href="#scopes-scopes" class="-ml-10 flex items-center opacity-0" aria-label="Navigate to header"><div class="w-6 h-6 rounded-md">${LINK_ICON}</div></a></div>
      ${scopes.map((s) => pill(s, spanPill))}
    </div></div>
  </div>
</div>`;
}

/** Family (2): the older shapes, chosen by `variant` (code chips / list / sentence of spans). */
export function classicScopes(scopes: readonly string[], id: string, headingLevel: 'h2' | 'h3', variant: number, locale: DocLocale, describe: (s: string) => string): SafeHtml {
  const t = DOC_STRINGS[locale];
  const heading = headingLevel === 'h2' ? html`<h2 id="${id}">${t.scopes}</h2>` : html`<h3 id="${id}">${t.scopes}</h3>`;
  let body: SafeHtml;
  if (scopes.length === 0) body = html`<p>${t.none}</p>`;
  else if (variant % 3 === 0) body = html`<div class="scope-chips">${scopes.map((s) => html`<code title="${describe(s)}">${s}</code>`)}</div>`;
  else if (variant % 3 === 1) body = html`<ul class="scope-list">${scopes.map((s) => html`<li>${s}</li>`)}</ul>`;
  else {
    // A sentence, but each name wrapped so it is its own text node.
    const names = scopes.map((s, i) => html`${i > 0 ? ', ' : ''}<span class="scope">${s}</span>`);
    body = html`<p>${t.anyOf} ${names}</p>`;
  }
  return html`<section class="scopes" data-section="scopes" aria-labelledby="${id}">${heading}${body}</section>`;
}
