import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BLOCKED_IMAGE_TEXT, SafeMarkdown } from '../../../src/renderer/components/SafeMarkdown';
import { installFakeBridge } from '../fake-bridge';
import { renderWithVault, vaultStatus } from '../render-app';

const unlocked = vaultStatus({ state: 'unlocked' });
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function show(source: string) {
  const bridge = installFakeBridge({ 'app.openExternal': () => ({ opened: true as const }) });
  const utils = renderWithVault(<SafeMarkdown source={source} />, unlocked);
  return { bridge, root: utils.container.querySelector('.md')! };
}

describe('SafeMarkdown', () => {
  it('renders Markdown but never raw HTML: no element comes from tags in the text', () => {
    const { root } = show('**bold** and <b>x</b>\n\n<script>alert(1)</script>\n\n<div onclick="alert(1)">div</div>\n\n<iframe src="https://example.org"></iframe>');
    expect(root.querySelector('strong')?.textContent).toBe('bold');
    expect(root.querySelectorAll('b, script, div, iframe, [onclick]')).toHaveLength(0);
    expect(root.innerHTML).not.toContain('<b>');
  });

  it('loads no picture from anywhere but an inline data: URI, and shows a placeholder instead', () => {
    const { root } = show(`![chart](https://example.org/chart.png) ![local](file:///etc/passwd) <img src="http://example.org/x.png">\n\n![dot](${PNG})`);
    const images = [...root.querySelectorAll('img')];
    expect(images.map((i) => i.getAttribute('src'))).toEqual([PNG]);
    expect(root.querySelector('img[src^="http"], img[src^="file"]')).toBeNull();
    expect(screen.getAllByText(BLOCKED_IMAGE_TEXT)).toHaveLength(2);
  });

  it('opens a link only after the mentor confirms, through the bridge', async () => {
    const { bridge } = show('See [the rubric](https://example.org/rubric?a=1).');
    const link = screen.getByRole('button', { name: 'the rubric' });
    expect(document.querySelector('a[href]')).toBeNull();

    fireEvent.click(link);
    const dialog = screen.getByRole('dialog', { name: 'Open this link in your browser?' });
    expect(dialog.textContent).toContain('https://example.org/rubric?a=1');
    expect(bridge.callsTo('app.openExternal')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.callsTo('app.openExternal')).toEqual([]);

    fireEvent.click(link);
    fireEvent.click(screen.getByRole('button', { name: 'Open in browser' }));
    await waitFor(() => expect(bridge.callsTo('app.openExternal')).toEqual([{ url: 'https://example.org/rubric?a=1' }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('offers no way to open script, file or relative links', () => {
    const { bridge } = show('[a](javascript:alert(1)) [b](file:///etc/passwd) [c](/settings) [d](#top)');
    for (const name of ['a', 'b', 'c', 'd']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
      expect(screen.getByText(name).closest('a')).toBeNull();
    }
    expect(bridge.calls).toEqual([]);
  });

  it('puts a note’s headings under the page’s own', () => {
    const { root } = show('# Top\n\n## Next');
    expect(root.querySelector('h1, h2')).toBeNull();
    expect(root.querySelector('h3')?.textContent).toBe('Top');
    expect(root.querySelector('h4')?.textContent).toBe('Next');
  });
});
