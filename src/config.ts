import path from 'node:path';
import { z } from 'zod';
import { parseHotlineHours } from './cases/hotline-hours.js';
import { parseDataKeys } from './privacy/keyring.js';

/**
 * The only reader of the environment. Everything the service can be told
 * from outside is here, typed, with its default, validated once at start.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const positiveInt = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) {
        ctx.addIssue({ code: 'custom', message: `must be a positive whole number, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).optional().default('development'),
  PORT: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return 3978;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) {
        ctx.addIssue({ code: 'custom', message: `must be a port number (0-65535), got "${v}"` });
        return z.NEVER;
      }
      return n;
    }),
  DATABASE_URL: optionalText.refine(
    (v) => v === undefined || /^postgres(ql)?:\/\//.test(v),
    'must start with postgres:// or postgresql://',
  ),
  DATA_DIR: optionalText,
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI', ''])
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  MicrosoftAppTenantId: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_CHANNEL_ID: optionalText,
  SLACK_API_URL: optionalText.refine((v) => v === undefined || /^https?:\/\//.test(v), 'must be an http(s) URL'),
  WHATSAPP_ENABLED: booleanFlag,
  CHROMIUM_PATH: optionalText,
  HOTLINE_NUMBER: optionalText,
  HOTLINE_HOURS: optionalText.superRefine((v, ctx) => {
    if (v === undefined) return;
    try {
      parseHotlineHours(v);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    }
  }),
  ORG_NAME: optionalText,
  MAX_SESSIONS: positiveInt(4),
  ESCALATION_URGENT_MINUTES: positiveInt(10),
  ESCALATION_REPEAT_MINUTES: positiveInt(30),
  ESCALATION_NORMAL_WORKING_HOURS: positiveInt(4),
  RETENTION_DAYS: positiveInt(365),
  TRANSCRIPT_DAYS: positiveInt(90),
  DATA_KEY: optionalText.superRefine((v, ctx) => {
    if (v === undefined) return;
    try {
      parseDataKeys(v);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    }
  }),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', '']).optional(),
  FAULT_INJECTION: z.enum(['outbox:claimed', 'outbox:delivered', '']).optional(),
});

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  teams: {
    appId: string | undefined;
    appPassword: string | undefined;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI' | undefined;
    tenantId: string | undefined;
  };
  slack: {
    botToken: string | undefined;
    signingSecret: string | undefined;
    appToken: string | undefined;
    channelId: string | undefined;
    apiUrl: string | undefined;
  };
  whatsapp: { enabled: boolean; chromiumPath: string };
  hotline: { number: string; hours: string };
  orgName: string;
  maxSessions: number;
  /** An unclaimed case is escalated in its Slack thread: urgent after minutes, normal after working hours. */
  escalation: { urgentMinutes: number; repeatMinutes: number; normalWorkingHours: number };
  /** Personal data of a closed case is kept this many days; transcripts of any case, the second. */
  retention: { caseDays: number; transcriptDays: number };
  dataKey: string | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Fault tests only: the process kills itself (SIGKILL) at this step of an outbox delivery. Refused in production. */
  faultInjection: 'outbox:claimed' | 'outbox:delivered' | undefined;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the configuration; throws ConfigError listing one line per problem. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const e = parsed.data;
  const config: Config = {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(cwd, e.DATA_DIR ?? 'data'),
    teams: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    },
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      channelId: e.SLACK_CHANNEL_ID,
      apiUrl: e.SLACK_API_URL,
    },
    whatsapp: { enabled: e.WHATSAPP_ENABLED, chromiumPath: e.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    hotline: { number: e.HOTLINE_NUMBER ?? '0800/300.25', hours: e.HOTLINE_HOURS ?? 'Mon-Fri 08:30-17:00' },
    orgName: e.ORG_NAME ?? "Un pass dans l'impasse",
    maxSessions: e.MAX_SESSIONS,
    escalation: {
      urgentMinutes: e.ESCALATION_URGENT_MINUTES,
      repeatMinutes: e.ESCALATION_REPEAT_MINUTES,
      normalWorkingHours: e.ESCALATION_NORMAL_WORKING_HOURS,
    },
    retention: { caseDays: e.RETENTION_DAYS, transcriptDays: e.TRANSCRIPT_DAYS },
    dataKey: e.DATA_KEY,
    logLevel: e.LOG_LEVEL || 'info',
    faultInjection: e.FAULT_INJECTION || undefined,
  };
  const problems = productionProblems(config);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * In production the service refuses to start half-protected: botbuilder
 * silently accepts unauthenticated requests when the app id is empty, and
 * Slack requests are only trustworthy when signed.
 */
function productionProblems(config: Config): string[] {
  const problems: string[] = [];
  if (config.slack.botToken && !config.slack.channelId) {
    problems.push('SLACK_CHANNEL_ID: required when SLACK_BOT_TOKEN is set (the coordinators’ channel)');
  }
  if (config.nodeEnv !== 'production') return problems;
  if (!config.teams.appId) problems.push('MicrosoftAppId: required in production (Teams would accept unauthenticated requests)');
  if (!config.teams.appPassword && config.teams.appType !== 'UserAssignedMSI') {
    problems.push('MicrosoftAppPassword: required in production');
  }
  if (config.slack.botToken && !config.slack.signingSecret && !config.slack.appToken) {
    problems.push('SLACK_SIGNING_SECRET: required in production when Slack is enabled');
  }
  if (!config.dataKey) problems.push('DATA_KEY: required in production (encryption at rest)');
  if (config.faultInjection) problems.push('FAULT_INJECTION: for fault tests only, never in production');
  return problems;
}
