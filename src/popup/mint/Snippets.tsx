// Copy-paste snippets (curl, Node, Python) of the same client-credentials request (issue #4), built by the
// background (mint.snippets). The secret is a placeholder unless "include secret" is ticked, and then only
// in this view. Runs in the popup.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/rpc';
import type { AppError } from '../../lib/errors';
import type { Snippets as SnippetTexts } from '../../lib/auth0/snippets';
import { ErrorText } from '../../ui/mint/ErrorText';

type Lang = keyof SnippetTexts;
const LANGS: { id: Lang; label: string }[] = [
  { id: 'curl', label: 'curl' },
  { id: 'node', label: 'Node' },
  { id: 'python', label: 'Python' },
];

/** FACTS §1: the `scope` in these requests does not narrow the token; say what it will really carry. */
function grantNote(scopes: readonly string[], granted: readonly string[] | undefined): string {
  if (!granted) return 'Auth0 ignores a narrower scope here: the token carries every scope granted to the application.';
  const extra = granted.filter((s) => !scopes.includes(s));
  if (scopes.length === 0 || extra.length === 0) return `The token will carry the ${granted.length} scopes granted to the application.`;
  return `Auth0 issued ${extra.length} scope${extra.length === 1 ? '' : 's'} you did not pick: ${extra.join(', ')}. This request gives the same token: the scope parameter does not narrow it.`;
}

export function SnippetsView({ profileId, audience, scopes, granted }: { profileId: string; audience: string; scopes: string[]; granted?: string[] }) {
  const [lang, setLang] = useState<Lang>('curl');
  const [includeSecret, setIncludeSecret] = useState(false);
  const [texts, setTexts] = useState<SnippetTexts | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const scopeKey = scopes.join(' ');
  useEffect(() => {
    let live = true;
    void send('mint.snippets', { profileId, audience, scopes, includeSecret }).then((reply) => {
      if (!live) return;
      setTexts(reply.ok ? reply.data : null);
      setError(reply.ok ? null : reply.error);
    });
    return () => {
      live = false;
    };
    // scopes is compared by value through scopeKey, so a re-render with an equal array does not refetch
  }, [profileId, audience, scopeKey, includeSecret]);

  return (
    <section class="card stack" aria-label="Code snippets">
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <div class="tabs" role="tablist" aria-label="Snippet language">
          {LANGS.map((l) => (
            <button key={l.id} type="button" role="tab" aria-selected={lang === l.id} onClick={() => setLang(l.id)}>
              {l.label}
            </button>
          ))}
        </div>
        <label class="check">
          <input type="checkbox" checked={includeSecret} onChange={(e) => setIncludeSecret(e.currentTarget.checked)} />
          Include secret
        </label>
      </div>
      <p class="notice" style={{ margin: 0 }} data-testid="snippet-grant-note">
        {grantNote(scopes, granted)}
      </p>
      {includeSecret && <p class="notice" style={{ margin: 0 }}>The snippet now contains the client secret. Do not paste it anywhere shared.</p>}
      {texts && (
        <pre role="tabpanel" aria-label={`${lang} snippet`} data-testid="snippet">
          {texts[lang]}
        </pre>
      )}
      <ErrorText error={error} />
    </section>
  );
}
