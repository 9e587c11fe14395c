// Bundles the browser pages (src/web/) with esbuild into dist/web/: one minified, content-hashed script and
// stylesheet per page, and manifest.json naming them for the API (src/server/web-routes.ts). Everything they use comes
// from npm at build time, so the pages load with no network beyond the API. Run by `npm run build`.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(root, "dist", "web");
const pages = { graphiql: "src/web/graphiql/main.tsx", explore: "src/web/explore/main.ts" };

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
    absWorkingDir: root,
    entryPoints: Object.entries(pages).map(([out, entry]) => ({ in: entry, out })),
    outdir,
    entryNames: "[name]-[hash]",
    assetNames: "[name]-[hash]",
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    jsx: "automatic",
    tsconfig: "src/web/tsconfig.json",
    define: { "process.env.NODE_ENV": '"production"' },
    legalComments: "linked",
    metafile: true,
    logLevel: "warning",
});

const manifest = {};
for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const page = Object.entries(pages).find(([, entry]) => output.entryPoint === entry)?.[0];
    if (!page) continue;
    manifest[page] = { js: path.basename(file), css: output.cssBundle ? path.basename(output.cssBundle) : null };
}
writeFileSync(path.join(outdir, "manifest.json"), JSON.stringify(manifest, null, 2));
console.log(`browser pages bundled into dist/web/: ${Object.keys(manifest).join(", ")}`);
