import type { searchContract } from '../../../shared/search/contract';
import type { HandlersFor } from '../../ipc/router';
import { searchEverything } from './everything';

export const searchHandlers: HandlersFor<typeof searchContract> = {
  'search.everything': (input, { session }) => searchEverything(session.db, input),
};
