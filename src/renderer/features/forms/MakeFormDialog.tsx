import { useIntl } from 'react-intl';
import { useState } from 'react';
import { RATER_RELATIONSHIPS, type RaterRelationship } from '../../../shared/feedback/schema';
import { MADE_FORM_KINDS } from '../../../shared/forms/schema';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
import { ExportLocaleField, useExportLocale } from '../documents/ExportLocaleField';

type MadeKind = (typeof MADE_FORM_KINDS)[number];

export interface MakeFormDialogProps {
  open: boolean;
  onClose(): void;
  menteeId: number;
  /** On a meeting's page: the self-assessment for that meeting is offered. */
  meetingId?: number | undefined;
}

/** Which form, for whom, in which language; then the save dialog. A cancelled save answers null and the dialog stays. */
export function MakeFormDialog(props: MakeFormDialogProps) {
  const intl = useIntl();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title={intl.formatMessage({ id: 'forms.make.title' })}
      description={intl.formatMessage({ id: 'forms.make.intro' })}
    >
      {props.open && <MakeForm {...props} />}
    </Dialog>
  );
}

function MakeForm({ onClose, menteeId, meetingId }: MakeFormDialogProps) {
  const intl = useIntl();
  const kinds = MADE_FORM_KINDS.filter((k) => k !== 'self-assessment' || meetingId !== undefined);
  const [kind, setKind] = useState<MadeKind>(kinds[0]!);
  const [relationship, setRelationship] = useState<RaterRelationship>('peer');
  const [raterName, setRaterName] = useState('');
  const make = useVaultMutation('forms.make');
  const { locale, setLocale } = useExportLocale(menteeId);
  const busy = make.isPending;
  return (
    <div className="stack">
      <SelectField
        label={intl.formatMessage({ id: 'forms.make.kind' })}
        value={kind}
        disabled={busy}
        hint={meetingId === undefined ? intl.formatMessage({ id: 'forms.make.selfAssessmentHint' }) : undefined}
        options={kinds.map((k) => ({ value: k, label: intl.formatMessage({ id: `forms.kind.${k}` }) }))}
        onChange={(event) => {
          setKind(event.target.value as MadeKind);
          make.reset();
        }}
      />
      {kind === 'feedback' && (
        <>
          <SelectField
            label={intl.formatMessage({ id: 'forms.make.relationship' })}
            value={relationship}
            disabled={busy}
            options={RATER_RELATIONSHIPS.map((r) => ({ value: r, label: intl.formatMessage({ id: `forms.relationship.${r}` }) }))}
            onChange={(event) => setRelationship(event.target.value as RaterRelationship)}
          />
          <TextField
            label={intl.formatMessage({ id: 'forms.make.raterName' })}
            hint={intl.formatMessage({ id: 'forms.make.raterNameHint' })}
            value={raterName}
            maxLength={200}
            disabled={busy}
            onChange={(event) => setRaterName(event.target.value)}
          />
        </>
      )}
      <ExportLocaleField
        value={locale}
        disabled={busy}
        onChange={(next) => {
          setLocale(next);
          make.reset();
        }}
      />
      {make.error && <ErrorBanner error={make.error} />}
      {make.data && (
        <div className="export-result" role="status">
          <strong>{intl.formatMessage({ id: 'forms.make.saved' }, { pages: make.data.pages })}</strong>
          <span className="export-result-path">{make.data.path}</span>
        </div>
      )}
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {intl.formatMessage({ id: make.data ? 'forms.done' : 'forms.cancel' })}
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
              locale,
            })
          }
        >
          {intl.formatMessage({ id: make.data ? 'forms.make.again' : 'forms.make.save' })}
        </Button>
      </DialogActions>
    </div>
  );
}
