import type { notesContract } from '../../../shared/notes/contract';
import type { HandlersFor } from '../../ipc/router';
import { searchNotes } from './search';
import { createNote, deleteNote, getNote, listNotes, listTags, noteText, updateNote } from './store';

export const noteHandlers: HandlersFor<typeof notesContract> = {
  'notes.list': (input, { session }) => listNotes(session.db, input),
  'notes.get': ({ id }, { session }) => getNote(session.db, id),
  'notes.create': (note, { session }) => getNote(session.db, createNote(session.db, note)),
  'notes.update': ({ id, note, expectedUpdatedAt }, { session }) => {
    updateNote(session.db, id, note, expectedUpdatedAt);
    return getNote(session.db, id);
  },
  'notes.delete': ({ id }, { session }) => {
    deleteNote(session.db, id);
    return { deleted: true as const };
  },
  'notes.search': (input, { session }) => searchNotes(session.db, input),
  'notes.tags': ({ menteeId }, { session }) => listTags(session.db, menteeId),
  'notes.copy': ({ id, part }, { session, platform }) => {
    const seconds = session.settings.clipboardClearSeconds;
    platform.copyToClipboard(noteText(session.db, id, part), seconds * 1000);
    return { copied: true as const, clearsAfterSeconds: seconds };
  },
};
