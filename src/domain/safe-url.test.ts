import { describe, expect, it } from 'vitest';
import { isSafeUrl, safeUrlSchema } from './safe-url';

describe('isSafeUrl', () => {
  it.each(['https://www.localdigital.gov.uk/funded-projects/', 'http://example.org', 'mailto:team@example.gov.uk'])(
    'allows %s',
    (url) => {
      expect(isSafeUrl(url)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    // The URL parser drops tabs and newlines, so this is still a javascript: link to a browser.
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://files.example.org/report.pdf',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it.each(['/projects/savvi', 'projects/savvi', '//evil.example.com', '#top', ''])(
    'refuses the relative link %j, whose target depends on the page it appears on',
    (url) => {
      expect(isSafeUrl(url)).toBe(false);
    },
  );
});

describe('safeUrlSchema', () => {
  it('keeps a safe link without the spaces around it', () => {
    expect(safeUrlSchema.parse('  https://example.org/report  ')).toBe('https://example.org/report');
  });

  it('explains which links are allowed', () => {
    const result = safeUrlSchema.safeParse('javascript:alert(1)');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Enter a link that starts with https://, http:// or mailto:',
    ]);
  });

  it('refuses a link longer than 2000 characters', () => {
    expect(safeUrlSchema.safeParse(`https://example.org/${'a'.repeat(2000)}`).success).toBe(false);
  });
});
