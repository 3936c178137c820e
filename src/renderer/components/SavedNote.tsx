import type { ReactNode } from 'react';
import './ExportDialogs.css';

/** Where a file went, said plainly, in a live region so it is announced. */
export function SavedNote({ title, path, children }: { title: string; path: string; children?: ReactNode }) {
  return (
    <div className="export-result" role="status">
      <strong>{title}</strong>
      <span className="export-result-path">{path}</span>
      {children}
    </div>
  );
}
