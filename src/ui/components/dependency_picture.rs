//! A workload's dependency picture (SVG): the workloads that need it on the left, the ones it
//! needs on the right, hard dependencies solid and soft ones dashed, each with its wave, and
//! under it the workloads that move in its wave with it (its move group), with why. Each
//! workload in the picture takes the focus (Tab) and says what it is; the same facts are in a
//! table below for screen readers.

use yew::prelude::*;

use crate::domain::dependency::DependencyStrength;
use crate::domain::neighbourhood::{neighbourhood, Neighbour, Neighbourhood, MAX_NEIGHBOURS};
use crate::domain::workload::WorkloadId;
use crate::ui::state::use_plan_and_analysis;

const WIDTH: f64 = 600.0;
const NODE_W: f64 = 180.0;
const NODE_H: f64 = 30.0;
const GAP: f64 = 8.0;
const TOP: f64 = 26.0;
const CENTRE_X: f64 = (WIDTH - NODE_W) / 2.0;
const RIGHT_X: f64 = WIDTH - NODE_W - 6.0;

#[derive(Properties, PartialEq)]
pub struct DependencyPictureProps {
    pub workload: WorkloadId,
}

fn wave_text(wave: Option<u32>) -> String {
    wave.map_or("no wave".to_owned(), |n| format!("wave {n}"))
}

fn short(text: &str) -> String {
    if text.chars().count() <= 17 {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(16).collect::<String>())
    }
}

#[function_component(DependencyPicture)]
pub fn dependency_picture(props: &DependencyPictureProps) -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let Some(this) = state.plan.workload(props.workload) else {
        return html! {};
    };
    let found = neighbourhood(&state.plan, &analysis.0.waves, props.workload);
    if found.needs.is_empty() && found.needed_by.is_empty() && found.moves_with.is_empty() {
        return html! { <p class="muted">{ "No other workload depends on this one, and it depends on none." }</p> };
    }
    let rows = found
        .needs
        .len()
        .max(found.needed_by.len())
        .clamp(1, MAX_NEIGHBOURS);
    let together_top = TOP + rows as f64 * (NODE_H + GAP) + 22.0;
    let together_rows = found.moves_with.len().min(MAX_TOGETHER).div_ceil(3);
    let height = together_top + together_rows as f64 * (NODE_H + GAP) + 4.0;
    let centre_y = TOP + (rows as f64 * (NODE_H + GAP) - GAP - NODE_H) / 2.0;
    let name = this.name.to_string();
    html! {
        <figure class="dependency-picture">
            <div class="scroll-x">
                <svg role="group" aria-label={format!("Dependencies of {name}")} viewBox={format!("0 0 {WIDTH} {height}")}>
                    <defs>
                        <marker id="dependency-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto">
                            <path d="M 0 0 L 10 5 L 0 10 z" />
                        </marker>
                    </defs>
                    <text class="heading" x="6" y="14">{ "Needs it" }</text>
                    <text class="heading" x={RIGHT_X.to_string()} y="14">{ "It needs" }</text>
                    { for found.needed_by.iter().take(MAX_NEIGHBOURS).enumerate().map(|(row, n)| side(n, row, 6.0, centre_y, true, &name)) }
                    { for found.needs.iter().take(MAX_NEIGHBOURS).enumerate().map(|(row, n)| side(n, row, RIGHT_X, centre_y, false, &name)) }
                    { together(&found, &name, centre_y, together_top) }
                    <g class="node this" tabindex="0" role="img" aria-label={format!("{name}, {}", wave_text(found.wave))}>
                        <rect x={CENTRE_X.to_string()} y={centre_y.to_string()} width={NODE_W.to_string()} height={NODE_H.to_string()} rx="4" />
                        <text x={(CENTRE_X + 8.0).to_string()} y={(centre_y + 19.0).to_string()}>{ format!("{} · {}", short(&name), wave_text(found.wave)) }</text>
                    </g>
                </svg>
            </div>
            <figcaption class="legend">{ "Solid: hard dependency (it cannot work without it). Dashed: soft. Arrows point at what is needed." }
                { more(&found) }</figcaption>
            { as_table(&found, &name) }
        </figure>
    }
}

/// Workloads that move in this one's wave with it, drawn at most.
const MAX_TOGETHER: usize = 6;

