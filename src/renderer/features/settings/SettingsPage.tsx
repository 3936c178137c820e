import { BackupScheduleCard } from '../exports/BackupScheduleCard';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { SettingsForm } from './SettingsForm';
import { SpellCheckSetting } from './SpellCheckSetting';
import { VaultInfoCard } from './VaultInfoCard';
import './settings.css';

export default function SettingsPage() {
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Settings</h1>
          <p>How the vault protects itself on this computer.</p>
        </div>
      </header>
      <div className="settings-grid">
        <SettingsForm />
        <BackupScheduleCard />
        <SpellCheckSetting />
        <ChangePassphraseForm />
        <VaultInfoCard />
      </div>
    </div>
  );
}
