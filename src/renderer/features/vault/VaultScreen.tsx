import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import './vault.css';
import { BRAND_MARK, WORD_SPACE } from '../../i18n/symbols';

/** The frame of the screens shown before the vault is open. */
export function VaultScreen({ title, intro, children, aside }: { title: string; intro?: ReactNode; children: ReactNode; aside?: ReactNode }) {
  return (
    <main className="vault-screen">
      <div className="vault-card">
        <p className="vault-brand">
          <span aria-hidden="true">{BRAND_MARK}</span>
          {WORD_SPACE}
          <FormattedMessage id="app.brand" />
        </p>
        <h1>{title}</h1>
        {intro && <div className="vault-intro">{intro}</div>}
        {children}
      </div>
      {aside && <div className="vault-aside">{aside}</div>}
    </main>
  );
}
