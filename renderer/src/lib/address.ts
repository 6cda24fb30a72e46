/**
 * The address's query as it is now, not as of the last render. The app runs under HashRouter
 * (main.tsx), so the query sits after the "?" inside the hash. A delayed update (the search box's
 * debounce) patches this, so a filter picked in the meantime is kept.
 */
export function currentSearchParams(): URLSearchParams {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}
