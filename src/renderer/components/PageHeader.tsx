import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface PageHeaderProps {
  title: ReactNode;
  intro?: ReactNode;
  /** A link up to the page this one belongs to, above the title. */
  back?: { to: string; label: ReactNode };
  /** Beside the title, e.g. the confidential badge of a page of private material. */
  badge?: ReactNode;
  /** The page's own buttons, at the header's end. */
  actions?: ReactNode;
}

/** The top of a page: where it belongs, its title (the page's one h1) and what it holds, and its buttons. */
export function PageHeader({ title, intro, back, badge, actions }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div>
        {back && (
          <Link to={back.to} className="back-link">
            {back.label}
          </Link>
        )}
        {badge ? (
          <div className="title-with-badge">
            <h1>{title}</h1>
            {badge}
          </div>
        ) : (
          <h1>{title}</h1>
        )}
        {intro && <p>{intro}</p>}
      </div>
      {actions}
    </header>
  );
}
