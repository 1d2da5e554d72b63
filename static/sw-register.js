// Registers the service worker and, when a new release has been installed, tells the user and
// offers to reload into it. Outside the Yew app on purpose: it must work even if the app fails.
if ("serviceWorker" in navigator) {
  const offerReload = (worker) => {
    if (document.querySelector(".update-banner")) return;
    const banner = document.createElement("div");
    banner.className = "update-banner";
    banner.setAttribute("role", "status");
    banner.textContent = "A new version of waveplan is ready. ";
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Reload to use it";
    button.addEventListener("click", () => worker.postMessage("waveplan-activate"));
    banner.append(button);
    document.body.append(banner);
  };
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading || !window.waveplanUpdateAccepted) return;
    reloading = true;
    window.location.reload();
  });
  const watchForUpdates = (registration) => {
    const watch = (worker) => {
      worker?.addEventListener("statechange", () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) offerReload(worker);
      });
    };
    if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration.waiting);
    registration.addEventListener("updatefound", () => watch(registration.installing));
  };
  // Installing the worker fetches every file of the app a second time, into its cache. On a
  // first visit that competed with the app's own start for the CPU (about 25 ms on a 2-core
  // machine, median of 20 loads), so it waits until the app has rendered; if the app never
  // marks its first render (it failed, or this is the projector window), it waits 5 s at most.
  const rendered = () => performance.getEntriesByName("waveplan-first-render").length > 0;
  let registered = false;
  let observer = null;
  const register = () => {
    if (registered) return;
    registered = true;
    observer?.disconnect();
    navigator.serviceWorker
      .register("/sw.js")
      .then(watchForUpdates)
      .catch(() => {
        // Without a service worker the app still works; it just needs the network to load.
      });
  };
  if ("PerformanceObserver" in window) {
    observer = new PerformanceObserver(() => rendered() && register());
    observer.observe({ type: "mark" });
  }
  if (rendered()) register();
  setTimeout(register, 5000);
  document.addEventListener("click", (event) => {
    if (event.target instanceof HTMLElement && event.target.closest(".update-banner button")) window.waveplanUpdateAccepted = true;
  }, true);
}
