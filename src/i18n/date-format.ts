/**
 * Intl.DateTimeFormat instances, built once per locale and options: building
 * one costs about as much as formatting a few hundred dates, and the same
 * handful of formats is used on every message and every Slack post.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    // The formats come from the code, not from input: a small, fixed set.
    formats.set(key, format);
  }
  return format;
}
