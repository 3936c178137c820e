import { method } from '../contract/define';
import { empty } from '../primitives';
import { resetAgendaTemplateInput, updateAgendaTemplateInput, type AgendaTemplate } from './agenda';
import { createRubricInput, rubricIdInput, updateRubricInput, type RubricTemplate } from './rubric';

/** What new meetings start from: each kind's agenda and the rubrics a review is scored with. */
export const templatesContract = {
  /** One template per meeting kind, in the kinds' order. */
  'templates.agendas': method(empty).returns<AgendaTemplate[]>(),
  /** Replaces a kind's agenda; meetings already planned keep their own. */
  'templates.updateAgenda': method(updateAgendaTemplateInput).returns<AgendaTemplate>(),
  /** A kind's agenda back to the one the app starts with, in the language asked for. */
  'templates.resetAgenda': method(resetAgendaTemplateInput).returns<AgendaTemplate>(),
  'templates.rubrics': method(empty).returns<RubricTemplate[]>(),
  'templates.createRubric': method(createRubricInput).returns<RubricTemplate>(),
  'templates.updateRubric': method(updateRubricInput).returns<RubricTemplate>(),
  /** The default rubric is given to new review meetings. */
  'templates.setDefaultRubric': method(rubricIdInput).returns<RubricTemplate>(),
  /** Refused for the default rubric; meetings scored with it keep their scores. */
  'templates.deleteRubric': method(rubricIdInput).returns<{ deleted: true }>(),
};
