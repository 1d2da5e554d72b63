//! The example plan behind "Load example plan": a retailer's first release, with enough in it
//! (dependencies, a cycle, shared OS upgrades, a major code change, a retired server, a freeze
//! window, readiness answers, progress) that every page has something to show a newcomer.

use crate::domain::action::Action;
use crate::domain::asset::{
    Asset, AssetId, AssetKind, RemediationCategory, RemediationItem, ReplicationStatus,
};
use crate::domain::calendar::{Day, DayRange};
use crate::domain::dependency::{Dependency, DependencyStrength};
use crate::domain::name::Name;
use crate::domain::plan::Plan;
use crate::domain::readiness::Answer;
use crate::domain::workload::{
    Checkpoint, Criticality, CutoverMode, Environment, FreezeWindow, MigrationApproach, Workload,
    WorkloadId,
};

use AssetKind::{
    Application as App, Database as Db, PhysicalServer as Phys, Storage as Share,
    VirtualMachine as Vm,
};
use Criticality::{High, Low, Medium, MissionCritical};
use Environment::{NonProduction as NonProd, Production as Prod};

/// Title, environment, criticality, approach, business owner, priority.
type WorkloadRow = (
    &'static str,
    Environment,
    Criticality,
    MigrationApproach,
    &'static str,
    u32,
);

const WORKLOADS: &[WorkloadRow] = &[
    (
        "Intranet portal",
        Prod,
        Low,
        MigrationApproach::Rehost,
        "Internal communications",
        2,
    ),
    (
        "Dev/test lab",
        NonProd,
        Low,
        MigrationApproach::Rehost,
        "Engineering",
        1,
    ),
    (
        "HR self-service",
        Prod,
        Medium,
        MigrationApproach::Rehost,
        "Human resources",
        3,
    ),
    (
        "Payroll",
        Prod,
        High,
        MigrationApproach::Rehost,
        "Finance",
        4,
    ),
    (
        "Order management",
        Prod,
        MissionCritical,
        MigrationApproach::Rehost,
        "Retail operations",
        3,
    ),
    (
        "Web shop",
        Prod,
        MissionCritical,
        MigrationApproach::Refactor,
        "E-commerce",
        3,
    ),
    (
        "Data warehouse",
        Prod,
        High,
        MigrationApproach::Rehost,
        "Business intelligence",
        4,
    ),
    (
        "Sales reporting",
        Prod,
        Medium,
        MigrationApproach::Rehost,
        "Business intelligence",
        4,
    ),
    (
        "File shares",
        Prod,
        Medium,
        MigrationApproach::Rehost,
        "IT operations",
        2,
    ),
    (
        "Build servers",
        NonProd,
        Low,
        MigrationApproach::Rehost,
        "Engineering",
        2,
    ),
    (
        "Store inventory",
        Prod,
        High,
        MigrationApproach::Rehost,
        "Retail operations",
        3,
    ),
    (
        "Fax gateway",
        Prod,
        Low,
        MigrationApproach::Retire,
        "IT operations",
        5,
    ),
];

/// workload (1-based), name, kind, OS, cores, memory GB, storage GB, daily change %.
type AssetRow = (
    u32,
    &'static str,
    AssetKind,
    &'static str,
    u32,
    f64,
    f64,
    f64,
);

