import { describe, expect, it } from 'vitest';
import { slugSchema } from './organisation';
import { slugFromName, uniqueSlug } from './slug';

describe('slugFromName', () => {
  it.each([
    ['Digital Waste Service', 'digital-waste-service'],
    ['Children’s Social Care Demand Modelling', 'childrens-social-care-demand-modelling'],
    ['Adur & Worthing Councils', 'adur-and-worthing-councils'],
    ['  Réseau   numérique!  ', 'reseau-numerique'],
    ['SEND top-up (phase 2)', 'send-top-up-phase-2'],
    ['Straße Ørsted Council', 'strae-rsted-council'],
  ])('makes %s into %s', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it('is empty for a name with no letters or digits, which the schemas refuse', () => {
    expect(slugFromName('!!! ???')).toBe('');
  });

  it('keeps whole words within 100 characters, leaving room to make it unique', () => {
    const slug = slugFromName(Array.from({ length: 30 }, (_, index) => `word${String(index)}`).join(' '));
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugFromName('x'.repeat(150))).toBe('x'.repeat(100));
  });
});

describe('uniqueSlug', () => {
  it('takes the name’s own slug when it is free, and numbers it from 2 when not', () => {
    expect(uniqueSlug('housing-repairs', new Set(['digital-waste-service']))).toBe('housing-repairs');
    expect(uniqueSlug('housing-repairs', new Set(['housing-repairs']))).toBe('housing-repairs-2');
    expect(uniqueSlug('housing-repairs', new Set(['housing-repairs', 'housing-repairs-2', 'housing-repairs-3']))).toBe('housing-repairs-4');
  });
});
