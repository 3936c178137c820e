import { FormattedMessage } from 'react-intl';
import { BackupScheduleCard } from '../backup/BackupScheduleCard';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { LanguageSetting } from './LanguageSetting';
import { SettingsForm } from './SettingsForm';
import { SpellCheckSetting } from './SpellCheckSetting';
import { VaultInfoCard } from './VaultInfoCard';
import './settings.css';

export default function SettingsPage() {
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>
            <FormattedMessage id="settings.title" />
          </h1>
          <p>
            <FormattedMessage id="settings.intro" />
          </p>
        </div>
      </header>
      <div className="settings-grid">
        <SettingsForm />
        <LanguageSetting />
        <BackupScheduleCard />
        <SpellCheckSetting />
        <ChangePassphraseForm />
        <VaultInfoCard />
      </div>
    </div>
  );
}
