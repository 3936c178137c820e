import { method } from '../contract/define';
import type { Page } from '../primitives';
import {
  copyNoteInput,
  createNoteInput,
  listNotesInput,
  listTagsInput,
  noteIdInput,
  searchNotesInput,
  updateNoteInput,
  type ClipboardCopy,
  type Note,
  type NoteSearchHit,
  type NoteSummary,
  type TagCount,
} from './schema';

/** Private notes: confidential, never exported; every output carries `confidential: true`. */
export const notesContract = {
  'notes.list': method(listNotesInput).returns<Page<NoteSummary>>(),
  'notes.get': method(noteIdInput).returns<Note>(),
  'notes.create': method(createNoteInput).returns<Note>(),
  'notes.update': method(updateNoteInput).returns<Note>(),
  /** Removes the note and its words from the search index; secure delete overwrites both. */
  'notes.delete': method(noteIdInput).returns<{ deleted: true }>(),
  'notes.search': method(searchNotesInput).returns<Page<NoteSearchHit>>(),
  'notes.tags': method(listTagsInput).returns<TagCount[]>(),
  /** Copies note text to the clipboard, which is cleared again after the configured seconds. */
  'notes.copy': method(copyNoteInput).returns<ClipboardCopy>(),
};
