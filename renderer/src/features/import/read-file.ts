// Reads a chosen or dropped file as base64 for packets.import: the renderer
// sends bytes, never a path. Progress comes from the FileReader's events.
export const PACKET_EXTENSIONS = ['.an2', '.eft', '.nist', '.ebts', '.an', '.int', '.xml'] as const;

export function looksLikePacket(name: string): boolean {
  const lower = name.toLowerCase();
  return PACKET_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function readFileAsBase64(file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(new Error('The file could not be read'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      // A data URL: "data:<type>;base64,<payload>".
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : '');
    };
    reader.readAsDataURL(file);
  });
}

export function newImportId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return `imp-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
