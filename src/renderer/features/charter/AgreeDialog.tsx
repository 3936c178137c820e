import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState, type RefObject } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { agreeCharterInput, type CharterVersion } from '../../../shared/charter/schema';
import type { MentorProfile } from '../../../shared/mentor/schema';
import { localToday } from '../../../shared/dates';
import { errorMessage } from '../../bridge/client';
import { applyServerIssues, unplacedIssues } from '../../bridge/form-errors';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { useToast } from '../../components/Toast';
import type { CharterFormHandle } from './CharterForm';
import { CHARTER_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormSchemaProvider } from '../../components/field-limits';

type Input = z.input<typeof agreeCharterInput>;
/** The refusal's issues about these land next to the dialog's fields; the rest belong to the draft. */
const DIALOG_FIELDS = ['agreedOn', 'agreedByMentor', 'agreedByMentee'];
type Values = z.output<typeof agreeCharterInput>;

export interface AgreeDialogProps {
  version: CharterVersion;
  menteeName: string;
  mentor: MentorProfile;
  /** The open draft editor: unsaved changes are saved first, refusals land on its fields. */
  draft: RefObject<CharterFormHandle | null>;
  onClose(): void;
}

/** "Agree" freezes the draft with the date and who agreed; after that it can only be revised. */
export function AgreeDialog({ version, menteeName, mentor, draft, onClose }: AgreeDialogProps) {
  const { notify } = useToast();
  const rememberId = useId();
  const [remember, setRemember] = useState(mentor.name === '');
  const agree = useVaultMutation('charter.agree', { invalidate: CHARTER_QUERIES });
  const saveMentor = useVaultMutation('mentor.update', { invalidate: ['mentor.'] });
  const form = useForm<Input, unknown, Values>({
    resolver: zodResolver(agreeCharterInput),
    defaultValues: { versionId: version.id, agreedOn: localToday(), agreedByMentor: mentor.name, agreedByMentee: menteeName },
  });
  const errors = form.formState.errors;
  const [failure, setFailure] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    if (!(await draft.current?.saveIfDirty())) {
      setFailure('The draft has unsaved changes that were refused: fix the fields marked in the charter, then agree.');
      return;
    }
    try {
      const name = values.agreedByMentor?.trim() ?? '';
      if (remember && name && name !== mentor.name) await saveMentor.mutateAsync({ name, title: mentor.title });
      await agree.mutateAsync(values);
      notify('success', `Version ${version.version} agreed; it is now frozen.`);
      onClose();
    } catch (err) {
      draft.current?.showIssues(err);
      // Each message once: next to its field here, or in the banner when the draft's fields hold it.
      if (applyServerIssues(err, form.setError, [], DIALOG_FIELDS)) {
        const rest = unplacedIssues(err, DIALOG_FIELDS);
        setFailure(rest ? `Not agreed: ${rest}.` : null);
      } else setFailure(`Not agreed: ${errorMessage(err)}`);
    }
  });

  return (
    <Dialog
      open
      onClose={onClose}
      dismissible={!form.formState.isSubmitting}
      title={`Agree to version ${version.version}?`}
      description={
        <p>
          Agreeing freezes this version with the date and the names below. Any later change starts a new version that says why; this one stays
          readable.
        </p>
      }
    >
      <FormSchemaProvider schema={agreeCharterInput}>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <TextField label="Agreed on" type="date" error={errors.agreedOn?.message} {...form.register('agreedOn')} />
        <TextField label="Your name" autoComplete="name" error={errors.agreedByMentor?.message} {...form.register('agreedByMentor')} />
        <div className="checkbox-field">
          <input id={rememberId} type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          <label htmlFor={rememberId}>Use this as my name on every charter</label>
        </div>
        <TextField label="Mentee’s name" autoComplete="off" error={errors.agreedByMentee?.message} {...form.register('agreedByMentee')} />
        {failure && (
          <ErrorBanner>
            {failure}
          </ErrorBanner>
        )}
        <DialogActions>
          <Button onClick={onClose} disabled={form.formState.isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            Agree and freeze
          </Button>
        </DialogActions>
      </form>
      </FormSchemaProvider>
    </Dialog>
  );
}
