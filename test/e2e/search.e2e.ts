import type { Page } from '@playwright/test';
import type { Bridge } from '../bridge/server';
import { expect, test } from './fixtures';
import { dispatch } from './support/dispatch';

const PASSPHRASE = 'harbour quietly lantern 58 meadows';

/** A person's typing speed: one key every 40 ms, each a real key event. */
const typeLikeAPerson = (page: Page, text: string) => page.keyboard.type(text, { delay: 40 });

/** A mentee with a rehearsal written in a meeting note, a decision and a milestone, and an imposter note. */
async function seed(bridge: Bridge) {
  await dispatch(bridge, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  const ada = await dispatch<{ id: number; careerAims: { id: number }[] }>(bridge, 'mentees.create', {
    name: 'Ada Lovelace',
    status: 'active',
    careerAims: [{ title: 'Become a staff engineer' }],
  });
  const meeting = await dispatch<{ id: number }>(bridge, 'meetings.create', { menteeId: ada.id, kind: 'focused-session', date: '2030-05-01', time: '08:00' });
  await dispatch(bridge, 'meetings.saveDraft', { meetingId: meeting.id, field: 'notes', text: 'A dry rehearsal of the guild talk went well.' });
  await dispatch(bridge, 'decisions.create', { menteeId: ada.id, date: '2030-04-20', decision: 'One more rehearsal before the demo', rationale: 'Nerves before a big room' });
  const goal = await dispatch<{ id: number }>(bridge, 'goals.create', {
    menteeId: ada.id,
    title: 'Present at the guild',
    area: 'visibility',
    specific: { statement: 'Give a talk outside the team' },
    measurable: { metric: 'Talks', unit: 'talks', baseline: 0, target: 2 },
    attainable: { whyRealistic: 'Has material worth showing' },
    relevant: { careerAimId: ada.careerAims[0]!.id },
    timeBound: { targetDate: '2031-01-01' },
  });
  await dispatch(bridge, 'milestones.create', { goalId: goal.id, title: 'Full rehearsal with the team', dueDate: '2030-06-01', indicator: { kind: 'deliverable', description: 'Recording' } });
  await dispatch(bridge, 'notes.create', { menteeId: ada.id, title: 'Imposter feelings', body: 'Talked through the imposter syndrome before the talk.', tags: ['confidence'] });
  await dispatch(bridge, 'escalations.create', { menteeId: ada.id, category: 'wellbeing', severity: 'low', title: 'Imposter worries keep her up at night' });
  return { ada, meeting, goal };
}

test('search as typed across every kind, grouped, keyboard only; Ctrl+K keeps the first keys typed', async ({ app }) => {
  test.skip(!app.bridge, 'seeds the vault through the test bridge');
  test.setTimeout(90_000);
  const { page } = app;
  const { meeting } = await seed(app.bridge!);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Mentees' })).toBeVisible();

  // Ctrl+K and straight on typing at a person's speed: every letter arrives, in order, even
  // on a machine slow enough that the search page appears only after the first keys.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 30 });
  await page.keyboard.press('Control+k');
  await typeLikeAPerson(page, 'rehears');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const box = page.getByRole('combobox', { name: 'Search for' });
  await expect(box).toHaveValue('rehears');
  await expect(box).toBeFocused();

  // A prefix finds the meeting note, the decision and the milestone, grouped with their counts.
  const list = page.getByRole('listbox', { name: 'Search results' });
  await expect(list.getByRole('group')).toHaveCount(3);
  await expect(list.getByRole('group', { name: /^Meetings/ })).toContainText('1');
  await expect(list.getByRole('group', { name: /^Decisions/ }).getByRole('option')).toContainText('One more rehearsal before the demo');
  await expect(list.getByRole('group', { name: /^Milestones/ }).getByRole('option')).toContainText('Full rehearsal with the team');
  await expect(list.getByRole('option').first().locator('mark')).toHaveText(['rehearsal']);
  await app.expectAccessible('search across kinds');

  // Keyboard alone: the arrows move through the groups, Enter opens the meeting.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(box).toHaveAttribute('aria-activedescendant', (await list.getByRole('option').first().getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/meetings/${meeting.id}$`));

  // From another page, Ctrl+K again: the old words give way to the new ones as typed.
  await page.keyboard.press('Control+k');
  await typeLikeAPerson(page, 'impost');
  await expect(box).toHaveValue('impost');
  const notes = list.getByRole('group', { name: /^Private notes/ }).getByRole('option');
  await expect(notes).toHaveCount(1);
  await expect(notes.first()).toContainText('Confidential');
  await expect(notes.first().locator('mark').first()).toHaveText(/^Imposter$/i);
  const escalations = list.getByRole('group', { name: /^Escalations/ }).getByRole('option');
  await expect(escalations.first()).toContainText('Confidential');
  await app.screenshot('search-everything-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectAccessible('search across kinds, dark');
  await app.screenshot('search-everything-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // The notes' own filters: a tag narrows to private notes only.
  await page.getByLabel('Note tag').selectOption('confidence');
  await expect(list.getByRole('group')).toHaveCount(1);
  await expect(list.getByRole('group', { name: /^Private notes/ })).toBeVisible();
  await page.getByLabel('Note tag').selectOption('');

  // With the mouse: a result opens its record.
  await escalations.first().click();
  await expect(page.getByRole('heading', { name: 'Imposter worries keep her up at night', level: 1 })).toBeVisible();
});
