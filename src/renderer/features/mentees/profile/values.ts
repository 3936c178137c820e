import type { Mentee, MenteeProfileInput } from '../../../../shared/mentees/schema';

/** What a new mentee's form starts with. */
export function emptyProfile(): MenteeProfileInput {
  return { name: '', role: '', team: '', startDate: null, status: 'prospective', aspirations: '', careerAims: [], strengths: [], gaps: [], interests: [], documentLocale: null };
}

/** A stored mentee as the form's values; career aims and interests keep their ids. */
export function profileOf(mentee: Mentee): MenteeProfileInput {
  return {
    name: mentee.name,
    role: mentee.role,
    team: mentee.team,
    startDate: mentee.startDate,
    status: mentee.status,
    aspirations: mentee.aspirations,
    documentLocale: mentee.documentLocale,
    careerAims: mentee.careerAims.map((a) => ({ id: a.id, title: a.title, horizon: a.horizon })),
    strengths: [...mentee.strengths],
    gaps: [...mentee.gaps],
    interests: mentee.interests.map((i) => ({ ...i })),
  };
}
