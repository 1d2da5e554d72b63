//! One wave's burn-up (SVG): workloads that reached each stage, at each saved baseline and
//! today, against the wave's scope, the baseline's pace (its workloads staged by its end) and
//! the wave's end as the baseline had it and as planned now.
//! Lines differ by dash as well as colour, and the numbers are in a table beside it.

use yew::prelude::*;

use crate::domain::calendar::Day;
use crate::domain::progress::{reached_label, BurnUp};
use crate::domain::quantity::counted;

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 170.0;
const LEFT: f64 = 28.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 22.0;

/// The stages drawn (`BurnPoint::reached` index), each with its stroke class.
const LINES: [(usize, &str); 4] = [
    (2, "replicating"),
    (3, "staged"),
    (4, "tested"),
    (5, "promoted"),
];

/// Where days and counts fall in the drawing.
#[derive(Clone, Copy)]
struct Scale {
    first: Day,
    last: Day,
    top: u32,
}

impl Scale {
    fn of(burn_up: &BurnUp, today: Day) -> Self {
        let days = [burn_up.baseline_days, burn_up.planned_days]
            .into_iter()
            .flatten()
            .flat_map(|range| [range.from(), range.to()])
            .chain(burn_up.points.iter().map(|point| point.day));
        let (first, last) = days.fold((today, today), |(lo, hi), day| (lo.min(day), hi.max(day)));
        let top = burn_up
            .points
            .iter()
            .map(|p| p.reached[0])
            .chain([burn_up.scope, burn_up.baseline_scope, 1])
            .max()
            .unwrap_or(1);
        Self { first, last, top }
    }

    fn x(self, day: Day) -> f64 {
        let span = self.first.days_until(self.last).max(1) as f64;
        LEFT + self.first.days_until(day) as f64 / span * (WIDTH - LEFT - RIGHT)
    }

    fn y(self, count: u32) -> f64 {
        HEIGHT - BOTTOM - f64::from(count) / f64::from(self.top) * (HEIGHT - TOP - BOTTOM)
    }
}

/// A plain function: it keeps no state.
pub fn burn_up_chart(burn_up: &BurnUp, today: Day) -> Html {
    let scale = Scale::of(burn_up, today);
    let id = format!("burn-up-{}", burn_up.wave);
    let pace = burn_up.baseline_days.map(|days| html! {
        <line class="pace" x1={fmt(scale.x(days.from()))} y1={fmt(scale.y(0))} x2={fmt(scale.x(days.to()))} y2={fmt(scale.y(burn_up.baseline_scope))} />
    });
    let (zero, scope) = (fmt(scale.y(0)), fmt(scale.y(burn_up.scope)));
    html! {
        <figure class="burn-up">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby={format!("{id}-title {id}-desc")}>
                <title id={format!("{id}-title")}>{ format!("Wave {} burn-up", burn_up.wave) }</title>
                <desc id={format!("{id}-desc")}>{ describe(burn_up) }</desc>
                <line class="axis" x1={fmt(LEFT)} x2={fmt(WIDTH - RIGHT)} y1={zero.clone()} y2={zero} />
                <line class="scope" x1={fmt(LEFT)} x2={fmt(WIDTH - RIGHT)} y1={scope.clone()} y2={scope} />
                <text class="tick" x="2" y={fmt(scale.y(burn_up.scope) + 4.0)}>{ burn_up.scope }</text>
                { marker(scale, burn_up.baseline_days.map(|d| d.to()), "baseline-end", "baseline end", 0.0) }
                { marker(scale, burn_up.planned_days.map(|d| d.to()), "planned-end", "planned end", 1.0) }
                { marker(scale, Some(today), "today", "today", 2.0) }
                { for pace }
                { for LINES.iter().map(|(index, class)| stage_line(scale, burn_up, *index, class)) }
                <text class="tick" x={fmt(LEFT)} y={fmt(HEIGHT - 6.0)}>{ scale.first.to_string() }</text>
                <text class="tick end" x={fmt(WIDTH - RIGHT)} y={fmt(HEIGHT - 6.0)}>{ scale.last.to_string() }</text>
            </svg>
            <figcaption>{ caption(burn_up) }</figcaption>
            { numbers(burn_up) }
        </figure>
    }
}

