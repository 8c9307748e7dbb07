// The Appendix A catalogue: every element of the seed's list, once, in order,
// and each with its own Type-2 field.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_NOTE, dataElements, PROTECTED_CLASS_FIELD, PURPOSE_CODE_FIELD } from '../../../main/core/agreements/catalogue';
import { protectedClasses } from '../../../main/core/agreements/protected-classes';

const SEEDS = path.resolve(__dirname, '../../../../../shared/seeds');

describe('Appendix A catalogue', () => {
  it('has 49 elements with unique ids and unique Type-2 fields outside the exchange fields', () => {
    expect(dataElements).toHaveLength(49);
    expect(new Set(dataElements.map((e) => e.id)).size).toBe(49);
    const fields = dataElements.map((e) => e.type2Field);
    expect(new Set(fields).size).toBe(49);
    expect(fields).not.toContain(PURPOSE_CODE_FIELD);
    expect(fields).not.toContain(PROTECTED_CLASS_FIELD);
    for (const f of fields) expect(f >= 3 && f <= 999).toBe(true);
  });

  it('says categories come from each agreement, not from the seed', () => {
    expect(CATEGORY_NOTE).toMatch(/each partner agreement, not from the seed/);
    for (const e of dataElements) expect(Object.keys(e)).toEqual(['id', 'label', 'type2Field']);
  });

  it('names the special protected classes of the seed: VAWA, T and U visa', () => {
    expect(protectedClasses.filter((c) => c.special).map((c) => c.id)).toEqual(['vawa', 't-visa', 'u-visa']);
    expect(protectedClasses.map((c) => c.id)).toEqual(expect.arrayContaining(['asylum', 'refugee', 'tps', 'legalization']));
  });

  const seed = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).find((f) => f.startsWith('000_')) : undefined;
  it.skipIf(!seed)('matches the seed text line for line (when the seed is present)', () => {
    const text = fs.readFileSync(path.join(SEEDS, seed!), 'utf8');
    const section = text.slice(text.lastIndexOf('Appendix A: Data Elements'), text.lastIndexOf('Appendix B:'));
    const lines = section
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('Appendix A') && !l.startsWith('Last Updated'));
    expect(dataElements.map((e) => e.label)).toEqual(lines);
  });
});
