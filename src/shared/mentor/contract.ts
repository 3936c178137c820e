import { method } from '../contract/define';
import type { PdfExportResult } from '../documents/schema';
import { mentorProfile, type MentorProfile } from './schema';
import { empty, type Page } from '../primitives';
import {
  clientUpdate,
  credential,
  exportHoursInput,
  exportRecordInput,
  hoursPeriod,
  listInput,
  mentorGoal,
  practiceReflection,
  recordId,
  sessionAdjustment,
  supervision,
  threshold,
  training,
  type Client,
  type Credential,
  type HoursExportResult,
  type HoursSummary,
  type LoggedSession,
  type MentorGoal,
  type PracticeReflection,
  type Supervision,
  type Threshold,
  type Training,
} from './schema';

const deleted = method(recordId).returns<{ deleted: true }>();

/**
 * The mentor: their name and title (which charters are agreed with), and their own
 * practice: credentials, development goals, training, supervision, reflective practice,
 * and the client-hours log derived from held meetings.
 */
export const mentorContract = {
  'mentor.get': method(empty).returns<MentorProfile>(),
  'mentor.update': method(mentorProfile).returns<MentorProfile>(),
  'mentor.listCredentials': method(listInput).returns<Page<Credential>>(),
  'mentor.createCredential': method(credential.values).returns<Credential>(),
  'mentor.updateCredential': method(credential.update).returns<Credential>(),
  'mentor.deleteCredential': deleted,
  'mentor.listGoals': method(listInput).returns<Page<MentorGoal>>(),
  'mentor.createGoal': method(mentorGoal.values).returns<MentorGoal>(),
  'mentor.updateGoal': method(mentorGoal.update).returns<MentorGoal>(),
  'mentor.deleteGoal': deleted,
  'mentor.listTraining': method(listInput).returns<Page<Training>>(),
  'mentor.createTraining': method(training.values).returns<Training>(),
  'mentor.updateTraining': method(training.update).returns<Training>(),
  'mentor.deleteTraining': deleted,
  'mentor.listSupervision': method(listInput).returns<Page<Supervision>>(),
  'mentor.createSupervision': method(supervision.values).returns<Supervision>(),
  'mentor.updateSupervision': method(supervision.update).returns<Supervision>(),
  'mentor.deleteSupervision': deleted,
  /** Private, like notes: never in an export meant for others (the record PDF takes only marked lessons). */
  'mentor.listReflections': method(listInput).returns<Page<PracticeReflection>>(),
  'mentor.createReflection': method(practiceReflection.values).returns<PracticeReflection>(),
  'mentor.updateReflection': method(practiceReflection.update).returns<PracticeReflection>(),
  'mentor.deleteReflection': deleted,
  'mentor.listThresholds': method(empty).returns<Threshold[]>(),
  'mentor.createThreshold': method(threshold.values).returns<Threshold>(),
  'mentor.updateThreshold': method(threshold.update).returns<Threshold>(),
  'mentor.deleteThreshold': deleted,
  /** Every mentee as the log lists them: paid or pro bono, consent, pseudonym. */
  'mentor.listClients': method(empty).returns<Client[]>(),
  'mentor.updateClient': method(clientUpdate).returns<Client>(),
  /** Held meetings of the period with their counted length. */
  'mentor.sessions': method(hoursPeriod).returns<LoggedSession[]>(),
  'mentor.adjustSession': method(sessionAdjustment).returns<LoggedSession>(),
  /** Totals, per client, per month and year, and progress toward each threshold: what every view and export shows. */
  'mentor.hours': method(hoursPeriod).returns<HoursSummary>(),
  'mentor.exportHours': method(exportHoursInput).returns<HoursExportResult | null>(),
  'mentor.exportRecord': method(exportRecordInput).returns<PdfExportResult | null>(),
};
