/** Where notes live in the app (the editor is one page for every mentee). */
export const notePath = (id: number) => `/notes/${id}`;

export function newNotePath(menteeId?: number, meetingId?: number): string {
  const params = new URLSearchParams();
  if (menteeId !== undefined) params.set('mentee', String(menteeId));
  if (meetingId !== undefined) params.set('meeting', String(meetingId));
  const query = params.toString();
  return query ? `/notes/new?${query}` : '/notes/new';
}
