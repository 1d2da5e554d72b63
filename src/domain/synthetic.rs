//! Seeded synthetic plans for benchmarks and scale tests: the same seed gives the same plan on
//! every machine (native and wasm), so timings compare like with like. The generator is a
//! SplitMix64 sequence: a dozen lines, no dependency, and stable across crate upgrades.

use crate::domain::action::Action;
use crate::domain::asset::{Asset, AssetId, AssetKind, RemediationCategory, RemediationItem};
use crate::domain::calendar::DayRange;
use crate::domain::dependency::{Dependency, DependencyStrength};
use crate::domain::name::Name;
use crate::domain::plan::Plan;
use crate::domain::workload::{Environment, FreezeWindow, Workload, WorkloadId};

struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (0 when `bound` is 0).
    fn below(&mut self, bound: u64) -> u64 {
        if bound == 0 {
            0
        } else {
            self.next() % bound
        }
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

fn name(text: String) -> Name {
    Name::parse(&text).unwrap_or_else(|_| unreachable!("generated names are short and plain"))
}

/// A plan with `workloads` workloads of 1–6 assets each and about `edges_per_workload`
/// asset dependencies per workload. Hard dependencies point to lower-numbered workloads (as
/// apps depend on shared platforms), with a few short cycles; the rest are soft and random.
pub fn generate(seed: u64, workloads: u32, edges_per_workload: u32) -> Plan {
    let mut random = SplitMix64(seed);
    let mut actions = Vec::new();
    let mut assets_of: Vec<(u32, u32)> = Vec::with_capacity(workloads as usize);
    let mut next_asset = 1u32;
    for w in 1..=workloads {
        actions.push(Action::AddWorkload(random_workload(&mut random, w)));
        let count = 1 + random.below(6) as u32;
        assets_of.push((next_asset, count));
        for id in next_asset..next_asset + count {
            actions.push(Action::AddAsset(random_asset(&mut random, id, w)));
        }
        next_asset += count;
    }
    random_dependencies(&mut random, &assets_of, edges_per_workload, &mut actions);
    // A large estate that migrates over years has hybrid connectivity: dependencies may be
    // split across waves (without it, every hard dependency would join one giant wave).
    actions.push(Action::Answer {
        question: crate::domain::question_bank::HYBRID_NETWORK.into(),
        answer: crate::domain::readiness::Answer {
            choice: "ready".into(),
            note: String::new(),
            owner: String::new(),
        },
    });
    let mut plan = Plan::default();
    for action in actions {
        // Every generated action is valid; a refused one would only make the plan smaller.
        let _ = plan.apply(action);
    }
    plan
}

/// Workload `w`: 40 % production, priority 1–5, now and then a freeze or a pin.
fn random_workload(random: &mut SplitMix64, w: u32) -> Workload {
    let mut workload = Workload::new(WorkloadId(w), name(format!("Workload {w:05}")));
    workload.environment = if random.chance(40) {
        Environment::Production
    } else {
        Environment::NonProduction
    };
    workload.priority = 1 + random.below(5) as u32;
    if random.chance(2) {
        let from = crate::domain::calendar::Day::default().plus_days(random.below(365) as i64);
        if let Ok(days) = DayRange::new(from, from.plus_days(20)) {
            workload.freeze_windows.push(FreezeWindow {
                days,
                reason: "Quarter close".into(),
            });
        }
    }
    if random.chance(1) {
        workload.pinned_wave = Some(1 + random.below(20) as u32);
    }
    workload
}

/// Asset `id` of workload `w`: mostly VMs, sizes in plausible ranges, a few to remediate.
fn random_asset(random: &mut SplitMix64, id: u32, w: u32) -> Asset {
    let kind = [
        AssetKind::VirtualMachine,
        AssetKind::VirtualMachine,
        AssetKind::Database,
        AssetKind::Storage,
    ][random.below(4) as usize];
    let mut asset = Asset::new(AssetId(id), kind, name(format!("srv-{id:06}")));
    asset.workload = Some(WorkloadId(w));
    asset.cores = 2 + random.below(15) as u32;
    asset.memory_gb = (4 + random.below(60)) as f64;
    asset.storage_gb = (50 + random.below(950)) as f64;
    asset.daily_change_percent = random.below(5) as f64;
    if random.chance(15) {
        asset.remediation.push(RemediationItem {
            title: "Upgrade Windows Server 2012 R2 to 2022".into(),
            effort_hours: 6.0,
            category: RemediationCategory::OsUpgrade,
            done: false,
        });
    }
    if random.chance(10) {
        asset.remediation.push(RemediationItem {
            title: format!("Update connection strings on srv-{id:06}"),
            effort_hours: (1 + random.below(12)) as f64,
            category: RemediationCategory::Configuration,
            done: false,
        });
    }
    asset
}

/// About `per_workload` dependencies from each workload's assets: 15 % hard, mostly on a
/// lower-numbered workload (now and then a near neighbour above, which closes a short cycle).
fn random_dependencies(
    random: &mut SplitMix64,
    assets_of: &[(u32, u32)],
    per_workload: u32,
    actions: &mut Vec<Action>,
) {
    let workloads = assets_of.len();
    let pick = |random: &mut SplitMix64, w: usize| {
        let (first, count) = assets_of.get(w).copied().unwrap_or((1, 1));
        AssetId(first + random.below(u64::from(count)) as u32)
    };
    for w in 0..workloads {
        for _ in 0..per_workload {
            let hard = w > 0 && random.chance(15);
            let target = if hard {
                if random.chance(3) && w + 1 < workloads {
                    w + 1
                } else {
                    random.below(w as u64) as usize
                }
            } else {
                random.below(workloads as u64) as usize
            };
            if target == w {
                continue;
            }
            let strength = if hard {
                DependencyStrength::Hard
            } else {
                DependencyStrength::Soft
            };
            let (from, to) = (pick(random, w), pick(random, target));
            actions.push(Action::SetDependency(Dependency::new(from, to, strength)));
        }
    }
}

/// `generate`'s plan spread over about `waves` waves (an even capacity, no ramp or buffer),
/// with two blackouts and a baseline saved on its first day: for the timeline and burn-up
/// measures (`scripts/perf`) and the baseline comparison benchmark.
pub fn many_waves(seed: u64, workloads: u32, waves: u32) -> Plan {
    let mut plan = generate(seed, workloads, 2);
    let mut settings = plan.settings().clone();
    let per_wave = (workloads / waves.max(1)).max(1);
    settings.capacity.max_workloads = per_wave;
    settings.capacity.max_assets = per_wave * 20;
    settings.capacity.max_storage_gb = 10_000_000.0;
    settings.ramp.first_wave_workloads = per_wave;
    settings.ramp.step = per_wave;
    settings.buffer_percent = 0.0;
    settings.sprint_days = 7;
    settings.sprints_per_wave = 1;
    let start = settings.start;
    for (from, days, reason) in [(350, 14, "Year-end close"), (700, 21, "Peak season")] {
        if let Ok(days) = DayRange::new(start.plus_days(from), start.plus_days(from + days)) {
            settings.blackouts.push(FreezeWindow {
                days,
                reason: reason.into(),
            });
        }
    }
    let _ = plan.apply(Action::UpdateSettings(settings));
    let analysis = crate::domain::analysis::Analysis::of(&plan);
    let baseline = crate::domain::progress::baseline_of(
        name("Generated baseline".into()),
        start,
        &plan,
        &analysis,
    );
    let _ = plan.apply(Action::SaveBaseline(baseline));
    plan
}

/// An inventory as a discovery import leaves it: `servers` unassigned servers of about
/// `servers / 10` applications (names carry a three-letter stem, except every seventh server),
/// a dozen shared servers everyone talks to, and `rows` rows of observed traffic (mostly within
/// an application) folded into dependencies with connection counts. For the suggestion
/// benchmark (`cargo bench --bench suggest_workloads`) and the in-browser measure.
/// A generated server's name: the shared servers are domain controllers, one in seven has a
/// name that says nothing, the rest carry their application's stem and tier.
fn server_name(n: u32, apps: u32, shared: u32) -> String {
    let stem = |app: u32| -> String {
        [app / 676 % 26, app / 26 % 26, app % 26]
            .iter()
            .map(|&k| char::from(b'a' + k as u8))
            .collect()
    };
    if n < shared {
        format!("dc{n:02}")
    } else if n % 7 == 3 {
        format!("srv-{n:05}")
    } else {
        format!(
            "x{}-{}-{n:05}",
            stem(n % apps),
            ["web", "app", "db"][n as usize % 3]
        )
    }
}

pub fn inventory(seed: u64, servers: u32, rows: u32) -> Plan {
    const SHARED: u32 = 12;
    let mut random = SplitMix64(seed);
    let apps = (servers / 10).max(1);
    let mut actions = Vec::new();
    for n in 0..servers {
        let mut asset = Asset::new(
            AssetId(n + 1),
            AssetKind::VirtualMachine,
            name(server_name(n, apps, SHARED)),
        );
        asset.storage_gb = (50 + random.below(950)) as f64;
        actions.push(Action::AddAsset(asset));
    }
    let mut edges: std::collections::BTreeMap<(u32, u32), u64> = std::collections::BTreeMap::new();
    let others = u64::from(servers.saturating_sub(SHARED)).max(1);
    for _ in 0..rows {
        let from = SHARED + random.below(others) as u32;
        let to = match random.below(10) {
            0 => random.below(u64::from(SHARED)) as u32,
            1 => SHARED + random.below(others) as u32,
            _ => {
                let app = from % apps;
                let k = random.below(u64::from((servers / apps).max(1))) as u32;
                (app + k * apps).clamp(SHARED, servers.saturating_sub(1))
            }
        };
        if from != to && to < servers {
            *edges.entry((from, to)).or_default() += 1 + random.below(500);
        }
    }
    for ((from, to), connections) in edges {
        let mut dependency =
            Dependency::new(AssetId(from + 1), AssetId(to + 1), DependencyStrength::Soft);
        dependency.connections = connections;
        actions.push(Action::SetDependency(dependency));
    }
    let mut plan = Plan::default();
    // Every generated action is valid; a refused one would only make the plan smaller.
    let _ = plan.apply(Action::Batch(actions));
    plan
}
