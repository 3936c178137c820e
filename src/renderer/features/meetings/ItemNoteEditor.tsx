import { useIntl } from 'react-intl';
import { useRef, useState } from 'react';
import { saveDraftInput } from '../../../shared/meetings/capture';
import type { MeetingReport } from '../../../shared/meetings/meeting';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField } from '../../components/Field';
import { useFocusOnClose } from '../../components/useFocusOnClose';
import { useSchemaForm } from '../../components/useSchemaForm';
import { MEETING_QUERIES } from './stale';

type Note = MeetingReport['itemNotes'][number];

/** One agenda item's notes, as written in the meeting, with Edit to correct or complete them afterwards. */
export function ItemNoteEditor({ meetingId, note, headingLevel }: { meetingId: number; note: Note; headingLevel: 3 | 4 }) {
  const intl = useIntl();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const H = headingLevel === 3 ? 'h3' : 'h4';
  useFocusOnClose(editing, editButton);
  const close = () => setEditing(false);
  return (
    <div className="item-note">
      <div className="item-note-head">
        <H>{note.title}</H>
        {!editing && (
          <Button ref={editButton} size="small" variant="ghost" aria-label={intl.formatMessage({ id: 'meetings.itemNote.editName' }, { title: note.title })} onClick={() => setEditing(true)}>
            {intl.formatMessage({ id: 'meetings.itemNote.edit' })}
          </Button>
        )}
      </div>
      {editing ? <NoteForm meetingId={meetingId} note={note} onDone={close} /> : <p className="item-note-text">{note.notes}</p>}
    </div>
  );
}

function NoteForm({ meetingId, note, onDone }: { meetingId: number; note: Note; onDone(): void }) {
  const intl = useIntl();
  const save = useVaultMutation('meetings.saveDraft', { invalidate: MEETING_QUERIES });
  const { form, errors, failure, onSubmit } = useSchemaForm(saveDraftInput, { meetingId, field: `item:${note.itemId}`, text: note.notes }, (values) => save.mutateAsync(values), {
    after: (outcome) => outcome === 'saved' && onDone(),
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label={intl.formatMessage({ id: 'meetings.itemNote.form' }, { title: note.title })}>
      <TextAreaField label={intl.formatMessage({ id: 'meetings.itemNote.label' }, { title: note.title })} rows={5} autoFocus error={errors.text?.message} {...form.register('text')} />
      {failure && <ErrorBanner>{failure}</ErrorBanner>}
      <div className="row">
        <Button type="submit" variant="primary" size="small" busy={save.isPending}>
          {intl.formatMessage({ id: 'meetings.itemNote.save' })}
        </Button>
        <Button size="small" onClick={onDone}>
          {intl.formatMessage({ id: 'meetings.cancel' })}
        </Button>
      </div>
    </form>
  );
}
