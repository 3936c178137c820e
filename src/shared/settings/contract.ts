import { method } from '../contract/define';
import { empty } from '../primitives';
import { updateSettingsInput, type AppSettings } from './schema';

/** The app's settings on this computer; they live outside the vault, so they answer while it is locked. */
export const settingsContract = {
  'settings.get': method(empty).returns<AppSettings>(),
  'settings.update': method(updateSettingsInput).returns<AppSettings>(),
};
