import { method } from '../contract/define';
import type { Page } from '../primitives';
import {
  createPracticeInput,
  createResourceInput,
  listPracticeInput,
  listResourcesInput,
  recordIdInput,
  reflectionsInput,
  updatePracticeInput,
  updateResourceInput,
  type PracticeSession,
  type Reflection,
  type Resource,
} from './schema';

export const learningContract = {
  'resources.list': method(listResourcesInput).returns<Page<Resource>>(),
  'resources.get': method(recordIdInput).returns<Resource>(),
  'resources.create': method(createResourceInput).returns<Resource>(),
  'resources.update': method(updateResourceInput).returns<Resource>(),
  'resources.delete': method(recordIdInput).returns<{ deleted: true }>(),
  'practice.list': method(listPracticeInput).returns<Page<PracticeSession>>(),
  'practice.get': method(recordIdInput).returns<PracticeSession>(),
  'practice.create': method(createPracticeInput).returns<PracticeSession>(),
  /** Also where the debrief (attempted, learned, next adjustment) is written. */
  'practice.update': method(updatePracticeInput).returns<PracticeSession>(),
  'practice.delete': method(recordIdInput).returns<{ deleted: true }>(),
  /** The attempted / learned / next view across the plan, newest first. */
  'learning.reflections': method(reflectionsInput).returns<Page<Reflection>>(),
};
