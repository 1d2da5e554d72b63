//! Component render tests: the app shell rendered to HTML natively (yew's server renderer) at a
//! given route, with a given plan.
#![cfg(not(target_arch = "wasm32"))]

use waveplan::domain::name::Name;
use waveplan::domain::plan::{Action, Plan};
use waveplan::ui::app::Shell;
use waveplan::ui::route::Route;
use yew::prelude::*;
use yew::LocalServerRenderer;

#[derive(Properties, PartialEq)]
struct AtRouteProps {
    path: &'static str,
    plan: Plan,
}

#[function_component(AtRoute)]
fn at_route(props: &AtRouteProps) -> Html {
    html! { <Shell plan={props.plan.clone()} route={Route::from_path(props.path)} /> }
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

fn example() -> Plan {
    waveplan::domain::example::example_plan()
}

#[tokio::test]
async fn start_page_offers_new_example_and_import() {
    let html = render("/", Plan::default()).await;
    for expected in [
        ">New plan</button>",
        ">Load example plan</button>",
        ">Import</button>",
        r#"<label for="import-file">File to import</label>"#,
    ] {
        assert!(html.contains(expected), "missing {expected}");
    }
}

#[tokio::test]
async fn workloads_page_lists_the_example_with_filters() {
    let html = render("/workloads", example()).await;
    assert!(html.contains("Showing 1–12 of 12 workloads"), "{html}");
    assert!(html.contains(">Add workload</button>"));
    assert!(html.contains(">Order management</button>"));
    assert!(html.contains(r#"<label for="workload-search">Search workloads</label>"#));
    assert!(
        html.contains(r#"aria-sort="ascending""#),
        "sorted by name first"
    );
}

#[tokio::test]
async fn readiness_page_shows_level_badges_and_gaps() {
    let blocked = render("/readiness", Plan::default()).await;
    assert!(
        blocked.contains(r#"<span class="badge bad">Blocked</span>"#),
        "{blocked}"
    );
    assert!(blocked.contains("Blocking gaps"));
    let html = render("/readiness", example()).await;
    assert!(html.contains(r#"<span class="badge warn">Ready with risks</span>"#));
    assert!(
        html.contains(r#"<span class="badge warn">Amber</span>"#),
        "risk badges carry their word"
    );
    assert!(html.contains(">Start workshop</button>"));
    // A section's percentage is a score, not the share answered: it says so, and whose rule.
    assert!(html.contains(" answered, score "), "{html}");
    assert!(html.contains("(waveplan's scoring, not CAF's)"));
}

#[tokio::test]
async fn remediation_page_shows_each_mode_with_reasons() {
    let html = render("/remediation", example()).await;
    for mode in [
        "Same sprint",
        "Wave before, by a batch team",
        "Separate programme",
    ] {
        assert!(html.contains(mode), "missing {mode}");
    }
    assert!(
        html.contains("make a major code change"),
        "reasons are shown"
    );
    assert!(html.contains(">Override decision</button>"));
}

#[tokio::test]
async fn waves_page_draws_the_timeline_and_lists_findings() {
    let html = render("/waves", example()).await;
    assert!(html.contains("<svg role=\"img\""), "{html}");
    assert!(html.contains(r#"<label for="setting-sprint-days">Sprint length (days)</label>"#));
    assert!(html.contains("Findings ("));
    assert!(html.contains("Pin to wave 1"));
}

#[tokio::test]
async fn staging_page_counts_done_workloads() {
    let html = render("/staging", example()).await;
    assert!(html.contains("1 of 11 workloads done"), "{html}");
    assert!(html.contains("Every asset replicated and verified"));
}

#[tokio::test]
async fn export_page_offers_every_format() {
    let html = render("/export", example()).await;
    for expected in [
        "Staging plan (Markdown)",
        "Azure DevOps",
        "Jira",
        "Whole plan (JSON)",
        ">Export</button>",
        ">Print or save as PDF</button>",
        ">Create share link</button>",
    ] {
        assert!(html.contains(expected), "missing {expected}");
    }
}

#[tokio::test]
async fn a_damaged_share_link_says_so() {
    let html = render("/shared/not-a-plan", Plan::default()).await;
    assert!(html.contains("damaged"), "{html}");
}

#[tokio::test]
async fn performance_page_offers_its_measurements() {
    let html = render("/performance", example()).await;
    for expected in [
        ">Measure planning</button>",
        ">Measure saving</button>",
        ">Load a 5,000-workload test plan</button>",
    ] {
        assert!(html.contains(expected), "missing {expected}");
    }
}
