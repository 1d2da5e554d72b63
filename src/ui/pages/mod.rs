//! One component per route, and the `switch` that picks it.

use yew::prelude::*;

use crate::ui::route::Route;

pub mod cutover;
pub mod export;
pub mod import_panel;
pub mod inventory;
pub mod not_found;
pub mod overview;
pub mod performance;
pub mod print_view;
pub mod progress;
pub mod projector;
pub mod question_bank_io;
pub mod readiness;
pub mod remediation;
pub mod shared;
pub mod staging;
pub mod start;
pub mod tracker_link;
pub mod waves;
pub mod workloads;
pub mod workshop;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Start => html! { <start::StartPage /> },
        Route::Workloads => html! { <workloads::WorkloadsPage /> },
        Route::Inventory => html! { <inventory::InventoryPage /> },
        Route::Readiness => html! { <readiness::ReadinessPage /> },
        Route::Remediation => html! { <remediation::RemediationPage /> },
        Route::Waves => html! { <waves::WavesPage /> },
        Route::Staging => html! { <staging::StagingPage /> },
        Route::Cutover => html! { <cutover::CutoverPage /> },
        Route::Progress => html! { <progress::ProgressPage /> },
        Route::Export => html! { <export::ExportPage /> },
        Route::Shared { data } => html! { <shared::SharedPage {data} /> },
        Route::Performance => html! { <performance::PerformancePage /> },
        Route::Projector => html! { <projector::Projector /> },
        Route::NotFound => not_found::not_found_page(),
    }
}
