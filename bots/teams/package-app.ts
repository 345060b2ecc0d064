import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../../src/config.js';
import { zip } from './zip.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface PackageOptions {
  appId: string;
  orgName: string;
  version: string;
  websiteUrl: string;
  privacyUrl: string;
  termsUrl: string;
}

/** Fills the manifest template; refuses to leave a placeholder behind. */
export function renderManifest(o: PackageOptions): string {
  const template = fs.readFileSync(path.join(here, 'manifest/manifest.template.json'), 'utf8');
  const values: Record<string, string> = {
    MICROSOFT_APP_ID: o.appId,
    ORG_NAME: o.orgName,
    VERSION: o.version,
    WEBSITE_URL: o.websiteUrl,
    PRIVACY_URL: o.privacyUrl,
    TERMS_URL: o.termsUrl,
  };
  const filled = template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`manifest placeholder ${whole} has no value`);
    return JSON.stringify(value).slice(1, -1);
  });
  JSON.parse(filled);
  return filled;
}

/** The zip a Teams admin uploads: manifest.json and the two icons at its root. */
export function buildTeamsPackage(o: PackageOptions): Buffer {
  return zip([
    { name: 'manifest.json', data: Buffer.from(renderManifest(o), 'utf8') },
    { name: 'color.png', data: fs.readFileSync(path.join(here, 'manifest/color.png')) },
    { name: 'outline.png', data: fs.readFileSync(path.join(here, 'manifest/outline.png')) },
  ]);
}

const USAGE = 'usage: MicrosoftAppId=<app id> npm run teams:package -- --website https://… [--privacy URL] [--terms URL] [--out FILE]';

function main(): void {
  const { values } = parseArgs({
    options: { website: { type: 'string' }, privacy: { type: 'string' }, terms: { type: 'string' }, out: { type: 'string' } },
  });
  const config = readConfig();
  if (!config.teams.appId) throw new Error(`MicrosoftAppId is not set: the package needs the bot's app id\n${USAGE}`);
  const website = values.website;
  if (!website?.startsWith('https://'))
    throw new Error(`--website must be the programme's https address (Teams shows it on the app page)\n${USAGE}`);
  const pkg = JSON.parse(fs.readFileSync(path.join(here, '../../package.json'), 'utf8')) as { version: string };
  const out = path.resolve(values.out ?? 'dist/passerelle-teams.zip');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    buildTeamsPackage({
      appId: config.teams.appId,
      orgName: config.orgName,
      version: pkg.version,
      websiteUrl: website,
      privacyUrl: values.privacy ?? website,
      termsUrl: values.terms ?? website,
    }),
  );
  process.stdout.write(`Teams app package written to ${out}: upload it in the Teams admin center (Teams apps → Manage apps → Upload).\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`teams:package: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
