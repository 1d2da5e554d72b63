//! Component render tests: the app shell rendered to HTML natively (yew's server renderer) at a
//! given route, with a given plan.
#![cfg(not(target_arch = "wasm32"))]

use waveplan::domain::name::Name;
use waveplan::domain::plan::{Action, Plan};
use waveplan::ui::app::Shell;
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::Router;

#[derive(Properties, PartialEq)]
struct AtRouteProps {
    path: &'static str,
    plan: Plan,
}

#[function_component(AtRoute)]
fn at_route(props: &AtRouteProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::with_entries(vec![props.path]));
    html! {
        <Router history={history}>
            <Shell initial={props.plan.clone()} />
        </Router>
    }
}

async fn render(path: &'static str, plan: Plan) -> String {
    LocalServerRenderer::<AtRoute>::with_props(AtRouteProps { path, plan })
        .render()
        .await
}

fn named(name: &str) -> Plan {
    let mut plan = Plan::default();
    plan.apply(Action::RenamePlan(Name::parse(name).unwrap()))
        .unwrap();
    plan
}

#[tokio::test]
async fn shell_shows_plan_name_nav_and_the_routed_page() {
    let html = render("/waves", named("Contoso exit")).await;
    assert!(html.contains("Contoso exit"), "{html}");
    assert!(
        html.contains(r#"<h1 id="waves-title">Waves</h1>"#),
        "{html}"
    );
    for step in ["Workloads", "Readiness", "Remediation", "Staging", "Export"] {
        assert!(
            html.contains(&format!(">{step}</span>")),
            "nav link {step} missing"
        );
    }
    assert!(
        html.contains(r#"<span aria-current="page">Waves</span>"#),
        "{html}"
    );
}

#[tokio::test]
async fn unknown_route_renders_not_found() {
    let html = render("/nowhere", Plan::default()).await;
    assert!(html.contains("Page not found"), "{html}");
    assert!(
        !html.contains("aria-current"),
        "no step is current on an unknown page"
    );
}

#[tokio::test]
async fn history_buttons_start_disabled() {
    let html = render("/", Plan::default()).await;
    assert!(
        html.contains(r#"<button type="button" disabled="disabled">Undo</button>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<button type="button" disabled="disabled">Redo</button>"#),
        "{html}"
    );
}
