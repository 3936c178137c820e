import { FormattedMessage, useIntl } from 'react-intl';
import type { Mentee } from '../../../shared/mentees/schema';
import { useVaultMutation } from '../../bridge/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/**
 * Deleting is irreversible, so the mentor types the mentee's exact name; the main
 * process checks it again. Archiving is the usual way to put a mentee aside.
 */
export function DeleteMenteeDialog({ mentee, open, onClose, onDeleted }: { mentee: Mentee; open: boolean; onClose(): void; onDeleted(): void }) {
  const remove = useVaultMutation('mentees.delete', { invalidate: ['mentees.'] });
  const intl = useIntl();
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title={intl.formatMessage({ id: 'mentees.delete.title' })}
      description={
        <>
          <p>
            <FormattedMessage id="mentees.delete.what" values={{ name: mentee.name, strong: (chunks) => <strong>{chunks}</strong> }} />
          </p>
          <p>
            <FormattedMessage id="mentees.delete.type" />
          </p>
        </>
      }
      confirmLabel={intl.formatMessage({ id: 'mentees.delete.confirm' })}
      variant="danger"
      typeToConfirm={{ label: intl.formatMessage({ id: 'mentees.delete.nameLabel' }), text: mentee.name }}
      onConfirm={async (typed) => {
        await remove.mutateAsync({ id: mentee.id, confirmName: typed });
        onDeleted();
      }}
    />
  );
}
