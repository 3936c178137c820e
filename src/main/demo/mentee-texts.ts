/** The words of the demo's mentee profiles, in English; `mentee-texts.de.ts` has the same lists in German. People's names stay as they are. */
export const en = {
  ROLES: ['Software Engineer', 'Senior Engineer', 'Product Designer', 'Data Analyst', 'Engineering Manager', 'Product Manager', 'QA Engineer', 'Site Reliability Engineer', 'UX Researcher', 'Tech Lead'],
  TEAMS: ['Payments', 'Platform', 'Growth', 'Mobile', 'Data', 'Identity', 'Search', 'Infrastructure', 'Checkout', 'Design Systems'],
  AIMS: ['Become a staff engineer', 'Lead a cross-team initiative', 'Move into engineering management', 'Own a product area end to end', 'Speak at an industry conference', 'Mentor junior colleagues', 'Build deep expertise in distributed systems', 'Grow into a principal designer'],
  STRENGTHS: ['Clear written communication', 'Calm under pressure', 'Strong debugging instincts', 'Curious and quick to learn', 'Trusted by peers', 'Thorough code reviews', 'Good at breaking down problems', 'Empathetic with users'],
  GAPS: ['Delegating work', 'Pushing back on scope', 'Presenting to senior leaders', 'Estimating larger projects', 'Giving critical feedback', 'Visibility outside the team', 'Prioritising ruthlessly', 'Stakeholder management'],
  AREAS: ['Architecture reviews', 'Hiring and interviewing', 'Incident command', 'Public speaking', 'Product strategy', 'Machine learning', 'Accessibility', 'Budget planning', 'Open source', 'Security'],
  HORIZONS: ['1 year', '2 years', '3-5 years'],
  aspiration: (aim: string) => `Wants to ${aim.toLowerCase()} within three years.`,
};
export type MenteeTexts = typeof en;
