import { useIntl } from 'react-intl';
import { useVaultMutation } from '../../bridge/hooks';
import { useToast } from '../../components/Toast';
import { useCurrentMentee } from './mentee-context';
import { MenteeProfileForm } from './profile/MenteeProfileForm';
import { profileOf } from './profile/values';

export default function ProfileTab() {
  const mentee = useCurrentMentee();
  const { notify } = useToast();
  const update = useVaultMutation('mentees.update', { invalidate: ['mentees.'] });
  const intl = useIntl();
  return (
    <MenteeProfileForm
      // A different mentee is a different form.
      key={mentee.id}
      defaultValues={profileOf(mentee)}
      submitLabel={intl.formatMessage({ id: 'mentees.profile.save' })}
      issuePrefix={['profile']}
      save={async (profile) => {
        const stored = await update.mutateAsync({ id: mentee.id, profile });
        notify('success', intl.formatMessage({ id: 'mentees.profile.saved' }));
        return profileOf(stored);
      }}
    />
  );
}
