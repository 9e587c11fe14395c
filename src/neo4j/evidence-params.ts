import neo4j from "neo4j-driver";
import { COMPLETION_EVIDENCE, type EvidencePolicy } from "../domain/evidence";

/** The evidence reads' $completion parameter (cypher/people/*, teams, workforce): what a completed course is evidence of. */
export const completionParam = (policy: EvidencePolicy) =>
    Object.freeze({ validityMonths: neo4j.int(policy.completionValidityMonths), confidence: COMPLETION_EVIDENCE.confidence });

/** The evidence policy as a Cypher parameter, $maxLevel: source -> the highest level it counts at (the benchmark's Cypher baselines). */
export const maxLevelParam = (policy: EvidencePolicy) =>
    Object.fromEntries(Object.entries(policy.maxLevel).map(([source, level]) => [source, neo4j.int(level)]));
