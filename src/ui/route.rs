//! The app's routes. A `HashRouter` keeps them in the URL fragment, so the app works as static
//! files from any host and nothing about the route reaches a server.

use yew_router::Routable;

#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Start,
    #[at("/workloads")]
    Workloads,
    #[at("/readiness")]
    Readiness,
    #[at("/remediation")]
    Remediation,
    #[at("/waves")]
    Waves,
    #[at("/staging")]
    Staging,
    #[at("/export")]
    Export,
    /// Measurements of this browser (planning speed, saving), for scripts/perf and the curious.
    #[at("/performance")]
    Performance,
    /// A plan shared in the link itself, shown read-only.
    #[at("/shared/:data")]
    Shared { data: String },
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The pages in the order of the CAF "execute a migration" flow, as the navigation shows them.
    pub const FLOW: [Route; 7] = [
        Route::Start,
        Route::Workloads,
        Route::Readiness,
        Route::Remediation,
        Route::Waves,
        Route::Staging,
        Route::Export,
    ];

    pub fn title(&self) -> &'static str {
        match self {
            Route::Start => "Start",
            Route::Workloads => "Workloads",
            Route::Readiness => "Readiness",
            Route::Remediation => "Remediation",
            Route::Waves => "Waves",
            Route::Staging => "Staging",
            Route::Export => "Export",
            Route::Shared { .. } => "Shared plan",
            Route::Performance => "Performance",
            Route::NotFound => "Page not found",
        }
    }
}
