import { useId, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { call } from '../../../bridge/client';
import { useVaultQuery } from '../../../bridge/hooks';
import { ConfidentialBadge } from '../../../components/ConfidentialBadge';
import type { Autosave } from './autosave';
import { useContentLocale } from '../../../i18n/content-locale';

/**
 * The mentor's private note on this meeting: kept in the confidential notes store (never
 * in the meeting record or any export), saved as typed like the rest.
 */
export function PrivateNote({ meetingId, noteId: initialId, autosave }: { meetingId: number; noteId: number | null; autosave: Autosave }) {
  // The note's default title is written in the screens' language.
  const locale = useContentLocale();
  const id = useId();
  const existing = useVaultQuery('notes.get', { id: initialId ?? 0 }, { enabled: initialId !== null, staleTime: Infinity });
  const noteId = useRef<number | null>(initialId);
  // Until the mentor types, the stored note shows; null while it is still loading.
  const [typed, setText] = useState<string | null>(null);
  const text = typed ?? (initialId === null ? '' : (existing.data?.body ?? null));

  return (
    <details className="private-note">
      <summary>
        <FormattedMessage id="meetingsMode.private.title" /> <ConfidentialBadge />
      </summary>
      <label className="field-label" htmlFor={id}>
        <FormattedMessage id="meetingsMode.private.label" />
      </label>
      <textarea
        id={id}
        className="input textarea"
        rows={4}
        value={text ?? ''}
        disabled={text === null}
        onChange={(e) => {
          setText(e.target.value);
          autosave.change('private-note', e.target.value, async (value) => {
            const saved = await call('meetings.savePrivateNote', { meetingId, noteId: noteId.current, text: value, locale });
            noteId.current = saved.noteId;
          });
        }}
      />
    </details>
  );
}
