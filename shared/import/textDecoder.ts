/**
 * TextDecoder without DOM types: shared/ is type-checked with lib ES2022 only, which does not
 * declare it, although every runtime Qiyos runs in (browsers, workers, Node 20 with full ICU) has
 * it with windows-1251 and koi8-r. A local structural type avoids clashing with lib.dom's global.
 */

interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

type DecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;

/** A TextDecoder for `label`; `fatal` makes malformed input throw instead of decoding to U+FFFD. */
export function createDecoder(label: string, fatal: boolean): Decoder {
  const Ctor = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
  if (Ctor === undefined) throw new Error('This runtime has no TextDecoder.');
  // ignoreBOM: true keeps a byte-order mark in the output, so that decodeBytes removes it in one place.
  return new Ctor(label, { fatal, ignoreBOM: true });
}
