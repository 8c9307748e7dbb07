import { describe, expect, it } from 'vitest';
import { RidgelineError } from '../../../main/core/errors';
import { firstItem, binaryData } from '../../../main/formats/ansi-nist/fields';
import { readTransaction } from '../../../main/formats/ansi-nist/reader';
import { fieldName } from '../../../main/formats/ansi-nist/field-names';

// Builds raw transactions by hand, including the deviations real files have.
const FS = '\x1c', GS = '\x1d', RS = '\x1e', US = '\x1f';
const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const utf8 = (text: string) => Uint8Array.from(Buffer.from(text, 'utf8'));

/** A tagged record with a correct LEN (computed over `encode`d bytes). */
function tagged(type: number, fields: string[], encode = latin1, shortTags = false): Uint8Array {
  const tag = (n: number) => `${type}.${shortTags ? String(n).padStart(2, '0') : String(n).padStart(3, '0')}:`;
  const body = (len: number) => [tag(1) + len, ...fields.map((f, i) => tag(i + 2) + f)].join(GS) + FS;
  let len = 0;
  for (let i = 0; i < 4; i++) len = encode(body(len)).length;
  return encode(body(len));
}

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

const type1 = (cnt: string, extra: string[] = [], encode = latin1, shortTags = false) =>
  tagged(1, ['0400', cnt, 'CAR', '20260101', '1', 'DAI000000', 'ORI000000', 'TCN1', ...extra], encode, shortTags);

describe('readTransaction: tolerated deviations', () => {
  it('reads old two-digit tags ("1.01:") and says so', () => {
    const bytes = concat(type1(`1${US}1${RS}2${US}00`, [], latin1, true), tagged(2, ['00', 'hello'], latin1, true));
    const result = readTransaction(bytes);
    expect(result.transaction.records.map((r) => r.type)).toEqual([1, 2]);
    expect(firstItem(result.transaction.records[1]!, 3)).toBe('hello');
    expect(result.warnings.map((w) => w.code)).toContain('short-tag');
  });

  it('uses the separator when LEN of a text-only record is wrong', () => {
    const good = tagged(2, ['00', 'abc']);
    const text = Buffer.from(good).toString('latin1').replace(/^2\.001:\d+/, '2.001:999');
    const result = readTransaction(concat(type1(`1${US}1${RS}2${US}00`), latin1(text)));
    expect(firstItem(result.transaction.records[1]!, 3)).toBe('abc');
    expect(result.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'wrong-len', record: 1, field: '2.001' })]));
  });

  it('reads records CNT forgot, and warns', () => {
    const result = readTransaction(concat(type1(`1${US}0`), tagged(2, ['00', 'x'])));
    expect(result.transaction.records).toHaveLength(2);
    expect(result.warnings.map((w) => w.code)).toContain('cnt-count');
  });

  it('warns about an unknown version and reads on', () => {
    const bytes = tagged(1, ['0', `1${US}0`, 'CAR', '20260101']);
    const result = readTransaction(bytes);
    expect(result.version).toBe('0');
    expect(result.warnings.map((w) => w.code)).toContain('unknown-version');
  });

  it('decodes UTF-8 text when 1.015 declares it', () => {
    const t1 = tagged(1, ['0400', `1${US}1${RS}2${US}00`, 'CAR', '20260101', '1', 'DAI', 'ORI', 'TCN', '', '00.00', '00.00', 'NORAM', '20260101000000Z', `003${US}UTF-8`], utf8);
    const result = readTransaction(concat(t1, tagged(2, ['00', '两个汉字 é'], utf8)));
    expect(result.encoding).toBe('utf-8');
    expect(firstItem(result.transaction.records[1]!, 3)).toBe('两个汉字 é');
  });

  it('decodes high bytes of an undeclared character set as Latin-1', () => {
    const result = readTransaction(concat(type1(`1${US}1${RS}2${US}00`), tagged(2, ['00', 'Gérard'])));
    expect(firstItem(result.transaction.records[1]!, 3)).toBe('Gérard');
  });

  it('replaces invalid UTF-8 and warns', () => {
    const t1 = tagged(1, ['0400', `1${US}1${RS}2${US}00`, 'CAR', '20260101', '1', 'DAI', 'ORI', 'TCN', '', '00.00', '00.00', 'NORAM', '20260101000000Z', `003${US}UTF-8`]);
    const result = readTransaction(concat(t1, tagged(2, ['00', 'bad \xff byte'])));
    expect(result.warnings.map((w) => w.code)).toContain('invalid-utf8');
  });

  it('reads a binary Type-4 record by its header', () => {
    const data = [9, 8, 7];
    const header = [0, 0, 0, 18 + data.length, 1, 1, 2, 255, 255, 255, 255, 255, 0, 0, 10, 0, 20, 1];
    const result = readTransaction(concat(type1(`1${US}1${RS}4${US}01`), Uint8Array.from([...header, ...data])));
    const record = result.transaction.records[1]!;
    expect(record).toMatchObject({ encoding: 'binary', type: 4, idc: 1, header: { imp: 1, fgp: [2, 255, 255, 255, 255, 255], hll: 10, vll: 20, compression: 1 } });
    expect(record.encoding === 'binary' && [...record.data]).toEqual(data);
  });

  it('keeps the image field as bytes, separators included', () => {
    const image = `14.999:${FS}${GS}${RS}${US}\x00\xff`;
    const head = ['14.002:01', '14.003:0'].join(GS);
    const body = (len: number) => `14.001:${len}${GS}${head}${GS}${image}${FS}`;
    let len = 0;
    for (let i = 0; i < 3; i++) len = latin1(body(len)).length;
    const result = readTransaction(concat(type1(`1${US}1${RS}14${US}01`), latin1(body(len))));
    expect([...binaryData(result.transaction.records[1]!)!]).toEqual([0x1c, 0x1d, 0x1e, 0x1f, 0, 255]);
  });
});

