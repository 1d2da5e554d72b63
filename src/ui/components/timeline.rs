//! Every wave on one timeline (SVG): waves as bands with their dates, workloads as bars where a
//! band is wide enough to name them, plan-wide blackouts shaded over everything, workload
//! freezes and team holidays in a lane of their own, and today marked. Readable from 4 to 200 waves: it fits the
//! plan to the width, zooms in, and scrolls sideways (the focusable box scrolls with the arrow
//! keys). The same facts are in a table for screen readers. Colour marks production, and each
//! bar's text says it too ("P"/"N").

use yew::prelude::*;

use crate::domain::quantity::counted;

use crate::domain::calendar::{Day, DayRange};
use crate::domain::waves::Wave;
use crate::domain::workload::{Environment, Workload};
use crate::ui::state::{use_plan_and_analysis, PlanContext};

/// The width the whole plan fits into at "Whole plan".
const FIT_WIDTH: f64 = 1150.0;
const LEFT: f64 = 8.0;
/// Wave labels above the bands.
const HEAD: f64 = 22.0;
const ROW: f64 = 22.0;
/// Workload rows drawn per wave; the rest are counted ("+12 more").
const MAX_ROWS: usize = 10;
/// A band narrower than this shows its count, not bars.
const BARS_FROM: f64 = 60.0;
const AXIS: f64 = 18.0;
const FREEZE_LANE: f64 = 16.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Zoom {
    /// The plan fits the width (at most 10 pixels a day).
    Whole,
    /// 3 pixels a day: a four-week wave is 84 px.
    Months,
    /// 10 pixels a day: sprints and names read easily.
    Weeks,
}

impl Zoom {
    const ALL: [Zoom; 3] = [Zoom::Whole, Zoom::Months, Zoom::Weeks];

    fn label(self) -> &'static str {
        match self {
            Zoom::Whole => "Whole plan",
            Zoom::Months => "Months",
            Zoom::Weeks => "Weeks",
        }
    }

    fn pixels_per_day(self, days: i64) -> f64 {
        match self {
            Zoom::Whole => (FIT_WIDTH / days.max(1) as f64).clamp(0.5, 10.0),
            Zoom::Months => 3.0,
            Zoom::Weeks => 10.0,
        }
    }
}

/// Where days fall in the drawing.
#[derive(Clone, Copy)]
struct Scale {
    start: Day,
    end: Day,
    per_day: f64,
}

impl Scale {
    fn x(self, day: Day) -> f64 {
        LEFT + self.start.days_until(day) as f64 * self.per_day
    }

    fn width(self) -> f64 {
        self.x(self.end) + LEFT
    }

    /// The part of `days` inside the drawing, as x from and to (to the end of its last day).
    fn span(self, days: DayRange) -> Option<(f64, f64)> {
        (days.from() < self.end && days.to() >= self.start).then(|| {
            (
                self.x(days.from().max(self.start)),
                self.x(days.to().plus_days(1).min(self.end)),
            )
        })
    }
}

fn truncate(text: &str, width: f64) -> String {
    let fits = ((width - 10.0) / 7.2).max(1.0) as usize;
    if text.chars().count() <= fits {
        text.to_owned()
    } else {
        let kept: String = text.chars().take(fits.saturating_sub(1)).collect();
        format!("{kept}…")
    }
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// Today, from the browser's clock (`None`: not known).
    pub today: Option<Day>,
}

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let zoom = use_state(|| Zoom::Whole);
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let waves = &analysis.0.waves.waves;
    let (Some(first), Some(last)) = (waves.first(), waves.last()) else {
        return html! { <p class="card">{ "No waves yet: add workloads on the Workloads page, or load the example plan." }</p> };
    };
    let (start, end) = (first.days.from(), last.days.to().plus_days(1));
    let scale = Scale {
        start,
        end,
        per_day: zoom.pixels_per_day(start.days_until(end)),
    };
    let rows = waves
        .iter()
        .map(|w| w.workloads.len().min(MAX_ROWS))
        .max()
        .unwrap_or(0)
        .max(1);
    let bands_bottom = HEAD + rows as f64 * ROW + 8.0;
    let height = bands_bottom + FREEZE_LANE + AXIS + 6.0;
    let on_zoom = |to: Zoom| {
        let zoom = zoom.clone();
        Callback::from(move |_: MouseEvent| zoom.set(to))
    };
    html! {
        <figure class="card timeline">
            <figcaption>{ caption(waves, props.today, &state) }</figcaption>
            <div class="zoom" role="group" aria-label="Zoom the timeline">
                { for Zoom::ALL.iter().map(|z| html! {
                    <button type="button" class="secondary" aria-pressed={(*zoom == *z).to_string()} onclick={on_zoom(*z)}>{ z.label() }</button>
                }) }
            </div>
            <div class="scroll-x timeline-box" tabindex="0" role="region" aria-label="Timeline of all waves; scroll sideways with the arrow keys">
                <svg role="img" aria-label={format!("Timeline of {} waves from {start} to {}", waves.len(), last.days.to())}
                    width={scale.width().to_string()} height={height.to_string()} viewBox={format!("0 0 {} {height}", scale.width())}>
                    { axis(&state, scale, height) }
                    { for waves.iter().map(|wave| wave_band(&state, scale, wave, bands_bottom)) }
                    { freezes(&state, scale, bands_bottom) }
                    { blackouts(&state, scale, height) }
                    { today_line(props.today, scale, height) }
                </svg>
            </div>
            { legend(&state) }
            { as_text(&state, waves) }
        </figure>
    }
}

