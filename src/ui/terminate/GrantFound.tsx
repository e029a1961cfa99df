// The client grant the delete-grant lever is about to remove (issue #12; FACTS §9): its id, that it is the
// `subject_type: client` grant (a user-access grant of the same app and API stays), and its scopes, as text.
// Runs in extension pages.
import type { TerminateResponses } from '../../shared/messages/terminate';

export function GrantFound({ grant }: { grant: TerminateResponses['lever.findGrant'] }) {
  return (
    <div class="stack" data-testid="lever-grant-found" aria-label="Client grant to delete" role="group">
      <p style={{ margin: 0 }}>
        Client grant <code>{grant.grantId}</code> (subject_type <code>client</code>: machine-to-machine access; a user-access grant, if any, stays).
      </p>
      <p class="muted" style={{ margin: 0 }}>
        Scopes ({grant.scope.length}): <code data-testid="lever-grant-scopes">{grant.scope.join(' ') || 'none'}</code>
      </p>
    </div>
  );
}
