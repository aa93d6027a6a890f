import { PROCESSES, type TPolicyAnswer } from '@ecq/core';
import { z } from 'zod';
import { presentEffectiveRule, ZEffectiveRuleResponse } from './model';

export const ZPolicyAnswerResponse = z.object({
  process: z.enum(PROCESSES),
  on: z.iso.date(),
  packId: z.string(),
  modelTitle: z.string(),
  /** The rule that makes the pack govern: from when, why, and its source. */
  rule: ZEffectiveRuleResponse,
  /** One sentence a person can read. */
  reason: z.string(),
  /** Set when the deployment's setting (`ECQ_FOLLOW`) chose between alternative packs. */
  choice: z.object({ group: z.string(), chosen: z.string(), others: z.array(z.string()) }).nullable(),
});
export type TPolicyAnswerResponse = z.infer<typeof ZPolicyAnswerResponse>;

/** Which pack governs a process on a date, and why (core policyFor). */
export function presentPolicyAnswer(answer: TPolicyAnswer): TPolicyAnswerResponse {
  return {
    process: answer.process,
    on: answer.on,
    packId: answer.pack.id,
    modelTitle: answer.pack.model.title,
    rule: presentEffectiveRule(answer.rule),
    reason: answer.reason,
    choice: answer.choice === undefined ? null : { group: answer.choice.group, chosen: answer.choice.chosen, others: [...answer.choice.others] },
  };
}
