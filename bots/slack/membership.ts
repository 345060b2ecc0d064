import type { webApi } from '@slack/bolt';

/**
 * Only members of the coordinators' channel may act on a case. Membership
 * is asked of Slack and cached a few minutes, so a click does not cost a
 * paged API call, and someone removed from the channel loses access soon.
 */
export class ChannelMembership {
  private members: Set<string> | undefined;
  private fetchedAt = 0;
  private pending: Promise<Set<string>> | undefined;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly channelId: string,
    private readonly ttlMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async isMember(userId: string): Promise<boolean> {
    return (await this.current()).has(userId);
  }

  private async current(): Promise<Set<string>> {
    if (this.members && this.now() - this.fetchedAt < this.ttlMs) return this.members;
    this.pending ??= this.fetch().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async fetch(): Promise<Set<string>> {
    const found = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await this.client.conversations.members({ channel: this.channelId, limit: 500, ...(cursor ? { cursor } : {}) });
      for (const m of page.members ?? []) found.add(m);
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    this.members = found;
    this.fetchedAt = this.now();
    return found;
  }
}
