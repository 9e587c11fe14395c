// ESLint (flat config) for the whole repository: typescript-eslint's recommended type-checked rules, with Prettier
// owning layout (eslint-config-prettier). Run from the repository root: npm run lint.
import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export default tseslint.config(
    {
        ignores: [
            "dist/**",
            "node_modules/**",
            ".neo4j/**",
            "coverage/**",
            "**/generated/**",
            "clients/typescript/dist/**",
            "clients/typescript/src/gql/**",
            "test/setup/summary-reporter.js",
            "test/setup/node-environment.js",
            "tools/eslint.config.mjs",
        ],
    },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
        languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
        rules: {
            // Unused parameters are named with a leading underscore where a signature requires them.
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
        },
    },
    // Plain JavaScript build scripts (tools/build-web.mjs): no TypeScript project to type-check them against.
    {
        files: ["**/*.mjs"],
        ...tseslint.configs.disableTypeChecked,
        languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { console: "readonly", process: "readonly" } },
    },
    prettier,
);
