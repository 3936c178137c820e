import { schemaResolver } from '../../components/schema-resolver';
import { useMemo, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { createMilestoneInput, updateMilestoneInput, type Milestone } from '../../../shared/goals/schema';
import { errorMessage } from '../../bridge/client';
import { applyServerIssues } from '../../bridge/form-errors';
import { Button } from '../../components/Button';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { numberOrNull } from '../../components/form-values';
import { goalWords, indicatorOptions } from './labels';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormSchemaProvider } from '../../components/field-limits';

type CreateInput = z.input<typeof createMilestoneInput>;
type CreateValues = z.output<typeof createMilestoneInput>;
type UpdateInput = z.input<typeof updateMilestoneInput>;
type UpdateValues = z.output<typeof updateMilestoneInput>;
type FormInput = Partial<Pick<CreateInput, 'goalId'>> & Partial<Pick<UpdateInput, 'id' | 'reason'>> & Omit<CreateInput, 'goalId'>;

export type MilestoneFormProps =
  | { mode: 'create'; goalId: number; save(values: CreateValues): Promise<unknown>; onCancel(): void }
  | { mode: 'edit'; milestone: Milestone; save(values: UpdateValues): Promise<unknown>; onCancel(): void };

/** Add or edit a milestone: due date, tangible indicator, major flag. Moving the due date asks why. */
export function MilestoneForm(props: MilestoneFormProps) {
  const original = props.mode === 'edit' ? props.milestone : null;
  const intl = useIntl();
  const schema = useMemo(() => {
    if (!original) return createMilestoneInput;
    return updateMilestoneInput.superRefine((v, ctx) => {
      if (v.dueDate !== original.dueDate && !v.reason?.trim()) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: goalWords('goals.form.reasonRequired') });
      }
    });
  }, [original]);
  const defaultValues: FormInput = original
    ? { id: original.id, title: original.title, dueDate: original.dueDate, indicator: { ...original.indicator }, major: original.major }
    : { goalId: props.mode === 'create' ? props.goalId : undefined, title: '', dueDate: '', indicator: { kind: 'deliverable', description: '', value: null }, major: false };
  const form = useForm<FormInput, unknown, CreateValues | UpdateValues>({
    resolver: schemaResolver(schema as never) as unknown as Resolver<FormInput, unknown, CreateValues | UpdateValues>,
    defaultValues,
  });
  const { register, formState, control } = form;
  const errors = formState.errors;
  const [failure, setFailure] = useState<string | null>(null);
  const [dueDate, kind] = useWatch({ control, name: ['dueDate', 'indicator.kind'] });
  const moved = original !== null && dueDate !== original.dueDate;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      if (props.mode === 'create') await props.save(values as CreateValues);
      else await props.save(values as UpdateValues);
    } catch (err) {
      if (!applyServerIssues(err, form.setError)) setFailure(errorMessage(err));
    }
  });

  return (
    <FormSchemaProvider schema={schema}>
    <form className="stack milestone-form" onSubmit={onSubmit} noValidate aria-label={original ? intl.formatMessage({ id: 'goals.milestoneForm.labelEdit' }, { title: original.title }) : intl.formatMessage({ id: 'goals.milestoneForm.labelNew' })}>
      <div className="inline-form">
        <TextField label={intl.formatMessage({ id: 'goals.milestoneForm.title' })} error={errors.title?.message} {...register('title')} />
        <TextField label={intl.formatMessage({ id: 'goals.milestoneForm.dueDate' })} type="date" error={errors.dueDate?.message} {...register('dueDate')} />
        <SelectField label={intl.formatMessage({ id: 'goals.milestoneForm.indicator' })} options={indicatorOptions()} error={errors.indicator?.kind?.message} {...register('indicator.kind')} />
        <TextField
          label={intl.formatMessage({ id: kind === 'quantified-improvement' ? 'goals.milestoneForm.improvement' : 'goals.milestoneForm.value' })}
          type="number"
          step="any"
          error={errors.indicator?.value?.message}
          {...register('indicator.value', { setValueAs: numberOrNull })}
        />
      </div>
      <TextField
        label={intl.formatMessage({ id: 'goals.milestoneForm.proof' })}
        placeholder={intl.formatMessage({ id: 'goals.milestoneForm.proofPlaceholder' })}
        error={errors.indicator?.description?.message}
        {...register('indicator.description')}
      />
      <CheckboxField label={intl.formatMessage({ id: 'goals.milestoneForm.major' })} {...register('major')} />
      {moved && (
        <div className="recalibration card-inset">
          <p className="recalibration-note">
            <FormattedMessage id="goals.milestoneForm.movedNote" />
          </p>
          <TextAreaField
            label={intl.formatMessage({ id: 'goals.milestoneForm.whyMove' })}
            rows={2}
            error={errors.reason?.message}
            {...register('reason', { setValueAs: (v: string | undefined) => (v?.trim() ? v : undefined) })}
          />
        </div>
      )}
      {failure && (
        <ErrorBanner>
          {failure}
        </ErrorBanner>
      )}
      <div className="row">
        <Button type="submit" variant="primary" busy={formState.isSubmitting}>
          <FormattedMessage id={original ? 'goals.milestoneForm.save' : 'goals.milestoneForm.add'} />
        </Button>
        <Button variant="ghost" onClick={props.onCancel}>
          <FormattedMessage id="goals.form.cancel" />
        </Button>
      </div>
    </form>
    </FormSchemaProvider>
  );
}
