import { Link, useNavigate } from 'react-router';
import { useVaultMutation } from '../../bridge/hooks';
import { useToast } from '../../components/Toast';
import { MenteeProfileForm } from './profile/MenteeProfileForm';
import { emptyProfile } from './profile/values';

export default function NewMenteePage() {
  const navigate = useNavigate();
  const { notify } = useToast();
  const create = useVaultMutation('mentees.create', { invalidate: ['mentees.'] });
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <Link to="/mentees" className="back-link">
            ← Mentees
          </Link>
          <h1>New mentee</h1>
        </div>
      </header>
      <MenteeProfileForm
        defaultValues={emptyProfile()}
        submitLabel="Add mentee"
        save={async (values) => {
          const mentee = await create.mutateAsync(values);
          notify('success', 'Mentee added.');
          void navigate(`/mentees/${mentee.id}`);
        }}
        actions={
          <Link to="/mentees" className="btn btn-ghost">
            Cancel
          </Link>
        }
      />
    </div>
  );
}
