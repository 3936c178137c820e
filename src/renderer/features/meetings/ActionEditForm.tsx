import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { updateActionInput, type ActionItem } from '../../../shared/meetings/capture';
import { errorMessage } from '../../bridge/client';
import { applyServerIssues } from '../../bridge/form-errors';
import { useVaultMutation } from '../../bridge/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
import { dateOrNull } from '../../components/form-values';
import { OWNER_OPTIONS } from './labels';
import { MEETING_QUERIES } from './queries';

type Values = z.input<typeof updateActionInput>;

/** Corrects an action item captured in a meeting: its words, owner and due date (checked with the shared schema). */
export function ActionEditForm({ action, onDone }: { action: ActionItem; onDone(): void }) {
  const update = useVaultMutation('meetings.updateAction', { invalidate: MEETING_QUERIES });
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof updateActionInput>>({
    resolver: zodResolver(updateActionInput),
    defaultValues: { id: action.id, title: action.title, owner: action.owner, dueDate: action.dueDate },
  });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await update.mutateAsync(values);
      onDone();
    } catch (err) {
      if (!applyServerIssues(err, form.setError)) setFailure(errorMessage(err));
    }
  });
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
