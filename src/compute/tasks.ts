/**
 * The CPU-heavy compute steps of the use cases, by name: pure functions of data read before (plain objects, Maps,
 * Dates), so a compute thread can run them (./compute.ts). This module is also the thread's entry point.
 */
import { composeTeamPlan, type TeamCandidate, type TeamConstraints, type TeamRequirement } from "../domain/team-solver";
import { computeCredentialProgress, computeNearestCredentials } from "../use-cases/credential-progress";
import { computeCredentialPlan, computeRolePlan } from "../use-cases/learning-plan";

export const computeTasks = {
    rolePlan: computeRolePlan,
    credentialPlan: computeCredentialPlan,
    credentialProgress: computeCredentialProgress,
    nearestCredentials: computeNearestCredentials,
    teamPlan: ({ requirements, pool, constraints }: { requirements: TeamRequirement[]; pool: TeamCandidate[]; constraints: TeamConstraints }) =>
        composeTeamPlan(requirements, pool, constraints),
};

export type ComputeTasks = typeof computeTasks;
export type TaskName = keyof ComputeTasks;
export type TaskInput<K extends TaskName> = Parameters<ComputeTasks[K]>[0];
export type TaskOutput<K extends TaskName> = ReturnType<ComputeTasks[K]>;

export interface TaskMessage<K extends TaskName = TaskName> {
    readonly task: K;
    readonly input: TaskInput<K>;
}

/** Runs one task; the compute thread's handler (piscina calls it by this name). */
export function runTask<K extends TaskName>({ task, input }: TaskMessage<K>): TaskOutput<K> {
    return (computeTasks[task] as (input: TaskInput<K>) => TaskOutput<K>)(input);
}
