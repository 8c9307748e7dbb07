// The contract between a viewer and a markup tool: the viewer hands the tool
// pointer events in image pixels; the tool edits state and asks for redraws.
// Alt or Shift with the primary button, and the middle button, always pan.
import type { ViewerId } from '../store/canvas';
import type { Feature, Polygon } from './features';
import type { Point, Viewport } from './viewport';

export interface ToolContext {
  viewer: ViewerId;
  viewport: Viewport;
  features: readonly Feature[];
  /** A shape being drawn (the region of interest), shown until cleared. */
  setDraft(draft: Polygon | null): void;
  redraw(): void;
}

export interface ViewerTool {
  name: string;
  /** Returns true when the tool takes the gesture (the viewer then does not pan). */
  down(context: ToolContext, at: Point, event: PointerEvent): boolean;
  move?(context: ToolContext, at: Point, event: PointerEvent): void;
  up?(context: ToolContext, at: Point, event: PointerEvent): void;
}
