import { contactPlanProblems } from './contact-plan-shape.js';
import { policyProblems } from './policy-checks.js';
import { PolicyShape } from './policy-shape.js';

/**
 * A triage policy as validated: its shape (`policy-shape.ts`), then every problem with the
 * whole policy that the shape alone does not show (`policy-checks.ts`, and the contact plan's in
 * `contact-plan-shape.ts`). Kept apart so that the
 * checks read the policy's types without a file cycle.
 * @internal
 */
export const PolicySchema = PolicyShape.superRefine((policy, ctx) => {
  for (const problem of [...policyProblems(policy), ...contactPlanProblems(policy.contactPlan)]) {
    ctx.addIssue({ code: 'custom', path: [...problem.path], message: problem.message, params: { code: problem.code } });
  }
});
