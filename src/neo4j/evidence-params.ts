import neo4j from "neo4j-driver";
import { COMPLETION_EVIDENCE } from "../domain/evidence";

/** The evidence reads' $completion parameter (cypher/people/*, teams, workforce): what a completed course is evidence of. */
export const completionParam = Object.freeze({ validityMonths: neo4j.int(COMPLETION_EVIDENCE.validityMonths), confidence: COMPLETION_EVIDENCE.confidence });
