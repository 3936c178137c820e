const SIZE = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** 1536 → "1.5 KB": sizes for people. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${SIZE.format(value)} ${units[unit]}`;
}
