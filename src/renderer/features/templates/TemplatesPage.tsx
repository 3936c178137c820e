import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { MEETING_KINDS, type MeetingKind } from '../../../shared/meetings/schema';
import type { RubricTemplate } from '../../../shared/templates/rubric';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { AgendaEditor } from '../meetings/AgendaEditor';
import { RubricEditor } from './RubricEditor';
import { TEMPLATE_QUERIES } from './stale';
import '../meetings/meetings.css';
import './templates.css';
import { PageHeader } from '../../components/PageHeader';
import { useContentLocale } from '../../i18n/content-locale';

/** The agenda template of each kind of meeting, and the feedback rubrics. */
export default function TemplatesPage() {
  const intl = useIntl();
  return (
    <div className="page">
      <PageHeader
        back={{ to: '/meetings', label: intl.formatMessage({ id: 'templates.back' }) }}
        title={intl.formatMessage({ id: 'templates.title' })}
        intro={intl.formatMessage({ id: 'templates.intro' })}
      />
      <AgendaTemplates />
      <Rubrics />
    </div>
  );
}

function AgendaTemplates() {
  const intl = useIntl();
  const templates = useVaultQuery('templates.agendas', {});
  const [kind, setKind] = useState<MeetingKind>('formal-review');
  const update = useVaultMutation('templates.updateAgenda', { invalidate: TEMPLATE_QUERIES });
  const reset = useVaultMutation('templates.resetAgenda', { invalidate: TEMPLATE_QUERIES });
  // The built-in agenda comes back in the screens' language: it is the mentor's text again once saved.
  const contentLocale = useContentLocale();
  const { notify } = useToast();
  const selectId = useId();
  const template = templates.data?.find((t) => t.kind === kind);
  const kindName = (k: MeetingKind) => intl.formatMessage({ id: `meetings.kind.${k}` });
  return (
    <Panel title={intl.formatMessage({ id: 'templates.agendas.title' })} intro={intl.formatMessage({ id: 'templates.agendas.intro' })}>
      <div className="field field-inline">
        <label className="field-label" htmlFor={selectId}>
          {intl.formatMessage({ id: 'templates.agendas.kind' })}
        </label>
        <select id={selectId} className="input select" value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
          {MEETING_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindName(k)}
            </option>
          ))}
        </select>
      </div>
      {!template ? (
        <ProgressIndicator label={intl.formatMessage({ id: 'templates.agendas.loading' })} />
      ) : (
        <AgendaEditor
          key={`${kind}:${template.items.map((i) => `${i.title}/${i.minutes}/${i.context}`).join('|')}`}
          label={intl.formatMessage({ id: 'templates.agendas.listLabel' }, { kind: kindName(kind) })}
          initial={template.items.map((i) => ({ title: i.title, minutes: i.minutes, context: i.context }))}
          saveLabel={intl.formatMessage({ id: 'templates.agendas.save' })}
          save={async (items) => {
            await update.mutateAsync({ kind, items: items.map((i) => ({ title: i.title, minutes: i.minutes, context: i.context })) });
            // The editor is drawn again from the saved template (a new key), so its own "saved" line goes with it.
            notify('success', intl.formatMessage({ id: 'templates.agendas.saved' }));
          }}
          extra={
            <Button
              busy={reset.isPending}
              onClick={() =>
                reset.mutate(
                  { kind, locale: contentLocale },
                  { onSuccess: () => notify('success', intl.formatMessage({ id: 'templates.agendas.wasReset' })), onError: (err) => notify('error', errorMessage(err)) },
                )
              }
            >
              {intl.formatMessage({ id: 'templates.agendas.reset' })}
            </Button>
          }
        />
      )}
    </Panel>
  );
}

function Rubrics() {
  const intl = useIntl();
  const rubrics = useVaultQuery('templates.rubrics', {});
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RubricTemplate | null>(null);
  const { notify } = useToast();
  const setDefault = useVaultMutation('templates.setDefaultRubric', { invalidate: TEMPLATE_QUERIES, onError: (err) => notify('error', errorMessage(err)) });
  const remove = useVaultMutation('templates.deleteRubric', { invalidate: TEMPLATE_QUERIES });
  const list = rubrics.data ?? [];
  const current = typeof editing === 'number' ? list.find((r) => r.id === editing) : undefined;
  return (
    <Panel
      title={intl.formatMessage({ id: 'templates.rubrics.title' })}
      intro={intl.formatMessage({ id: 'templates.rubrics.intro' })}
      actions={
        <Button variant="primary" onClick={() => setEditing('new')}>
          {intl.formatMessage({ id: 'templates.rubrics.new' })}
        </Button>
      }
    >
      <ul className="rubric-list">
        {list.map((r) => (
          <li key={r.id}>
            <span className="rubric-summary">
              <strong>{r.name}</strong>
              {r.isDefault && <span className="meeting-status status-planned">{intl.formatMessage({ id: 'templates.rubrics.default' })}</span>}
              <span className="muted">{intl.formatMessage({ id: 'templates.rubrics.facts' }, { dimensions: r.dimensions.length, meetings: r.usedBy })}</span>
            </span>
            <span className="row">
              <Button size="small" onClick={() => setEditing(r.id)} aria-label={intl.formatMessage({ id: 'templates.rubrics.editName' }, { name: r.name })}>
                {intl.formatMessage({ id: 'templates.rubrics.edit' })}
              </Button>
              {!r.isDefault && (
                <Button size="small" onClick={() => setDefault.mutate({ id: r.id })} aria-label={intl.formatMessage({ id: 'templates.rubrics.makeDefaultName' }, { name: r.name })}>
                  {intl.formatMessage({ id: 'templates.rubrics.makeDefault' })}
                </Button>
              )}
              {!r.isDefault && (
                <Button size="small" variant="ghost" onClick={() => setDeleting(r)} aria-label={intl.formatMessage({ id: 'templates.rubrics.deleteName' }, { name: r.name })}>
                  {intl.formatMessage({ id: 'templates.rubrics.delete' })}
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {editing === 'new' && <RubricEditor key="new" onDone={() => setEditing(null)} />}
      {current && <RubricEditor key={current.id} rubric={current} onDone={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        title={intl.formatMessage({ id: 'templates.rubrics.deleteTitle' }, { name: deleting?.name ?? '' })}
        description={intl.formatMessage({ id: 'templates.rubrics.deleteBody' }, { meetings: deleting?.usedBy ?? 0 })}
        confirmLabel={intl.formatMessage({ id: 'templates.rubrics.delete' })}
        variant="danger"
        onConfirm={async () => {
          const gone = deleting!;
          await remove.mutateAsync({ id: gone.id });
          if (editing === gone.id) setEditing(null);
          notify('success', intl.formatMessage({ id: 'templates.rubrics.deleted' }, { name: gone.name }));
        }}
        onClose={() => setDeleting(null)}
      />
    </Panel>
  );
}
