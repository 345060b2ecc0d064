import type { Flow } from '../conversation/form.js';
import { describeWeeklyHours, hotlineStatusMessage } from '../conversation/hotline.message.js';
import { t } from '../i18n/index.js';

/** What the service offers, the line's hours and whether it is open now. */
export const aboutFlow: Flow = {
  id: 'about',
  menuLabel: 'menu.about',
  personal: false,
  confirm: false,
  questions: [],
  async complete(c) {
    return [
      { text: t(c.lang, 'about.offer', { org: c.settings.orgName, sessions: String(c.settings.maxSessions) }) },
      {
        text: `${t(c.lang, 'about.hours', { hotline: c.settings.hotlineNumber, hours: describeWeeklyHours(c.settings.hotlineHours, c.lang) })}\n${hotlineStatusMessage(c)}`,
      },
    ];
  },
};
