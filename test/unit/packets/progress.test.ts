import { describe, expect, it } from 'vitest';
import { createImportProgressBoard } from '../../../main/core/packets/progress';

describe('import progress board', () => {
  it('keeps each session to its own imports', () => {
    const board = createImportProgressBoard();
    board.update('s1', 'imp-1', { stage: 'decoding', fraction: 0.5 });
    expect(board.get('s1', 'imp-1')).toEqual({ stage: 'decoding', fraction: 0.5 });
    expect(board.get('s2', 'imp-1')).toBeNull();
  });

  it('forgets finished imports after a minute and stays bounded', () => {
    let now = 0;
    const board = createImportProgressBoard(() => now);
    board.update('s', 'done', { stage: 'done', fraction: 1 });
    now = 61_000;
    board.update('s', 'other', { stage: 'reading', fraction: 0 });
    expect(board.get('s', 'done')).toBeNull();
    for (let i = 0; i < 1000; i++) board.update('s', `imp-${i}`, { stage: 'reading', fraction: 0 });
    expect(board.get('s', 'imp-0')).toBeNull();
    expect(board.get('s', 'imp-999')).not.toBeNull();
  });
});
