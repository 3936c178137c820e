import { schemaResolver } from '../../components/schema-resolver';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { FormProvider, useForm } from 'react-hook-form';
import type { BackupPhase } from '../../../shared/backup/schema';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { BridgeCallError, errorMessage } from '../../bridge/client';
import { invalidateMethods, useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { CheckboxField } from '../../components/Field';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { PassphraseFields } from '../vault/PassphraseFields';
import { newPassphraseForm, type NewPassphraseValues } from '../vault/strength';
import { SavedNote } from '../../components/SavedNote';
import { formatBytes } from './format';
import { ProgressMeter } from '../../components/ProgressMeter';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../../components/ExportDialogs.css';

const PHASES = {
  copying: 'backup.phase.copying',
  're-keying': 'backup.phase.re-keying',
  verifying: 'backup.phase.verifying',
  finished: 'backup.phase.finished',
} as const satisfies Record<BackupPhase, MessageId>;

/** A job id never used, for the disabled progress query before a job exists. */
const NO_JOB = '0000000000000000';

/**
 * Back up now: an encrypted copy of the open vault, under the vault's passphrase or a
 * separate one, with the real progress of the copy, re-key and check.
 */
export function BackupDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const intl = useIntl();
  return (
    <Dialog open={open} onClose={onClose} title={intl.formatMessage({ id: 'backup.now.title' })} description={intl.formatMessage({ id: 'backup.now.description' })}>
      {open && <BackupForm onClose={onClose} />}
    </Dialog>
  );
}

/** The job's progress, polled while it runs; the schedule (last backup) is refreshed when it ends. */
function useBackupJob(jobId: string | null) {
  const client = useQueryClient();
  const progress = useVaultQuery(
    'backup.progress',
    { jobId: jobId ?? NO_JOB },
    { enabled: jobId !== null, refetchInterval: (query) => (query.state.data && query.state.data.state !== 'running' ? false : 200) },
  );
  const state = progress.data?.state;
  useEffect(() => {
    if (state === 'done') void invalidateMethods(client, ['backup.getSchedule']);
  }, [state, client]);
  return progress.data;
}

function BackupForm({ onClose }: { onClose(): void }) {
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  const [separate, setSeparate] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const form = useForm<NewPassphraseValues>({ resolver: schemaResolver(newPassphraseForm), defaultValues: { passphrase: '', confirm: '' } });
  const create = useVaultMutation('backup.create');
  const job = useBackupJob(jobId);
  // Closing the dialog never stops a backup; the buttons wait for it so its outcome is seen.
  const running = create.isPending || (jobId !== null && (!job || job.state === 'running'));
  const start = async (separatePassphrase?: string) => {
    try {
      const started = await create.mutateAsync(separatePassphrase ? { separatePassphrase } : {});
      if (started) setJobId(started.jobId);
    } catch {
      // Shown from create.error below.
    }
    // The passphrase is not kept in the form once it has been used.
    form.reset({ passphrase: '', confirm: '' });
  };
  const onSubmit = separate ? form.handleSubmit((values) => start(values.passphrase)) : (event: FormEvent) => {
    event.preventDefault();
    void start();
  };

  return (
    <FormProvider {...form}>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <CheckboxField
          label={say('backup.now.separate')}
          checked={separate}
          disabled={running}
          onChange={(event) => setSeparate(event.target.checked)}
        />
        {separate ? (
          <PassphraseFields label={say('backup.now.passphrase')} busy={running} />
        ) : (
          <p className="muted">{say('backup.now.sameKey')}</p>
        )}
        {create.isPending && <ProgressIndicator label={say('backup.now.choosing')} />}
        {job && <ProgressMeter fraction={job.fraction} label={say(PHASES[job.phase])} />}
        {(create.error || job?.error) && (
          <ErrorBanner>
            {errorMessage(job?.error ? new BridgeCallError(job.error.code, job.error.message) : create.error)}
          </ErrorBanner>
        )}
        {job?.result && (
          <SavedNote
            title={intl.formatMessage(
              { id: 'backup.now.written' },
              { size: formatBytes(intl, job.result.bytes), pages: job.result.pagesChecked, own: job.result.separatePassphrase ? 'yes' : 'no' },
            )}
            path={job.result.path}
          />
        )}
        <DialogActions>
          <Button onClick={onClose} disabled={running}>
            {say(job?.state === 'done' ? 'backup.done' : 'backup.cancel')}
          </Button>
          {job?.state !== 'done' && (
            <Button type="submit" variant="primary" busy={running}>
              {say('backup.now.submit')}
            </Button>
          )}
        </DialogActions>
      </form>
    </FormProvider>
  );
}
