import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { MeetingKind } from '../../../shared/meetings/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { AgendaEditor } from '../meetings/AgendaEditor';
import { KIND_OPTIONS } from '../meetings/labels';
import { TEMPLATE_QUERIES } from './stale';
import { RubricEditor } from './RubricEditor';
import '../meetings/meetings.css';
import './templates.css';

/** The agenda template of each kind of meeting, and the feedback rubrics. */
export default function TemplatesPage() {
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <Link to="/meetings" className="back-link">
            ← Meetings
          </Link>
          <h1>Agenda and rubric templates</h1>
          <p>New meetings copy their kind's agenda; review meetings are scored with the default rubric. Meetings already planned keep theirs.</p>
        </div>
      </header>
      <AgendaTemplates />
      <Rubrics />
    </div>
  );
}

function AgendaTemplates() {
  const templates = useVaultQuery('templates.agendas', {});
  const [kind, setKind] = useState<MeetingKind>('formal-review');
  const update = useVaultMutation('templates.updateAgenda', { invalidate: TEMPLATE_QUERIES });
  const reset = useVaultMutation('templates.resetAgenda', { invalidate: TEMPLATE_QUERIES });
  const { notify } = useToast();
  const selectId = useId();
  const template = templates.data?.find((t) => t.kind === kind);
  return (
    <Panel title="Agenda templates" intro="Each item has a title, planned minutes, and what it shows in the meeting mode.">
      <div className="field field-inline">
        <label className="field-label" htmlFor={selectId}>
          Kind of meeting
        </label>
        <select id={selectId} className="input select" value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
          {KIND_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {!template ? (
        <ProgressIndicator label="Loading the templates…" />
      ) : (
        <AgendaEditor
          key={`${kind}:${template.items.map((i) => `${i.title}/${i.minutes}/${i.context}`).join('|')}`}
          label={`Agenda template: ${KIND_OPTIONS.find((o) => o.value === kind)!.label}`}
          initial={template.items.map((i) => ({ title: i.title, minutes: i.minutes, context: i.context }))}
          saveLabel="Save template"
          save={async (items) => {
            await update.mutateAsync({ kind, items: items.map((i) => ({ title: i.title, minutes: i.minutes, context: i.context })) });
            // The editor is drawn again from the saved template (a new key), so its own "saved" line goes with it.
            notify('success', 'Agenda template saved.');
          }}
          extra={
            <Button busy={reset.isPending} onClick={() => reset.mutate({ kind }, { onSuccess: () => notify('success', 'Template back to its defaults.'), onError: (err) => notify('error', errorMessage(err)) })}>
              Reset to defaults
            </Button>
          }
        />
      )}
    </Panel>
  );
}

function Rubrics() {
  const rubrics = useVaultQuery('templates.rubrics', {});
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const { notify } = useToast();
  const fail = (err: unknown) => notify('error', errorMessage(err));
  const setDefault = useVaultMutation('templates.setDefaultRubric', { invalidate: TEMPLATE_QUERIES, onError: fail });
  const remove = useVaultMutation('templates.deleteRubric', { invalidate: TEMPLATE_QUERIES, onError: fail });
  const list = rubrics.data ?? [];
  const current = typeof editing === 'number' ? list.find((r) => r.id === editing) : undefined;
  return (
    <Panel
      title="Feedback rubrics"
      intro="Dimensions, each with a scale and a descriptor for every level. Scores already given keep their words when a rubric changes."
      actions={
        <Button variant="primary" onClick={() => setEditing('new')}>
          New rubric
        </Button>
      }
    >
      <ul className="rubric-list">
        {list.map((r) => (
          <li key={r.id}>
            <span>
              <strong>{r.name}</strong> {r.isDefault && <span className="meeting-status status-planned">Default</span>}{' '}
              <span className="muted">
                {r.dimensions.length} dimensions · used by {r.usedBy} {r.usedBy === 1 ? 'meeting' : 'meetings'}
              </span>
            </span>
            <span className="row">
              <Button size="small" onClick={() => setEditing(r.id)} aria-label={`Edit ${r.name}`}>
                Edit
              </Button>
              {!r.isDefault && (
                <Button size="small" onClick={() => setDefault.mutate({ id: r.id })} aria-label={`Make ${r.name} the default`}>
                  Make default
                </Button>
              )}
              {!r.isDefault && (
                <Button size="small" variant="ghost" onClick={() => remove.mutate({ id: r.id })} aria-label={`Delete ${r.name}`}>
                  Delete
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {editing === 'new' && <RubricEditor key="new" onDone={() => setEditing(null)} />}
      {current && <RubricEditor key={current.id} rubric={current} onDone={() => setEditing(null)} />}
    </Panel>
  );
}
