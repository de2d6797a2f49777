/* global self, caches */
/**
 * The counter kiosk's service worker (scope /kiosk; decision record 0041). It keeps what the kiosk
 * page needs to open with the network gone: the page itself as last served (its HTML carries the
 * kiosk's services in Remix's hydration data) and the hashed scripts and styles it was built from.
 *
 * - The page (a navigation to exactly /kiosk): network first; a successful answer replaces the
 *   cached copy; no answer, or a 5xx, falls back to the copy.
 * - /assets/* (content-hashed, so never stale) and the icon: cache first, filled as the page uses
 *   them and from the list the page posts after registration (kiosk/worker.client.ts).
 * - Everything else (the staff screen, pairing, POST /kiosk/kirim) goes to the network untouched:
 *   the ratings queue lives in IndexedDB, never here, and this worker sends nothing itself, so it
 *   can never send a rating twice beside the page's sender.
 */
const CACHE = 'suara-kiosk-v1';
const PAGE = '/kiosk';

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('suara-kiosk-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

const isAsset = (url) => url.origin === self.location.origin && (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg');

async function remember(request, response) {
  if (response.ok && response.status === 200 && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function pageFirstFromNetwork(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.status < 500) {
      // Only the page as it really was (never a redirect to sign-in or an error) becomes the offline copy.
      if (response.status === 200 && !response.redirected) await cache.put(PAGE, response.clone());
      return response;
    }
    return (await cache.match(PAGE)) ?? response;
  } catch (error) {
    const cached = await cache.match(PAGE);
    if (cached) return cached;
    throw error;
  }
}

async function assetFromCache(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  return remember(request, await fetch(request));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate' && url.origin === self.location.origin && url.pathname === PAGE && url.search === '') {
    event.respondWith(pageFirstFromNetwork(request));
  } else if (isAsset(url)) {
    event.respondWith(assetFromCache(request));
  }
});

// The page lists the files it was built from once the worker is ready; the page itself is fetched
// again so that the copy is the paired kiosk as the server shows it now.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache' || event.origin !== self.location.origin) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const assets = (Array.isArray(data.assets) ? data.assets : []).filter((href) => typeof href === 'string' && isAsset(new URL(href, self.location.origin)));
      await Promise.all(
        assets.map(async (href) => {
          if (await cache.match(href)) return;
          const response = await fetch(href).catch(() => null);
          if (response?.ok) await cache.put(href, response);
        }),
      );
      if (data.page === PAGE && !(await cache.match(PAGE))) {
        const response = await fetch(PAGE, { credentials: 'same-origin', cache: 'no-store' }).catch(() => null);
        if (response?.status === 200 && !response.redirected) await cache.put(PAGE, response);
      }
    })(),
  );
});