/// The workloads that move with this one, in rows of three under it, joined by a dotted line.
fn together(found: &Neighbourhood, name: &str, centre_y: f64, top: f64) -> Html {
    if found.moves_with.is_empty() {
        return html! {};
    }
    html! {
        <g class="together">
            <text class="heading" x="6" y={(top - 8.0).to_string()}>{ format!("Moves in {} with it", wave_text(found.wave)) }</text>
            { for found.moves_with.iter().take(MAX_TOGETHER).enumerate().map(|(i, m)| {
                let x = 6.0 + (i % 3) as f64 * ((WIDTH - 12.0 - NODE_W) / 2.0);
                let y = top + (i / 3) as f64 * (NODE_H + GAP);
                let said = format!("{} moves in {} with {name}: {}", m.name, wave_text(found.wave), m.why);
                html! {
                    <g class="link together">
                        <line x1={(CENTRE_X + NODE_W / 2.0).to_string()} y1={(centre_y + NODE_H).to_string()} x2={(x + NODE_W / 2.0).to_string()} y2={y.to_string()} />
                        <g class="node" tabindex="0" role="img" aria-label={said.clone()}>
                            <title>{ said }</title>
                            <rect x={x.to_string()} y={y.to_string()} width={NODE_W.to_string()} height={NODE_H.to_string()} rx="4" />
                            <text x={(x + 8.0).to_string()} y={(y + 19.0).to_string()}>{ short(&m.name) }</text>
                        </g>
                    </g>
                }
            }) }
        </g>
    }
}

/// One neighbour on its side, with its line to the workload in the middle.
fn side(n: &Neighbour, row: usize, x: f64, centre_y: f64, left: bool, name: &str) -> Html {
    let y = TOP + row as f64 * (NODE_H + GAP);
    let hard = n.strength == DependencyStrength::Hard;
    let (x1, x2) = if left {
        (x + NODE_W, CENTRE_X)
    } else {
        (CENTRE_X + NODE_W, x)
    };
    let (from_y, to_y) = if left {
        (y + NODE_H / 2.0, centre_y + NODE_H / 2.0)
    } else {
        (centre_y + NODE_H / 2.0, y + NODE_H / 2.0)
    };
    let said = if left {
        format!(
            "{} needs {name} ({}), {}",
            n.name,
            n.strength.label().to_lowercase(),
            wave_text(n.wave)
        )
    } else {
        format!(
            "{name} needs {} ({}), {}",
            n.name,
            n.strength.label().to_lowercase(),
            wave_text(n.wave)
        )
    };
    html! {
        <g class={classes!("link", hard.then_some("hard"))}>
            <line x1={x1.to_string()} y1={from_y.to_string()} x2={x2.to_string()} y2={to_y.to_string()} marker-end="url(#dependency-arrow)" />
            <g class="node" tabindex="0" role="img" aria-label={said.clone()}>
                <title>{ format!("{said}: {}", n.links.join(", ")) }</title>
                <rect x={x.to_string()} y={y.to_string()} width={NODE_W.to_string()} height={NODE_H.to_string()} rx="4" />
                <text x={(x + 8.0).to_string()} y={(y + 19.0).to_string()}>{ format!("{} · {}", short(&n.name), wave_text(n.wave)) }</text>
            </g>
        </g>
    }
}

fn more(found: &Neighbourhood) -> Html {
    let hidden = found.needs.len().saturating_sub(MAX_NEIGHBOURS)
        + found.needed_by.len().saturating_sub(MAX_NEIGHBOURS);
    if hidden == 0 {
        return html! {};
    }
    html! { <span>{ format!(" {hidden} more are in the table below.") }</span> }
}

fn as_table(found: &Neighbourhood, name: &str) -> Html {
    let rows = found
        .needed_by
        .iter()
        .map(|n| (format!("needs {name}"), n))
        .chain(found.needs.iter().map(|n| (format!("{name} needs it"), n)));
    html! {
        <details>
            <summary>{ "The picture as a table" }</summary>
            <div class="scroll-x">
                <table class="table compact">
                    <thead><tr><th scope="col">{ "Workload" }</th><th scope="col">{ "How" }</th><th scope="col">{ "Strength" }</th><th scope="col">{ "Wave" }</th><th scope="col">{ "Through" }</th></tr></thead>
                    <tbody>
                        { for rows.map(|(how, n)| html! {
                            <tr><th scope="row">{ n.name.clone() }</th><td>{ how }</td><td>{ n.strength.label() }</td><td>{ wave_text(n.wave) }</td><td>{ n.links.join(", ") }</td></tr>
                        }) }
                        { for found.moves_with.iter().map(|m| html! {
                            <tr><th scope="row">{ m.name.clone() }</th><td>{ format!("moves with it: {}", m.why) }</td><td></td><td>{ wave_text(found.wave) }</td><td></td></tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}
