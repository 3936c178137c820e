import type { templatesContract } from '../../../shared/templates/contract';
import type { HandlersFor } from '../../ipc/router';
import { listAgendaTemplates, resetAgendaTemplate, updateAgendaTemplate } from './agenda';
import { createRubric, deleteRubric, listRubrics, setDefaultRubric, updateRubric } from './rubric';

export const templateHandlers: HandlersFor<typeof templatesContract> = {
  'templates.agendas': (_input, { session }) => listAgendaTemplates(session.db),
  'templates.updateAgenda': ({ kind, items }, { session }) => updateAgendaTemplate(session.db, kind, items),
  'templates.resetAgenda': ({ kind, locale }, { session }) => resetAgendaTemplate(session.db, kind, locale),
  'templates.rubrics': (_input, { session }) => listRubrics(session.db),
  'templates.createRubric': (values, { session }) => createRubric(session.db, values),
  'templates.updateRubric': ({ id, ...values }, { session }) => updateRubric(session.db, id, values),
  'templates.setDefaultRubric': ({ id }, { session }) => setDefaultRubric(session.db, id),
  'templates.deleteRubric': ({ id }, { session }) => {
    deleteRubric(session.db, id);
    return { deleted: true as const };
  },
};
