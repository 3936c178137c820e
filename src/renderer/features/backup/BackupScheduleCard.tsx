import { useState } from 'react';
import { BACKUP_FREQUENCIES, DEFAULT_BACKUP_KEEP, MAX_BACKUP_KEEP, setBackupScheduleInput, type BackupFrequency, type BackupSchedule } from '../../../shared/backup/schema';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { formatDateTime } from '../mentees/format';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../../components/ExportDialogs.css';

const FREQUENCY_LABELS: Record<BackupFrequency, string> = { off: 'Off', daily: 'Every day', weekly: 'Every week' };
const OPTIONS = BACKUP_FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] }));

/** Automatic backups: how often, how many to keep, in which folder; and how the last one went. */
export function BackupScheduleCard() {
  const schedule = useVaultQuery('backup.getSchedule', {});
  return (
    <Panel title="Automatic backups" intro="While the vault is unlocked, a backup is made on this schedule; the oldest beyond the number kept are removed.">
      {schedule.data ? (
        <ScheduleForm key={JSON.stringify(schedule.data)} schedule={schedule.data} />
      ) : schedule.error ? (
        <ErrorBanner error={schedule.error} />
      ) : (
        <ProgressIndicator label="Loading the schedule…" />
      )}
    </Panel>
  );
}

function ScheduleForm({ schedule }: { schedule: BackupSchedule }) {
  const { notify } = useToast();
  const [frequency, setFrequency] = useState<BackupFrequency>(schedule.frequency);
  const [keep, setKeep] = useState(String(schedule.keep || DEFAULT_BACKUP_KEEP));
  const [keepError, setKeepError] = useState<string | undefined>();
  const save = useVaultMutation('backup.setSchedule', {
    invalidate: ['backup.getSchedule'],
    onSuccess: (result) => result && notify('success', result.frequency === 'off' ? 'Automatic backups are off.' : 'Backup schedule saved.'),
  });

  const submit = (chooseFolder: boolean) => {
    const parsed = setBackupScheduleInput.safeParse({ frequency, keep: Number(keep), chooseFolder });
    if (!parsed.success) {
      setKeepError(parsed.error.issues.find((i) => i.path[0] === 'keep')?.message ?? parsed.error.issues[0]?.message);
      return;
    }
    setKeepError(undefined);
    save.mutate(parsed.data);
  };

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(false);
      }}
    >
      <div className="export-pair">
        <SelectField label="Back up" options={OPTIONS} value={frequency} onChange={(event) => setFrequency(event.target.value as BackupFrequency)} />
        <TextField label="Keep the last" type="number" inputMode="numeric" min={1} max={MAX_BACKUP_KEEP} value={keep} error={keepError} onChange={(event) => setKeep(event.target.value)} />
      </div>
      <dl className="export-facts">
        <dt>Folder</dt>
        <dd>{schedule.folder ?? 'Not chosen yet (asked for when a schedule is turned on)'}</dd>
        <dt>Last backup</dt>
        <dd>{schedule.lastBackupAt ? `${formatDateTime(schedule.lastBackupAt)}${schedule.lastBackupFile ? ` · ${schedule.lastBackupFile}` : ''}` : 'None yet'}</dd>
        {schedule.nextDueAt && (
          <>
            <dt>Next</dt>
            <dd>{formatDateTime(schedule.nextDueAt)}</dd>
          </>
        )}
      </dl>
      {schedule.lastError && (
        <ErrorBanner>
          The last automatic backup failed: {schedule.lastError}
        </ErrorBanner>
      )}
      {save.error && (
        <ErrorBanner error={save.error} />
      )}
      <div className="row">
        <Button type="submit" variant="primary" busy={save.isPending}>
          Save schedule
        </Button>
        <Button onClick={() => submit(true)} disabled={save.isPending}>
          Choose folder…
        </Button>
      </div>
    </form>
  );
}
