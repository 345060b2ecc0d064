/**
 * whatsapp-web.js drives Debian's Chromium (CHROMIUM_PATH); installs must
 * never try to download a browser of their own (there is no network for it).
 */
module.exports = {
  skipDownload: true,
};
