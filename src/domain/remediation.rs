//! Where remediation happens, per workload, with the reasons: in the migration sprint, in a
//! separate remediation wave (a factory) before the migration wave, or out of the migration
//! backlog into a separate programme. A person can override the suggestion with a note.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::domain::asset::{RemediationCategory, RemediationItem};
use crate::domain::holdings::Holdings;
use crate::domain::labels::fold;
use crate::domain::plan::Plan;
use crate::domain::quantity::{counted, format_amount};
use crate::domain::question_bank::{
    PLACEMENT_NOT_SHARED, PLACEMENT_SAME_SPRINT, PLACEMENT_SEPARATE_WAVE, REMEDIATION_PLACEMENT,
};
use crate::domain::settings::PlanSettings;
use crate::domain::waves::join;
use crate::domain::workload::{Workload, WorkloadId};

pub use crate::domain::workload::{RemediationMode, RemediationOverride};

#[derive(Debug, Clone, PartialEq)]
pub struct RemediationDecision {
    pub workload: WorkloadId,
    /// The mode in force: the override if there is one, else the suggestion.
    pub mode: RemediationMode,
    pub suggested: RemediationMode,
    /// Fixed sentences are borrowed: most workloads of a large plan share them.
    pub reasons: Vec<Cow<'static, str>>,
    pub effort_hours: f64,
    pub items: usize,
    pub override_note: Option<String>,
}

impl RemediationDecision {
    pub fn is_overridden(&self) -> bool {
        self.override_note.is_some()
    }
}

/// A workload's open remediation items, all its assets together, and the hours of its code
/// changes among them; and every OS upgrade it needs, open or done.
#[derive(Default)]
struct OpenItems<'a> {
    items: Vec<&'a RemediationItem>,
    code_hours: f64,
    /// An upgrade done for one workload was still needed by it: how frequent an upgrade is
    /// (CAF's reason for a factory) does not fall as the factory does its work, or the other
    /// workloads would flip to in-sprint remediation and slip a wave.
    upgrades: Vec<&'a RemediationItem>,
}

/// The decision for every workload in the plan.
pub fn decide_all(plan: &Plan) -> BTreeMap<WorkloadId, RemediationDecision> {
    decide_all_in(plan, &Holdings::of(plan))
}

/// [`decide_all`], with the assets' workloads already found (the analysis shares them with
/// the wave planner).
pub(crate) fn decide_all_in(
    plan: &Plan,
    holdings: &Holdings,
) -> BTreeMap<WorkloadId, RemediationDecision> {
    let team_policy = plan
        .answers()
        .get(REMEDIATION_PLACEMENT)
        .map(|answer| answer.choice.as_str());
    // Each workload's open items and code-change hours, by the workload's position.
    let workloads: Vec<Brief> = plan.workloads().map(Brief::of).collect();
    let mut open: Vec<OpenItems> = workloads.iter().map(|_| OpenItems::default()).collect();
    for &(at, asset) in &holdings.held {
        for item in &asset.remediation {
            if item.category == RemediationCategory::OsUpgrade {
                open[at].upgrades.push(item);
            }
            if item.done {
                continue;
            }
            open[at].items.push(item);
            if item.category == RemediationCategory::CodeChange {
                open[at].code_hours += item.effort_hours;
            }
        }
    }
    let upgrades = UpgradeSharers::count(plan, &workloads, &open);
    workloads
        .into_iter()
        .zip(open)
        .map(|(workload, found)| {
            let decision = decide(plan, &workload, found.items, &upgrades, team_policy);
            (workload.id, decision)
        })
        .collect()
}

/// How many workloads of the migration backlog need each OS upgrade (the same title, ignoring
/// case and spacing). A factory works for the backlog: retired workloads, and those whose code
/// changes take them out of it into a separate programme, do not count as sharers.
#[derive(Default)]
struct UpgradeSharers<'a> {
    /// Each title as written, to its upgrade: most titles repeat, so each is folded once.
    by_title: HashMap<&'a str, usize>,
    by_key: HashMap<String, usize>,
    sharers: Vec<usize>,
}

