export class UnreadableFileError extends Error {
  constructor(fileName: string) {
    super(`"${fileName}" is not valid UTF-8 text; encodings other than UTF-8 come in a later version.`);
    this.name = 'UnreadableFileError';
  }
}

/** Decodes a picked or dropped file as strict UTF-8 without its byte-order mark. */
export function decodeText(fileName: string, bytes: Uint8Array): string {
  let text: string;
  try {
    // ignoreBOM: true keeps a BOM in the output so it is removed in one place below.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError(fileName);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
