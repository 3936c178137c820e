import { FormattedMessage } from 'react-intl';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { startHoldingKeys } from './typed-ahead';
import './search.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** The shortcut as the keyboard prints it (Ctrl+K; Strg+K on a German keyboard; ⌘K on a Mac). */
export function ShortcutLabel() {
  return <FormattedMessage id="search.shortcut" values={{ mac: isMac ? 'yes' : 'no' }} />;
}

/** Opens (or re-focuses) the search page, keeping the current search when already there. */
export function useOpenSearch() {
  const navigate = useNavigate();
  const location = useLocation();
  const here = location.pathname === '/search';
  return () => void navigate({ pathname: '/search', search: here ? location.search : '' }, { replace: here });
}

/**
 * The search box of the sidebar, reachable from anywhere: a button, and Ctrl/Cmd+K
 * (the Electron menu sends the same as a 'search' command, see app/commands.ts).
 */
export function SearchLauncher() {
  const open = useOpenSearch();
  // Loaded ahead, so what is typed right after the shortcut lands in the search box.
  useEffect(() => {
    void import('./SearchPage');
  }, []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        startHoldingKeys();
        open();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });
  return (
    <button type="button" className="search-launcher" onClick={open} aria-keyshortcuts="Control+K Meta+K">
      <span>
        <FormattedMessage id="search.launcher.open" />
      </span>
      <kbd className="search-launcher-key">
        <ShortcutLabel />
      </kbd>
    </button>
  );
}
