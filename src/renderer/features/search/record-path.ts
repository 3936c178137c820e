import type { SearchHit } from '../../../shared/search/schema';
import { escalationPath } from '../escalations/paths';
import { notePath } from '../notes/paths';

/** Where a search result opens: the record itself, or the mentee's tab that shows it. */
export function recordPath(hit: SearchHit): string {
  const tab = (name: string, query = '') => `/mentees/${hit.menteeId}/${name}${query}`;
  switch (hit.kind) {
    case 'note':
      return notePath(hit.id);
    case 'meeting':
      return `/meetings/${hit.id}`;
    case 'escalation':
      return escalationPath(hit.id);
    case 'goal':
      return tab('goals', `?goal=${hit.id}`);
    case 'milestone':
      return tab('goals', `?goal=${hit.parentId ?? ''}`);
    case 'charter':
      return tab('charter', `?version=${hit.parentId ?? ''}`);
    case 'debrief':
    case 'resource':
      return tab('learning');
    case 'decision':
    case 'evidence':
      return tab('records');
  }
}
