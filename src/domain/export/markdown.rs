//! The staging plan as Markdown, for a wiki page or a pull request: readiness, then each wave
//! with its dates, workloads, assets, remediation decisions with reasons, replication
//! estimates and staging checklists, then what is held back and the open findings.

use crate::domain::export::decision_log::decision_log_markdown;
use std::fmt::Write;

use crate::domain::analysis::Analysis;
use crate::domain::overview::capacity_or_blackout;
use crate::domain::plan::Plan;
use crate::domain::quantity::{counted, format_amount};
use crate::domain::questions::Answer;
use crate::domain::replication::plan_asset;
use crate::domain::waves::{blackout_over, Wave};
use crate::domain::workload::Workload;

/// Any text that came from a person, a file or a rule, made inert for Markdown and for the
/// HTML a Markdown renderer may let through: one line (breaks become spaces), Markdown's
/// punctuation escaped so nothing becomes a heading, list, link, image, table cell or
/// emphasis, and `<`, `>`, `&` written as entities so no tag survives.
pub fn text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 8);
    for c in raw.chars() {
        match c {
            '\r' | '\n' | '\u{2028}' | '\u{2029}' => out.push(' '),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    // A leading "-", "+" or "1." would start a list item where the text starts a line.
    let starts_list = out.starts_with(['-', '+'])
        || out
            .find(|c: char| !c.is_ascii_digit())
            .is_some_and(|end| end > 0 && out[end..].starts_with(['.', ')']));
    if starts_list {
        out.insert(0, '\\');
    }
    out
}

/// Table cells take the same escaping.
fn cell(raw: &str) -> String {
    text(raw)
}

pub fn staging_plan(plan: &Plan, analysis: &Analysis) -> String {
    let mut out = String::new();
    let settings = plan.settings();
    let _ = writeln!(out, "# Staging plan: {}\n", cell(plan.name().as_str()));
    let _ = writeln!(
        out,
        "Starts {} · sprints of {} days · waves of {} · promotion model: {} · {} of {} in {}\n",
        settings.start,
        settings.sprint_days,
        counted(settings.sprints_per_wave as usize, "sprint", "sprints"),
        settings.promotion,
        plan.workloads().len() - analysis.waves.held_back.len(),
        counted(plan.workloads().len(), "workload", "workloads"),
        counted(analysis.waves.waves.len(), "wave", "waves")
    );
    blackouts(&mut out, plan);
    readiness(&mut out, analysis);
    notes(&mut out, plan);
    for wave in &analysis.waves.waves {
        wave_section(&mut out, plan, analysis, wave);
    }
    held_back(&mut out, plan, analysis);
    findings(&mut out, analysis);
    out.push_str(&decision_log_markdown(plan));
    out
}

/// Plan-wide periods in which nothing moves, so a reader sees why waves skip them.
fn blackouts(out: &mut String, plan: &Plan) {
    let blackouts = &plan.settings().blackouts;
    if blackouts.is_empty() {
        return;
    }
    let _ = writeln!(out, "**Blackout periods** (no workload moves)\n");
    for window in blackouts {
        let _ = write!(out, "- {} – {}", window.days.from(), window.days.to());
        if !window.reason.trim().is_empty() {
            let _ = write!(out, ": {}", text(&window.reason));
        }
        out.push('\n');
    }
    out.push('\n');
}

/// What the room said, question by question, answered or not yet, and who follows each up.
fn notes(out: &mut String, plan: &Plan) {
    let noted: Vec<(&str, &str, &Answer)> = plan
        .questions()
        .questions()
        .iter()
        .filter_map(|question| {
            let answer = plan.answers().get(&question.id)?;
            let chosen = question
                .choices
                .iter()
                .find(|c| c.id == answer.choice)
                .map_or("not answered yet", |c| c.label.as_str());
            let said = !answer.note.trim().is_empty() || !answer.owner.trim().is_empty();
            said.then_some((question.text.as_str(), chosen, answer))
        })
        .collect();
    if noted.is_empty() {
        return;
    }
    let _ = writeln!(out, "**Notes from the room**\n");
    for (question, chosen, answer) in noted {
        let _ = write!(out, "- {} — *{}*:", text(question), text(chosen));
        if !answer.note.trim().is_empty() {
            let _ = write!(out, " {}", text(&answer.note));
        }
        if !answer.owner.trim().is_empty() {
            let _ = write!(out, " Owner: {}.", text(&answer.owner));
        }
        out.push('\n');
    }
    out.push('\n');
}

fn readiness(out: &mut String, analysis: &Analysis) {
    let readiness = &analysis.readiness;
    let _ = writeln!(
        out,
        "## Readiness: {}\n\n{} {} of {} questions answered.\n",
        readiness.level, readiness.reason, readiness.answered, readiness.total
    );
    let _ = writeln!(out, "| Section | Answered | Score |\n|---|---|---|");
    for section in &readiness.sections {
        let _ = writeln!(
            out,
            "| {} | {}/{} | {} % |",
            section.section, section.answered, section.total, section.percent
        );
    }
    let blocking: Vec<_> = readiness.blocking_gaps().collect();
    if !blocking.is_empty() {
        let _ = writeln!(out, "\n**Blocking gaps**\n");
        for gap in blocking {
            let _ = writeln!(
                out,
                "- **{}** ({}): {} *Mitigation:* {}",
                text(&gap.text),
                gap.risk,
                text(&gap.rationale),
                text(&gap.mitigation)
            );
        }
    }
    out.push('\n');
}

fn wave_section(out: &mut String, plan: &Plan, analysis: &Analysis, wave: &Wave) {
    let _ = writeln!(
        out,
        "## Wave {} ({} – {})\n",
        wave.number,
        wave.days.from(),
        wave.days.to()
    );
    let _ = writeln!(
        out,
        "{} ({}) · {} · {} GB · replication: {}\n",
        counted(wave.workloads.len(), "workload", "workloads"),
        capacity_or_blackout(
            wave.workload_limit,
            blackout_over(plan, &wave.days).as_deref()
        ),
        counted(wave.assets as usize, "asset", "assets"),
        format_amount(wave.storage_gb),
        wave.replication.summary()
    );
    let factory: Vec<&str> = wave
        .factory_for
        .iter()
        .filter_map(|id| plan.workload(*id))
        .map(|w| w.name.as_str())
        .collect();
    if !factory.is_empty() {
        let _ = writeln!(
            out,
            "Remediation factory during this wave, for the next wave: {}.\n",
            text(&factory.join(", "))
        );
    }
    for workload in wave.workloads.iter().filter_map(|id| plan.workload(*id)) {
        workload_section(out, plan, analysis, workload);
    }
}

fn workload_section(out: &mut String, plan: &Plan, analysis: &Analysis, workload: &Workload) {
    let checklist = analysis.checklists.get(&workload.id);
    let done = checklist.is_some_and(|c| c.is_done());
    let _ = writeln!(
        out,
        "### {} — {}\n\n{} · {} · {} · stage: {}\n",
        cell(workload.name.as_str()),
        if done { "done" } else { "not done" },
        workload.environment,
        workload.criticality,
        workload.approach,
        checklist.map_or("not migrated", |c| c.stage.label())
    );
    if let Some(decision) = analysis.decisions.get(&workload.id) {
        let overridden = if decision.is_overridden() {
            " (overridden)"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "**Remediation:** {}{overridden}, {}, {} h.\n",
            decision.mode,
            counted(decision.items, "item", "items"),
            format_amount(decision.effort_hours)
        );
        for reason in &decision.reasons {
            let _ = writeln!(out, "- {}", text(reason));
        }
        out.push('\n');
    }
    asset_table(out, plan, workload);
    if let Some(checklist) = checklist {
        for (title, items) in [
            ("Definition of done", &checklist.items),
            ("Promote gate", &checklist.gate),
        ] {
            let _ = writeln!(out, "**{title}**\n");
            for item in items {
                let _ = writeln!(
                    out,
                    "- [{}] {}: {}",
                    if item.done { "x" } else { " " },
                    item.label,
                    text(&item.detail)
                );
            }
            out.push('\n');
        }
    }
}

/// The workload's assets with their replication approach, estimate and status.
fn asset_table(out: &mut String, plan: &Plan, workload: &Workload) {
    let assets: Vec<_> = plan.assets_of(workload.id).collect();
    if !assets.is_empty() {
        let _ = writeln!(out, "| Asset | Kind | Storage (GB) | Replication | Estimate (h) | Status |\n|---|---|---|---|---|---|");
        for asset in assets {
            let replication = plan_asset(asset, plan.settings());
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                cell(asset.name.as_str()),
                asset.kind,
                format_amount(asset.storage_gb),
                replication.approach,
                format_amount(replication.hours),
                asset.replication
            );
        }
        out.push('\n');
    }
}

fn held_back(out: &mut String, plan: &Plan, analysis: &Analysis) {
    if analysis.waves.held_back.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Not in a wave\n");
    for held in &analysis.waves.held_back {
        let name = plan
            .workload(held.workload)
            .map_or("?", |w| w.name.as_str());
        let _ = writeln!(out, "- **{}**: {}", text(name), text(&held.reason));
    }
    out.push('\n');
}

fn findings(out: &mut String, analysis: &Analysis) {
    let _ = writeln!(out, "## Open findings\n");
    if analysis.findings.is_empty() {
        let _ = writeln!(out, "None.");
        return;
    }
    let _ = writeln!(
        out,
        "| Severity | What | Why | How to fix |\n|---|---|---|---|"
    );
    for finding in &analysis.findings {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            finding.severity,
            cell(&finding.what),
            cell(&finding.why),
            cell(&finding.fix)
        );
    }
}