const ASSETS: &[AssetRow] = &[
    (
        1,
        "intra-web-01",
        Vm,
        "Windows Server 2019",
        2,
        8.0,
        120.0,
        0.5,
    ),
    (
        1,
        "intra-sql-01",
        Db,
        "SQL Server 2017",
        4,
        16.0,
        200.0,
        1.0,
    ),
    (2, "lab-host-01", Vm, "Ubuntu 20.04", 8, 32.0, 500.0, 2.0),
    (2, "lab-host-02", Vm, "Ubuntu 20.04", 8, 32.0, 500.0, 2.0),
    (
        2,
        "lab-tools-01",
        Vm,
        "Windows Server 2012 R2",
        2,
        8.0,
        100.0,
        0.5,
    ),
    (
        3,
        "hr-web-01",
        Vm,
        "Windows Server 2012 R2",
        4,
        8.0,
        120.0,
        0.5,
    ),
    (
        3,
        "hr-app-01",
        Vm,
        "Windows Server 2012 R2",
        4,
        16.0,
        150.0,
        1.0,
    ),
    (3, "hr-sql-01", Db, "SQL Server 2014", 8, 32.0, 400.0, 2.0),
    (
        4,
        "pay-app-01",
        Vm,
        "Windows Server 2012 R2",
        4,
        16.0,
        200.0,
        1.0,
    ),
    (
        4,
        "pay-batch-01",
        Vm,
        "Windows Server 2012 R2",
        8,
        32.0,
        300.0,
        3.0,
    ),
    (4, "pay-sql-01", Db, "SQL Server 2014", 8, 64.0, 800.0, 3.0),
    (
        5,
        "oms-app-01",
        Vm,
        "Red Hat Enterprise Linux 7",
        8,
        32.0,
        200.0,
        1.0,
    ),
    (
        5,
        "oms-app-02",
        Vm,
        "Red Hat Enterprise Linux 7",
        8,
        32.0,
        200.0,
        1.0,
    ),
    (
        5,
        "oms-db-01",
        Db,
        "Oracle 19c on RHEL 7",
        16,
        128.0,
        2400.0,
        6.0,
    ),
    (
        5,
        "oms-mq-01",
        Vm,
        "Red Hat Enterprise Linux 7",
        4,
        16.0,
        100.0,
        2.0,
    ),
    (6, "shop-web-01", Vm, "Ubuntu 22.04", 4, 16.0, 80.0, 0.5),
    (6, "shop-web-02", Vm, "Ubuntu 22.04", 4, 16.0, 80.0, 0.5),
    (6, "shop-api", App, "Java 17 services", 4, 16.0, 20.0, 0.0),
    (6, "shop-cache-01", Vm, "Ubuntu 22.04", 2, 16.0, 40.0, 5.0),
    (6, "shop-media", Share, "", 0, 0.0, 1500.0, 0.5),
    (
        7,
        "dwh-sql-01",
        Db,
        "SQL Server 2016",
        16,
        256.0,
        6000.0,
        4.0,
    ),
    (
        7,
        "dwh-etl-01",
        Vm,
        "Windows Server 2012 R2",
        8,
        32.0,
        300.0,
        1.0,
    ),
    (
        7,
        "dwh-etl-02",
        Vm,
        "Windows Server 2012 R2",
        8,
        32.0,
        300.0,
        1.0,
    ),
    (
        8,
        "rpt-web-01",
        Vm,
        "Windows Server 2016",
        4,
        16.0,
        100.0,
        0.5,
    ),
    (
        8,
        "rpt-ssrs-01",
        Vm,
        "Windows Server 2016",
        4,
        16.0,
        150.0,
        1.0,
    ),
    (
        9,
        "fs-01",
        Share,
        "Windows Server 2016",
        4,
        16.0,
        8000.0,
        0.5,
    ),
    (
        9,
        "fs-02",
        Share,
        "Windows Server 2016",
        4,
        16.0,
        6000.0,
        0.5,
    ),
    (9, "dfs-ns-01", Vm, "Windows Server 2016", 2, 8.0, 60.0, 0.1),
    (
        10,
        "build-agent-01",
        Vm,
        "Ubuntu 20.04",
        8,
        16.0,
        250.0,
        3.0,
    ),
    (
        10,
        "build-agent-02",
        Vm,
        "Ubuntu 20.04",
        8,
        16.0,
        250.0,
        3.0,
    ),
    (10, "artifact-store", Share, "", 0, 0.0, 900.0, 2.0),
    (
        11,
        "inv-app-01",
        Vm,
        "Windows Server 2016",
        4,
        16.0,
        150.0,
        1.0,
    ),
    (11, "inv-db-01", Db, "SQL Server 2016", 8, 64.0, 900.0, 3.0),
    (
        11,
        "inv-sync-01",
        Vm,
        "Windows Server 2016",
        2,
        8.0,
        60.0,
        0.5,
    ),
    (
        12,
        "fax-01",
        Phys,
        "Windows Server 2008 R2",
        2,
        4.0,
        100.0,
        0.1,
    ),
];

/// asset, title, hours, category.
const REMEDIATION: &[(&str, &str, f64, RemediationCategory)] = &[
    (
        "lab-tools-01",
        "Upgrade Windows Server 2012 R2 to 2022",
        6.0,
        RemediationCategory::OsUpgrade,
    ),
    (
        "hr-web-01",
        "Upgrade Windows Server 2012 R2 to 2022",
        6.0,
        RemediationCategory::OsUpgrade,
    ),
    (
        "hr-app-01",
        "Upgrade Windows Server 2012 R2 to 2022",
        6.0,
        RemediationCategory::OsUpgrade,
    ),
    (
        "pay-app-01",
        "Upgrade Windows Server 2012 R2 to 2022",
        6.0,
        RemediationCategory::OsUpgrade,
    ),
    (
        "pay-batch-01",
        "Replace COM+ payroll components",
        160.0,
        RemediationCategory::CodeChange,
    ),
    (
        "dwh-etl-01",
        "Upgrade Windows Server 2012 R2 to 2022",
        6.0,
        RemediationCategory::OsUpgrade,
    ),
    (
        "intra-sql-01",
        "Move backups to the cloud backup vault",
        4.0,
        RemediationCategory::BackupSla,
    ),
    (
        "oms-app-01",
        "Open port 1521 to the database subnet",
        2.0,
        RemediationCategory::NetworkPath,
    ),
    (
        "oms-app-02",
        "Open port 1521 to the database subnet",
        2.0,
        RemediationCategory::NetworkPath,
    ),
    (
        "shop-api",
        "Read secrets from Key Vault instead of config files",
        24.0,
        RemediationCategory::CodeChange,
    ),
    (
        "rpt-ssrs-01",
        "Point data sources at the new warehouse name",
        3.0,
        RemediationCategory::Configuration,
    ),
    (
        "inv-sync-01",
        "Update sync endpoint configuration",
        2.0,
        RemediationCategory::Configuration,
    ),
];

