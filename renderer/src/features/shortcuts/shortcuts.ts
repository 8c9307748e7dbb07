// Every keyboard shortcut of the bench in one table: the help overlay (?) and
// the tooltips read it, and the workspace's key handler dispatches from it, so
// what is documented is what works.
export type ShortcutId =
  | 'help'
  | 'back'
  | 'focus-query'
  | 'focus-candidate'
  | 'zoom-in'
  | 'zoom-out'
  | 'fit'
  | 'rotate-cw'
  | 'rotate-ccw'
  | 'rotate-fine-cw'
  | 'rotate-fine-ccw'
  | 'link'
  | 'true-scale'
  | 'loupe'
  | 'invert'
  | 'adjustments'
  | 'toggle-features'
  | 'toggle-marks'
  | 'next-pair'
  | 'previous-pair'
  | 'reject-pair';

export interface Shortcut {
  id: ShortcutId;
  /** KeyboardEvent.key values that trigger it (with `ctrl` for Ctrl/Cmd). */
  keys: readonly string[];
  ctrl?: boolean;
  shift?: boolean;
  /** As shown to the examiner. */
  label: string;
  description: string;
  group: 'General' | 'Viewers' | 'Image' | 'Correspondences';
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'help', keys: ['?'], label: '?', description: 'Show or hide this list of shortcuts', group: 'General' },
  { id: 'back', keys: ['Escape'], label: 'Esc', description: 'Close a dialog, or go back to the worklist', group: 'General' },
  { id: 'focus-query', keys: ['1'], label: '1', description: 'Focus the query viewer', group: 'General' },
  { id: 'focus-candidate', keys: ['2'], label: '2', description: 'Focus the candidate viewer', group: 'General' },
  { id: 'zoom-in', keys: ['+', '='], label: '+', description: 'Zoom in (active viewer)', group: 'Viewers' },
  { id: 'zoom-out', keys: ['-'], label: '−', description: 'Zoom out (active viewer)', group: 'Viewers' },
  { id: 'fit', keys: ['0'], label: '0', description: 'Fit the print to the viewer', group: 'Viewers' },
  { id: 'rotate-cw', keys: ['r'], label: 'R', description: 'Rotate 90° clockwise', group: 'Viewers' },
  { id: 'rotate-ccw', keys: ['R'], shift: true, label: 'Shift+R', description: 'Rotate 90° counter-clockwise', group: 'Viewers' },
  { id: 'rotate-fine-cw', keys: ['.', '>'], label: '.', description: 'Rotate 1° clockwise (Alt-drag rotates freely)', group: 'Viewers' },
  { id: 'rotate-fine-ccw', keys: [',', '<'], label: ',', description: 'Rotate 1° counter-clockwise', group: 'Viewers' },
  { id: 'link', keys: ['l'], label: 'L', description: 'Link or unlink the viewers (pan, zoom, rotation together)', group: 'Viewers' },
  { id: 'true-scale', keys: ['t'], label: 'T', description: 'True scale: both prints at the same physical size', group: 'Viewers' },
  { id: 'loupe', keys: ['m'], label: 'M', description: 'Magnifier loupe at the pointer', group: 'Viewers' },
  { id: 'invert', keys: ['i'], label: 'I', description: 'Invert the active print (display only)', group: 'Image' },
  { id: 'adjustments', keys: ['a'], label: 'A', description: 'Image adjustments of the active print (display only)', group: 'Image' },
  { id: 'toggle-features', keys: ['f'], label: 'F', description: 'Show or hide the minutiae', group: 'Image' },
  { id: 'toggle-marks', keys: ['c'], label: 'C', description: 'Show or hide the correspondences', group: 'Image' },
  { id: 'next-pair', keys: ['j'], label: 'J', description: 'Next proposed pair', group: 'Correspondences' },
  { id: 'previous-pair', keys: ['k'], label: 'K', description: 'Previous proposed pair', group: 'Correspondences' },
];

const byId = new Map(SHORTCUTS.map((s) => [s.id, s]));

/** "Rotate 90° clockwise (R)": for title attributes and tooltips. */
export function tooltip(id: ShortcutId, text?: string): string {
  const shortcut = byId.get(id);
  if (!shortcut) return text ?? '';
  return `${text ?? shortcut.description} (${shortcut.label})`;
}

export const keyLabel = (id: ShortcutId): string => byId.get(id)?.label ?? '';

/** Keyboard events typed into a field are the field's, never a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** The shortcut an event triggers, if any. */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): ShortcutId | null {
  if (event.altKey) return null;
  const ctrl = event.ctrlKey || event.metaKey;
  for (const s of SHORTCUTS) {
    if (Boolean(s.ctrl) !== ctrl) continue;
    if (s.keys.includes(event.key)) return s.id;
  }
  return null;
}
