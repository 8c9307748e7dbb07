// Reads a chosen or dropped file for packets.intake: the renderer sends the
// bytes (a Uint8Array, carried by structured clone), never a path. Progress
// comes from the FileReader's events.
/** Query packets: OpenPGP messages, binary (.gpg, .pgp) or armored (.asc). */
export const PACKET_EXTENSIONS = ['.gpg', '.pgp', '.asc'] as const;

export function looksLikePacket(name: string): boolean {
  const lower = name.toLowerCase();
  return PACKET_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function readFileBytes(file: Blob, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(new Error('The file could not be read'));
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error('The file could not be read'));
    };
    reader.readAsArrayBuffer(file);
  });
}

export function newImportId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return `imp-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
