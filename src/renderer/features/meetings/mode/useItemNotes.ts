import { useState } from 'react';
import type { Meeting } from '../../../../shared/meetings/meeting';
import { call } from '../../../bridge/client';
import type { Autosave } from './autosave';

/** Each agenda item's notes as typed in the mode, saved as drafts while they are typed. */
export function useItemNotes(meeting: Meeting, autosave: Pick<Autosave, 'change'>) {
  const [notes, setNotes] = useState<Record<number, string>>(() => Object.fromEntries(meeting.agenda.map((i) => [i.id, i.notes])));
  const type = (itemId: number, text: string) => {
    setNotes((n) => ({ ...n, [itemId]: text }));
    autosave.change(`item:${itemId}`, text, (v) => call('meetings.saveDraft', { meetingId: meeting.id, field: `item:${itemId}`, text: v }));
  };
  return { notesOf: (itemId: number) => notes[itemId] ?? '', type };
}
