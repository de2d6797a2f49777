/**
 * Registers the kiosk's service worker (public/kiosk-sw.js, scope /kiosk) and hands it the files
 * this page was built from, so that the next load works without the network. The worker cannot know
 * them itself: Vite names the page's scripts and styles by content hash, and the page's HTML carries
 * the kiosk's data. Service workers need a secure context: localhost, or HTTPS on a real tablet
 * (docs/deploy.md, "Kiosk on a real tablet (HTTPS)").
 */
export function registerKioskWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker
    .register('/kiosk-sw.js', { scope: '/kiosk' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const urls = new Set<string>();
      for (const entry of performance.getEntriesByType('resource')) urls.add(entry.name);
      document.querySelectorAll<HTMLLinkElement>('link[href]').forEach((link) => urls.add(link.href));
      document.querySelectorAll<HTMLScriptElement>('script[src]').forEach((script) => urls.add(script.src));
      const own = [...urls].filter((url) => {
        const u = new URL(url, location.href);
        return u.origin === location.origin && (u.pathname.startsWith('/assets/') || u.pathname === '/favicon.svg');
      });
      registration.active?.postMessage({ type: 'cache', page: location.pathname, assets: own });
    })
    .catch(() => {
      // No worker (a browser that refuses it): the kiosk still works while online, and the queue keeps every rating.
    });
}
