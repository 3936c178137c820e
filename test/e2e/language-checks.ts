import { expect, type Locator, type Page } from '@playwright/test';
import type { Bridge } from '../bridge/server';

/** Checks shared by the language scenarios: words from the catalogue, and none cut off. */

/** Text elements inside `scope` whose text is wider than their box: cut off, or spilling out. */
export async function cutOff(scope: Locator): Promise<string[]> {
  return scope.evaluateAll((roots) =>
    roots.flatMap((root) =>
      [root, ...Array.from(root.querySelectorAll('*'))]
        .filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
        // A path shortened on purpose carries its whole text in a title.
        .filter((el) => el instanceof HTMLElement && el.offsetParent !== null && el.getAttribute('title') !== el.textContent)
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent!.trim().slice(0, 60)}`),
    ),
  );
}

/**
 * Words in `scope` that a line break splits between two letters ("Bewertu|ngen"): a column
 * too narrow for its word. Wrapping between words is fine; breaking one is not.
 */
export async function brokenWords(scope: Locator): Promise<string[]> {
  return scope.evaluateAll((roots) => {
    const found = new Set<string>();
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!;
        if (node.parentElement!.offsetParent === null || text.trim().length < 2) continue;
        const range = document.createRange();
        const topOf = (i: number) => {
          range.setStart(node!, i);
          range.setEnd(node!, i + 1);
          return range.getBoundingClientRect().top;
        };
        for (let i = 1; i < text.length; i++) {
          if (!/\p{L}/u.test(text[i - 1]!) || !/\p{L}/u.test(text[i]!)) continue;
          // A break at a soft hyphen is meant; Chromium places the letter after it at the old line's end.
          if (text[i - 2] === '\u00AD') continue;
          if (topOf(i) > topOf(i - 1) + 2) {
            const word = text.slice(0, i).split(/\s/).pop()! + '|' + text.slice(i).split(/\s/)[0]!;
            found.add(word);
          }
        }
      }
    }
    return [...found];
  });
}

/** Words in `scope` with an unaccented letter: in the pseudo-locale, a string that did not come from the catalogue. */
export async function unaccented(scope: Locator): Promise<string[]> {
  return scope.evaluateAll((roots) =>
    roots.flatMap((root) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        // Paths, codes, figures and names (translate="no") are data, not words of the app.
        if (parent.closest('[translate="no"], .mono, .sidebar-path, code, [data-testid], option, [aria-hidden="true"]') || parent.offsetParent === null) continue;
        if (/[A-Za-z]/.test(node.textContent!)) found.push(node.textContent!.trim());
      }
      for (const el of Array.from(root.querySelectorAll('[aria-label], [placeholder]'))) {
        for (const attr of ['aria-label', 'placeholder']) {
          const value = el.getAttribute(attr);
          if (value && /[A-Za-z]/.test(value) && !value.includes('/')) found.push(`${attr}=${value}`);
        }
      }
      return found;
    }),
  );
}

export async function shoot(page: Page, app: { screenshot(name: string): Promise<void> }, name: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  await app.screenshot(`${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot(`${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Opens the app at `path` (a hash route) and waits for what shows the screen is ready. */
export async function open(page: Page, bridge: Bridge, path: string, ready: Locator) {
  await page.goto(`${bridge.url}#${path}`);
  await expect(ready).toBeVisible({ timeout: 20_000 });
}

/** The vault created through the bridge is open: the page only has to read it again. */
export async function unlockAgain(page: Page) {
  await page.reload();
  await expect(page.locator('.sidebar')).toBeVisible({ timeout: 20_000 });
}
