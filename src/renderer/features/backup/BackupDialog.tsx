import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { BackupPhase } from '../../../shared/backup/schema';
import { errorMessage } from '../../bridge/client';
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

const PHASES: Record<BackupPhase, string> = {
  copying: 'Copying the vault',
  're-keying': "Locking the copy with the backup's passphrase",
  verifying: 'Checking the backup',
  finished: 'Finished',
};

/** A job id never used, for the disabled progress query before a job exists. */
const NO_JOB = '0000000000000000';

/**
 * Back up now: an encrypted copy of the open vault, under the vault's passphrase or a
 * separate one, with the real progress of the copy, re-key and check.
 */
export function BackupDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Back up the vault" description="The backup is one encrypted file in the same format as the vault. It is checked after it is written.">
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
  const [separate, setSeparate] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const form = useForm<NewPassphraseValues>({ resolver: zodResolver(newPassphraseForm), defaultValues: { passphrase: '', confirm: '' } });
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
          label="Protect this backup with its own passphrase"
          checked={separate}
          disabled={running}
          onChange={(event) => setSeparate(event.target.checked)}
        />
        {separate ? (
          <PassphraseFields label="Backup passphrase" busy={running} />
        ) : (
          <p className="muted">The backup opens with the vault's passphrase.</p>
        )}
        {create.isPending && <ProgressIndicator label="Choose where to save the backup…" />}
        {job && <ProgressMeter fraction={job.fraction} label={PHASES[job.phase]} />}
        {(create.error || job?.error) && (
          <ErrorBanner>
            {job?.error ? job.error.message : errorMessage(create.error)}
          </ErrorBanner>
        )}
        {job?.result && (
          <SavedNote
            title={`Backup written and checked: ${formatBytes(job.result.bytes)}, every page read back (${job.result.pagesChecked.toLocaleString()} pages). It opens with ${job.result.separatePassphrase ? 'its own passphrase' : "the vault's passphrase"}.`}
            path={job.result.path}
          />
        )}
        <DialogActions>
          <Button onClick={onClose} disabled={running}>
            {job?.state === 'done' ? 'Done' : 'Cancel'}
          </Button>
          {job?.state !== 'done' && (
            <Button type="submit" variant="primary" busy={running}>
              Back up now…
            </Button>
          )}
        </DialogActions>
      </form>
    </FormProvider>
  );
}
