import { FormattedMessage, useIntl } from 'react-intl';
import { formatWords, type Words } from '../../../shared/i18n/words';
import { formatDate } from '../mentees/format';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { useFormPreview } from './useFormPreview';

export interface ImportFormDialogProps {
  open: boolean;
  onClose(): void;
  preview: ReturnType<typeof useFormPreview>;
}

/** What a returned form will record and where; nothing is written until "Record it". */
export function ImportFormDialog({ open, onClose, preview }: ImportFormDialogProps) {
  const record = useVaultMutation('forms.import', { invalidate: ['meetings.', 'evidence.', 'dashboard.', 'goals.', 'deadlines.', 'progressReports.', 'charter.comments', 'forms.selfAssessedLevels'] });
  const intl = useIntl();
  const shown = (w: Words | string) => formatWords((id, values) => intl.formatMessage({ id }, values), w);
  const data = preview.data;
  const close = () => {
    record.reset();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={intl.formatMessage({ id: 'forms.import.title' })} description={intl.formatMessage({ id: 'forms.import.intro' })}>
      {open && (
        <div className="stack">
          {preview.isPending && <p role="status">{intl.formatMessage({ id: 'forms.import.reading' })}</p>}
          {preview.error && <ErrorBanner error={preview.error} />}
          {data && !record.data && (
            <>
              <p>
                <FormattedMessage
                  id="forms.import.about"
                  values={{
                    kind: intl.formatMessage({ id: `forms.kind.${data.kind}` }),
                    mentee: data.menteeName,
                    meeting: data.meetingTitle ?? 'none',
                    made: formatDate(data.madeOn),
                    strong: (chunks) => <strong>{chunks}</strong>,
                  }}
                />
              </p>
              {data.lines.length === 0 ? (
                <p className="muted">{intl.formatMessage({ id: 'forms.import.empty' })}</p>
              ) : (
                <table className="form-preview">
                  <caption className="visually-hidden">{intl.formatMessage({ id: 'forms.import.caption' })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{intl.formatMessage({ id: 'forms.import.where' })}</th>
                      <th scope="col">{intl.formatMessage({ id: 'forms.import.what' })}</th>
                      <th scope="col">{intl.formatMessage({ id: 'forms.import.value' })}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.lines.map((line, i) => (
                      <tr key={i}>
                        <td>{shown(line.place)}</td>
                        <td>{shown(line.label)}</td>
                        <td className="form-preview-value">{shown(line.value)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
          {record.error && <ErrorBanner error={record.error} />}
          {record.data && (
            <p role="status">{intl.formatMessage({ id: 'forms.import.recorded' }, { count: record.data.recorded, place: shown(record.data.place) })}</p>
          )}
          <DialogActions>
            <Button onClick={close} disabled={record.isPending}>
              {intl.formatMessage({ id: record.data ? 'forms.done' : 'forms.cancel' })}
            </Button>
            {data && !record.data && (
              <Button variant="primary" busy={record.isPending} onClick={() => record.mutate({ token: data.token })}>
                {intl.formatMessage({ id: 'forms.import.record' })}
              </Button>
            )}
          </DialogActions>
        </div>
      )}
    </Dialog>
  );
}