impl<'a> UpgradeSharers<'a> {
    fn count(plan: &Plan, workloads: &[Brief], open: &[OpenItems<'a>]) -> Self {
        let major = plan.settings().major_code_change_hours;
        let mut upgrades = UpgradeSharers::default();
        for (workload, found) in workloads.iter().zip(open) {
            let programme = match workload.remediation_override {
                Some(over) => over.mode == RemediationMode::Programme,
                None => found.code_hours >= major,
            };
            if !workload.migrates || programme {
                continue;
            }
            let mut needed: Vec<usize> = found
                .upgrades
                .iter()
                .map(|item| upgrades.upgrade(&item.title))
                .collect();
            needed.sort_unstable();
            needed.dedup();
            for upgrade in needed {
                upgrades.sharers[upgrade] += 1;
            }
        }
        upgrades
    }

    fn upgrade(&mut self, title: &'a str) -> usize {
        if let Some(&known) = self.by_title.get(title) {
            return known;
        }
        let next = self.sharers.len();
        let upgrade = *self.by_key.entry(fold(title)).or_insert(next);
        if upgrade == next {
            self.sharers.push(0);
        }
        self.by_title.insert(title, upgrade);
        upgrade
    }

    /// How many backlog workloads need the OS upgrade `item` (none if it is not one).
    fn sharing(&self, item: &RemediationItem) -> usize {
        if item.category != RemediationCategory::OsUpgrade {
            return 0;
        }
        let upgrade = self
            .by_title
            .get(item.title.as_str())
            .or_else(|| self.by_key.get(&fold(&item.title)));
        upgrade.map_or(0, |&at| self.sharers[at])
    }
}

/// What a decision reads of a workload, in one read of it: workloads live apart on the heap,
/// and on large plans each further read of every workload costs a cache miss apiece.
struct Brief<'w> {
    id: WorkloadId,
    migrates: bool,
    remediation_override: Option<&'w RemediationOverride>,
    /// The workload, if the team has assessed it (its red gaps join the reasons); most have
    /// no answers yet, and then there is nothing to read.
    assessed: Option<&'w Workload>,
}

impl<'w> Brief<'w> {
    fn of(workload: &'w Workload) -> Self {
        Brief {
            id: workload.id,
            migrates: workload.migrates(),
            remediation_override: workload.remediation_override.as_ref(),
            assessed: (!workload.assessment.is_empty()).then_some(workload),
        }
    }
}

/// What the suggestion for one workload is made from.
struct Facts<'a> {
    items: Vec<&'a RemediationItem>,
    effort: f64,
    /// Its code changes, judged together: five small ones add up to a rewrite just the same.
    code: Vec<&'a RemediationItem>,
    code_hours: f64,
    /// An OS upgrade enough workloads share for a factory, and how many share it.
    factory: Option<(&'a RemediationItem, usize)>,
    team_policy: Option<&'a str>,
}

fn decide<'a>(
    plan: &Plan,
    workload: &Brief,
    items: Vec<&'a RemediationItem>,
    upgrades: &UpgradeSharers,
    team_policy: Option<&'a str>,
) -> RemediationDecision {
    let settings = plan.settings();
    let code: Vec<&RemediationItem> = items
        .iter()
        .copied()
        .filter(|item| item.category == RemediationCategory::CodeChange)
        .collect();
    let facts = Facts {
        effort: items.iter().map(|item| item.effort_hours).sum(),
        code_hours: code.iter().map(|item| item.effort_hours).sum(),
        code,
        factory: items.iter().find_map(|item| {
            let sharers = upgrades.sharing(item);
            (item.category == RemediationCategory::OsUpgrade
                && sharers >= settings.factory_share_threshold as usize)
                .then_some((*item, sharers))
        }),
        items,
        team_policy,
    };
    let mut reasons = Vec::new();
    let suggested = suggested_mode(settings, &facts, &mut reasons);
    policy_reason(&facts, &mut reasons);
    reasons.extend(
        workload
            .assessed
            .and_then(crate::domain::assessment::remediation_reason)
            .map(Cow::Owned),
    );
    let (mode, override_note) = match workload.remediation_override {
        Some(over) => {
            reasons.push(format!("Overridden to “{}”: {}", over.mode, over.note.trim()).into());
            (over.mode, Some(over.note.trim().to_owned()))
        }
        None => (suggested, None),
    };
    RemediationDecision {
        workload: workload.id,
        mode,
        suggested,
        reasons,
        effort_hours: facts.effort,
        items: facts.items.len(),
        override_note,
    }
}

