// PROVISIONAL: replaced by the full status-link reader (HTML issue).

export function parseStatusUrl(url: string): { handle: string | null; id: string } | null {
  const m = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,20})\/status(?:es)?\/(\d{1,20})/.exec(url);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { handle: m[1], id: m[2] };
}

export function snowflakeTime(id: string): string | null {
  void id;
  return null;
}
