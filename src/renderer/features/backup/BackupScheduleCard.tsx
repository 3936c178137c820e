import { useState } from 'react';
import { useIntl } from 'react-intl';
import { BACKUP_FREQUENCIES, DEFAULT_BACKUP_KEEP, MAX_BACKUP_KEEP, setBackupScheduleInput, type BackupFrequency, type BackupSchedule } from '../../../shared/backup/schema';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { formatDateTime } from '../mentees/format';
import { ErrorBanner } from '../../components/ErrorBanner';
import { BridgeCallError, errorMessage } from '../../bridge/client';
import { isErrorCode } from '../../../shared/errors';
import '../../components/ExportDialogs.css';

const FREQUENCY_LABELS = {
  off: 'backup.schedule.frequency.off',
  daily: 'backup.schedule.frequency.daily',
  weekly: 'backup.schedule.frequency.weekly',
} as const satisfies Record<BackupFrequency, MessageId>;

/** Automatic backups: how often, how many to keep, in which folder; and how the last one went. */
export function BackupScheduleCard() {
  const intl = useIntl();
  const schedule = useVaultQuery('backup.getSchedule', {});
  return (
    <Panel title={intl.formatMessage({ id: 'backup.schedule.title' })} intro={intl.formatMessage({ id: 'backup.schedule.intro' })}>
      {schedule.data ? (
        <ScheduleForm key={JSON.stringify(schedule.data)} schedule={schedule.data} />
      ) : schedule.error ? (
        <ErrorBanner error={schedule.error} />
      ) : (
        <ProgressIndicator label={intl.formatMessage({ id: 'backup.schedule.loading' })} />
      )}
    </Panel>
  );
}

function ScheduleForm({ schedule }: { schedule: BackupSchedule }) {
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  const options = BACKUP_FREQUENCIES.map((value) => ({ value, label: say(FREQUENCY_LABELS[value]) }));
  const { notify } = useToast();
  const [frequency, setFrequency] = useState<BackupFrequency>(schedule.frequency);
  const [keep, setKeep] = useState(String(schedule.keep || DEFAULT_BACKUP_KEEP));
  const [keepError, setKeepError] = useState<string | undefined>();
  const save = useVaultMutation('backup.setSchedule', {
    invalidate: ['backup.getSchedule'],
    onSuccess: (result) => result && notify('success', say(result.frequency === 'off' ? 'backup.schedule.off' : 'backup.schedule.saved')),
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
        <SelectField label={say('backup.schedule.frequency')} options={options} value={frequency} onChange={(event) => setFrequency(event.target.value as BackupFrequency)} />
        <TextField label={say('backup.schedule.keep')} type="number" inputMode="numeric" min={1} max={MAX_BACKUP_KEEP} value={keep} error={keepError} onChange={(event) => setKeep(event.target.value)} />
      </div>
      <dl className="export-facts">
        <dt>{say('backup.schedule.folder')}</dt>
        <dd>{schedule.folder ? <span translate="no">{schedule.folder}</span> : say('backup.schedule.noFolder')}</dd>
        <dt>{say('backup.schedule.last')}</dt>
        <dd>
          {!schedule.lastBackupAt
            ? say('backup.schedule.none')
            : schedule.lastBackupFile
              ? intl.formatMessage({ id: 'backup.schedule.lastFile' }, { when: formatDateTime(schedule.lastBackupAt), file: <span translate="no">{schedule.lastBackupFile}</span> })
              : formatDateTime(schedule.lastBackupAt)}
        </dd>
        {schedule.nextDueAt && (
          <>
            <dt>{say('backup.schedule.next')}</dt>
            <dd>{formatDateTime(schedule.nextDueAt)}</dd>
          </>
        )}
      </dl>
      {schedule.lastError && (
        <ErrorBanner>
          {intl.formatMessage({ id: 'backup.schedule.failed' }, { problem: savedProblem(schedule.lastError) })}
        </ErrorBanner>
      )}
      {save.error && (
        <ErrorBanner error={save.error} />
      )}
      <div className="row">
        <Button type="submit" variant="primary" busy={save.isPending}>
          {say('backup.schedule.save')}
        </Button>
        <Button onClick={() => submit(true)} disabled={save.isPending}>
          {say('backup.schedule.chooseFolder')}
        </Button>
      </div>
    </form>
  );
}

/**
 * The last automatic backup's failure is kept as "CODE: English words" (main writes it while
 * no screen may be open); it is shown like any refusal, in the screen's language.
 */
function savedProblem(saved: string): string {
  const split = saved.indexOf(': ');
  const code = split > 0 ? saved.slice(0, split) : '';
  return errorMessage(isErrorCode(code) ? new BridgeCallError(code, saved.slice(split + 2)) : new Error(saved));
}
