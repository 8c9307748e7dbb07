// Bounds-checked big/little-endian byte access for the template codecs. Every
// read past the end is a typed 'bad-file' error, never a RangeError or a
// silently short value.
import { RidgelineError } from '../../../preload/shared/errors';

export class ByteReader {
  #offset = 0;
  readonly #view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    private readonly format: string,
    private readonly littleEndian = false,
  ) {
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get offset(): number {
    return this.#offset;
  }

  get remaining(): number {
    return this.bytes.length - this.#offset;
  }

  #need(count: number, what: string): number {
    if (count > this.remaining) {
      throw new RidgelineError('bad-file', `${this.format}: truncated while reading ${what}`, {
        offset: this.#offset,
        needed: count,
        available: this.remaining,
      });
    }
    const at = this.#offset;
    this.#offset += count;
    return at;
  }

  u8(what: string): number {
    return this.#view.getUint8(this.#need(1, what));
  }

  u16(what: string): number {
    return this.#view.getUint16(this.#need(2, what), this.littleEndian);
  }

  u32(what: string): number {
    return this.#view.getUint32(this.#need(4, what), this.littleEndian);
  }

  bytesOf(count: number, what: string): Uint8Array {
    const at = this.#need(count, what);
    return this.bytes.subarray(at, at + count);
  }

  skip(count: number, what: string): void {
    this.#need(count, what);
  }
}

export class ByteWriter {
  readonly #bytes: Uint8Array;
  readonly #view: DataView;
  #offset = 0;

  constructor(
    length: number,
    private readonly littleEndian = false,
  ) {
    this.#bytes = new Uint8Array(length);
    this.#view = new DataView(this.#bytes.buffer);
  }

  u8(value: number): this {
    this.#view.setUint8(this.#offset, value);
    this.#offset += 1;
    return this;
  }

  u16(value: number): this {
    this.#view.setUint16(this.#offset, value, this.littleEndian);
    this.#offset += 2;
    return this;
  }

  u32(value: number): this {
    this.#view.setUint32(this.#offset, value, this.littleEndian);
    this.#offset += 4;
    return this;
  }

  raw(bytes: Uint8Array): this {
    this.#bytes.set(bytes, this.#offset);
    this.#offset += bytes.length;
    return this;
  }

  /** The written bytes; the writer must have been filled exactly. */
  finish(): Uint8Array {
    if (this.#offset !== this.#bytes.length) {
      throw new RidgelineError('internal', `template writer filled ${this.#offset} of ${this.#bytes.length} bytes`);
    }
    return this.#bytes;
  }
}

export function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
