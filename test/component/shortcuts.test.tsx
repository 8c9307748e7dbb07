// @vitest-environment jsdom
// The shortcut table is the one source for the help overlay, the tooltips and
// the key handling: no key does two things, and every entry is listed on `?`.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HelpOverlay } from '../../renderer/src/features/shortcuts/HelpOverlay';
import { SHORTCUTS, shortcutFor, tooltip } from '../../renderer/src/features/shortcuts/shortcuts';

afterEach(cleanup);

describe('shortcuts', () => {
  it('give every key combination one meaning', () => {
    const seen = new Map<string, string>();
    for (const s of SHORTCUTS) {
      for (const key of s.keys) {
        const combo = `${s.ctrl ? 'ctrl+' : ''}${key}`;
        expect(seen.get(combo), `${combo} is used by ${seen.get(combo)} and ${s.id}`).toBeUndefined();
        seen.set(combo, s.id);
      }
    }
  });

  it('resolve events to their action, ignoring Alt and honouring Ctrl', () => {
    expect(shortcutFor({ key: 'r', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false })).toBe('rotate-cw');
    expect(shortcutFor({ key: 'R', ctrlKey: false, metaKey: false, altKey: false, shiftKey: true })).toBe('rotate-ccw');
    expect(shortcutFor({ key: 'j', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false })).toBe('next-pair');
    expect(shortcutFor({ key: 'j', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false })).toBeNull();
    expect(shortcutFor({ key: 'r', ctrlKey: false, metaKey: false, altKey: true, shiftKey: false })).toBeNull();
  });

  it('are all listed in the help overlay, and named in tooltips', () => {
    render(<HelpOverlay onClose={vi.fn()} />);
    const text = screen.getByTestId('shortcut-help').textContent ?? '';
    for (const s of SHORTCUTS) expect(text).toContain(s.description);
    expect(tooltip('link')).toBe('Link or unlink the viewers (pan, zoom, rotation together) (L)');
  });
});
