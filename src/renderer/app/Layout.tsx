import { Suspense, useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink, Outlet, useNavigate } from 'react-router';
import type { MessageId } from '../../shared/i18n/catalogue';
import { Button } from '../components/Button';
import { Icon } from '../components/Icon';
import { ProgressIndicator } from '../components/ProgressIndicator';
import { ExportCommandHost } from './ExportCommandHost';
import { FormImportHost } from '../features/forms/FormImportHost';
import { SearchLauncher } from '../features/search/SearchLauncher';
import { startHoldingKeys } from '../features/search/typed-ahead';
import { DemoBanner } from '../features/vault/DemoBanner';
import { SyncStatusLine } from '../features/sync/SyncStatusLine';
import { commandRoutes } from './commands';
import { featureRoutes } from './routes';
import { useVault } from './vault-context';
import { BRAND_MARK, WORD_SPACE } from '../i18n/symbols';

/** The unlocked app: sidebar with the features of routes.tsx, Lock, and the page. */
export function Layout() {
  const { status, lock } = useVault();
  const intl = useIntl();
  const navigate = useNavigate();
  const mainRef = useRef<HTMLElement>(null);
  const [locking, setLocking] = useState(false);

  // Menu commands from the main process (File ▸ Settings…, View ▸ Search…).
  useEffect(
    () =>
      window.mentorVault.onEvent((event) => {
        if (event.type !== 'command') return;
        if (event.command === 'lock') void lock();
        // The menu's accelerator takes Ctrl/Cmd+K in the app: keys typed next wait for the box.
        if (event.command === 'search') startHoldingKeys();
        const to = commandRoutes[event.command];
        if (to) void navigate(to);
      }),
    [lock, navigate],
  );

  const nav = featureRoutes.filter((r) => r.nav);
  const link = (path: string, label: MessageId) => (
    <li key={path}>
      <NavLink to={`/${path}`} className="nav-link" end={false}>
        <FormattedMessage id={label} />
      </NavLink>
    </li>
  );

  return (
    <div className={status.isDemo ? 'app-shell is-demo' : 'app-shell'}>
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        <FormattedMessage id="app.skipToContent" />
      </button>
      {status.isDemo && <DemoBanner />}
      <div className="app-body">
        <aside className="sidebar">
          <div className="sidebar-inner">
            <div className="brand">
              <span className="brand-name">
                <span className="brand-mark" aria-hidden="true">
                  {BRAND_MARK}
                </span>
                {WORD_SPACE}
                <FormattedMessage id="app.brand" />
              </span>
              {status.isDemo && (
                <span className="demo-tag">
                  <FormattedMessage id="app.demoTag" />
                </span>
              )}
            </div>
            <SearchLauncher />
            <nav aria-label={intl.formatMessage({ id: 'app.nav.label' })} className="nav">
              <ul className="nav-list">{nav.filter((r) => r.nav?.section !== 'footer').map((r) => link(r.path, r.nav!.label))}</ul>
              <ul className="nav-list nav-footer">{nav.filter((r) => r.nav?.section === 'footer').map((r) => link(r.path, r.nav!.label))}</ul>
            </nav>
            <div className="sidebar-lock">
              <SyncStatusLine />
              <Button
                variant="secondary"
                className="lock-button"
                busy={locking}
                onClick={() => {
                  setLocking(true);
                  void lock();
                }}
                aria-keyshortcuts="Control+L"
              >
                <Icon name="lock" /> <FormattedMessage id="app.lock" />
              </Button>
              <p className="sidebar-path" title={status.path ?? undefined}>
                {status.path ?? ''}
              </p>
            </div>
          </div>
        </aside>
        <main className="app-main" id="main" ref={mainRef} tabIndex={-1}>
          <Suspense
            fallback={
              <div className="page">
                <ProgressIndicator label={intl.formatMessage({ id: 'app.opening' })} />
              </div>
            }
          >
            <Outlet />
          </Suspense>
          <ExportCommandHost />
          <FormImportHost />
        </main>
      </div>
    </div>
  );
}
