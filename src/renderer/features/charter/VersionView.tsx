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
  const version = useVaultQuery('charter.version', { versionId });
  const v = version.data;
  return (
    <Panel
      title={v ? `Charter, version ${v.version}` : 'Charter version'}
      intro={
        v
          ? v.status === 'agreed'
            ? `Agreed on ${formatDate(v.agreedOn)} by ${v.agreedByMentor} and ${v.agreedByMentee}. Frozen: read-only.`
            : 'A draft.'
          : undefined
      }
      actions={
        <>
          <Button onClick={onClose}>Back to the current version</Button>
          <ExportCharterButton menteeId={menteeId} versionId={versionId} />
        </>
      }
    >
      {version.error && (
        <ErrorBanner error={version.error} />
      )}
      {!v && !version.error && <ProgressIndicator label="Opening the version…" />}
      {v?.reason && (
        <p className="charter-reason">
          <strong>Why version {v.version}:</strong> {v.reason}
        </p>
      )}
      {v && <CharterView body={v.body} reviewDate={v.pilotReviewDate} />}
    </Panel>
  );
}