describe('readTransaction: corruption is a typed error with a location', () => {
  const expectBadFile = (bytes: Uint8Array, details: Record<string, unknown>) => {
    try {
      readTransaction(bytes);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RidgelineError);
      expect((error as RidgelineError).code).toBe('bad-file');
      expect((error as RidgelineError).details).toMatchObject(details);
    }
  };

  it('rejects an empty file and a file that is not a transaction', () => {
    expectBadFile(new Uint8Array(), { offset: 0 });
    expectBadFile(latin1('GIF89a...'), { record: 0, offset: 0 });
  });

  it('rejects a truncated binary record with its record, field and offset', () => {
    const t1 = type1(`1${US}1${RS}4${US}01`);
    expectBadFile(concat(t1, Uint8Array.from([0, 0, 1, 0, 1, 1])), { record: 1, field: '4.001', offset: t1.length });
  });

  it('rejects a truncated tagged image record', () => {
    const t1 = type1(`1${US}1${RS}14${US}01`);
    const record = latin1(`14.001:500${GS}14.002:01${GS}14.999:abc`);
    expectBadFile(concat(t1, record), { record: 1, offset: t1.length });
  });

  it('rejects garbage where a field tag should be, with its offset', () => {
    const t1 = type1(`1${US}1${RS}2${US}00`);
    const bad = latin1(`2.001:20${GS}2.002:00${GS}xyz${FS}`);
    expectBadFile(concat(t1, bad), { record: 1, offset: t1.length + 18 });
  });
});

describe('field names', () => {
  it('names fields for inspect', () => {
    expect(fieldName(1, 15)).toEqual({ mnemonic: 'DCS', name: 'Directory of character sets' });
    expect(fieldName(14, 13)?.mnemonic).toBe('FGP');
    expect(fieldName(9, 331)?.mnemonic).toBe('MIN');
    expect(fieldName(99, 999)?.mnemonic).toBe('BDB');
    expect(fieldName(2, 400)).toBeUndefined();
  });
});

describe('readTransaction: further tolerances', () => {
  it('warns once about undeclared 8-bit text and about a CNT IDC that disagrees', () => {
    const bytes = concat(type1(`1${US}2${RS}2${US}00${RS}2${US}05`), tagged(2, ['00', 'Gérard']), tagged(2, ['01', 'Zoë']));
    const result = readTransaction(bytes);
    expect(result.warnings.filter((w) => w.code === 'undeclared-8bit')).toHaveLength(1);
    expect(result.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'cnt-idc-mismatch', record: 2 })]));
  });
});

describe('readTransaction: LEN off by one on an image record', () => {
  it('accepts an image record whose LEN leaves out the FS when the next record follows', () => {
    const image = (lenDelta: number, idc: string) => {
      const body = (len: number) => `14.001:${len}${GS}14.002:${idc}${GS}14.999:\x00\x1c\xff${FS}`;
      let len = 0;
      for (let i = 0; i < 3; i++) len = latin1(body(len)).length;
      return latin1(body(len + lenDelta));
    };
    const bytes = concat(type1(`1${US}2${RS}14${US}01${RS}14${US}02`), image(-1, '01'), image(1, '02'));
    const result = readTransaction(bytes);
    expect(result.transaction.records.map((r) => [...(binaryData(r) ?? [])])).toEqual([[], [0, 0x1c, 0xff], [0, 0x1c, 0xff]]);
    expect(result.warnings.filter((w) => w.code === 'wrong-len').map((w) => w.record)).toEqual([1, 2]);
  });
});
