import { updateActionInput, type ActionItem } from '../../../shared/meetings/capture';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
import { dateOrNull } from '../../components/form-values';
import { useSchemaForm } from '../../components/useSchemaForm';
import { OWNER_OPTIONS } from './labels';
import { MEETING_QUERIES } from './stale';

/** Corrects an action item captured in a meeting: its words, owner and due date (checked with the shared schema). */
export function ActionEditForm({ action, onDone }: { action: ActionItem; onDone(): void }) {
  const update = useVaultMutation('meetings.updateAction', { invalidate: MEETING_QUERIES });
  const { form, errors, failure, onSubmit } = useSchemaForm(
    updateActionInput,
    { id: action.id, title: action.title, owner: action.owner, dueDate: action.dueDate },
    (values) => update.mutateAsync(values),
    { after: (outcome) => outcome === 'saved' && onDone() },
  );
  return (
    <form className="stack action-edit-form" onSubmit={onSubmit} noValidate aria-label={`Edit the action item ${action.title}`}>
      <div className="inline-form">
        <TextField label="Action" autoFocus error={errors.title?.message} {...form.register('title')} />
        <SelectField label="Owner" options={OWNER_OPTIONS} error={errors.owner?.message} {...form.register('owner')} />
        <TextField label="Due date" type="date" error={errors.dueDate?.message} {...form.register('dueDate', { setValueAs: dateOrNull })} />
      </div>
      {failure && <ErrorBanner>{failure}</ErrorBanner>}
      <div className="row">
        <Button type="submit" variant="primary" size="small" busy={update.isPending}>
          Save action
        </Button>
        <Button size="small" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
