import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { SelectField } from '../../components/Field';
import { MenteeSelect } from '../../components/MenteeSelect';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { formatDate } from '../mentees/format';
import { PdfResult } from './PdfResult';
import { PageSizeField } from './PageSizeField';
import { ExportLocaleField, useExportLocale } from './ExportLocaleField';
import { usePdfExport } from './usePdfExport';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../../components/ExportDialogs.css';

export interface ExportCharterDialogProps {
  open: boolean;
  onClose(): void;
  /** The mentee whose charter to export; absent = the dialog asks. */
  menteeId?: number | undefined;
  /** The version shown on screen; absent = the newest. */
  versionId?: number | undefined;
}

/** Charter as PDF: which version, which paper, then the save dialog; "Open" when written. */
export function ExportCharterDialog(props: ExportCharterDialogProps) {
  const intl = useIntl();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title={intl.formatMessage({ id: 'documents.export.charterTitle' })}
      description={intl.formatMessage({ id: 'documents.export.charterIntro' })}
    >
      {props.open && <CharterExportForm {...props} />}
    </Dialog>
  );
}

function CharterExportForm({ onClose, menteeId: fixedMentee, versionId: shownVersion }: ExportCharterDialogProps) {
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  const [picked, setPicked] = useState('');
  const menteeId = fixedMentee ?? (picked ? Number(picked) : undefined);
  const charter = useVaultQuery('charter.get', { menteeId: menteeId ?? 0 }, { enabled: menteeId !== undefined });
  const [chosenVersion, setChosenVersion] = useState<number | null>(null);
  const { pageSize, setPageSize, run } = usePdfExport('documents.charter');
  const { locale, setLocale } = useExportLocale(menteeId);
  const versions = charter.data?.versions ?? [];
  const versionId = chosenVersion ?? (shownVersion && versions.some((v) => v.id === shownVersion) ? shownVersion : versions[0]?.id);
  const version = versions.find((v) => v.id === versionId);
  const busy = run.isPending;

  return (
    <div className="stack">
      {fixedMentee === undefined && (
        <MenteeSelect
          label={say('documents.export.mentee')}
          emptyLabel={say('documents.export.chooseMentee')}
          value={picked}
          disabled={busy}
          onChange={(event) => {
            setPicked(event.target.value);
            setChosenVersion(null);
            run.reset();
          }}
        />
      )}
      {menteeId !== undefined && charter.data === null && <p className="muted">{say('documents.export.noCharter')}</p>}
      {versions.length > 0 && (
        <SelectField
          label={say('documents.export.version')}
          value={String(versionId)}
          disabled={busy}
          options={versions.map((v) => ({
            value: String(v.id),
            label:
              v.status === 'agreed'
                ? intl.formatMessage({ id: 'documents.export.versionAgreed' }, { version: v.version, date: formatDate(v.agreedOn) })
                : intl.formatMessage({ id: 'documents.export.versionDraft' }, { version: v.version }),
          }))}
          onChange={(event) => {
            setChosenVersion(Number(event.target.value));
            run.reset();
          }}
        />
      )}
      <div className="export-pair">
        <PageSizeField value={pageSize} onChange={setPageSize} disabled={busy} />
        <ExportLocaleField
          value={locale}
          disabled={busy}
          onChange={(next) => {
            setLocale(next);
            run.reset();
          }}
        />
      </div>
      {version?.status === 'draft' && <p className="muted">{say('documents.export.draftNote')}</p>}
      {busy && <ProgressIndicator label={say('documents.export.typesettingCharter')} />}
      {run.error && (
        <ErrorBanner error={run.error} />
      )}
      {run.data && <PdfResult result={run.data} />}
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {say(run.data ? 'documents.export.done' : 'documents.export.cancel')}
        </Button>
        <Button
          variant="primary"
          busy={busy}
          disabled={menteeId === undefined || versionId === undefined}
          onClick={() => menteeId !== undefined && versionId !== undefined && run.mutate({ menteeId, versionId, pageSize, locale })}
        >
          {say(run.data ? 'documents.export.again' : 'documents.export.submit')}
        </Button>
      </DialogActions>
    </div>
  );
}