/// A dated vertical line. Labels sit on three heights, so markers on one day stay readable;
/// right of the line, or left of it near the right edge.
fn marker(
    scale: Scale,
    day: Option<Day>,
    class: &'static str,
    label: &'static str,
    row: f64,
) -> Html {
    let Some(day) = day else {
        return html! {};
    };
    let at = scale.x(day);
    let near_end = at > WIDTH * 0.7;
    let text_x = if near_end { at - 2.0 } else { at + 2.0 };
    html! {
        <g class={class}>
            <line x1={fmt(at)} x2={fmt(at)} y1={fmt(TOP)} y2={fmt(HEIGHT - BOTTOM)} />
            <text class={classes!(near_end.then_some("end"))} x={fmt(text_x)} y={fmt(TOP + 8.0 + row * 10.0)}>{ label }</text>
        </g>
    }
}

/// One stage's line through the points, with a dot on each (a single point shows too).
fn stage_line(scale: Scale, burn_up: &BurnUp, index: usize, class: &'static str) -> Html {
    let points: Vec<(String, String)> = burn_up
        .points
        .iter()
        .map(|p| (fmt(scale.x(p.day)), fmt(scale.y(p.reached[index]))))
        .collect();
    let line: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
    html! {
        <g class={classes!("stage", class)}>
            <polyline points={line.join(" ")} />
            { for points.into_iter().map(|(cx, cy)| html! { <circle {cx} {cy} r="2.5" /> }) }
        </g>
    }
}

fn fmt(value: f64) -> String {
    format!("{value:.1}")
}

fn caption(burn_up: &BurnUp) -> String {
    let end = |days: Option<crate::domain::calendar::DayRange>| {
        days.map_or("none".to_owned(), |d| d.to().to_string())
    };
    format!(
        "Wave {}: {} now · baseline end {} · planned end {}",
        burn_up.wave,
        counted(burn_up.scope as usize, "workload", "workloads"),
        end(burn_up.baseline_days),
        end(burn_up.planned_days)
    )
}

/// The chart in words, for screen readers.
fn describe(burn_up: &BurnUp) -> String {
    let latest = burn_up.points.last();
    let now: Vec<String> = LINES
        .iter()
        .map(|(index, _)| {
            format!(
                "{}: {}",
                reached_label(*index),
                latest.map_or(0, |p| p.reached[*index])
            )
        })
        .collect();
    format!("{}. Today: {}.", caption(burn_up), now.join(", "))
}

/// The same numbers as a table, folded away.
fn numbers(burn_up: &BurnUp) -> Html {
    html! {
        <details>
            <summary>{ format!("Wave {} numbers", burn_up.wave) }</summary>
            <div class="scroll-x">
                <table class="table compact">
                    <thead><tr>
                        <th scope="col">{ "Day" }</th><th scope="col">{ "Point" }</th>
                        { for LINES.iter().map(|(index, _)| html! { <th scope="col">{ reached_label(*index) }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for burn_up.points.iter().map(|p| html! {
                            <tr>
                                <td>{ p.day.to_string() }</td><td>{ p.label.clone() }</td>
                                { for LINES.iter().map(|(index, _)| html! { <td class="number">{ p.reached[*index] }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}

/// The legend shared by every chart on the page.
pub fn legend() -> Html {
    html! {
        <ul class="legend burn-up-legend" aria-label="Burn-up lines">
            { for LINES.iter().map(|(index, class)| html! {
                <li><svg width="28" height="10" aria-hidden="true"><line class={classes!("stage", *class)} x1="0" x2="28" y1="5" y2="5" /></svg>{ reached_label(*index) }</li>
            }) }
            <li><svg width="28" height="10" aria-hidden="true"><line class="scope" x1="0" x2="28" y1="5" y2="5" /></svg>{ "Workloads in the wave now" }</li>
            <li><svg width="28" height="10" aria-hidden="true"><line class="pace" x1="0" x2="28" y1="9" y2="1" /></svg>{ "Baseline pace: its workloads staged by its end" }</li>
        </ul>
    }
}
