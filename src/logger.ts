import pino from "pino";

export type Logger = pino.Logger;

/** Structured JSON logs on stdout; LOG_LEVEL picks the threshold. */
export function createLogger(level: string, name = "skillgraph"): Logger {
    return pino({ name, level, base: { service: name } });
}
