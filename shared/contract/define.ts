import type { z } from 'zod';

/**
 * One method of the contract: its input and output schemas, and whether it is a query, a
 * command (writes), or a job (returns a job id; the result arrives as a `job.finished` event).
 */
export interface MethodDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: 'query' | 'command' | 'job';
  input: I;
  output: O;
}

export function query<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodDefinition<I, O> {
  return { kind: 'query', input, output };
}

export function command<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodDefinition<I, O> {
  return { kind: 'command', input, output };
}

export function job<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodDefinition<I, O> {
  return { kind: 'job', input, output };
}
