//! The app's routes, kept in the URL fragment (`#/workloads`) so the app works as static files
//! from any host and nothing about the route reaches a server. Links are plain anchors: the
//! browser changes the fragment and keeps history, and the shell follows `hashchange`. (Thirteen
//! fixed routes do not need a router crate; yew-router cost 23 KB of gzip in the bundle.)

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Start,
    Workloads,
    Inventory,
    Readiness,
    Remediation,
    Waves,
    Staging,
    Cutover,
    Progress,
    Export,
    /// Measurements of this browser (planning speed, saving), for scripts/perf and the curious.
    Performance,
    /// The projector window of a readiness workshop: large type, no navigation, following the
    /// facilitator's window.
    Projector,
    /// A plan shared in the link itself, shown read-only.
    Shared {
        data: String,
    },
    NotFound,
}

impl Route {
    /// The pages in the order of the CAF "execute a migration" flow, as the navigation shows them.
    pub const FLOW: [Route; 10] = [
        Route::Start,
        Route::Workloads,
        Route::Inventory,
        Route::Readiness,
        Route::Remediation,
        Route::Waves,
        Route::Staging,
        Route::Cutover,
        Route::Progress,
        Route::Export,
    ];

    /// The route at `path` ("/workloads", "/shared/<data>"); any other path is `NotFound`.
    pub fn from_path(path: &str) -> Route {
        let path = path.trim_end_matches('/');
        // A link cut off after "shared/" is a damaged share link, and says so.
        if let Some(data) = path
            .strip_prefix("/shared/")
            .or((path == "/shared").then_some(""))
        {
            return Route::Shared {
                data: data.to_owned(),
            };
        }
        match path {
            "" => Route::Start,
            "/workloads" => Route::Workloads,
            "/inventory" => Route::Inventory,
            "/readiness" => Route::Readiness,
            "/remediation" => Route::Remediation,
            "/waves" => Route::Waves,
            "/staging" => Route::Staging,
            "/cutover" => Route::Cutover,
            "/progress" => Route::Progress,
            "/export" => Route::Export,
            "/performance" => Route::Performance,
            "/projector" => Route::Projector,
            _ => Route::NotFound,
        }
    }

    /// The route a URL fragment names ("#/waves", or "" for the start page); `None` for a
    /// fragment that is an anchor within the page (the skip link's "#main").
    pub fn from_fragment(fragment: &str) -> Option<Route> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        if fragment.is_empty() {
            return Some(Route::Start);
        }
        fragment
            .starts_with('/')
            .then(|| Route::from_path(fragment))
    }

    /// The path of this route: `Route::from_path(&route.path()) == route`.
    pub fn path(&self) -> String {
        let path = match self {
            Route::Start => "/",
            Route::Workloads => "/workloads",
            Route::Inventory => "/inventory",
            Route::Readiness => "/readiness",
            Route::Remediation => "/remediation",
            Route::Waves => "/waves",
            Route::Staging => "/staging",
            Route::Cutover => "/cutover",
            Route::Progress => "/progress",
            Route::Export => "/export",
            Route::Performance => "/performance",
            Route::Projector => "/projector",
            Route::Shared { data } => return format!("/shared/{data}"),
            Route::NotFound => "/not-found",
        };
        path.to_owned()
    }

    /// The link to this route, for an anchor's `href`.
    pub fn href(&self) -> String {
        format!("#{}", self.path())
    }

    pub fn title(&self) -> &'static str {
        match self {
            Route::Start => "Start",
            Route::Workloads => "Workloads",
            Route::Inventory => "Inventory",
            Route::Readiness => "Readiness",
            Route::Remediation => "Remediation",
            Route::Waves => "Waves",
            Route::Staging => "Staging",
            Route::Cutover => "Cutover",
            Route::Progress => "Progress",
            Route::Export => "Export",
            Route::Shared { .. } => "Shared plan",
            Route::Performance => "Performance",
            Route::Projector => "Projector",
            Route::NotFound => "Page not found",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_fragments_name_routes_and_round_trip() {
        let shared = Route::Shared {
            data: "eJzT0yMAAGTvBe8".to_owned(),
        };
        for route in Route::FLOW.iter().chain([
            &Route::Performance,
            &Route::Projector,
            &shared,
            &Route::NotFound,
        ]) {
            assert_eq!(&Route::from_path(&route.path()), route);
            assert_eq!(Route::from_fragment(&route.href()).as_ref(), Some(route));
        }
        assert_eq!(Route::from_fragment(""), Some(Route::Start));
        assert_eq!(Route::from_fragment("#"), Some(Route::Start));
        assert_eq!(Route::from_fragment("#/waves/"), Some(Route::Waves));
        assert_eq!(Route::from_fragment("#/nowhere"), Some(Route::NotFound));
        let cut = Route::Shared {
            data: String::new(),
        };
        assert_eq!(Route::from_fragment("#/shared/"), Some(cut.clone()));
        assert_eq!(Route::from_fragment("#/shared"), Some(cut));
        assert_eq!(Route::from_fragment("#main"), None);
    }
}
