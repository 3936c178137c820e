import { useIntl } from 'react-intl';
import { CHARTER_COMMENT_SECTIONS } from '../../../shared/charter/comments';
import { localToday } from '../../../shared/dates';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/Field';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { useExportLocale } from '../documents/ExportLocaleField';
import './forms.css';

/**
 * The mentee's comments on the charter draft: the form that asks for them (while a draft
 * exists) and what came back, by section, each ticked off once resolved.
 */
export function CharterCommentsPanel({ menteeId, isDraft }: { menteeId: number; isDraft: boolean }) {
  const intl = useIntl();
  const { notify } = useToast();
  const comments = useVaultQuery('charter.comments', { menteeId });
  const make = useVaultMutation('forms.make', { onSuccess: (made) => made && notify('success', intl.formatMessage({ id: 'forms.comments.made' })) });
  const resolve = useVaultMutation('charter.resolveComment', { invalidate: ['charter.comments'] });
  // The form goes to the mentee: in their document language, else the app's.
  const { locale } = useExportLocale(menteeId);
  const list = comments.data ?? [];
  if (!isDraft && list.length === 0) return null;
  return (
    <Panel
      title={intl.formatMessage({ id: 'forms.comments.title' })}
      intro={isDraft ? intl.formatMessage({ id: 'forms.comments.intro' }) : undefined}
      actions={
        isDraft && (
          <Button busy={make.isPending} onClick={() => make.mutate({ kind: 'charter-comments', menteeId, locale })}>
            {intl.formatMessage({ id: 'forms.comments.ask' })}
          </Button>
        )
      }
    >
      {make.error && <ErrorBanner error={make.error} />}
      {comments.error && <ErrorBanner error={comments.error} />}
      {resolve.error && <ErrorBanner error={resolve.error} />}
      {list.length === 0 ? (
        <p className="form-muted">{intl.formatMessage({ id: 'forms.comments.none' })}</p>
      ) : (
        <dl className="charter-comments">
          {CHARTER_COMMENT_SECTIONS.filter((s) => list.some((c) => c.section === s)).map((section) => (
            <div key={section} className="charter-comments-section">
              <dt>{intl.formatMessage({ id: `forms.section.${section}` })}</dt>
              {list
                .filter((c) => c.section === section)
                .map((c) => (
                  <dd key={c.id} className={c.resolvedOn ? 'charter-comment charter-comment-resolved' : 'charter-comment'}>
                    <p className="charter-comment-body">{c.body}</p>
                    <p className="form-muted">
                      {intl.formatMessage({ id: 'forms.comments.returned' }, { version: c.version, date: formatDate(c.receivedOn) })}
                      {c.onEarlierDraft && <strong>{intl.formatMessage({ id: 'forms.comments.earlier' })}</strong>}
                    </p>
                    <CheckboxField
                      label={c.resolvedOn ? intl.formatMessage({ id: 'forms.comments.resolvedOn' }, { date: formatDate(c.resolvedOn) }) : intl.formatMessage({ id: 'forms.comments.resolved' })}
                      checked={c.resolvedOn !== null}
                      disabled={resolve.isPending}
                      onChange={(event) => resolve.mutate({ commentId: c.id, resolvedOn: event.target.checked ? localToday() : null })}
                    />
                  </dd>
                ))}
            </div>
          ))}
        </dl>
      )}
    </Panel>
  );
}
