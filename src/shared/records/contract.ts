import { method } from '../contract/define';
import type { Page } from '../primitives';
import {
  createDeadlineInput,
  createDecisionInput,
  createEvidenceInput,
  createProgressReportInput,
  createSponsorshipInput,
  listDeadlinesInput,
  listDecisionsInput,
  listEvidenceInput,
  listProgressReportsInput,
  listSponsorshipInput,
  recordIdInput,
  setDeadlineDoneInput,
  updateDeadlineInput,
  updateEvidenceInput,
  updateProgressReportInput,
  updateSponsorshipInput,
  type Deadline,
  type Decision,
  type Evidence,
  type ProgressReport,
  type SponsorshipMoment,
} from './schema';

type Deleted = { deleted: true };

export const recordsContract = {
  'decisions.list': method(listDecisionsInput).returns<Page<Decision>>(),
  'decisions.get': method(recordIdInput).returns<Decision>(),
  /** The decision log is a trail: decisions are added, never edited or deleted. */
  'decisions.create': method(createDecisionInput).returns<Decision>(),
  'sponsorship.list': method(listSponsorshipInput).returns<Page<SponsorshipMoment>>(),
  'sponsorship.get': method(recordIdInput).returns<SponsorshipMoment>(),
  'sponsorship.create': method(createSponsorshipInput).returns<SponsorshipMoment>(),
  'sponsorship.update': method(updateSponsorshipInput).returns<SponsorshipMoment>(),
  'sponsorship.delete': method(recordIdInput).returns<Deleted>(),
  'evidence.list': method(listEvidenceInput).returns<Page<Evidence>>(),
  'evidence.get': method(recordIdInput).returns<Evidence>(),
  'evidence.create': method(createEvidenceInput).returns<Evidence>(),
  'evidence.update': method(updateEvidenceInput).returns<Evidence>(),
  /** Refused (CONFLICT) while a done milestone names it as its proof. */
  'evidence.delete': method(recordIdInput).returns<Deleted>(),
  'deadlines.list': method(listDeadlinesInput).returns<Page<Deadline>>(),
  'deadlines.create': method(createDeadlineInput).returns<Deadline>(),
  'deadlines.update': method(updateDeadlineInput).returns<Deadline>(),
  'deadlines.setDone': method(setDeadlineDoneInput).returns<Deadline>(),
  'deadlines.delete': method(recordIdInput).returns<Deleted>(),
  'progressReports.list': method(listProgressReportsInput).returns<Page<ProgressReport>>(),
  'progressReports.get': method(recordIdInput).returns<ProgressReport>(),
  'progressReports.create': method(createProgressReportInput).returns<ProgressReport>(),
  'progressReports.update': method(updateProgressReportInput).returns<ProgressReport>(),
  'progressReports.delete': method(recordIdInput).returns<Deleted>(),
};
