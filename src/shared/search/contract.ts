import { method } from '../contract/define';
import { searchEverythingInput, type SearchResults } from './schema';

/** Search over everything written in the vault; confidential kinds are marked in each hit. */
export const searchContract = {
  'search.everything': method(searchEverythingInput).returns<SearchResults>(),
};
