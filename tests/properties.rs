//! Properties of the planner and the formats on random plans: deterministic, dependencies
//! respected, capacity kept or reported, every workload placed once, save→load the identity,
//! no panic on any input, and merging copies (with itself, into the ancestor, edits apart).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use support::Builder;
use waveplan::domain::analysis::Analysis;
use waveplan::domain::asset::{AssetId, AssetKind, RemediationCategory, ReplicationStatus};
use waveplan::domain::calendar::{Day, DayRange};
use waveplan::domain::dependency::DependencyStrength;
use waveplan::domain::finding::Subject;
use waveplan::domain::merge::merge;
use waveplan::domain::persist::{from_json, to_json};
use waveplan::domain::plan::{Action, Plan};
use waveplan::domain::question_bank::HYBRID_NETWORK;
use waveplan::domain::questions::QuestionBank;
use waveplan::domain::readiness::hybrid_connectivity_ready;
use waveplan::domain::staging::WorkloadStage;
use waveplan::domain::waves::plan_waves;
use waveplan::domain::workload::{Checkpoint, Environment, FreezeWindow};

#[derive(Debug, Clone)]
struct Shape {
    workloads: Vec<WorkloadShape>,
    edges: Vec<(usize, usize, bool)>,
    hybrid_ready: bool,
    max_workloads: u32,
    max_assets: u32,
    first_wave: u32,
}

#[derive(Debug, Clone)]
struct WorkloadShape {
    assets: Vec<f64>,
    /// Replication progress of each asset: verified or not.
    verified: Vec<bool>,
    /// Every stage checkpoint ticked (and the whole promote gate, when `promoted`).
    ticked: bool,
    promoted: bool,
    coupling: Option<u8>,
    production: bool,
    priority: u32,
    pin: Option<u32>,
    freeze: Option<(i64, i64)>,
    upgrade: bool,
    effort: f64,
}

fn workload_shape() -> impl Strategy<Value = WorkloadShape> {
    (
        (
            prop::collection::vec(0.0..5_000.0f64, 0..4),
            prop::collection::vec(prop::bool::weighted(0.6), 4),
            prop::bool::weighted(0.5),
            prop::bool::weighted(0.3),
            prop::option::weighted(0.15, 0..3u8),
        ),
        any::<bool>(),
        1..5u32,
        prop::option::weighted(0.1, 1..6u32),
        prop::option::weighted(0.15, (0..200i64, 0..40i64)),
        prop::bool::weighted(0.2),
        0.0..120.0f64,
    )
        .prop_map(
            |(
                (assets, verified, ticked, promoted, coupling),
                production,
                priority,
                pin,
                freeze,
                upgrade,
                effort,
            )| WorkloadShape {
                assets,
                verified,
                ticked,
                promoted,
                coupling,
                production,
                priority,
                pin,
                freeze,
                upgrade,
                effort,
            },
        )
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        prop::collection::vec(workload_shape(), 0..25),
        1..6u32,
        1..12u32,
        1..4u32,
        any::<bool>(),
    )
        .prop_flat_map(
            |(workloads, max_workloads, max_assets, first_wave, hybrid_ready)| {
                let assets: usize = workloads.iter().map(|w| w.assets.len()).sum();
                let edges = if assets == 0 {
                    Just(Vec::new()).boxed()
                } else {
                    prop::collection::vec((0..assets, 0..assets, any::<bool>()), 0..40).boxed()
                };
                edges.prop_map(move |edges| Shape {
                    workloads: workloads.clone(),
                    edges,
                    hybrid_ready,
                    max_workloads,
                    max_assets,
                    first_wave,
                })
            },
        )
}

