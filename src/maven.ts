import { spawn } from "node:child_process";

export interface MavenRun {
    readonly code: number;
    /** The last 400 lines of Maven's output, for explaining a failure. */
    readonly output: string[];
}

/**
 * Runs `mvn` with the given arguments (the local Neo4j and the embedding model are both fetched from Maven Central
 * this way). `onLine` sees every output line as it comes. Rejects only when `mvn` cannot be started.
 */
export function runMaven(args: readonly string[], onLine?: (line: string) => void): Promise<MavenRun> {
    return new Promise((resolve, reject) => {
        const output: string[] = [];
        const mvn = spawn("mvn", [...args], { stdio: ["ignore", "pipe", "pipe"] });
        const collect = (chunk: Buffer) => {
            for (const line of chunk.toString().split("\n")) {
                onLine?.(line);
                output.push(line);
            }
            if (output.length > 400) output.splice(0, output.length - 400);
        };
        mvn.stdout.on("data", collect);
        mvn.stderr.on("data", collect);
        mvn.on("error", reject);
        mvn.on("close", (code) => resolve({ code: code ?? 1, output }));
    });
}

/** The [ERROR] lines of a failed run (else its last 20 lines), for the detail of an explanation. */
export function mavenFailureDetail(output: readonly string[]): string {
    const errors = output.filter((line) => line.includes("[ERROR]")).slice(0, 8);
    return (errors.length ? errors : output.slice(-20)).join("\n");
}
