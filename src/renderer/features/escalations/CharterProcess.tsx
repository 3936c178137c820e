import { Link } from 'react-router';
import { errorMessage } from '../../bridge/client';
import { useVaultQuery } from '../../bridge/hooks';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { formatDate } from '../mentees/format';
import { ErrorBanner } from '../../components/ErrorBanner';

const charterPath = (menteeId: number) => `/mentees/${menteeId}/charter`;

/**
 * The escalation process the mentor and mentee agreed in the charter, shown beside the
 * record: the agreed version when there is one, else the draft (marked as such).
 */
export function CharterProcess({ menteeId }: { menteeId: number }) {
  const charter = useVaultQuery('charter.get', { menteeId });
  const agreedId = charter.data?.agreedVersionId ?? null;
  const currentId = charter.data?.current.id;
  const agreed = useVaultQuery('charter.version', { versionId: agreedId ?? 0 }, { enabled: agreedId !== null && agreedId !== currentId });

  let body;
  if (charter.error) {
    body = (
      <ErrorBanner>
        The charter could not be read: {errorMessage(charter.error)}
      </ErrorBanner>
    );
  } else if (charter.isPending) {
    body = <ProgressIndicator label="Reading the charter…" />;
  } else if (charter.data === null || charter.data === undefined) {
    body = (
      <>
        <p>This mentee has no charter yet, so there is no agreed escalation process to follow.</p>
        <Link to={charterPath(menteeId)}>Create a charter</Link>
      </>
    );
  } else {
    const version = agreedId !== null && agreedId !== currentId ? agreed.data : charter.data.current;
    if (!version) {
      body = <ProgressIndicator label="Reading the charter…" />;
    } else {
      const steps = version.body.escalation;
      body = (
        <>
          <p className="esc-process-source">
            {version.status === 'agreed'
              ? `From the agreed charter, version ${version.version}${version.agreedOn ? ` (agreed ${formatDate(version.agreedOn)})` : ''}.`
              : `From the draft charter, version ${version.version}: not agreed yet.`}
          </p>
          {steps.length === 0 ? (
            <p>The charter lists no escalation steps.</p>
          ) : (
            <ol className="esc-process-steps">
              {steps.map((s, i) => (
                <li key={i}>
                  <span className="esc-process-step">{s.step}</span>
                  <span className="esc-process-who">Who: {s.who}</span>
                </li>
              ))}
            </ol>
          )}
          <Link to={charterPath(menteeId)}>Open the charter</Link>
        </>
      );
    }
  }

  return (
    <aside className="card esc-process" aria-labelledby="esc-process-title">
      <h2 id="esc-process-title">Escalation process</h2>
      {body}
    </aside>
  );
}
