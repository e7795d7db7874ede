/** ISO 8601 date-time as GitHub writes it: `2022-06-14T15:21:52Z`, fractions and offsets allowed. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * A timestamp from outside (an alert's `created_at`, a baseline's first-seen), kept only when it is an
 * ISO 8601 date-time naming a real day: anything else (`"1"`, which Date.parse reads as 2001, or
 * 2024-02-31) would start SLA clocks and age bands from a wrong date.
 */
export const isoDate = (v: unknown): string | undefined => {
  const s = typeof v === 'string' ? v : undefined;
  const m = s === undefined ? null : ISO_DATE_TIME.exec(s);
  if (!m || !Number.isFinite(Date.parse(s as string))) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? s : undefined;
};
