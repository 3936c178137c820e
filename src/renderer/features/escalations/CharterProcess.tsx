import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
  const charter = useVaultQuery('charter.get', { menteeId });
  const agreedId = charter.data?.agreedVersionId ?? null;
  const currentId = charter.data?.current.id;
  const agreed = useVaultQuery('charter.version', { versionId: agreedId ?? 0 }, { enabled: agreedId !== null && agreedId !== currentId });

  let body;
  if (charter.error) {
    body = (
      <ErrorBanner>
        <FormattedMessage id="escalations.process.error" values={{ reason: errorMessage(charter.error) }} />
      </ErrorBanner>
    );
  } else if (charter.isPending) {
    body = <ProgressIndicator label={intl.formatMessage({ id: 'escalations.process.reading' })} />;
  } else if (charter.data === null || charter.data === undefined) {
    body = (
      <>
        <p>
          <FormattedMessage id="escalations.process.none" />
        </p>
        <Link to={charterPath(menteeId)}>
          <FormattedMessage id="escalations.process.create" />
        </Link>
      </>
    );
  } else {
    const version = agreedId !== null && agreedId !== currentId ? agreed.data : charter.data.current;
    if (!version) {
      body = <ProgressIndicator label={intl.formatMessage({ id: 'escalations.process.reading' })} />;
    } else {
      const steps = version.body.escalation;
      body = (
        <>
          <p className="esc-process-source">
            {version.status === 'agreed'
              ? intl.formatMessage({ id: 'escalations.process.agreed' }, { version: version.version, agreedOn: version.agreedOn ? formatDate(version.agreedOn) : 'none' })
              : intl.formatMessage({ id: 'escalations.process.draft' }, { version: version.version })}
          </p>
          {steps.length === 0 ? (
            <p>
              <FormattedMessage id="escalations.process.noSteps" />
            </p>
          ) : (
            <ol className="esc-process-steps">
              {steps.map((s, i) => (
                <li key={i}>
                  <span className="esc-process-step">{s.step}</span>
                  <span className="esc-process-who">
                    <FormattedMessage id="escalations.process.who" values={{ who: s.who }} />
                  </span>
                </li>
              ))}
            </ol>
          )}
          <Link to={charterPath(menteeId)}>
            <FormattedMessage id="escalations.process.open" />
          </Link>
        </>
      );
    }
  }

  return (
    <aside className="card esc-process" aria-labelledby="esc-process-title">
      <h2 id="esc-process-title">
        <FormattedMessage id="escalations.process.title" />
      </h2>
      {body}
    </aside>
  );
}
