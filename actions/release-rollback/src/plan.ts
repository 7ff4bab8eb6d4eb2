import type { StepName } from './inputs.js';

/** A change a step would make: what execution does when the plan says so. */
export type PlannedState = 'create' | 'update' | 'delete' | 'unchanged' | 'skipped' | 'refused' | 'failed';
/** What a step came to once carried out. */
export type FinalState = 'created' | 'updated' | 'unchanged' | 'skipped' | 'refused' | 'failed';

/** One line of the plan: a step's target, its state now, and what the rollback wants it to be. */
export interface PlanRow {
  step: StepName;
  target: string;
  current: string;
  intended: string;
  state: PlannedState | FinalState;
  /** Why a step is skipped, refused or failed, or what it did. */
  why?: string;
  url?: string;
}

export interface Applied {
  state: FinalState;
  why?: string;
  url?: string;
}

/** A planned row, and how to carry it out when its state is a change. */
export interface PlannedRow extends PlanRow {
  state: PlannedState;
  apply?: () => Promise<Applied>;
  /**
   * A refusal that stops the whole execution before anything is written (a token that cannot do its
   * step), as opposed to a refusal for safety that only stops its own step.
   */
  blocking?: boolean;
}

export const CHANGE_STATES: readonly PlannedState[] = ['create', 'update', 'delete'];

/** A row for a step that could not even be planned. */
export function failedRow(step: StepName, target: string, error: string): PlannedRow {
  return { step, target, current: 'unknown', intended: 'unknown', state: 'failed', why: error };
}

/** Whether a row's state is a success (done, or nothing to do). */
export const isDone = (state: string): boolean =>
  state === 'created' || state === 'updated' || state === 'unchanged';
