import { useId, useState } from 'react';
import { MAX_RUBRIC_LEVELS, MIN_RUBRIC_LEVELS, rubricTemplateFields, type RubricTemplate } from '../../../shared/meetings/rubric';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/queries';
import { Button } from '../../components/Button';
import { useToast } from '../../components/Toast';
import { TEMPLATE_QUERIES } from './queries';
import { ErrorBanner } from '../../components/ErrorBanner';

interface DraftDimension {
  id?: number;
  key: number;
  name: string;
  descriptors: string[];
}

let keys = 1;
const blank = (): DraftDimension => ({ key: keys++, name: '', descriptors: ['', '', '', ''] });

/** A rubric's name and dimensions; each dimension's scale is as long as its list of level descriptors. */
export function RubricEditor({ rubric, onDone }: { rubric?: RubricTemplate; onDone(): void }) {
  const [name, setName] = useState(rubric?.name ?? '');
  const [dims, setDims] = useState<DraftDimension[]>(() => rubric?.dimensions.map((d) => ({ id: d.id, key: keys++, name: d.name, descriptors: [...d.descriptors] })) ?? [blank()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const opts = { invalidate: TEMPLATE_QUERIES };
  const create = useVaultMutation('rubrics.create', opts);
  const update = useVaultMutation('rubrics.update', opts);
  const { notify } = useToast();
  const id = useId();

  const patch = (key: number, change: (d: DraftDimension) => DraftDimension) => setDims((all) => all.map((d) => (d.key === key ? change(d) : d)));
  const save = async () => {
    setFailure(null);
    const values = { name, dimensions: dims.map((d) => ({ ...(d.id !== undefined ? { id: d.id } : {}), name: d.name, descriptors: d.descriptors })) };
    const parsed = rubricTemplateFields.safeParse(values);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[issue.path.join('.')] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    try {
      if (rubric) await update.mutateAsync({ id: rubric.id, ...parsed.data });
      else await create.mutateAsync(parsed.data);
      notify('success', 'Rubric saved.');
      onDone();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };
  const error = (path: string) => errors[path];

  return (
    <form
      className="rubric-editor stack"
      aria-label={rubric ? `Edit ${rubric.name}` : 'New rubric'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className={error('name') ? 'field field-has-error' : 'field'}>
        <label className="field-label" htmlFor={`${id}-name`}>
          Rubric name
        </label>
        <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={error('name') ? true : undefined} />
        {error('name') && <p className="field-error">{error('name')}</p>}
      </div>
      {dims.map((d, i) => (
        <fieldset key={d.key} className="rubric-dimension-editor">
          <legend>Dimension {i + 1}</legend>
          <div className={error(`dimensions.${i}.name`) ? 'field field-has-error' : 'field'}>
            <label className="field-label" htmlFor={`${id}-${d.key}-name`}>
              Dimension {i + 1} name
            </label>
            <input id={`${id}-${d.key}-name`} className="input" value={d.name} onChange={(e) => patch(d.key, (x) => ({ ...x, name: e.target.value }))} />
            {error(`dimensions.${i}.name`) && <p className="field-error">{error(`dimensions.${i}.name`)}</p>}
          </div>
          {d.descriptors.map((text, level) => (
            <div key={level} className={error(`dimensions.${i}.descriptors.${level}`) ? 'field field-has-error' : 'field'}>
              <label className="field-label" htmlFor={`${id}-${d.key}-${level}`}>
                Level {level + 1} of {d.descriptors.length}: descriptor
              </label>
              <input
                id={`${id}-${d.key}-${level}`}
                className="input"
                value={text}
                onChange={(e) => patch(d.key, (x) => ({ ...x, descriptors: x.descriptors.map((t, j) => (j === level ? e.target.value : t)) }))}
              />
              {error(`dimensions.${i}.descriptors.${level}`) && <p className="field-error">{error(`dimensions.${i}.descriptors.${level}`)}</p>}
            </div>
          ))}
          {error(`dimensions.${i}.descriptors`) && <p className="field-error">{error(`dimensions.${i}.descriptors`)}</p>}
          <div className="row">
            <Button size="small" disabled={d.descriptors.length >= MAX_RUBRIC_LEVELS} onClick={() => patch(d.key, (x) => ({ ...x, descriptors: [...x.descriptors, ''] }))}>
              Add a level
            </Button>
            <Button size="small" disabled={d.descriptors.length <= MIN_RUBRIC_LEVELS} onClick={() => patch(d.key, (x) => ({ ...x, descriptors: x.descriptors.slice(0, -1) }))}>
              Remove the top level
            </Button>
            <Button size="small" variant="ghost" disabled={dims.length <= 1} onClick={() => setDims((all) => all.filter((x) => x.key !== d.key))}>
              Remove dimension {i + 1}
            </Button>
          </div>
        </fieldset>
      ))}
      {failure && (
        <ErrorBanner>
          {failure}
        </ErrorBanner>
      )}
      <div className="row">
        <Button onClick={() => setDims((all) => [...all, blank()])}>Add a dimension</Button>
        <Button type="submit" variant="primary" busy={create.isPending || update.isPending}>
          Save rubric
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
