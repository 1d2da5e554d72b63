//! One wave's burn-up (SVG): workloads that reached each stage, at each saved baseline and
//! today, against the wave's scope, the baseline's pace (its workloads staged by its end) and
//! the wave's end as the baseline had it and as planned now.
//! Lines differ by dash as well as colour, and the numbers are in a table beside it.

use yew::prelude::*;

use crate::domain::calendar::Day;
use crate::domain::progress::{reached_label, BurnUp};

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

/// A plain function: it keeps no state.
pub fn burn_up_chart(burn_up: &BurnUp, today: Day) -> Html {
    let days = [burn_up.baseline_days, burn_up.planned_days]
        .into_iter()
        .flatten()
        .flat_map(|range| [range.from(), range.to()])
        .chain(burn_up.points.iter().map(|point| point.day))
        .chain([today]);
    let (first, last) = days.fold((today, today), |(lo, hi), day| (lo.min(day), hi.max(day)));
    let span = first.days_until(last).max(1) as f64;
    let x = move |day: Day| LEFT + first.days_until(day) as f64 / span * (WIDTH - LEFT - RIGHT);
    let top = burn_up
        .points
        .iter()
        .map(|p| p.reached[0])
        .chain([burn_up.scope, 1])
        .max()
        .unwrap_or(1);
    let y = move |count: u32| {
        HEIGHT - BOTTOM - f64::from(count) / f64::from(top) * (HEIGHT - TOP - BOTTOM)
    };
    let id = format!("burn-up-{}", burn_up.wave);
    // Labels on three heights, so markers on the same day stay readable; right of the line,
    // or left of it near the right edge.
    let marker = |day: Option<Day>, class: &'static str, label: &'static str, row: f64| match day {
        Some(day) => {
            let near_end = x(day) > WIDTH * 0.7;
            let text_x = if near_end { x(day) - 2.0 } else { x(day) + 2.0 };
            html! {
                <g class={class}>
                    <line x1={fmt(x(day))} x2={fmt(x(day))} y1={fmt(TOP)} y2={fmt(HEIGHT - BOTTOM)} />
                    <text class={classes!(near_end.then_some("end"))} x={fmt(text_x)} y={fmt(TOP + 8.0 + row * 10.0)}>{ label }</text>
                </g>
            }
        }
        None => html! {},
    };
    let pace = burn_up.baseline_days.map(|days| html! {
        <line class="pace" x1={fmt(x(days.from()))} y1={fmt(y(0))} x2={fmt(x(days.to()))} y2={fmt(y(burn_up.baseline_scope))} />
    });
    html! {
        <figure class="burn-up">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby={format!("{id}-title {id}-desc")}>
                <title id={format!("{id}-title")}>{ format!("Wave {} burn-up", burn_up.wave) }</title>
                <desc id={format!("{id}-desc")}>{ describe(burn_up) }</desc>
                <line class="axis" x1={fmt(LEFT)} x2={fmt(WIDTH - RIGHT)} y1={fmt(y(0))} y2={fmt(y(0))} />
                <line class="scope" x1={fmt(LEFT)} x2={fmt(WIDTH - RIGHT)} y1={fmt(y(burn_up.scope))} y2={fmt(y(burn_up.scope))} />
                <text class="tick" x="2" y={fmt(y(burn_up.scope) + 4.0)}>{ burn_up.scope }</text>
                { marker(burn_up.baseline_days.map(|d| d.to()), "baseline-end", "baseline end", 0.0) }
                { marker(burn_up.planned_days.map(|d| d.to()), "planned-end", "planned end", 1.0) }
                { marker(Some(today), "today", "today", 2.0) }
                { for pace }
                { for LINES.iter().map(|(index, class)| {
                    let points: Vec<(f64, f64)> = burn_up.points.iter().map(|p| (x(p.day), y(p.reached[*index]))).collect();
                    let line: Vec<String> = points.iter().map(|(px, py)| format!("{},{}", fmt(*px), fmt(*py))).collect();
                    html! {
                        <g class={classes!("stage", *class)}>
                            <polyline points={line.join(" ")} />
                            { for points.iter().map(|(px, py)| html! { <circle cx={fmt(*px)} cy={fmt(*py)} r="2.5" /> }) }
                        </g>
                    }
                }) }
                <text class="tick" x={fmt(LEFT)} y={fmt(HEIGHT - 6.0)}>{ first.to_string() }</text>
                <text class="tick end" x={fmt(WIDTH - RIGHT)} y={fmt(HEIGHT - 6.0)}>{ last.to_string() }</text>
            </svg>
            <figcaption>{ caption(burn_up) }</figcaption>
            { numbers(burn_up) }
        </figure>
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
        "Wave {}: {} workloads now · baseline end {} · planned end {}",
        burn_up.wave,
        burn_up.scope,
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
