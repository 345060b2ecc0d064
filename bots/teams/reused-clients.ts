import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { type ActivityPoster, postingActivitiesDirectly, proxyConfigured } from './activity-posts.js';

type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;
type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** Distinct (app, service URL, audience) clients kept; Teams uses a handful of regional service URLs. */
const MAX_CLIENTS = 64;

/**
 * botbuilder's authentication, with its clients reused. CloudAdapter asks for
 * a new Bot Connector client and a new user-token client on every turn, and
 * each builds its own HTTP pipeline of a dozen policies: that was about a
 * tenth of a turn's CPU and most of what a turn allocated. The clients hold
 * no per-turn state (the credentials fetch and cache their own tokens), so
 * one per bot app id, service URL and audience is kept and reused. Each
 * client is built without the SDK's in-memory retries: a reply that Teams
 * stored before failing would be posted twice; retries belong to the outbox,
 * which knows what was delivered. Its replies and messages are posted
 * without the SDK's serializer and pipeline (activity-posts.ts), signed by
 * the same credentials.
 */
export class ReusedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<ConnectorClient>>();
  private readonly userTokens = new Map<string, Promise<UserTokenClient>>();

  override async authenticateRequest(
    ...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
  ): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(...args);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.claimsIdentity, result.connectorFactory) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(claimsIdentity, super.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return cached(this.userTokens, identityKey(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private reusing(claimsIdentity: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory {
    const identity = identityKey(claimsIdentity);
    const reused: Pick<ConnectorFactory, 'create'> = {
      create: (serviceUrl, audience) =>
        cached(this.connectors, `${identity}\n${serviceUrl}\n${audience ?? ''}`, async () =>
          leaner(withoutSdkRetries(await factory.create(serviceUrl, audience))),
        ),
    };
    return reused as ConnectorFactory;
  }
}

/** The claims that decide which credentials a client gets (the bot's app id, the audience). */
function identityKey(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.claims
    .filter((c) => c.type === 'aud' || c.type === 'appid' || c.type === 'azp' || c.type === 'ver')
    .map((c) => `${c.type}=${c.value}`)
    .sort()
    .join('&');
}

function cached<T>(clients: Map<string, Promise<T>>, key: string, create: () => Promise<T>): Promise<T> {
  const known = clients.get(key);
  if (known) return known;
  if (clients.size >= MAX_CLIENTS) clients.clear();
  const created = create();
  clients.set(key, created);
  // A client that could not be built is not kept: the next turn tries again.
  created.catch(() => {
    if (clients.get(key) === created) clients.delete(key);
  });
  return created;
}

/** Replies and messages posted without the SDK's serializer and pipeline (activity-posts.ts), unless a proxy is configured. */
function leaner(connector: ConnectorClient): ConnectorClient {
  if (proxyConfigured()) return connector;
  return postingActivitiesDirectly(connector as unknown as ActivityPoster) as unknown as ConnectorClient;
}

/** The client's pipeline is not in botbuilder's public types; the shape is @azure/core-client's. */
function withoutSdkRetries(connector: ConnectorClient): ConnectorClient {
  const pipeline = (connector as unknown as { client?: { pipeline?: { removePolicy(options: { name: string }): unknown } } }).client
    ?.pipeline;
  pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
  return connector;
}
