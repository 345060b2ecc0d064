/**
 * The dependency rule (STYLE, "Our shapes" 1): `src/` is the core and knows
 * no platform. Nothing under src/ may import from bots/ or a platform SDK.
 * Exits non-zero with one line per violation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FORBIDDEN_PACKAGES = [
  /^botbuilder/,
  /^botframework-/,
  /^@slack\//,
  /^whatsapp-web\.js/,
  /^puppeteer/,
  /^qrcode-terminal/,
  /^express/,
];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name)) yield full;
  }
}

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;

export function violations(srcDir: string): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
      if (!spec) continue;
      const rel = path.relative(root, file);
      if (spec.startsWith('.')) {
        const target = path.relative(root, path.resolve(path.dirname(file), spec));
        if (target === 'bots' || target.startsWith(`bots${path.sep}`))
          found.push(`${rel}: imports ${spec} (src/ must not depend on bots/)`);
      } else if (FORBIDDEN_PACKAGES.some((re) => re.test(spec))) {
        found.push(`${rel}: imports ${spec} (platform SDKs belong in bots/)`);
      }
    }
  }
  return found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = violations(path.join(root, 'src'));
  if (found.length > 0) {
    for (const line of found) process.stderr.write(`dependency rule: ${line}\n`);
    process.exit(1);
  }
  process.stdout.write('dependency rule: src/ imports no platform SDK and nothing from bots/\n');
}
