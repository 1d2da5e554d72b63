// The "waveplan stopped" banner. A WebAssembly trap (a bug, or the tab running out of memory)
// or any other uncaught error leaves the Rust app unable to respond, and a page that silently
// ignores clicks looks frozen. This script sits outside the app on purpose, so it still works
// when the app does not: it says what happened, when the plan was last saved, and offers a
// reload and the saved plan as a file (which waveplan's import reads back).
(() => {
  let stopped = false;

  const savedPlan = () => {
    try {
      const id = localStorage.getItem("waveplan.current");
      if (!id) return null;
      const text = localStorage.getItem(`waveplan.plan.${id}`);
      if (!text) return null;
      let meta = {};
      try {
        meta = JSON.parse(localStorage.getItem(`waveplan.meta.${id}`)) ?? {};
      } catch {
        // An unreadable list entry still leaves the plan itself to download.
      }
      return { id, text, name: meta.name, savedAt: meta.saved_at };
    } catch {
      return null; // Storage refused (private mode): there is nothing saved to offer.
    }
  };

  const whenSaved = (savedAt) => {
    if (typeof savedAt !== "number" || savedAt <= 0) return "at an unknown time";
    const at = new Date(savedAt);
    const minutes = Math.round((Date.now() - savedAt) / 60000);
    const ago = minutes < 1 ? "less than a minute ago" : minutes === 1 ? "1 minute ago" : `${minutes} minutes ago`;
    const time = `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
    return `at ${time} (${ago})`;
  };

  const button = (label, onClick) => {
    const element = document.createElement("button");
    element.type = "button";
    element.textContent = label;
    element.addEventListener("click", onClick);
    return element;
  };

  const download = (plan) => {
    const blob = new Blob([plan.text], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `waveplan-saved-plan-${plan.id}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const show = (error) => {
    if (stopped) return;
    stopped = true;
    const plan = savedPlan();
    const banner = document.createElement("section");
    banner.className = "crash-banner";
    banner.setAttribute("role", "alert");
    banner.setAttribute("aria-labelledby", "crash-title");
    const title = document.createElement("h2");
    title.id = "crash-title";
    title.textContent = "waveplan stopped";
    const what = document.createElement("p");
    what.textContent = "Something went wrong inside waveplan and it can no longer respond to clicks or typing.";
    const saved = document.createElement("p");
    saved.className = "crash-saved";
    saved.textContent = plan
      ? `Your plan${plan.name ? ` “${plan.name}”` : ""} was last saved ${whenSaved(plan.savedAt)}; changes after that are lost. Reload to go on from there.`
      : "No plan is saved in this browser yet.";
    const actions = document.createElement("div");
    actions.className = "button-row";
    actions.append(button("Reload waveplan", () => window.location.reload()));
    if (plan) actions.append(button("Download the saved plan", () => download(plan)));
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = "Technical details";
    const message = document.createElement("pre");
    message.textContent = String(error?.stack ?? error?.message ?? error ?? "unknown error");
    details.append(summary, message);
    banner.append(title, what, saved, actions, details);
    // The app underneath no longer works: keep people from typing into it.
    document.querySelector("main")?.setAttribute("inert", "");
    document.body.prepend(banner);
    actions.querySelector("button")?.focus();
  };

  window.addEventListener("error", (event) => show(event.error ?? event.message));
  window.addEventListener("unhandledrejection", (event) => show(event.reason));
})();
