import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../src/renderer/app/query-client';
import { ToastProvider } from '../../../src/renderer/components/Toast';
import { NotesTable } from '../../../src/renderer/features/notes/NotesTable';
import { prefetchNotesList } from '../../../src/renderer/features/notes/prefetch';
import { messagesFor } from '../../../src/shared/i18n/catalogue';
import type { NoteSummary } from '../../../src/shared/notes/schema';
import { installFakeBridge } from '../fake-bridge';

const NOTE: NoteSummary = {
  id: 7,
  menteeId: 1,
  menteeName: 'Ada Lovelace',
  meetingId: null,
  title: 'Before the council review',
  excerpt: 'She wants to chair it.',
  tags: ['career'],
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  confidential: true,
};

describe('the notes route prefetch', () => {
  it('asks for exactly the page and tag counts the table then shows, so the table asks for nothing again', async () => {
    const bridge = installFakeBridge({
      'notes.list': () => ({ total: 1, rows: [NOTE] }),
      'notes.tags': () => [{ tag: 'career', count: 1 }],
    });
    const client = createQueryClient();
    prefetchNotesList(client);
    expect(bridge.calls.map((c) => c.method)).toEqual(['notes.list', 'notes.tags']);

    render(
      <QueryClientProvider client={client}>
        <IntlProvider locale="en" messages={messagesFor('en')}>
          <ToastProvider>
            <MemoryRouter>
              <NotesTable />
            </MemoryRouter>
          </ToastProvider>
        </IntlProvider>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('Before the council review')).toBeTruthy();
    // A key that differed from the table's own would show here as a second notes.list.
    expect(bridge.callsTo('notes.list')).toHaveLength(1);
    expect(bridge.callsTo('notes.tags')).toHaveLength(1);
  });
});