/// from, to, strength, port.
const DEPENDENCIES: &[(&str, &str, DependencyStrength, u16)] = &[
    (
        "intra-web-01",
        "intra-sql-01",
        DependencyStrength::Hard,
        1433,
    ),
    ("hr-web-01", "hr-app-01", DependencyStrength::Hard, 443),
    ("hr-app-01", "hr-sql-01", DependencyStrength::Hard, 1433),
    ("hr-app-01", "pay-app-01", DependencyStrength::Soft, 443),
    ("pay-app-01", "pay-sql-01", DependencyStrength::Hard, 1433),
    ("oms-app-01", "oms-db-01", DependencyStrength::Hard, 1521),
    ("oms-app-02", "oms-db-01", DependencyStrength::Hard, 1521),
    ("oms-app-01", "inv-app-01", DependencyStrength::Hard, 443),
    ("inv-sync-01", "oms-mq-01", DependencyStrength::Hard, 5672),
    ("shop-api", "oms-app-01", DependencyStrength::Hard, 443),
    ("shop-web-01", "shop-api", DependencyStrength::Hard, 443),
    ("shop-web-02", "shop-api", DependencyStrength::Hard, 443),
    ("shop-web-01", "shop-media", DependencyStrength::Soft, 445),
    ("dwh-etl-01", "oms-db-01", DependencyStrength::Soft, 1521),
    ("dwh-etl-02", "inv-db-01", DependencyStrength::Soft, 1433),
    ("rpt-ssrs-01", "dwh-sql-01", DependencyStrength::Hard, 1433),
    (
        "build-agent-01",
        "artifact-store",
        DependencyStrength::Hard,
        443,
    ),
    (
        "build-agent-02",
        "artifact-store",
        DependencyStrength::Hard,
        443,
    ),
    ("hr-app-01", "fs-01", DependencyStrength::Soft, 445),
];

const ANSWERS: &[(&str, &str, &str)] = &[
    (
        "outcome-priorities",
        "ranked",
        "Migration first: the datacenter lease ends in 18 months.",
    ),
    ("effort-scale", "known", "RVTools export from October."),
    (
        "network-hybrid",
        "untested",
        "VPN is up; ExpressRoute ordered.",
    ),
    ("identity", "ready", ""),
    (
        "governance",
        "limited",
        "Policies for tags and regions only.",
    ),
    ("role-remediation", "named", "Platform team lead."),
    (
        "role-replication",
        "shared",
        "Two admins share the replication appliance.",
    ),
    (
        "remediation-placement",
        "same-sprint",
        "Agreed at the kick-off and written into the working agreement.",
    ),
    (
        "operations-baseline",
        "partial",
        "Monitoring is in place; the backup policy is a draft.",
    ),
    ("role-approval", "named", "Director of retail operations."),
];

fn name(text: &str) -> Name {
    Name::parse(text).unwrap_or_else(|_| unreachable!("example names are valid"))
}

pub fn example_plan() -> Plan {
    let mut actions = vec![Action::RenamePlan(name("Contoso retail: first release"))];
    actions.extend(WORKLOADS.iter().enumerate().map(|(index, row)| {
        Action::AddWorkload(example_workload(WorkloadId(index as u32 + 1), row))
    }));
    actions.extend(
        ASSETS
            .iter()
            .enumerate()
            .map(|(index, row)| Action::AddAsset(example_asset(AssetId(index as u32 + 1), row))),
    );
    let id_of = |asset: &str| {
        ASSETS
            .iter()
            .position(|a| a.1 == asset)
            .map(|p| AssetId(p as u32 + 1))
    };
    for (from, to, strength, port) in DEPENDENCIES {
        if let (Some(from), Some(to)) = (id_of(from), id_of(to)) {
            let mut dependency = Dependency::new(from, to, *strength);
            dependency.ports = vec![*port];
            actions.push(Action::SetDependency(dependency));
        }
    }
    actions.extend(
        ANSWERS
            .iter()
            .map(|(question, choice, note)| Action::Answer {
                question: (*question).into(),
                answer: Answer {
                    choice: (*choice).into(),
                    note: (*note).into(),
                    owner: String::new(),
                },
            }),
    );
    let mut plan = Plan::default();
    // The example is fixed data checked by a test; a refusal would only leave it smaller.
    let _ = plan.apply(Action::Batch(actions));
    plan
}

