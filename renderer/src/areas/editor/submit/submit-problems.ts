import { z } from 'zod';
import type { AppErrorValue } from '../../../../../shared/ipc/errors';

/** The findings a refused sync.enqueue may carry in `details` (validation errors block submitting). */
const Problem = z.object({
  ruleId: z.string().optional(),
  path: z.string().optional(),
  severity: z.string().optional(),
  messageZh: z.string(),
  messageEn: z.string(),
});
export type SubmitProblem = z.infer<typeof Problem>;

const Details = z.union([
  z.object({ findings: z.array(Problem) }).transform((d) => d.findings),
  z.array(Problem),
]);

/** Reads the findings out of an error's details; anything else (no details, another shape) gives none. */
export function submitProblems(error: AppErrorValue): SubmitProblem[] {
  const parsed = Details.safeParse(error.details);
  return parsed.success ? parsed.data.filter((p) => p.severity !== 'warning').slice(0, 20) : [];
}
