import { schemaResolver } from '../../components/schema-resolver';
import { useId, useState, type RefObject } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
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
  const intl = useIntl();
  const { notify } = useToast();
  const rememberId = useId();
  const [remember, setRemember] = useState(mentor.name === '');
  const agree = useVaultMutation('charter.agree', { invalidate: CHARTER_QUERIES });
  const saveMentor = useVaultMutation('mentor.update', { invalidate: ['mentor.'] });
  const form = useForm<Input, unknown, Values>({
    resolver: schemaResolver(agreeCharterInput),
    defaultValues: { versionId: version.id, agreedOn: localToday(), agreedByMentor: mentor.name, agreedByMentee: menteeName },
  });
  const errors = form.formState.errors;
  const [failure, setFailure] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    if (!(await draft.current?.saveIfDirty())) {
      setFailure(intl.formatMessage({ id: 'charter.agree.unsavedRefused' }));
      return;
    }
    try {
      const name = values.agreedByMentor?.trim() ?? '';
      if (remember && name && name !== mentor.name) await saveMentor.mutateAsync({ name, title: mentor.title });
      await agree.mutateAsync(values);
      notify('success', intl.formatMessage({ id: 'charter.agree.done' }, { version: version.version }));
      onClose();
    } catch (err) {
      draft.current?.showIssues(err);
      // Each message once: next to its field here, or in the banner when the draft's fields hold it.
      if (applyServerIssues(err, form.setError, [], DIALOG_FIELDS)) {
        const rest = unplacedIssues(err, DIALOG_FIELDS);
        setFailure(rest ? intl.formatMessage({ id: 'charter.agree.notAgreedIssues' }, { issues: rest }) : null);
      } else setFailure(intl.formatMessage({ id: 'charter.agree.notAgreed' }, { reason: errorMessage(err) }));
    }
  });

  return (
    <Dialog
      open
      onClose={onClose}
      dismissible={!form.formState.isSubmitting}
      title={intl.formatMessage({ id: 'charter.agree.title' }, { version: version.version })}
      description={
        <p>{intl.formatMessage({ id: 'charter.agree.description' })}</p>
      }
    >
      <FormSchemaProvider schema={agreeCharterInput}>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <TextField label={intl.formatMessage({ id: 'charter.agree.on' })} type="date" error={errors.agreedOn?.message} {...form.register('agreedOn')} />
        <TextField label={intl.formatMessage({ id: 'charter.agree.yourName' })} autoComplete="name" error={errors.agreedByMentor?.message} {...form.register('agreedByMentor')} />
        <div className="checkbox-field">
          <input id={rememberId} type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          <label htmlFor={rememberId}>{intl.formatMessage({ id: 'charter.agree.remember' })}</label>
        </div>
        <TextField label={intl.formatMessage({ id: 'charter.agree.menteeName' })} autoComplete="off" error={errors.agreedByMentee?.message} {...form.register('agreedByMentee')} />
        {failure && (
          <ErrorBanner>
            {failure}
          </ErrorBanner>
        )}
        <DialogActions>
          <Button onClick={onClose} disabled={form.formState.isSubmitting}>
            {intl.formatMessage({ id: 'charter.agree.cancel' })}
          </Button>
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {intl.formatMessage({ id: 'charter.agree.submit' })}
          </Button>
        </DialogActions>
      </form>
      </FormSchemaProvider>
    </Dialog>
  );
}
