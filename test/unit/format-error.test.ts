import { Neo4jError } from "neo4j-driver";
import { isUnreachable } from "../../src/server/database-status";
import { classifyError } from "../../src/server/format-error";

const classify = (error: unknown) => classifyError({ message: error instanceof Error ? error.message : String(error) }, error);

describe("driver errors", () => {
    it("are UNAVAILABLE when the database cannot be reached, whatever the driver calls it", () => {
        for (const error of [
            new Neo4jError("Failed to connect to server.", "ServiceUnavailable", "50N42", "unexpected error"),
            new Neo4jError("The database is not currently available.", "Neo.TransientError.General.DatabaseUnavailable", "50N42", "unexpected error"),
            // The driver's own messages, with code N/A: a closed pool while the server is gone, no connection in time.
            new Neo4jError("Pool is closed, it is no more able to serve requests.", "N/A", "50N42", "unexpected error"),
            // A socket failing mid-write as the server goes down (CI's faults test): code ProtocolError.
            new Neo4jError(
                "Failed to connect to server. Please ensure that your database is listening. Caused by: write EPIPE",
                "ProtocolError",
                "50N42",
                "unexpected error",
            ),
            new Neo4jError(
                "Connection acquisition timed out in 20000 ms. Pool status: Active conn count = 100, Idle conn count = 0.",
                "N/A",
                "50N42",
                "unexpected error",
            ),
        ])
            expect(classify(error)).toMatchObject({ code: "UNAVAILABLE", expected: true });
    });

    it("are UNAVAILABLE with a retry hint for a deadlock that outlasted the retries", () => {
        const deadlock = new Neo4jError(
            "ForsetiClient can't acquire ExclusiveLock",
            "Neo.TransientError.Transaction.DeadlockDetected",
            "50N05",
            "unexpected error",
        );
        expect(classify(deadlock)).toMatchObject({ code: "UNAVAILABLE", expected: true });
        expect(classify(deadlock).message).toContain("retry");
    });

    it("report the closed pool, not a connection wait, to the database status (which then probes)", () => {
        expect(isUnreachable(new Neo4jError("Pool is closed, it is no more able to serve requests.", "N/A", "50N42", "unexpected error"))).toBe(true);
        expect(isUnreachable(new Neo4jError("Failed to connect to server. Caused by: write EPIPE", "ProtocolError", "50N42", "unexpected error"))).toBe(true);
        expect(isUnreachable(new Neo4jError("Message of unexpected type", "ProtocolError", "50N42", "unexpected error"))).toBe(false);
        expect(isUnreachable(new Neo4jError("Connection acquisition timed out in 20000 ms.", "N/A", "50N42", "unexpected error"))).toBe(false);
    });

    it("are UNAVAILABLE while the database status knows the database is down, whatever they say", () => {
        const odd = new Neo4jError("Something else broke.", "Neo.DatabaseError.General.UnknownError", "50N42", "unexpected error");
        expect(classifyError({ message: odd.message }, odd, true)).toMatchObject({ code: "UNAVAILABLE", expected: true });
        expect(classifyError({ message: "Cannot read properties of undefined" }, new TypeError("Cannot read properties of undefined"), true)).toMatchObject({
            code: "UNAVAILABLE",
        });
        // The user's own mistakes keep their code.
        expect(classifyError({ message: "bad", extensions: { code: "BAD_USER_INPUT" } }, new Error("bad"), true)).toMatchObject({ code: "BAD_USER_INPUT" });
    });

    it("stay internal errors, masked, when nothing says the database is away", () => {
        expect(classify(new Neo4jError("Something else broke.", "Neo.DatabaseError.General.UnknownError", "50N42", "unexpected error"))).toMatchObject({
            code: "INTERNAL_SERVER_ERROR",
            expected: false,
        });
    });
});
