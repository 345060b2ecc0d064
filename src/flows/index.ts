import type { Flow, FlowId } from '../conversation/form.js';
import { aboutFlow } from './about.flow.js';
import { helpRequestFlow } from './help-request.flow.js';
import { sentinelAlertFlow } from './sentinel-alert.flow.js';
import { sentinelTrainingFlow } from './sentinel-training.flow.js';

/** The menu, in order. Only flows that exist are listed. */
export const menuFlows: readonly Flow[] = [sentinelAlertFlow, helpRequestFlow, sentinelTrainingFlow, aboutFlow];

export function flowById(id: FlowId): Flow {
  const flow = menuFlows.find((f) => f.id === id);
  if (!flow) throw new Error(`unknown flow ${id}`);
  return flow;
}