fn caption(waves: &[Wave], today: Option<Day>, state: &PlanContext) -> String {
    let settings = state.plan.settings();
    let mut text = format!(
        "Timeline: {} of {} of {} days",
        counted(waves.len(), "wave", "waves"),
        counted(settings.sprints_per_wave as usize, "sprint", "sprints"),
        settings.sprint_days
    );
    if let (Some(today), Some(first), Some(last)) = (today, waves.first(), waves.last()) {
        if today < first.days.from() {
            text.push_str(&format!("; today ({today}) is before the first wave"));
        } else if today > last.days.to() {
            text.push_str(&format!("; today ({today}) is after the last wave"));
        }
    }
    text
}

/// Sprint lines, labelled where there is room for a label (every sprint, or every few).
fn axis(state: &PlanContext, scale: Scale, height: f64) -> Html {
    let sprint_days = i64::from(state.plan.settings().sprint_days.max(1));
    let sprints = (scale.start.days_until(scale.end) + sprint_days - 1) / sprint_days;
    let longest = format!("S{} · {}", sprints.max(1), scale.end);
    let step = label_step(&longest, sprint_days as f64 * scale.per_day);
    html! {
        <g class="axis">
            { for (0..=sprints).map(|s| {
                let day = scale.start.plus_days(s * sprint_days);
                let at = scale.x(day);
                let text = day.to_string();
                html! { <g>
                    <line x1={at.to_string()} x2={at.to_string()} y1={HEAD.to_string()} y2={(height - AXIS).to_string()} />
                    if s % step == 0 && s < sprints {
                        <text x={(at + 3.0).to_string()} y={(height - 5.0).to_string()}>{ format!("S{} · {}", s + 1, text) }</text>
                    }
                </g> }
            }) }
        </g>
    }
}

/// Sprints from one axis label to the next: room for the longest label (11 px type, under
/// 6.5 px a character, `app.css`) and a gap. A fixed 80 px let a 200-wave plan's
/// "S121 · 2031-08-13" run into the next.
fn label_step(longest_label: &str, sprint_px: f64) -> i64 {
    let room = longest_label.chars().count() as f64 * 6.5 + 12.0;
    ((room / sprint_px.max(0.01)).ceil() as i64).max(1)
}

fn wave_band(state: &PlanContext, scale: Scale, wave: &Wave, bottom: f64) -> Html {
    let Some((x0, x1)) = scale.span(wave.days) else {
        return html! {};
    };
    let band = (x1 - x0 - 2.0).max(1.0);
    let workloads: Vec<&Workload> = wave
        .workloads
        .iter()
        .filter_map(|id| state.plan.workload(*id))
        .collect();
    let title = format!(
        "Wave {}: {} – {}, {}",
        wave.number,
        wave.days.from(),
        wave.days.to(),
        counted(workloads.len(), "workload", "workloads")
    );
    let label = if band >= 60.0 {
        format!("Wave {}", wave.number)
    } else {
        format!("{}", wave.number)
    };
    html! {
        <g class={classes!("band", wave.number.is_multiple_of(2).then_some("even"))}>
            <title>{ title }</title>
            <rect x={(x0 + 1.0).to_string()} y={HEAD.to_string()} width={band.to_string()} height={(bottom - HEAD).to_string()} rx="3" />
            if band >= 14.0 {
                <text class="wave-label" x={(x0 + 3.0).to_string()} y={(HEAD - 6.0).to_string()}>{ truncate(&label, band + 8.0) }</text>
            }
            if band >= BARS_FROM {
                { bars(&workloads, wave.number, x0, band) }
            } else if band >= 14.0 {
                <text class="count" x={(x0 + 3.0).to_string()} y={(HEAD + 14.0).to_string()}>{ workloads.len() }</text>
            }
        </g>
    }
}

