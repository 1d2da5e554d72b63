//! The wave plan on a timeline (SVG): sprints across, waves as bands, workloads as bars. The
//! first waves only, so the picture stays readable; the list below has them all. Colour marks
//! production, and each bar's text says it too ("P"/"N").

use yew::prelude::*;

use crate::domain::workload::Environment;
use crate::ui::state::{AnalysisContext, PlanContext};

/// Waves drawn; later ones are in the list.
const WAVES_DRAWN: usize = 12;
/// A sprint is at least this wide, and the drawing spreads to about `DRAWING_WIDTH` when there
/// are few sprints, so names stay readable (it scrolls sideways when there are many).
const MIN_SPRINT_WIDTH: f64 = 72.0;
const MAX_SPRINT_WIDTH: f64 = 220.0;
const DRAWING_WIDTH: f64 = 1150.0;
const ROW: f64 = 22.0;
const TOP: f64 = 28.0;
const LEFT: f64 = 8.0;

fn truncate(text: &str, width: f64) -> String {
    let fits = ((width - 10.0) / 7.2).max(1.0) as usize;
    if text.chars().count() <= fits {
        text.to_owned()
    } else {
        format!(
            "{}…",
            text.chars()
                .take(fits.saturating_sub(1))
                .collect::<String>()
        )
    }
}

/// A plain function of the plan and its analysis: it keeps no state.
pub fn timeline(state: &PlanContext, analysis: &AnalysisContext) -> Html {
    let settings = state.plan.settings();
    let waves: Vec<_> = analysis.0.waves.waves.iter().take(WAVES_DRAWN).collect();
    if waves.is_empty() {
        return html! { <p class="card">{ "No waves yet: add workloads on the Workloads page, or load the example plan." }</p> };
    }
    let sprint_days = f64::from(settings.sprint_days.max(1));
    let last = waves
        .last()
        .map_or(settings.start, |w| w.days.to().plus_days(1));
    let sprints = (settings.start.days_until(last) as f64 / sprint_days).ceil() as usize;
    let sprint_width =
        (DRAWING_WIDTH / sprints.max(1) as f64).clamp(MIN_SPRINT_WIDTH, MAX_SPRINT_WIDTH);
    let x = |day: crate::domain::calendar::Day| {
        LEFT + settings.start.days_until(day) as f64 / sprint_days * sprint_width
    };
    let rows = waves
        .iter()
        .map(|w| w.workloads.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let width = LEFT * 2.0 + sprints as f64 * sprint_width;
    let height = TOP + rows as f64 * ROW + 30.0;
    let label = format!(
        "Timeline of the first {} waves over {sprints} sprints",
        waves.len()
    );
    html! {
        <figure class="card timeline">
            <figcaption>{ format!("Timeline: the first {} of {} waves, {} sprints of {} days", waves.len(), analysis.0.waves.waves.len(), sprints, settings.sprint_days) }</figcaption>
            <div class="scroll-x">
                <svg role="img" aria-label={label} width={width.to_string()} height={height.to_string()} viewBox={format!("0 0 {width} {height}")}>
                    { for (0..=sprints).map(|s| {
                        let at = LEFT + s as f64 * sprint_width;
                        // The sprint's number and its first day (month-day: the year is in the list).
                        let first = settings.start.plus_days(s as i64 * i64::from(settings.sprint_days.max(1))).to_string();
                        html! { <g>
                            <line x1={at.to_string()} x2={at.to_string()} y1="20" y2={(height - 16.0).to_string()} stroke="#d3dbe3" />
                            if s < sprints { <text x={(at + 4.0).to_string()} y={(height - 4.0).to_string()} font-size="12" fill="#4d5b6b">{ format!("S{} · {}", s + 1, first.get(5..).unwrap_or(&first)) }</text> }
                        </g> }
                    }) }
                    { for waves.iter().map(|wave| {
                        let (x0, x1) = (x(wave.days.from()), x(wave.days.to().plus_days(1)));
                        let band = (x1 - x0 - 4.0).max(4.0);
                        html! { <g>
                            <rect x={(x0 + 2.0).to_string()} y="20" width={band.to_string()} height={(rows as f64 * ROW + TOP - 16.0).to_string()}
                                fill={if wave.number % 2 == 0 { "#eef3f8" } else { "#e3ecf5" }} rx="4" />
                            <text x={(x0 + 6.0).to_string()} y="14" font-size="13" font-weight="600" fill="#1b2430">{ format!("Wave {}", wave.number) }</text>
                            { for wave.workloads.iter().filter_map(|id| state.plan.workload(*id)).enumerate().map(|(row, w)| {
                                let production = w.environment == Environment::Production;
                                let y = TOP + row as f64 * ROW;
                                let text = format!("{} {}", if production { "P" } else { "N" }, w.name);
                                html! { <g>
                                    <title>{ format!("{} ({}), wave {}", w.name, w.environment.label(), wave.number) }</title>
                                    <rect x={(x0 + 6.0).to_string()} y={y.to_string()} width={(band - 8.0).max(2.0).to_string()} height="18" rx="3"
                                        fill={if production { "#0b5cad" } else { "#1f7a6a" }} />
                                    <text x={(x0 + 10.0).to_string()} y={(y + 13.5).to_string()} font-size="12" fill="#ffffff">{ truncate(&text, band - 8.0) }</text>
                                </g> }
                            }) }
                        </g> }
                    }) }
                    // Plan-wide blackouts, shaded across every row, over the waves (half see-through).
                    { for settings.blackouts.iter().filter(|b| b.days.from() < last && b.days.to() >= settings.start).map(|blackout| {
                        let (x0, x1) = (x(blackout.days.from().max(settings.start)), x(blackout.days.to().plus_days(1).min(last)));
                        html! { <g>
                            <title>{ format!("Blackout {} – {} {}", blackout.days.from(), blackout.days.to(), blackout.reason) }</title>
                            <rect x={x0.to_string()} y="18" width={(x1 - x0).max(2.0).to_string()} height={(height - 34.0).to_string()}
                                fill="#f6c9c5" fill-opacity="0.55" stroke="#b3261e" stroke-dasharray="4 3" />
                        </g> }
                    }) }
                </svg>
            </div>
            <p class="legend"><span class="swatch prod"></span>{ " P = production " }<span class="swatch nonprod"></span>{ " N = non-production" }
                if !settings.blackouts.is_empty() { <span class="swatch blackout"></span>{ " blackout (no workload moves)" } }</p>
        </figure>
    }
}
