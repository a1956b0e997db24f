import { parse } from 'yaml';

/** One shell step of a CI recipe, as the CI would run it. */
export interface RecipeStep {
  readonly name: string;
  readonly run: string;
  /** Runs even after an earlier step failed (`if: always()`). */
  readonly always: boolean;
  /** The job it belongs to (a matrix job once per value): a failure skips the rest of its job only. */
  readonly job: string;
}

/** Steps that prepare the CI machine, not the suite: a test provides their effect itself. */
const isSetup = (run: string, id?: string) => id === 'start-target' || run.trim() === 'npm ci' || /glacier-conformance serve|until curl/.test(run);

/**
 * The shell steps of a GitHub Actions workflow in job order (a job after
 * the jobs it needs), a matrix expanded, with their env merged (workflow,
 * then job). Setup steps (npm ci, starting the target) are left out.
 */
export function githubSteps(text: string): { env: Record<string, string>; steps: RecipeStep[] } {
  const workflow = parse(text) as { env?: Record<string, unknown>; jobs: Record<string, { needs?: string | string[]; env?: Record<string, unknown>; strategy?: { matrix?: Record<string, unknown[]> }; steps: { name?: string; id?: string; run?: string; if?: string }[] }> };
  const env: Record<string, string> = {};
  const steps: RecipeStep[] = [];
  const done = new Set<string>();
  const order = Object.keys(workflow.jobs);
  while (done.size < order.length) {
    const next = order.find((name) => !done.has(name) && [workflow.jobs[name]!.needs ?? []].flat().every((need) => done.has(need)))!;
    const job = workflow.jobs[next]!;
    for (const [key, value] of Object.entries({ ...workflow.env, ...job.env })) env[key] = String(value);
    const [axis, values] = Object.entries(job.strategy?.matrix ?? { none: [undefined] })[0]!;
    for (const value of values) {
      for (const step of job.steps) {
        if (step.run === undefined || isSetup(step.run, step.id)) continue;
        const run = step.run.replaceAll(`\${{ matrix.${axis} }}`, String(value));
        steps.push({ name: (step.name ?? run).replaceAll(`\${{ matrix.${axis} }}`, String(value)), run, always: step.if === 'always()', job: `${next}/${String(value)}` });
      }
    }
    done.add(next);
  }
  return { env, steps };
}

/** The `script` lines of every job of a .gitlab-ci.yml (before_script is the machine's setup), with the job's variables. */
export function gitlabSteps(text: string): { env: Record<string, string>; steps: RecipeStep[] } {
  const file = parse(text) as Record<string, { variables?: Record<string, unknown>; script?: string[] }>;
  const env: Record<string, string> = {};
  const steps: RecipeStep[] = [];
  for (const [name, job] of Object.entries(file)) {
    if (!job || typeof job !== 'object' || !Array.isArray(job.script)) continue;
    for (const [key, value] of Object.entries(job.variables ?? {})) env[key] = String(value);
    for (const run of job.script) if (!isSetup(run)) steps.push({ name: run, run, always: false, job: name });
  }
  return { env, steps };
}
