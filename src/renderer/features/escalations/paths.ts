export const escalationPath = (id: number) => `/escalations/${id}`;
export const newEscalationPath = (menteeId?: number) => (menteeId === undefined ? '/escalations/new' : `/escalations/new?mentee=${menteeId}`);
