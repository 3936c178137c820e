import { lazy, Suspense, useEffect, useState } from 'react';
import { matchPath, useLocation } from 'react-router';
import type { AppCommand } from './commands';

const CommandDialogs = lazy(() => import('./CommandDialogs'));

export type MenuExport = 'charter' | 'report' | 'calendar' | 'json' | 'backup';
export interface MenuRequest {
  which: MenuExport;
  menteeId: number | undefined;
  versionId: number | undefined;
}

const FROM_MENU: Partial<Record<AppCommand, MenuExport>> = {
  'export-charter': 'charter',
  'export-report': 'report',
  'export-calendar': 'calendar',
  'export-json': 'json',
  backup: 'backup',
};

/** The mentee whose page is open (and the charter version it shows), if any. */
function useCurrentPlace(): { menteeId: number | undefined; versionId: number | undefined } {
  const { pathname, search } = useLocation();
  const id = Number(matchPath('/mentees/:menteeId/*', pathname)?.params.menteeId);
  const version = Number(new URLSearchParams(search).get('version'));
  return {
    menteeId: Number.isSafeInteger(id) && id > 0 ? id : undefined,
    versionId: pathname.endsWith('/charter') && Number.isSafeInteger(version) && version > 0 ? version : undefined,
  };
}

/**
 * Answers File › Export and Back Up from the menu over whatever screen is showing: the
 * dialog opens for the mentee on screen, or asks which one. Mounted once in the layout.
 */
export function ExportCommandHost() {
  const { menteeId, versionId } = useCurrentPlace();
  const [open, setOpen] = useState<MenuRequest | null>(null);
  const [used, setUsed] = useState(false);
  useEffect(
    () =>
      window.mentorVault.onEvent((event) => {
        if (event.type !== 'command') return;
        const which = FROM_MENU[event.command];
        if (!which) return;
        setUsed(true);
        setOpen({ which, menteeId, versionId });
      }),
    [menteeId, versionId],
  );
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <CommandDialogs open={open} close={() => setOpen(null)} />
    </Suspense>
  );
}
