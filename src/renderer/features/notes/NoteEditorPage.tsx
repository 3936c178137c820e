import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Note, NoteFieldsInput } from '../../../shared/notes/schema';
import { errorMessage, isBridgeError } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { EmptyState } from '../../components/EmptyState';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { formatDateTime } from '../mentees/format';
import { DeleteNoteDialog } from './DeleteNoteDialog';
import { NoteForm } from './NoteForm';
import { notePath } from './paths';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../mentees/mentees.css';
import './notes.css';

const fieldsOf = (n: Note): NoteFieldsInput => ({ menteeId: n.menteeId, meetingId: n.meetingId, title: n.title, body: n.body, tags: n.tags });

const positiveId = (raw: string | null | undefined) => {
  const n = Number(raw);
  return raw && Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

/** /notes/new (?mentee=&meeting=) and /notes/:noteId: write, edit, copy or delete one private note. */
export default function NoteEditorPage() {
  const { noteId } = useParams();
  return noteId === undefined ? <NewNote /> : <ExistingNote id={positiveId(noteId)} />;
}

function Header({ title, mentee }: { title: string; mentee?: { id: number; name: string } }) {
  return (
    <header className="page-header">
      <div>
        <Link to={mentee ? `/mentees/${mentee.id}/notes` : '/notes'} className="back-link">
          {mentee ? <FormattedMessage id="notes.editor.backMentee" values={{ name: mentee.name }} /> : <FormattedMessage id="notes.editor.back" />}
        </Link>
        <div className="title-with-badge">
          <h1>{title}</h1>
          <ConfidentialBadge />
        </div>
      </div>
    </header>
  );
}

function NewNote() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { notify } = useToast();
  const create = useVaultMutation('notes.create', { invalidate: ['notes.'] });
  const menteeId = positiveId(params.get('mentee'));
  return (
    <div className="page">
      <Header title={intl.formatMessage({ id: 'notes.editor.newTitle' })} />
      <NoteForm
        defaultValues={{ menteeId: menteeId as number, meetingId: positiveId(params.get('meeting')) ?? null, title: '', body: '', tags: [] }}
        submitLabel={intl.formatMessage({ id: 'notes.editor.save' })}
        save={async (values) => {
          const note = await create.mutateAsync(values);
          notify('success', intl.formatMessage({ id: 'notes.editor.saved' }));
          void navigate(notePath(note.id), { replace: true });
          return fieldsOf(note);
        }}
      />
    </div>
  );
}

function ExistingNote({ id }: { id: number | undefined }) {
  const intl = useIntl();
  const note = useVaultQuery('notes.get', { id: id ?? 0 }, { enabled: id !== undefined });
  if (id === undefined || isBridgeError(note.error, 'NOT_FOUND')) {
    return (
      <div className="page">
        <EmptyState
          title={intl.formatMessage({ id: 'notes.editor.notFound' })}
          action={
            <Link to="/notes">
              <FormattedMessage id="notes.editor.backToNotes" />
            </Link>
          }
        >
          <FormattedMessage id="notes.editor.notFoundText" />
        </EmptyState>
      </div>
    );
  }
  if (note.error) {
    return (
      <div className="page">
        <ErrorBanner error={note.error} />
      </div>
    );
  }
  if (!note.data) {
    return (
      <div className="page">
        <ProgressIndicator label={intl.formatMessage({ id: 'notes.editor.opening' })} />
      </div>
    );
  }
  // A different note is a different form.
  return <NoteEditor key={note.data.id} note={note.data} />;
}

function NoteEditor({ note }: { note: Note }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const { notify } = useToast();
  // The version the form started from: a save by someone else in between is a CONFLICT.
  const [saved, setSaved] = useState(note);
  const [deleting, setDeleting] = useState(false);
  const update = useVaultMutation('notes.update', { invalidate: ['notes.'] });
  const copy = useVaultMutation('notes.copy', {
    onSuccess: (r) => notify('success', intl.formatMessage({ id: 'notes.editor.copied' }, { seconds: r.clearsAfterSeconds })),
    onError: (err) => notify('error', intl.formatMessage({ id: 'notes.editor.notCopied' }, { reason: errorMessage(err) })),
  });

  return (
    <div className="page">
      <Header title={saved.title || intl.formatMessage({ id: 'notes.editor.untitled' })} mentee={{ id: saved.menteeId, name: saved.menteeName }} />
      <NoteForm
        defaultValues={fieldsOf(saved)}
        submitLabel={intl.formatMessage({ id: 'notes.editor.save' })}
        issuePrefix={['note']}
        save={async (values) => {
          const stored = await update.mutateAsync({ id: saved.id, note: values, expectedUpdatedAt: saved.updatedAt });
          setSaved(stored);
          notify('success', intl.formatMessage({ id: 'notes.editor.saved' }));
          return fieldsOf(stored);
        }}
        actions={
          <>
            <Button busy={copy.isPending} onClick={() => copy.mutate({ id: saved.id, part: 'all' })} title={intl.formatMessage({ id: 'notes.editor.copyTitle' })}>
              <FormattedMessage id="notes.editor.copy" />
            </Button>
            <Button variant="danger" onClick={() => setDeleting(true)}>
              <FormattedMessage id="notes.editor.delete" />
            </Button>
          </>
        }
        stamp={
          <p className="note-stamp">
            <FormattedMessage id="notes.editor.stamp" values={{ created: formatDateTime(saved.createdAt), saved: formatDateTime(saved.updatedAt) }} />
          </p>
        }
      />
      <DeleteNoteDialog
        noteId={saved.id}
        open={deleting}
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          setDeleting(false);
          notify('success', intl.formatMessage({ id: 'notes.editor.deleted' }));
          void navigate(`/mentees/${saved.menteeId}/notes`);
        }}
      />
    </div>
  );
}
