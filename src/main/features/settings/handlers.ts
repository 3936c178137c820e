import type { settingsContract } from '../../../shared/settings/contract';
import type { HandlersFor } from '../../ipc/router';

export const settingsHandlers: HandlersFor<typeof settingsContract> = {
  'settings.get': (_input, { session }) => session.settings,
  'settings.update': (patch, { session }) => session.updateSettings(patch),
};