fn build(shape: &Shape) -> Plan {
    let mut b = Builder::new();
    b.settings(|s| {
        s.capacity.max_workloads = shape.max_workloads;
        s.capacity.max_assets = shape.max_assets;
        s.ramp.first_wave_workloads = shape.first_wave;
    });
    let start = b.plan.settings().start;
    let mut assets: Vec<AssetId> = Vec::new();
    for (n, w) in shape.workloads.iter().enumerate() {
        let id = b.workload_with(&format!("W{n}"), |workload| {
            workload.environment = if w.production {
                Environment::Production
            } else {
                Environment::NonProduction
            };
            workload.priority = w.priority;
            workload.pinned_wave = w.pin;
            if let Some(tag) = w.coupling {
                workload.coupling = format!("group {tag}");
            }
            if w.ticked {
                workload.checkpoints.extend(Checkpoint::DELIVERABLES);
                workload.checkpoints.extend(Checkpoint::BUSINESS_READY);
            }
            if w.promoted {
                workload.checkpoints.extend(Checkpoint::ALL.iter().copied());
                workload.cutover = Some(waveplan::domain::workload::CutoverMode::Downtime);
                workload.rollback_trigger = "errors".into();
            }
            if let Some((offset, length)) = w.freeze {
                let from = start.plus_days(offset);
                let days = DayRange::new(from, from.plus_days(length)).expect("ordered");
                workload.freeze_windows.push(FreezeWindow {
                    days,
                    reason: String::new(),
                });
            }
        });
        for (a, storage) in w.assets.iter().enumerate() {
            let asset = b.asset(
                id,
                &format!("W{n}-{a}"),
                AssetKind::VirtualMachine,
                *storage,
            );
            if w.verified.get(a).copied().unwrap_or(false) {
                b.plan
                    .apply(waveplan::domain::plan::Action::SetReplicationStatus {
                        asset,
                        status: ReplicationStatus::Verified,
                    })
                    .expect("known asset");
            }
            if a == 0 && w.upgrade {
                b.item(
                    asset,
                    "Windows 2012 to 2022",
                    6.0,
                    RemediationCategory::OsUpgrade,
                );
            }
            if a == 0 && w.effort > 60.0 {
                b.item(
                    asset,
                    "Code change",
                    w.effort,
                    RemediationCategory::CodeChange,
                );
            }
            assets.push(asset);
        }
    }
    for &(from, to, hard) in &shape.edges {
        if from != to {
            let strength = if hard {
                DependencyStrength::Hard
            } else {
                DependencyStrength::Soft
            };
            b.depends(assets[from], assets[to], strength);
        }
    }
    b.answer(
        HYBRID_NETWORK,
        if shape.hybrid_ready { "ready" } else { "no" },
    );
    b.plan
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
}

