import { method } from '../contract/define';
import type { Page } from '../primitives';
import {
  archiveMenteeInput,
  createMenteeInput,
  deleteMenteeInput,
  listMenteesInput,
  menteeIdInput,
  updateMenteeInput,
  type Mentee,
  type MenteeSummary,
} from './schema';

export const menteesContract = {
  'mentees.list': method(listMenteesInput).returns<Page<MenteeSummary>>(),
  'mentees.get': method(menteeIdInput).returns<Mentee>(),
  'mentees.create': method(createMenteeInput).returns<Mentee>(),
  'mentees.update': method(updateMenteeInput).returns<Mentee>(),
  'mentees.archive': method(archiveMenteeInput).returns<Mentee>(),
  'mentees.delete': method(deleteMenteeInput).returns<{ deleted: true }>(),
};