/// One row of `WORKLOADS`, with the example's story told on the workloads it concerns.
fn example_workload(id: WorkloadId, row: &WorkloadRow) -> Workload {
    let (title, environment, criticality, approach, owner, priority) = row;
    let mut workload = Workload::new(id, name(title));
    workload.environment = *environment;
    workload.criticality = *criticality;
    workload.approach = *approach;
    workload.business_owner = (*owner).to_owned();
    workload.priority = *priority;
    if *title == "Intranet portal" {
        // Staged and through its business test; sign-offs and the cut-over are next.
        workload.checkpoints = Checkpoint::DELIVERABLES
            .iter()
            .chain(&Checkpoint::BUSINESS_READY)
            .chain(&[Checkpoint::BusinessTested])
            .copied()
            .collect();
        workload.cutover = Some(CutoverMode::Downtime);
        workload.rollback_trigger =
            "the login page fails for more than 15 minutes after the DNS change".into();
    }
    if matches!(*title, "Data warehouse" | "Sales reporting") {
        // One business process: reports read the warehouse, so they move together.
        workload.coupling = "BI platform".into();
    }
    if *title == "Store inventory" {
        let from = Day::default().plus_days(28);
        if let Ok(days) = DayRange::new(from, from.plus_days(13)) {
            workload.freeze_windows.push(FreezeWindow {
                days,
                reason: "Stock-take".into(),
            });
        }
    }
    workload
}

/// One row of `ASSETS`, with its remediation items and replication state.
fn example_asset(id: AssetId, row: &AssetRow) -> Asset {
    let (workload, title, kind, os, cores, memory, storage, change) = row;
    let mut asset = Asset::new(id, *kind, name(title));
    asset.workload = Some(WorkloadId(*workload));
    asset.os = (*os).to_owned();
    (
        asset.cores,
        asset.memory_gb,
        asset.storage_gb,
        asset.daily_change_percent,
    ) = (*cores, *memory, *storage, *change);
    asset.remediation = REMEDIATION
        .iter()
        .filter(|item| item.0 == *title)
        .map(|item| RemediationItem {
            title: item.1.into(),
            effort_hours: item.2,
            category: item.3,
            // The intranet's backup change is done; the lab's OS upgrade is under way.
            done: *workload == 1,
        })
        .collect();
    if *workload == 1 {
        asset.replication = ReplicationStatus::Verified;
    }
    if *title == "lab-host-01" {
        asset.replication = ReplicationStatus::Replicating;
    }
    asset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_is_complete_and_shows_every_rule() {
        let plan = example_plan();
        assert_eq!(plan.name().as_str(), "Contoso retail: first release");
        assert_eq!(
            (plan.workloads().len(), plan.assets().len()),
            (WORKLOADS.len(), ASSETS.len())
        );
        assert_eq!(plan.dependencies().len(), DEPENDENCIES.len());
        assert_eq!(plan.answers().len(), ANSWERS.len());
        let analysis = crate::domain::analysis::Analysis::of(&plan);
        let modes: std::collections::BTreeSet<_> =
            analysis.decisions.values().map(|d| d.mode).collect();
        assert_eq!(
            modes.len(),
            3,
            "sprint, wave and programme all appear: {modes:?}"
        );
        assert_eq!(
            analysis.waves.held_back.len(),
            2,
            "the fax gateway retires, payroll waits for its programme"
        );
        use crate::domain::staging::WorkloadStage;
        let stage = |name: &str| {
            let id = plan.workload_named(&name.to_ascii_lowercase()).unwrap().id;
            analysis.checklists[&id].stage
        };
        // The story: the intranet is staged and through its business test, the lab is
        // replicating, the rest has not started; nothing contradicts its checklist.
        assert_eq!(stage("Intranet portal"), WorkloadStage::Tested);
        assert_eq!(stage("Dev/test lab"), WorkloadStage::Replicating);
        assert_eq!(stage("Payroll"), WorkloadStage::NotStarted);
        assert_eq!(
            analysis.readiness.level,
            crate::domain::readiness::ReadinessLevel::AtRisk
        );
        assert!(
            analysis
                .findings
                .iter()
                .all(|f| f.severity != crate::domain::finding::Severity::Blocker),
            "{:#?}",
            analysis.findings
        );
        let dwh = plan.workload_named("data warehouse").unwrap().id;
        let reports = plan.workload_named("sales reporting").unwrap().id;
        assert_eq!(
            analysis.waves.wave_of(dwh),
            analysis.waves.wave_of(reports),
            "business-coupled workloads move together"
        );
        assert!(analysis.waves.waves.len() >= 3);
    }
}
