import { schemaResolver } from '../../components/schema-resolver';
import { useDeferredValue, useId, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { MAX_TAGS_PER_NOTE, normaliseTag, tag } from '../../../shared/notes/tags';
import { noteFields, type NoteFieldsInput, type NoteFieldsValues } from '../../../shared/notes/schema';
import { errorMessage } from '../../bridge/client';
import { applyServerIssues } from '../../bridge/form-errors';
import { useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ChipsField } from '../../components/ChipsField';
import { TextAreaField, TextField } from '../../components/Field';
import { MenteeSelect } from '../../components/MenteeSelect';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { MeetingLink } from './MeetingLink';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormSchemaProvider } from '../../components/field-limits';

export interface NoteFormProps {
  defaultValues: NoteFieldsInput;
  /** Saves and answers what the vault stored (the form then starts from it), or throws the refusal. */
  save(values: NoteFieldsValues): Promise<NoteFieldsInput>;
  /** Where the fields sit in the method's input ('note' in notes.update). */
  issuePrefix?: string[];
  submitLabel: string;
  /** Buttons beside Save (copy, delete). */
  actions?: ReactNode;
  /** A line under the buttons (when it was saved). */
  stamp?: ReactNode;
}

/**
 * A private note: mentee, title, tags, and the Markdown source beside its safe preview.
 * The contract's noteFields schema checks it here; refusals from the vault land on the
 * same fields. Ctrl/Cmd+S saves.
 */
export function NoteForm({ defaultValues, save, issuePrefix = [], submitLabel, actions, stamp }: NoteFormProps) {
  const intl = useIntl();
  const form = useForm<NoteFieldsInput, unknown, NoteFieldsValues>({ resolver: schemaResolver(noteFields), defaultValues });
  const { register, control, formState } = form;
  const errors = formState.errors;
  const [failure, setFailure] = useState<string | null>(null);
  const preview = useDeferredValue(useWatch({ control, name: 'body' }) ?? '');
  const menteeId = useWatch({ control, name: 'menteeId' });
  const tags = useVaultQuery('notes.tags', {});
  const previewId = useId();

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      form.reset(await save(values));
    } catch (err) {
      applyServerIssues(err, form.setError, issuePrefix);
      setFailure(intl.formatMessage({ id: 'notes.form.notSaved' }, { reason: errorMessage(err) }));
    }
  });

  return (
    <FormSchemaProvider schema={noteFields}>
    <form
      className="note-editor"
      onSubmit={onSubmit}
      noValidate
      aria-label={intl.formatMessage({ id: 'notes.form.label' })}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          void onSubmit();
        }
      }}
    >
      <div className="card stack">
        <div className="note-meta">
          <Controller
            control={control}
            name="menteeId"
            render={({ field }) => (
              <MenteeSelect
                label={intl.formatMessage({ id: 'notes.form.mentee' })}
                emptyLabel={intl.formatMessage({ id: 'notes.form.chooseMentee' })}
                // The schema's message is about numbers; the field asks for a person.
                error={errors.menteeId ? intl.formatMessage({ id: 'notes.form.chooseMentee' }) : undefined}
                name={field.name}
                ref={field.ref}
                value={field.value === undefined || Number.isNaN(field.value) ? '' : String(field.value)}
                onChange={(e) => field.onChange(e.target.value === '' ? undefined : Number(e.target.value))}
                onBlur={field.onBlur}
              />
            )}
          />
          <TextField label={intl.formatMessage({ id: 'notes.form.title' })} autoComplete="off" error={errors.title?.message} {...register('title')} />
        </div>
        <ChipsField
          control={control}
          name="tags"
          label={intl.formatMessage({ id: 'notes.form.tags' })}
          itemLabel={intl.formatMessage({ id: 'notes.form.tag' })}
          hint={intl.formatMessage({ id: 'notes.form.tagsHint' })}
          placeholder={intl.formatMessage({ id: 'notes.form.tagsPlaceholder' })}
          normalise={normaliseTag}
          check={(t) => tag.safeParse(t).error?.issues[0]?.message}
          suggestions={tags.data?.map((t) => t.tag)}
          max={MAX_TAGS_PER_NOTE}
        />
        <Controller
          control={control}
          name="meetingId"
          render={({ field }) => <MeetingLink menteeId={menteeId} value={field.value ?? null} onChange={field.onChange} />}
        />
      </div>
      <div className="note-panes">
        <TextAreaField
          label={intl.formatMessage({ id: 'notes.form.body' })}
          className="note-source"
          spellCheck
          error={errors.body?.message}
          hint={intl.formatMessage({ id: 'notes.form.bodyHint' })}
          {...register('body')}
        />
        <section className="note-preview" aria-labelledby={previewId}>
          <h2 className="note-preview-label" id={previewId}>
            <FormattedMessage id="notes.form.preview" />
          </h2>
          <div className="note-preview-body">
            {preview.trim() ? <SafeMarkdown source={preview} /> : (
              <p className="note-preview-empty">
                <FormattedMessage id="notes.form.previewEmpty" />
              </p>
            )}
          </div>
        </section>
      </div>
      <div className="note-footer">
        <div className="row">
          <Button type="submit" variant="primary" busy={formState.isSubmitting} aria-keyshortcuts="Control+S">
            {submitLabel}
          </Button>
          {actions}
          {formState.isDirty && (
            <span className="muted">
              <FormattedMessage id="notes.form.unsaved" />
            </span>
          )}
        </div>
        {stamp}
      </div>
      {failure && (
        <ErrorBanner>
          {failure}
        </ErrorBanner>
      )}
    </form>
    </FormSchemaProvider>
  );
}
