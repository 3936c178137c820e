import { useIntl } from 'react-intl';
import { useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { ExportCharterButton } from '../documents/ExportButtons';
import { formatDate } from '../mentees/format';
import { CharterView } from './CharterView';
import { ErrorBanner } from '../../components/ErrorBanner';

/** An earlier version, read-only. */
export function VersionView({ menteeId, versionId, onClose }: { menteeId: number; versionId: number; onClose(): void }) {
  const intl = useIntl();
  const version = useVaultQuery('charter.version', { versionId });
  const v = version.data;
  return (
    <Panel
      title={intl.formatMessage({ id: 'charter.version.title' }, { known: v ? 'yes' : 'no', version: v?.version ?? 0 })}
      intro={
        v
          ? v.status === 'agreed'
            ? intl.formatMessage({ id: 'charter.version.agreed' }, { date: formatDate(v.agreedOn), mentor: v.agreedByMentor, mentee: v.agreedByMentee })
            : intl.formatMessage({ id: 'charter.version.draft' })
          : undefined
      }
      actions={
        <>
          <Button onClick={onClose}>{intl.formatMessage({ id: 'charter.version.back' })}</Button>
          <ExportCharterButton menteeId={menteeId} versionId={versionId} />
        </>
      }
    >
      {version.error && (
        <ErrorBanner error={version.error} />
      )}
      {!v && !version.error && <ProgressIndicator label={intl.formatMessage({ id: 'charter.version.opening' })} />}
      {v?.reason && (
        <p className="charter-reason">
          <strong>{intl.formatMessage({ id: 'charter.tab.why' }, { version: v.version })}</strong> {v.reason}
        </p>
      )}
      {v && <CharterView body={v.body} reviewDate={v.pilotReviewDate} />}
    </Panel>
  );
}
