import { schemaResolver } from '../../components/schema-resolver';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useForm } from 'react-hook-form';
import { reportPeriod, type ReportPeriod } from '../../../shared/documents/schema';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { useServerIssues } from '../../bridge/form-errors';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { MenteeSelect } from '../../components/MenteeSelect';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { PdfResult } from './PdfResult';
import { PageSizeField } from './PageSizeField';
import { ExportLocaleField, useExportLocale } from './ExportLocaleField';
import { PERIOD_PRESETS, presetPeriod, type PeriodPreset } from './period';
import { usePdfExport } from './usePdfExport';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../../components/ExportDialogs.css';

export interface ProgressReportDialogProps {
  open: boolean;
  onClose(): void;
  /** Absent = the dialog asks which mentee. */
  menteeId?: number | undefined;
}

/** A progress report for a period: pick the period (a preset or two dates), the paper, then save. */
export function ProgressReportDialog(props: ProgressReportDialogProps) {
  const intl = useIntl();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title={intl.formatMessage({ id: 'documents.export.reportTitle' })}
      description={intl.formatMessage({ id: 'documents.export.reportIntro' })}
    >
      {props.open && <ReportForm {...props} />}
    </Dialog>
  );
}

function ReportForm({ onClose, menteeId: fixedMentee }: ProgressReportDialogProps) {
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  const [picked, setPicked] = useState('');
  const menteeId = fixedMentee ?? (picked ? Number(picked) : undefined);
  const [preset, setPreset] = useState<PeriodPreset>('last-90');
  const form = useForm<ReportPeriod>({ resolver: schemaResolver(reportPeriod), defaultValues: presetPeriod('last-90') });
  const placeIssues = useServerIssues(form.setError);
  const { pageSize, setPageSize, run } = usePdfExport('documents.report');
  const { locale, setLocale } = useExportLocale(menteeId);
  const busy = run.isPending;
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (period) => {
    if (menteeId === undefined) return;
    try {
      await run.mutateAsync({ menteeId, ...period, pageSize, locale });
    } catch (err) {
      placeIssues(err);
    }
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {fixedMentee === undefined && (
        <MenteeSelect
          label={say('documents.export.mentee')}
          emptyLabel={say('documents.export.chooseMentee')}
          value={picked} disabled={busy} onChange={(event) => setPicked(event.target.value)} />
      )}
      <SelectField
        label={say('documents.export.period')}
        options={PERIOD_PRESETS.map((id) => ({ value: id, label: say(`documents.export.period.${id}`) }))}
        value={preset}
        disabled={busy}
        onChange={(event) => {
          const next = event.target.value as PeriodPreset;
          setPreset(next);
          if (next !== 'custom') {
            const period = presetPeriod(next);
            form.setValue('from', period.from, { shouldValidate: true });
            form.setValue('to', period.to, { shouldValidate: true });
          }
        }}
      />
      <div className="export-pair">
        <TextField label={say('documents.export.from')} type="date" readOnly={busy} error={errors.from?.message} {...form.register('from', { onChange: () => setPreset('custom') })} />
        <TextField label={say('documents.export.to')} type="date" readOnly={busy} error={errors.to?.message} {...form.register('to', { onChange: () => setPreset('custom') })} />
      </div>
      <div className="export-pair">
        <PageSizeField value={pageSize} onChange={setPageSize} disabled={busy} />
        <ExportLocaleField value={locale} onChange={setLocale} disabled={busy} />
      </div>
      {busy && <ProgressIndicator label={say('documents.export.typesettingReport')} />}
      {run.error && !run.error.issues.length && (
        <ErrorBanner error={run.error} />
      )}
      {run.data && <PdfResult result={run.data} />}
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {say(run.data ? 'documents.export.done' : 'documents.export.cancel')}
        </Button>
        <Button type="submit" variant="primary" busy={busy} disabled={menteeId === undefined}>
          {say(run.data ? 'documents.export.again' : 'documents.export.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
