// What must hold for every answer, whatever was asked: no 5xx (no fault rule is set), the vendor's envelope, a
// code the operation documents, a body that matches the spec; and, after a run, the state's invariants.
import { SpecValidator, type OperationInfo } from "../../spec/index.js";
import type { MockApp } from "../../mock-server/index.js";
import { batchProgress } from "../../mock-server/simulation/batch-progress.js";
import { batchTiming } from "../../mock-server/simulation/timing.js";
import { readerCount } from "../../mock-server/simulation/readers.js";
import { size } from "../../mock-server/intervals.js";

const validator = new SpecValidator();

/** The outcome label ("HTTP 400 code 230001"), or throws explaining what broke. */
export function judge(op: OperationInfo, status: number, text: string, mock: MockApp): string {
  if (mock.selfCheckFailures.length > 0) throw new Error(`the mock failed its own check: ${mock.selfCheckFailures.join("; ")}`);
  if (status >= 500) throw new Error(`HTTP ${status}: ${text.slice(0, 300)}`);
  if (status === 404) {
    if (text !== "404 page not found") throw new Error(`a 404 not as the vendors answer it: ${text.slice(0, 200)}`);
    return "HTTP 404 (no such route)";
  }
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  const code = op.vendor === "feishu" ? body?.code : body?.errcode;
  const msg = op.vendor === "feishu" ? body?.msg : body?.errmsg;
  if (typeof code !== "number" || typeof msg !== "string") throw new Error(`not the ${op.vendor} envelope: ${text.slice(0, 200)}`);
  if (code !== 0 && !op.errorCodes.some((e) => e.code === code)) throw new Error(`code ${code} is not documented for ${op.operationId}`);
  const check = validator.validateResponse(op, status, body);
  if (!check.valid) throw new Error(`HTTP ${status} does not match the spec: ${check.errors.join("; ")}`);
  return `HTTP ${status} code ${code}`;
}

/** The state's invariants at this instant: problems found, if any. */
export function stateProblems(mock: MockApp): string[] {
  const problems: string[] = [];
  const now = mock.clock.now();
  for (const batch of mock.state.batches.values()) {
    const p = batchProgress(batch, now, batchTiming(mock.state.config, batch));
    const numbers = Object.values(p).filter((v) => typeof v === "number") as number[];
    if (numbers.some((n) => !Number.isSafeInteger(n) || n < 0)) problems.push(`${batch.id}: a count is not a natural number`);
    if (p.success_user_ids_count > p.valid_user_ids_count || p.read_user_ids_count > p.success_user_ids_count || p.recall_count > p.success_user_ids_count) {
      problems.push(`${batch.id}: counts out of order ${JSON.stringify(p)}`);
    }
  }
  for (const message of mock.state.messages.values()) {
    if (readerCount(message, now) > size(message.recipients)) problems.push(`${message.id}: more readers than recipients`);
  }
  for (const task of mock.state.tasks.values()) {
    if (!Number.isSafeInteger(task.taskId) || size(task.recipients) < 0) problems.push(`task ${task.taskId}: damaged`);
  }
  return problems;
}
