// Trunk post-build hook: move trunk's inline module loader into its own file, so the page's
// Content-Security-Policy can forbid inline scripts ("script-src 'self'").
// Trunk runs it with TRUNK_STAGING_DIR set to the folder that becomes dist/.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("boot-hook: TRUNK_STAGING_DIR is not set (run this through trunk)");
  process.exit(1);
}
const indexPath = join(dir, "index.html");
const html = readFileSync(indexPath, "utf8");
const inline = /<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const matches = [...html.matchAll(inline)];
if (matches.length !== 1) {
  console.error(`boot-hook: expected one inline module script in index.html, found ${matches.length}`);
  process.exit(1);
}
const [whole, body] = matches[0];
const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
const fileName = `boot-${hash}.js`;
writeFileSync(join(dir, fileName), body.trim() + "\n");
writeFileSync(indexPath, html.replace(whole, `<script type="module" src="/${fileName}"></script>`));
console.log(`boot-hook: inline loader moved to ${fileName}`);

// The service worker caches every file of this build; its version is a hash of them all, so a
// new release gets a new worker (and a new cache) and an unchanged one keeps its own.
const files = readdirSync(dir).filter((name) => name !== "sw.js").sort();
const version = createHash("sha256");
for (const name of files) version.update(name).update(readFileSync(join(dir, name)));
const swPath = join(dir, "sw.js");
const worker = readFileSync(swPath, "utf8")
  .replace("__WAVEPLAN_VERSION__", version.digest("hex").slice(0, 16))
  .replace("__WAVEPLAN_FILES__", JSON.stringify(["/", ...files.filter((name) => name !== "index.html").map((name) => `/${name}`)]));
writeFileSync(swPath, worker);
console.log(`boot-hook: service worker caches ${files.length} files`);
