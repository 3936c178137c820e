import { useState } from 'react';
import { RATER_RELATIONSHIPS, type RaterRelationship } from '../../../shared/feedback/schema';
import { RELATIONSHIP_LABELS } from '../../../shared/feedback/labels';
import { FORM_KIND_LABELS, MADE_FORM_KINDS } from '../../../shared/forms/schema';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';

type MadeKind = (typeof MADE_FORM_KINDS)[number];

export interface MakeFormDialogProps {
  open: boolean;
  onClose(): void;
  menteeId: number;
  /** On a meeting's page: the self-assessment for that meeting is offered. */
  meetingId?: number | undefined;
}

/** Which form, for whom; then the save dialog. A cancelled save answers null and the dialog stays. */
export function MakeFormDialog(props: MakeFormDialogProps) {
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title="Make a form to fill in"
      description="A PDF the mentee or a rater fills in any PDF reader, with no account; import the returned file here."
    >
      {props.open && <MakeForm {...props} />}
    </Dialog>
  );
}

function MakeForm({ onClose, menteeId, meetingId }: MakeFormDialogProps) {
  const kinds = MADE_FORM_KINDS.filter((k) => k !== 'self-assessment' || meetingId !== undefined);
  const [kind, setKind] = useState<MadeKind>(kinds[0]!);
  const [relationship, setRelationship] = useState<RaterRelationship>('peer');
  const [raterName, setRaterName] = useState('');
  const make = useVaultMutation('forms.make');
  const busy = make.isPending;
  return (
    <div className="stack">
      <SelectField
        label="Form"
        value={kind}
        disabled={busy}
        hint={meetingId === undefined ? 'A self-assessment is made from a meeting\'s page, for that meeting.' : undefined}
        options={kinds.map((k) => ({ value: k, label: FORM_KIND_LABELS[k] }))}
        onChange={(event) => {
          setKind(event.target.value as MadeKind);
          make.reset();
        }}
      />
      {kind === 'feedback' && (
        <>
          <SelectField
            label="The rater is the mentee's"
            value={relationship}
            disabled={busy}
            options={RATER_RELATIONSHIPS.map((r) => ({ value: r, label: RELATIONSHIP_LABELS[r] }))}
            onChange={(event) => setRelationship(event.target.value as RaterRelationship)}
          />
          <TextField
            label="Rater's name (optional)"
            hint="Printed on the form for the rater to keep or clear; leave it empty for an unnamed form."
            value={raterName}
            maxLength={200}
            disabled={busy}
            onChange={(event) => setRaterName(event.target.value)}
          />
        </>
      )}
      {make.error && <ErrorBanner error={make.error} />}
      {make.data && (
        <div className="export-result" role="status">
          <strong>Form saved: {make.data.pages === 1 ? '1 page' : `${make.data.pages} pages`}. Send it, and import the file that comes back.</strong>
          <span className="export-result-path">{make.data.path}</span>
        </div>
      )}
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {make.data ? 'Done' : 'Cancel'}
        </Button>
        <Button
          variant="primary"
          busy={busy}
          onClick={() =>
            make.mutate({
              kind,
              menteeId,
              meetingId: kind === 'self-assessment' ? (meetingId ?? null) : null,
              relationship: kind === 'feedback' ? relationship : null,
              raterName: kind === 'feedback' && raterName.trim() ? raterName.trim() : null,
            })
          }
        >
          {make.data ? 'Make another…' : 'Save the form…'}
        </Button>
      </DialogActions>
    </div>
  );
}
