import type { BeadOp } from '../../../shared/editing/beadOps';
import type { DragDirections } from './AlignmentCell';

/** The sentence being dragged: its row, column, and where it may go. */
export interface DragSource {
  row: number;
  column: number;
  directions: DragDirections;
}

/** The edit a drop on `targetRow` makes: the first sentence onto the row above, the last onto the row below; null elsewhere. */
export function dropOp(source: DragSource | null, targetRow: number): BeadOp | null {
  if (!source) return null;
  if (targetRow === source.row - 1 && source.directions !== 'down') return { kind: 'moveUp', row: source.row, column: source.column };
  if (targetRow === source.row + 1 && source.directions !== 'up') return { kind: 'moveDown', row: source.row, column: source.column };
  return null;
}
