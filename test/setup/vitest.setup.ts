// Component tests run in jsdom, which has no canvas: give Konva a mock 2D context.
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  await import('vitest-canvas-mock');
}

export {};
