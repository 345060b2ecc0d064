import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.js';

describe('configuration', () => {
  it('starts with no configuration at all: PGlite in ./data, defaults of DESIGN', () => {
    const config = readConfig({}, '/srv/passerelle');
    expect(config).toMatchObject({
      port: 3978,
      databaseUrl: undefined,
      dataDir: '/srv/passerelle/data',
      orgName: "Un pass dans l'impasse",
      maxSessions: 4,
      hotline: { number: '0800/300.25', hours: 'Mon-Fri 08:30-17:00' },
      whatsapp: { enabled: false, chromiumPath: '/usr/bin/chromium' },
    });
  });

  it('reports one line per problem', () => {
    try {
      readConfig({ PORT: 'eighty', MAX_SESSIONS: '-2', DATABASE_URL: 'mysql://x', HOTLINE_HOURS: 'Mon-Fri 8h30' });
      expect.unreachable('readConfig should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(4);
      expect(problems.find((p) => p.startsWith('PORT:'))).toContain('eighty');
      expect(problems.find((p) => p.startsWith('MAX_SESSIONS:'))).toContain('positive');
      expect(problems.find((p) => p.startsWith('DATABASE_URL:'))).toContain('postgres://');
      expect(problems.find((p) => p.startsWith('HOTLINE_HOURS:'))).toBeDefined();
    }
  });

  it('refuses to start in production without Teams credentials or a data key', () => {
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrowError(/MicrosoftAppId[\s\S]*MicrosoftAppPassword[\s\S]*DATA_KEY/);
  });

  it('refuses to start in production with Slack but no signing secret', () => {
    expect(() =>
      readConfig({
        NODE_ENV: 'production',
        MicrosoftAppId: 'id',
        MicrosoftAppPassword: 'pw',
        DATA_KEY: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_CHANNEL_ID: 'C1',
      }),
    ).toThrowError(/SLACK_SIGNING_SECRET/);
  });

  it('refuses a data key that is not 32 bytes of base64, naming it', () => {
    expect(() => readConfig({ DATA_KEY: 'main:dG9vIHNob3J0' })).toThrowError(/DATA_KEY.*"main".*32 bytes/);
  });

  it('accepts a complete production configuration', () => {
    const config = readConfig({
      NODE_ENV: 'production',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
      DATA_KEY: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_CHANNEL_ID: 'C1',
      WHATSAPP_ENABLED: 'true',
    });
    expect(config.whatsapp.enabled).toBe(true);
  });
});