proptest! {
    // 300 cases by default; PROPTEST_CASES raises it (scripts/test --long).
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn planning_is_deterministic(shape in shape()) {
        let plan = build(&shape);
        prop_assert_eq!(plan_waves(&plan), plan_waves(&plan.clone()));
    }

    #[test]
    fn every_workload_is_in_exactly_one_wave_or_held_back(shape in shape()) {
        let plan = build(&shape);
        let waves = plan_waves(&plan);
        for workload in plan.workloads() {
            let placed = waves.waves.iter().filter(|w| w.workloads.contains(&workload.id)).count();
            let held = waves.held_back.iter().filter(|h| h.workload == workload.id).count();
            prop_assert_eq!(placed + held, 1, "{} placed {} times, held back {} times", workload.name, placed, held);
            if placed == 1 {
                let wave = waves.wave_of(workload.id).expect("placed");
                prop_assert!(waves.waves[wave as usize - 1].workloads.contains(&workload.id));
            }
        }
    }

    #[test]
    fn hard_dependencies_move_in_the_same_or_an_earlier_wave_unless_reported(shape in shape()) {
        let plan = build(&shape);
        let waves = plan_waves(&plan);
        for dependency in plan.dependencies().filter(|d| d.strength == DependencyStrength::Hard) {
            let owner = |asset| plan.asset(asset).and_then(|a| a.workload);
            let (Some(from), Some(to)) = (owner(dependency.from), owner(dependency.to)) else { continue };
            let (Some(a), Some(b)) = (waves.wave_of(from), waves.wave_of(to)) else { continue };
            if a < b {
                let reported = waves.findings.iter().any(|f| f.subject == Subject::Workload(from) && f.what.contains("before"));
                prop_assert!(reported, "wave {} before its dependency in wave {} with no finding", a, b);
                // Only a pin (on the workload or one it must move with) can do that.
                prop_assert!(plan.workloads().any(|w| w.pinned_wave.is_some()), "no pins, yet a dependency was broken");
            }
        }
    }

    /// CAF's definition of done: no workload is done (or promoted) while an asset it needs is not
    /// replicated and verified: its own, and those it depends on, unless hybrid connectivity
    /// reaches them where they are.
    #[test]
    fn nothing_is_done_while_an_asset_it_needs_is_not_verified(shape in shape()) {
        let plan = build(&shape);
        let analysis = Analysis::of(&plan);
        let hybrid = hybrid_connectivity_ready(&plan);
        for (id, checklist) in &analysis.checklists {
            if !checklist.is_done() {
                prop_assert!(checklist.stage < WorkloadStage::Staged, "{:?}", checklist.stage);
                continue;
            }
            let own: Vec<_> = plan.assets_of(*id).collect();
            prop_assert!(!own.is_empty());
            // Everything the workload needs, transitively, through the plan's dependencies.
            let mut needed: Vec<_> = own.iter().map(|a| a.id).collect();
            let mut seen: std::collections::BTreeSet<_> = needed.iter().copied().collect();
            while let Some(current) = needed.pop() {
                let asset = plan.asset(current).expect("dependencies name assets");
                let outside = asset.workload != Some(*id);
                if !outside || !hybrid {
                    prop_assert_eq!(asset.replication, ReplicationStatus::Verified, "done while {} is not in the cloud", asset.name);
                }
                for dependency in plan.dependencies().filter(|d| d.from == current) {
                    if seen.insert(dependency.to) {
                        needed.push(dependency.to);
                    }
                }
            }
        }
    }

    /// Every pin not kept, and every hard dependency split across waves without hybrid
    /// connectivity, is a finding.
    #[test]
    fn every_pin_not_kept_and_every_unreachable_split_is_a_finding(shape in shape()) {
        let plan = build(&shape);
        let analysis = Analysis::of(&plan);
        let waves = &analysis.waves;
        for workload in plan.workloads() {
            let (Some(pin), Some(wave)) = (workload.pinned_wave, waves.wave_of(workload.id)) else { continue };
            if pin != wave {
                let named = analysis.findings.iter().any(|f| f.what.starts_with(&format!("{} is pinned to wave {pin} but moves in wave {wave}", workload.name)));
                prop_assert!(named, "{}'s pin {} is not kept (wave {}) silently", workload.name, pin, wave);
            }
        }
        if !hybrid_connectivity_ready(&plan) {
            for dependency in plan.dependencies().filter(|d| d.strength == DependencyStrength::Hard) {
                let owner = |asset| plan.asset(asset).and_then(|a| a.workload);
                let (Some(from), Some(to)) = (owner(dependency.from), owner(dependency.to)) else { continue };
                let (Some(a), Some(b)) = (waves.wave_of(from), waves.wave_of(to)) else { continue };
                if a != b {
                    let reported = analysis.findings.iter().any(|f| f.subject == Subject::Workload(from) && (f.what.contains("across waves") || f.what.contains("before")));
                    prop_assert!(reported, "a hard dependency split across waves {} and {} without hybrid connectivity, silently", a, b);
                }
            }
        }
    }

    /// The plan never has more waves than its workloads need plus the freeze horizon (and the
    /// latest pin), so a long freeze cannot fill exports with empty waves.
    #[test]
    fn the_plan_never_has_more_waves_than_needed_plus_the_horizon(shape in shape()) {
        let plan = build(&shape);
        let waves = plan_waves(&plan);
        let horizon = (waveplan::domain::settings::FREEZE_HORIZON_DAYS as usize).div_ceil(plan.settings().wave_days() as usize);
        let latest_pin = plan.workloads().filter_map(|w| w.pinned_wave).max().unwrap_or(0) as usize;
        let bound = plan.workloads().len() + horizon + latest_pin;
        prop_assert!(waves.waves.len() <= bound, "{} waves, bound {}", waves.waves.len(), bound);
        if let Some(last) = waves.waves.last() {
            prop_assert!(!last.workloads.is_empty(), "the last wave moves something");
        }
    }

    #[test]
    fn no_wave_exceeds_capacity_unless_a_finding_says_so(shape in shape()) {
        let plan = build(&shape);
        let waves = plan_waves(&plan);
        let capacity = &plan.settings().capacity;
        let _ = capacity;
        for wave in &waves.waves {
            let over = wave.workloads.len() > wave.capacity.workloads as usize
                || wave.assets > wave.capacity.assets
                || wave.storage_gb > wave.capacity.storage_gb
                || wave.sprint_hours > wave.capacity.remediation_hours + 1e-9;
            if over {
                let reported = waves.findings.iter().any(|f| f.subject == Subject::Wave(wave.number) && f.what.contains("over capacity"));
                prop_assert!(reported, "wave {} is over capacity silently", wave.number);
            }
        }
    }

    #[test]
    fn planning_never_panics_at_the_edges_of_valid_settings(
        shape in shape(),
        sprint_days in 1..=56u32,
        sprints_per_wave in 1..=12u32,
        step in 0..=3u32,
        start in prop::sample::select(vec!["1900-01-01", "2027-01-04", "2199-12-31"]),
        pin in prop::option::of(1..=waveplan::domain::plan::MAX_PINNED_WAVE),
    ) {
        let mut plan = build(&shape);
        let mut settings = plan.settings().clone();
        settings.sprint_days = sprint_days;
        settings.sprints_per_wave = sprints_per_wave;
        settings.ramp.step = step;
        settings.start = Day::parse(start).expect("valid day");
        plan.apply(waveplan::domain::plan::Action::UpdateSettings(settings)).expect("valid settings");
        // A workload cut over keeps the wave it moved in: its pin is not the team's to move.
        let first = plan.workloads().find(|w| !w.has(waveplan::domain::workload::Checkpoint::CutOver)).map(|w| w.id);
        if let Some(first) = first {
            plan.apply(waveplan::domain::plan::Action::PinWorkload { workload: first, wave: pin }).expect("valid pin");
        }
        let waves = plan_waves(&plan);
        let horizon = (waveplan::domain::settings::FREEZE_HORIZON_DAYS as usize).div_ceil(plan.settings().wave_days() as usize);
        let bound = plan.workloads().len() + horizon + waveplan::domain::plan::MAX_PINNED_WAVE as usize;
        prop_assert!(waves.waves.len() <= bound, "{} waves", waves.waves.len());
    }

    #[test]
    fn save_then_load_is_the_identity(shape in shape()) {
        let plan = build(&shape);
        prop_assert_eq!(from_json(&to_json(&plan)), Ok(plan));
    }

    #[test]
    fn loading_arbitrary_text_never_panics(text in any::<String>()) {
        let _ = from_json(&text);
        let _ = QuestionBank::from_json(&text);
        let _ = Day::parse(&text);
        let _ = waveplan::domain::quantity::parse_effort_hours("effort", &text);
    }

    #[test]
    fn importers_and_share_links_never_panic_on_any_text(text in any::<String>()) {
        let plan = Plan::default();
        let _ = waveplan::domain::import::read(&plan, "fuzz.csv", &text);
        let _ = waveplan::domain::export::share::decode(&text);
        if let Ok(table) = waveplan::domain::import::table::Table::parse("fuzz.csv", &text) {
            let mapping = waveplan::domain::import::inventory::ColumnMapping::suggest(&table);
            let _ = waveplan::domain::import::with_mapping(&plan, &table, &mapping);
        }
    }

    #[test]
    fn importers_never_panic_on_csv_shaped_text(
        header in prop::sample::select(vec![
            "Server name,Operating system,Cores,Memory (MB),Storage (GB)",
            "VM;Powerstate;Template;CPUs;Memory;In Use MiB",
            "Source server name,Destination server name,Destination port,Connection Count",
            "Hostname,Type,vCPUs,RAM (GB),Application",
        ]),
        rows in prop::collection::vec("[a-z0-9 ,;\"\r\n=+-]{0,40}", 0..20),
    ) {
        let text = format!("{header}\n{}", rows.join("\n"));
        let mut plan = Plan::default();
        if let Ok(waveplan::domain::import::Imported::Changes(outcome)) = waveplan::domain::import::read(&plan, "fuzz.csv", &text) {
            // What an importer produces must apply as a whole.
            prop_assert!(plan.apply(waveplan::domain::plan::Action::Batch(outcome.actions)).is_ok());
        }
    }

    #[test]
    fn loading_a_mangled_plan_never_panics(cut in 0usize..2_000, junk in "[\\[\\]{}\",:0-9a-z -]{0,8}") {
        let mut b = Builder::new();
        let (_, vm) = b.simple("Portal");
        let (_, other) = b.simple("DB");
        b.depends(vm, other, DependencyStrength::Hard);
        let text = to_json(&b.plan);
        let cut = cut.min(text.len());
        let mangled = format!("{}{}{}", &text[..cut], junk, &text[cut..]);
        match from_json(&mangled) {
            Ok(plan) => prop_assert_eq!(from_json(&to_json(&plan)), Ok(plan), "what loads must save and load again"),
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
    }
}

/// One change a teammate makes to their copy, to a workload picked by position.
#[derive(Debug, Clone)]
enum Edit {
    Rename(usize),
    Owner(usize, u8),
    Priority(usize, u32),
    Sprint(u32),
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(
        prop_oneof![
            (0..8usize).prop_map(Edit::Rename),
            (0..8usize, any::<u8>()).prop_map(|(at, n)| Edit::Owner(at, n)),
            (0..8usize, 1..=9u32).prop_map(|(at, p)| Edit::Priority(at, p)),
            (7..=30u32).prop_map(Edit::Sprint),
        ],
        0..6,
    )
}

/// `plan` with `edits` made by `who`; `parity` keeps them to workloads at even (0) or odd (1)
/// positions and leaves the settings to the even side, so two sides can edit apart.
fn edited(plan: &Plan, edits: &[Edit], who: &str, parity: Option<usize>) -> Plan {
    let workloads: Vec<_> = plan
        .workloads()
        .enumerate()
        .filter(|(at, _)| parity.is_none_or(|p| at % 2 == p))
        .map(|(_, w)| w.id)
        .collect();
    let mut next = plan.clone();
    for edit in edits {
        let pick = |at: usize| workloads.get(at % workloads.len().max(1)).copied();
        let workload = |at| pick(at).and_then(|id| next.workload(id).cloned());
        let action = match edit {
            Edit::Rename(at) => workload(*at).map(|mut w| {
                w.name = waveplan::domain::name::Name::parse(&format!("{} {who}{at}", w.name))
                    .unwrap_or(w.name.clone());
                Action::UpdateWorkload(w)
            }),
            Edit::Owner(at, n) => workload(*at).map(|mut w| {
                w.business_owner = format!("{who} owner {n}");
                Action::UpdateWorkload(w)
            }),
            Edit::Priority(at, p) => workload(*at).map(|mut w| {
                w.priority = *p;
                Action::UpdateWorkload(w)
            }),
            Edit::Sprint(days) if parity != Some(1) => {
                let mut settings = next.settings().clone();
                settings.sprint_days = *days;
                Some(Action::UpdateSettings(settings))
            }
            Edit::Sprint(_) => None,
        };
        if let Some(action) = action {
            // A rename may meet another name: that edit is skipped, as the form would refuse it.
            let _ = next.apply(action);
        }
    }
    next
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn merging_a_copy_with_itself_changes_nothing(shape in shape(), changes in edits()) {
        let base = build(&shape);
        let copy = edited(&base, &changes, "a", None);
        let merged = merge(&base, &copy, &copy);
        prop_assert!(merged.is_empty());
        prop_assert_eq!(merged.resolve(&[]).map(|(plan, _)| plan), Ok(copy));
    }

    #[test]
    fn merging_into_the_ancestor_gives_their_copy(shape in shape(), changes in edits()) {
        let base = build(&shape);
        let theirs = edited(&base, &changes, "them", None);
        let merged = merge(&base, &base, &theirs);
        prop_assert!(merged.conflicts.is_empty());
        prop_assert_eq!(merged.resolve(&[]).map(|(plan, _)| plan), Ok(theirs));
    }

    #[test]
    fn edits_to_different_records_commute(shape in shape(), mine in edits(), theirs in edits()) {
        let base = build(&shape);
        let ours = edited(&base, &mine, "me", Some(0));
        let theirs = edited(&base, &theirs, "them", Some(1));
        let one_way = merge(&base, &ours, &theirs);
        let other_way = merge(&base, &theirs, &ours);
        prop_assert!(one_way.conflicts.is_empty() && other_way.conflicts.is_empty());
        let result = one_way.resolve(&[]).map(|(plan, _)| plan);
        prop_assert!(result.is_ok(), "{:?}", result);
        prop_assert_eq!(result, other_way.resolve(&[]).map(|(plan, _)| plan));
    }
}

/// A change to a plan's assets or dependencies, picked by position.
#[derive(Debug, Clone)]
enum Structural {
    MoveAsset(usize, usize),
    UnassignAsset(usize),
    RemoveAsset(usize),
    RemoveWorkload(usize),
    Depend(usize, usize),
    Undepend(usize),
}

fn structural() -> impl Strategy<Value = Vec<Structural>> {
    prop::collection::vec(
        prop_oneof![
            (0..40usize, 0..8usize).prop_map(|(a, w)| Structural::MoveAsset(a, w)),
            (0..40usize).prop_map(Structural::UnassignAsset),
            (0..40usize).prop_map(Structural::RemoveAsset),
            (0..8usize).prop_map(Structural::RemoveWorkload),
            (0..40usize, 0..40usize).prop_map(|(a, b)| Structural::Depend(a, b)),
            (0..60usize).prop_map(Structural::Undepend),
        ],
        1..8,
    )
}

fn structural_action(plan: &Plan, change: &Structural) -> Option<Action> {
    let asset = |at: usize| plan.assets().nth(at % plan.assets().len().max(1)).cloned();
    let workload = |at: usize| plan.workloads().nth(at % plan.workloads().len().max(1));
    match change {
        Structural::MoveAsset(a, w) => asset(*a).zip(workload(*w)).map(|(mut asset, w)| {
            asset.workload = Some(w.id);
            Action::UpdateAsset(asset)
        }),
        Structural::UnassignAsset(a) => asset(*a).map(|mut asset| {
            asset.workload = None;
            Action::UpdateAsset(asset)
        }),
        Structural::RemoveAsset(a) => asset(*a).map(|asset| Action::RemoveAsset(asset.id)),
        Structural::RemoveWorkload(w) => workload(*w).map(|w| Action::RemoveWorkload(w.id)),
        Structural::Depend(a, b) => asset(*a).zip(asset(*b)).map(|(from, to)| {
            Action::SetDependency(waveplan::domain::dependency::Dependency {
                from: from.id,
                to: to.id,
                strength: DependencyStrength::Hard,
                ports: Vec::new(),
                connections: 0,
            })
        }),
        Structural::Undepend(at) => plan
            .dependencies()
            .nth(at % plan.dependencies().len().max(1))
            .map(|d| Action::RemoveDependency {
                from: d.from,
                to: d.to,
            }),
    }
}

/// What the plan's index answers, against a scan of the whole plan.
fn index_agrees_with_a_scan(plan: &Plan) -> Result<(), TestCaseError> {
    for workload in plan.workloads() {
        let indexed: Vec<AssetId> = plan.assets_of(workload.id).map(|a| a.id).collect();
        let scanned: Vec<AssetId> = plan
            .assets()
            .filter(|a| a.workload == Some(workload.id))
            .map(|a| a.id)
            .collect();
        prop_assert_eq!(indexed, scanned);
    }
    for asset in plan.assets() {
        let to: Vec<_> = plan.dependencies_to(asset.id).map(|d| d.key()).collect();
        let scanned: Vec<_> = plan
            .dependencies()
            .filter(|d| d.to == asset.id)
            .map(|d| d.key())
            .collect();
        prop_assert_eq!(to, scanned);
        let from: Vec<_> = plan.dependencies_from(asset.id).map(|d| d.key()).collect();
        let scanned: Vec<_> = plan
            .dependencies()
            .filter(|d| d.from == asset.id)
            .map(|d| d.key())
            .collect();
        prop_assert_eq!(from, scanned);
    }
    prop_assert_eq!(
        plan.unassigned_count(),
        plan.assets().filter(|a| a.is_unassigned()).count()
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// The index is built before each change (as a page would read it) and must follow it; a
    /// copy taken before the change (the undo history's) keeps answering for its own version.
    #[test]
    fn a_plans_index_follows_every_change_to_assets_and_dependencies(shape in shape(), changes in structural()) {
        let mut plan = build(&shape);
        for change in &changes {
            index_agrees_with_a_scan(&plan)?;
            let before = plan.clone();
            if let Some(action) = structural_action(&plan, change) {
                let _ = plan.apply(action);
            }
            index_agrees_with_a_scan(&before)?;
        }
        index_agrees_with_a_scan(&plan)?;
    }
}
