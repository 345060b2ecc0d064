import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage, renderManifest } from '../../../bots/teams/package-app.js';

const options = {
  appId: '11111111-2222-3333-4444-555555555555',
  orgName: "Un pass dans l'impasse",
  version: '0.1.0',
  websiteUrl: 'https://programme.example',
  privacyUrl: 'https://programme.example/privacy',
  termsUrl: 'https://programme.example/terms',
};

describe('Teams app package', () => {
  it('fills every placeholder of the manifest with the app id and the programme', () => {
    const manifest = JSON.parse(renderManifest(options));
    expect(manifest.id).toBe(options.appId);
    expect(manifest.bots[0].botId).toBe(options.appId);
    expect(manifest.developer.name).toBe("Un pass dans l'impasse");
    expect(JSON.stringify(manifest)).not.toContain('{{');
  });

  it('builds a zip that a standard unzip reads: manifest.json and two icons at the root', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'teams-')), 'app.zip');
    fs.writeFileSync(file, buildTeamsPackage(options));
    const listing = spawnSync(
      'python3',
      [
        '-c',
        'import sys,zipfile,json; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps(sorted(z.namelist())))',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(listing.status, listing.stderr).toBe(0);
    expect(JSON.parse(listing.stdout)).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });
});
