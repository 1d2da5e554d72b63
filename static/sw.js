// waveplan's service worker: keeps the app shell, so a page opened once loads and works with
// the network off. scripts/boot-hook.mjs writes VERSION and FILES at build time; a new release
// has a new VERSION, so the browser installs it beside the old one and the page offers a reload.
const VERSION = "__WAVEPLAN_VERSION__";
const FILES = __WAVEPLAN_FILES__;
const CACHE = `waveplan-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("waveplan-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The page asks for this when the user accepts the new version.
self.addEventListener("message", (event) => {
  if (event.data === "waveplan-activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // The page itself: the network when there is one (so a new release is seen), else the copy.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put("/", copy));
          return response;
        })
        .catch(() => caches.match("/", { cacheName: CACHE })),
    );
    return;
  }
  // Everything else has a content hash in its name (or is versioned with this worker).
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
