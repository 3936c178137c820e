import { useSharedIntl } from '../i18n/shared-intl';
import { createContext, useContext, useState, type ReactNode } from 'react';
import Markdown, { type Components, type UrlTransform } from 'react-markdown';
import { isExternalUrl } from '../../shared/app/schema';
import { call, errorMessage } from '../bridge/client';
import { Button } from './Button';
import { Dialog, DialogActions } from './Dialog';
import { useToast } from './Toast';
import './SafeMarkdown.css';

export const BLOCKED_IMAGE_TEXT = '[image not loaded: remote content is blocked]';

/** Pictures pasted into a note as data: URIs are shown; anything fetched from elsewhere never is. */
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i;

/** URLs never reach the DOM as attributes, except an inline data: picture; links are decided by LinkButton. */
const urlTransform: UrlTransform = (url, key) => (key === 'src' ? (DATA_IMAGE.test(url) ? url : '') : url);

/** Headings in a note sit under the page's own (h1, h2): shifted down two levels. */
const heading = (level: number) =>
  function Heading({ children }: { children?: ReactNode }) {
    const Tag = `h${Math.min(6, level + 2)}` as 'h3';
    return <Tag className="md-heading">{children}</Tag>;
  };

/** The link buttons ask the SafeMarkdown around them to confirm. */
const AskToOpen = createContext<(url: string) => void>(() => undefined);

function MdLink({ href, children }: { href?: string | undefined; children?: ReactNode }) {
  const intl = useSharedIntl();
  const ask = useContext(AskToOpen);
  if (href && isExternalUrl(href)) {
    return (
      <button type="button" className="md-link" title={href} onClick={() => ask(href)}>
        {children}
      </button>
    );
  }
  // Relative, file: or script links lead nowhere from a note: shown as text only.
  return (
    <span className="md-link-inert" title={intl.formatMessage({ id: 'components.link.inert' })}>
      {children}
    </span>
  );
}

function MdImage({ src, alt }: { src?: string | Blob | undefined; alt?: string | undefined }) {
  if (typeof src === 'string' && src !== '') return <img src={src} alt={alt ?? ''} className="md-image" />;
  return (
    <span className="md-image-blocked" title={alt || undefined}>
      {BLOCKED_IMAGE_TEXT}
    </span>
  );
}

const components: Components = {
  h1: heading(1),
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  h5: heading(5),
  h6: heading(6),
  img: MdImage,
  a: MdLink,
};

/**
 * Markdown of confidential notes, shown safely: raw HTML is dropped (never rendered),
 * pictures from anywhere but an inline data: URI are a placeholder text (no request is
 * ever made), and a link is a button that asks before its URL goes to the system
 * browser through the bridge (http, https and mailto only).
 */
export function SafeMarkdown({ source, className }: { source: string; className?: string }) {
  const intl = useSharedIntl();
  const [pending, setPending] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const { notify } = useToast();

  async function open(url: string) {
    setOpening(true);
    try {
      await call('app.openExternal', { url });
      setPending(null);
    } catch (err) {
      notify('error', `The link was not opened: ${errorMessage(err)}`);
    } finally {
      setOpening(false);
    }
  }

  return (
    <div className={['md', className ?? ''].filter(Boolean).join(' ')}>
      <AskToOpen.Provider value={setPending}>
        <Markdown skipHtml urlTransform={urlTransform} components={components}>
          {source}
        </Markdown>
      </AskToOpen.Provider>
      <Dialog
        open={pending !== null}
        onClose={() => setPending(null)}
        title={intl.formatMessage({ id: 'components.link.askTitle' })}
        description={<p className="md-link-url">{pending}</p>}
      >
        <DialogActions>
          <Button onClick={() => setPending(null)}>{intl.formatMessage({ id: 'components.dialog.cancel' })}</Button>
          <Button variant="primary" busy={opening} onClick={() => pending && void open(pending)}>
            {intl.formatMessage({ id: 'components.link.open' })}
          </Button>
        </DialogActions>
      </Dialog>
    </div>
  );
}
