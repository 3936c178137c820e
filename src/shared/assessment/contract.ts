import { method } from '../contract/define';
import type { Page } from '../primitives';
import {
  archiveCompetencyInput,
  assessmentIdInput,
  competencyIdInput,
  createCompetencyInput,
  growthInput,
  listAssessmentsInput,
  listCompetenciesInput,
  recordAssessmentInput,
  reorderCompetenciesInput,
  updateCompetencyInput,
  type Assessment,
  type AssessmentSummary,
  type Competency,
  type CompetencyGrowth,
} from './schema';

export const assessmentContract = {
  'competencies.list': method(listCompetenciesInput).returns<Competency[]>(),
  'competencies.create': method(createCompetencyInput).returns<Competency>(),
  'competencies.update': method(updateCompetencyInput).returns<Competency>(),
  'competencies.archive': method(archiveCompetencyInput).returns<Competency>(),
  'competencies.reorder': method(reorderCompetenciesInput).returns<Competency[]>(),
  /** Only a competency nobody was rated on; otherwise archive it (CONFLICT). */
  'competencies.delete': method(competencyIdInput).returns<{ deleted: true }>(),
  'assessments.list': method(listAssessmentsInput).returns<Page<AssessmentSummary>>(),
  'assessments.get': method(assessmentIdInput).returns<Assessment>(),
  /** A new round; a second baseline or a re-assessment before the baseline is refused. */
  'assessments.record': method(recordAssessmentInput).returns<Assessment>(),
  /** Removes a round entered by mistake; the baseline only while no re-assessment follows it. */
  'assessments.delete': method(assessmentIdInput).returns<{ deleted: true }>(),
  'assessments.growth': method(growthInput).returns<CompetencyGrowth[]>(),
};
