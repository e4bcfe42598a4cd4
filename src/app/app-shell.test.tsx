import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { AppShell } from './app-shell';

describe('the page shell in index.html', () => {
  it('is exactly what the app draws while its first page loads, so nothing jumps when the app takes over', () => {
    const html = readFileSync(join(import.meta.dirname, '../../index.html'), 'utf8');
    const inRoot = /<div id="root">([\s\S]*?)<\/div>\s*<noscript>/.exec(html)?.[1] ?? '';
    const squeeze = (markup: string) => markup.replace(/>\s+</g, '><').trim();
    expect(squeeze(inRoot)).toBe(renderToStaticMarkup(<AppShell />));
  });
});
