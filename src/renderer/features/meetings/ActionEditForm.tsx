import { useIntl } from 'react-intl';
import { updateActionInput, type ActionItem } from '../../../shared/meetings/capture';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
import { dateOrNull } from '../../components/form-values';
import { useSchemaForm } from '../../components/useSchemaForm';
import { useMeetingWords } from './labels';
import { MEETING_QUERIES } from './stale';

/** Corrects an action item captured in a meeting: its words, owner and due date (checked with the shared schema). */
export function ActionEditForm({ action, onDone }: { action: ActionItem; onDone(): void }) {
  const intl = useIntl();
  const words = useMeetingWords();
  const update = useVaultMutation('meetings.updateAction', { invalidate: MEETING_QUERIES });
  const { form, errors, failure, onSubmit } = useSchemaForm(
    updateActionInput,
    { id: action.id, title: action.title, owner: action.owner, dueDate: action.dueDate },
    (values) => update.mutateAsync(values),
    { after: (outcome) => outcome === 'saved' && onDone() },
  );
  return (
    <form className="stack action-edit-form" onSubmit={onSubmit} noValidate aria-label={intl.formatMessage({ id: 'meetings.actionEdit.name' }, { title: action.title })}>
      <div className="inline-form">
        <TextField label={intl.formatMessage({ id: 'meetings.actionEdit.title' })} autoFocus error={errors.title?.message} {...form.register('title')} />
        <SelectField label={intl.formatMessage({ id: 'meetings.actionEdit.owner' })} options={words.ownerOptions} error={errors.owner?.message} {...form.register('owner')} />
        <TextField label={intl.formatMessage({ id: 'meetings.actionEdit.due' })} type="date" error={errors.dueDate?.message} {...form.register('dueDate', { setValueAs: dateOrNull })} />
      </div>
      {failure && <ErrorBanner>{failure}</ErrorBanner>}
      <div className="row">
        <Button type="submit" variant="primary" size="small" busy={update.isPending}>
          {intl.formatMessage({ id: 'meetings.actionEdit.save' })}
        </Button>
        <Button size="small" onClick={onDone}>
          {intl.formatMessage({ id: 'meetings.cancel' })}
        </Button>
      </div>
    </form>
  );
}
