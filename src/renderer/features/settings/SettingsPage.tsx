import { FormattedMessage } from 'react-intl';
import { BackupScheduleCard } from '../backup/BackupScheduleCard';
import { SyncCard } from '../sync/SyncCard';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { LanguageSetting } from './LanguageSetting';
import { SettingsForm } from './SettingsForm';
import { SpellCheckSetting } from './SpellCheckSetting';
import { VaultInfoCard } from './VaultInfoCard';
import './settings.css';
import { PageHeader } from '../../components/PageHeader';

export default function SettingsPage() {
  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="settings.title" />} intro={<FormattedMessage id="settings.intro" />} />
      <div className="settings-grid">
        <SettingsForm />
        <LanguageSetting />
        <BackupScheduleCard />
        <SyncCard />
        <SpellCheckSetting />
        <ChangePassphraseForm />
        <VaultInfoCard />
      </div>
    </div>
  );
}