/// A bar per workload (up to `MAX_ROWS`), then how many more.
fn bars(workloads: &[&Workload], wave: u32, x0: f64, band: f64) -> Html {
    let more = workloads.len().saturating_sub(MAX_ROWS);
    html! {
        <>
            { for workloads.iter().take(MAX_ROWS).enumerate().map(|(row, w)| {
                let production = w.environment == Environment::Production;
                let y = HEAD + 4.0 + row as f64 * ROW;
                let text = format!("{} {}", if production { "P" } else { "N" }, w.name);
                html! { <g class={classes!("bar", production.then_some("prod"))}>
                    <title>{ format!("{} ({}), wave {wave}", w.name, w.environment.label()) }</title>
                    <rect x={(x0 + 4.0).to_string()} y={y.to_string()} width={(band - 6.0).max(2.0).to_string()} height="18" rx="3" />
                    <text x={(x0 + 8.0).to_string()} y={(y + 13.5).to_string()}>{ truncate(&text, band - 6.0) }</text>
                </g> }
            }) }
            if more > 0 {
                <text class="count" x={(x0 + 6.0).to_string()} y={(HEAD + 4.0 + MAX_ROWS as f64 * ROW - 4.0).to_string()}>{ format!("+{more} more") }</text>
            }
        </>
    }
}

/// Each workload's freeze windows and the team's holidays, in a lane under the waves.
fn freezes(state: &PlanContext, scale: Scale, top: f64) -> Html {
    let lane = (top + 2.0, FREEZE_LANE - 4.0);
    html! {
        <>
        <g class="holiday">
            { for state.plan.settings().holidays.iter().filter_map(|h| period(scale, h.days, (top, FREEZE_LANE),
                format!("Team holiday {} – {} {}", h.days.from(), h.days.to(), h.reason))) }
        </g>
        <g class="freeze">
            { for state.plan.workloads().flat_map(|w| w.freeze_windows.iter().map(move |f| (w, f))).filter_map(|(w, f)| period(scale, f.days, lane,
                format!("Freeze of {}: {} – {} {}", w.name, f.days.from(), f.days.to(), f.reason))) }
        </g>
        </>
    }
}

/// Plan-wide blackouts, shaded over everything (half see-through).
fn blackouts(state: &PlanContext, scale: Scale, height: f64) -> Html {
    let band = (HEAD - 4.0, height - HEAD - AXIS + 4.0);
    html! {
        <g class="blackout">
            { for state.plan.settings().blackouts.iter().filter_map(|b| period(scale, b.days, band,
                format!("Blackout {} – {} {}", b.days.from(), b.days.to(), b.reason))) }
        </g>
    }
}

/// A shaded period from `top` over `height` with its title, if any of it is in the drawing.
fn period(scale: Scale, days: DayRange, (top, height): (f64, f64), title: String) -> Option<Html> {
    let (x0, x1) = scale.span(days)?;
    Some(html! {
        <rect x={x0.to_string()} y={top.to_string()} width={(x1 - x0).max(2.0).to_string()} height={height.to_string()}>
            <title>{ title }</title>
        </rect>
    })
}

fn today_line(today: Option<Day>, scale: Scale, height: f64) -> Html {
    let Some(today) = today.filter(|d| *d >= scale.start && *d < scale.end) else {
        return html! {};
    };
    let at = scale.x(today);
    html! {
        <g class="today">
            <line x1={at.to_string()} x2={at.to_string()} y1="2" y2={(height - AXIS).to_string()} />
            <text x={(at + 3.0).to_string()} y="10">{ format!("Today {today}") }</text>
        </g>
    }
}

fn legend(state: &PlanContext) -> Html {
    let settings = state.plan.settings();
    let frozen = state.plan.workloads().any(|w| !w.freeze_windows.is_empty());
    html! {
        <p class="legend"><span class="swatch prod"></span>{ " P = production " }<span class="swatch nonprod"></span>{ " N = non-production" }
            if !settings.blackouts.is_empty() { <span class="swatch blackout"></span>{ " blackout (no workload moves)" } }
            if frozen { <span class="swatch freeze"></span>{ " a workload's freeze window" } }
            if !settings.holidays.is_empty() { <span class="swatch holiday"></span>{ " team holiday (less capacity)" } }</p>
    }
}

/// The timeline's facts as a table, folded away: what a screen reader reads instead.
fn as_text(state: &PlanContext, waves: &[Wave]) -> Html {
    let blackouts = &state.plan.settings().blackouts;
    html! {
        <details class="timeline-text">
            <summary>{ "Timeline as a table" }</summary>
            <div class="scroll-x">
                <table class="table compact">
                    <thead><tr><th scope="col">{ "Wave" }</th><th scope="col">{ "From" }</th><th scope="col">{ "To" }</th><th scope="col">{ "Workloads" }</th><th scope="col">{ "Blackouts in it" }</th></tr></thead>
                    <tbody>
                        { for waves.iter().map(|wave| {
                            let inside: Vec<String> = blackouts.iter().filter(|b| b.days.overlaps(&wave.days)).map(|b| format!("{} – {}", b.days.from(), b.days.to())).collect();
                            html! { <tr><th scope="row">{ wave.number }</th><td>{ wave.days.from().to_string() }</td><td>{ wave.days.to().to_string() }</td><td class="number">{ wave.workloads.len() }</td><td>{ inside.join("; ") }</td></tr> }
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}
