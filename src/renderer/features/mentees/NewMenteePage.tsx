import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { useVaultMutation } from '../../bridge/hooks';
import { useToast } from '../../components/Toast';
import { MenteeProfileForm } from './profile/MenteeProfileForm';
import { emptyProfile } from './profile/values';

export default function NewMenteePage() {
  const navigate = useNavigate();
  const { notify } = useToast();
  const create = useVaultMutation('mentees.create', { invalidate: ['mentees.'] });
  const intl = useIntl();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <Link to="/mentees" className="back-link">
            <FormattedMessage id="mentees.new.back" />
          </Link>
          <h1>
            <FormattedMessage id="mentees.new.title" />
          </h1>
        </div>
      </header>
      <MenteeProfileForm
        defaultValues={emptyProfile()}
        submitLabel={intl.formatMessage({ id: 'mentees.new.submit' })}
        save={async (values) => {
          const mentee = await create.mutateAsync(values);
          notify('success', intl.formatMessage({ id: 'mentees.new.added' }));
          void navigate(`/mentees/${mentee.id}`);
        }}
        actions={
          <Link to="/mentees" className="btn btn-ghost">
            <FormattedMessage id="mentees.new.cancel" />
          </Link>
        }
      />
    </div>
  );
}