/// CAF's rules in order: nothing to fix; a major code change leaves the migration backlog;
/// a shared OS upgrade goes to a factory; more effort than the sprint has goes to the wave
/// before; the team's own placement; otherwise the migration sprint.
fn suggested_mode(
    settings: &PlanSettings,
    facts: &Facts,
    reasons: &mut Vec<Cow<'static, str>>,
) -> RemediationMode {
    let defaults = PlanSettings::default();
    let (items, effort) = (&facts.items, facts.effort);
    if items.is_empty() {
        reasons.push("No open remediation items: nothing blocks the move.".into());
        return RemediationMode::Sprint;
    }
    let (mode, reason) = if !facts.code.is_empty()
        && facts.code_hours >= settings.major_code_change_hours
    {
        (RemediationMode::Programme, format!(
            "Code changes of {} h in all ({}) make a major code change (at least {} h, {}): CAF takes major code changes out of the migration backlog into a separate programme.",
            format_amount(facts.code_hours),
            join(facts.code.iter().map(|item| format!("“{}”, {} h", item.title, format_amount(item.effort_hours)))),
            format_amount(settings.major_code_change_hours),
            whose(settings.major_code_change_hours, defaults.major_code_change_hours)
        ))
    } else if let Some((item, sharers)) = facts.factory {
        (RemediationMode::Wave, format!(
            "OS/host upgrade “{}” is needed by {sharers} workloads in the migration backlog (factory threshold {}, {}): CAF sends frequent host or guest-OS upgrades to a parallel team, which does it once for all of them in the wave before.",
            item.title,
            settings.factory_share_threshold,
            whose(f64::from(settings.factory_share_threshold), f64::from(defaults.factory_share_threshold))
        ))
    } else if effort > settings.remediation_hours_per_sprint {
        (RemediationMode::Wave, format!(
            "Remediation effort of {} h is more than the {} h the team has per sprint beside migrating ({}).",
            format_amount(effort),
            format_amount(settings.remediation_hours_per_sprint),
            whose(settings.remediation_hours_per_sprint, defaults.remediation_hours_per_sprint)
        ))
    } else if facts.team_policy == Some(PLACEMENT_SEPARATE_WAVE) {
        (
            RemediationMode::Wave,
            format!(
                "The team decided to remediate in a separate wave or factory iteration; {}, {} h.",
                counted(items.len(), "item", "items"),
                format_amount(effort)
            ),
        )
    } else {
        (RemediationMode::Sprint, format!(
            "{}, {} h in all, within the team's {} h per sprint ({}): {}. CAF keeps minor OS upgrades, configuration, backup/SLA and network-path changes in the migration sprint.",
            counted(items.len(), "item", "items"),
            format_amount(effort),
            format_amount(settings.remediation_hours_per_sprint),
            whose(settings.remediation_hours_per_sprint, defaults.remediation_hours_per_sprint),
            categories(items)
        ))
    };
    reasons.push(reason.into());
    mode
}

/// When the team has not said where remediation happens, the decision says so.
fn policy_reason(facts: &Facts, reasons: &mut Vec<Cow<'static, str>>) {
    match facts.team_policy {
        Some(PLACEMENT_SAME_SPRINT) | Some(PLACEMENT_SEPARATE_WAVE) => {}
        _ if facts.items.is_empty() => {}
        Some(PLACEMENT_NOT_SHARED) => reasons.push(
            "Not every team member can say where remediation happens (readiness question): CAF's advice is to revisit the prerequisites before relying on this.".into(),
        ),
        _ => reasons.push(
            "The team has not decided where remediation happens (readiness question): CAF asks that question before migrating; revisit the prerequisites before relying on this.".into(),
        ),
    }
}

/// Whether a threshold is waveplan's default or the team's own setting, for the reasons.
fn whose(value: f64, default: f64) -> &'static str {
    if value == default {
        "waveplan's default; change it in the wave settings"
    } else {
        "your setting"
    }
}

fn categories(items: &[&RemediationItem]) -> String {
    let set: BTreeSet<&str> = items.iter().map(|item| item.category.label()).collect();
    set.into_iter().collect::<Vec<_>>().join(", ")
}
