//! Replication: which approach copies each asset, and how long it takes. Time is the data to
//! move (storage plus the drift that accumulates while the copy is kept in sync) over the share
//! of the link migration may use, in the hours a day it may use it. Sizes are decimal gigabytes
//! (10⁹ bytes) and the link is in megabits per second (10⁶ bits): 1 GB = 8,000 megabits.
//!
//! How long a copy is kept in sync follows the promotion model (CAF): under single-step the
//! migration tool replicates until it promotes, at the end of the wave; under staged and flight
//! it stops replicating once the workload is staged (about a day after the copy), which is why
//! more assets fit the same bandwidth, but data platforms (databases, file shares) need a second
//! sync from staging until promotion.

use crate::domain::asset::{Asset, AssetKind, Disposition};
use crate::domain::finding::{Finding, Severity, Subject};
use crate::domain::labels::labelled_enum;
use crate::domain::plan::Plan;
use crate::domain::promotion::PromotionModel;
use crate::domain::quantity::{counted, format_amount};
use crate::domain::settings::PlanSettings;

labelled_enum! {
    pub enum ReplicationApproach {
        ServerReplication => "Server replication",
        DatabaseMigration => "Database migration service",
        BulkTransfer => "Bulk data transfer",
        Redeploy => "Redeploy from source",
        Manual => "Manual copy",
    }
}

/// A database at least this large, or changing at least this fast, is "large or busy".
pub const LARGE_DATABASE_GB: f64 = 1_000.0;
pub const BUSY_DATABASE_CHANGE_PERCENT: f64 = 5.0;
const MEGABITS_PER_GB: f64 = 8_000.0;

/// Days a server copy drifts between the first copy and staging under staged or flight
/// promotion (waveplan's estimate).
pub const DAYS_UNTIL_STAGED: f64 = 1.0;

#[derive(Debug, Clone, PartialEq)]
pub struct AssetReplication {
    pub approach: ReplicationApproach,
    pub reason: String,
    /// Days the copy must be kept in sync after the first copy, until promotion.
    pub sync_days: f64,
    pub drift_gb: f64,
    /// Storage plus drift.
    pub transfer_gb: f64,
    pub hours: f64,
}

/// Hours of link time to move `gigabytes` over `settings`' usable bandwidth.
pub fn transfer_hours(gigabytes: f64, settings: &PlanSettings) -> f64 {
    let usable_mbps = settings.bandwidth_mbps * settings.bandwidth_usable_percent / 100.0;
    if usable_mbps <= 0.0 {
        return f64::INFINITY;
    }
    gigabytes * MEGABITS_PER_GB / usable_mbps / 3_600.0
}

fn approach_for(asset: &Asset, promotion: PromotionModel) -> (ReplicationApproach, String) {
    match asset.kind {
        AssetKind::VirtualMachine | AssetKind::PhysicalServer => (
            ReplicationApproach::ServerReplication,
            "Servers are copied whole by the server replication tool and kept in sync.".to_owned(),
        ),
        AssetKind::Database => {
            let large = asset.storage_gb >= LARGE_DATABASE_GB;
            let busy = asset.daily_change_percent >= BUSY_DATABASE_CHANGE_PERCENT;
            if large || busy || promotion.needs_second_sync() {
                let why = match (large, busy) {
                    (true, _) => format!("it is large ({} GB ≥ {LARGE_DATABASE_GB} GB)", format_amount(asset.storage_gb)),
                    (_, true) => format!("it is busy ({} %/day ≥ {BUSY_DATABASE_CHANGE_PERCENT} %)", format_amount(asset.daily_change_percent)),
                    _ => format!("the {} promotion model needs data kept in sync after migration", promotion.label().to_ascii_lowercase()),
                };
                (
                    ReplicationApproach::DatabaseMigration,
                    format!("A database migration service keeps this database in sync: {why}."),
                )
            } else {
                (
                    ReplicationApproach::ServerReplication,
                    "A small, quiet database moves with its server by server replication.".to_owned(),
                )
            }
        }
        AssetKind::Storage => (
            ReplicationApproach::BulkTransfer,
            "File shares and storage move by bulk data transfer, then a final delta sync.".to_owned(),
        ),
        AssetKind::Application => (
            ReplicationApproach::Redeploy,
            "The application is redeployed from its source or package; its data moves with its database.".to_owned(),
        ),
        AssetKind::Other => (
            ReplicationApproach::Manual,
            "No standard tool fits this kind of asset: plan a manual copy.".to_owned(),
        ),
    }
}

/// The approach and time for one asset.
pub fn plan_asset(asset: &Asset, settings: &PlanSettings) -> AssetReplication {
    let (approach, reason) = approach_for(asset, settings.promotion);
    let sync_days = sync_days(asset, settings);
    let drift_gb = drift_gb(asset, sync_days);
    let transfer_gb = asset.storage_gb + drift_gb;
    AssetReplication {
        approach,
        reason,
        sync_days,
        drift_gb,
        transfer_gb,
        hours: transfer_hours(transfer_gb, settings),
    }
}

/// Whether an asset holds a data platform that needs a second sync until promotion under
/// staged or flight promotion.
fn is_data_platform(asset: &Asset) -> bool {
    matches!(asset.kind, AssetKind::Database | AssetKind::Storage)
}

/// Days the copy of `asset` is kept in sync after the first copy.
pub fn sync_days(asset: &Asset, settings: &PlanSettings) -> f64 {
    match settings.promotion {
        PromotionModel::SingleStep => f64::from(settings.wave_days()),
        _ if is_data_platform(asset) => {
            DAYS_UNTIL_STAGED + f64::from(settings.promotion_delay_days)
        }
        _ => DAYS_UNTIL_STAGED,
    }
}

fn drift_gb(asset: &Asset, sync_days: f64) -> f64 {
    asset.storage_gb * asset.daily_change_percent / 100.0 * sync_days
}

/// Whether a wave's replication fits in its length over the usable bandwidth.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WaveReplication {
    pub transfer_gb: f64,
    pub hours_needed: f64,
    pub hours_available: f64,
}

impl WaveReplication {
    pub fn fits(&self) -> bool {
        self.hours_needed <= self.hours_available
    }

    pub fn overrun_hours(&self) -> f64 {
        (self.hours_needed - self.hours_available).max(0.0)
    }

    pub fn summary(&self) -> String {
        if self.fits() {
            format!(
                "{} GB to move takes {} h of the {} h of link time the wave has.",
                format_amount(self.transfer_gb),
                format_amount(self.hours_needed),
                format_amount(self.hours_available)
            )
        } else {
            format!(
                "{} GB to move takes {} h, {} h more than the {} h of link time the wave has ({} % over).",
                format_amount(self.transfer_gb),
                format_amount(self.hours_needed),
                format_amount(self.overrun_hours()),
                format_amount(self.hours_available),
                format_amount(
                    self.overrun_hours() / self.hours_available.max(f64::MIN_POSITIVE) * 100.0
                )
            )
        }
    }
}

/// What replicating `asset` moves: its storage, plus what changes until it is promoted.
pub fn asset_transfer_gb(asset: &Asset, settings: &PlanSettings) -> f64 {
    asset.storage_gb + drift_gb(asset, sync_days(asset, settings))
}

impl WaveReplication {
    /// A wave that moves `transfer_gb` in all.
    pub fn of(transfer_gb: f64, settings: &PlanSettings) -> Self {
        WaveReplication {
            transfer_gb,
            hours_needed: transfer_hours(transfer_gb, settings),
            hours_available: f64::from(settings.wave_days()) * settings.replication_hours_per_day,
        }
    }
}

/// An asset whose data is copied (a server, database or file share; applications are
/// redeployed) but whose size is not known: 0 GB, a blank cell or never entered.
pub fn size_unknown(asset: &Asset) -> bool {
    asset.storage_gb <= 0.0 && !matches!(asset.kind, AssetKind::Application | AssetKind::Other)
}

/// Assets whose data is copied (servers, databases, file shares) that move but have no size
/// (0 GB: a blank cell in an inventory, or never entered). Their copy would take no time, so the
/// replication estimates and each wave's link time would leave them out without saying so.
pub fn findings(plan: &Plan) -> Vec<Finding> {
    let unsized_assets: Vec<&Asset> = plan
        .assets()
        .filter(|asset| {
            size_unknown(asset)
                && asset.disposition == Disposition::Migrate
                && asset
                    .workload
                    .and_then(|id| plan.workload(id))
                    .is_none_or(|workload| workload.migrates())
        })
        .collect();
    if unsized_assets.is_empty() {
        return Vec::new();
    }
    vec![Finding::new(
        Severity::Warning,
        Subject::Plan,
        format!(
            "{} no data size, so the time to copy {} is not in the plan: {}.",
            counted(unsized_assets.len(), "asset has", "assets have"),
            if unsized_assets.len() == 1 { "it" } else { "them" },
            crate::domain::waves::join(unsized_assets.iter().map(|asset| &asset.name))
        ),
        "Replication time comes from each asset's data size and the bandwidth: 0 GB counts as nothing to copy, so the replication estimates and each wave's link time leave these assets out.",
        "Enter their storage on the Inventory page or in their workload's assets, or import an inventory that has the size.",
    )]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::asset::AssetId;
    use crate::domain::name::Name;

    fn asset(kind: AssetKind, storage_gb: f64, change: f64) -> Asset {
        let mut asset = Asset::new(AssetId(1), kind, Name::parse("a").unwrap());
        asset.storage_gb = storage_gb;
        asset.daily_change_percent = change;
        asset
    }

    #[test]
    fn bits_and_bytes_are_done_right() {
        // 1,000 GB over 1 Gbps at 100 %: 8,000,000 megabits / 1,000 Mbps = 8,000 s.
        let settings = PlanSettings {
            bandwidth_mbps: 1_000.0,
            bandwidth_usable_percent: 100.0,
            ..PlanSettings::default()
        };
        assert!((transfer_hours(1_000.0, &settings) - 8_000.0 / 3_600.0).abs() < 1e-9);
        let half = PlanSettings {
            bandwidth_usable_percent: 50.0,
            ..settings
        };
        assert!((transfer_hours(1_000.0, &half) - 16_000.0 / 3_600.0).abs() < 1e-9);
    }

    #[test]
    fn approach_follows_kind_size_and_promotion_model() {
        use AssetKind::*;
        use PromotionModel::{SingleStep, Staged};
        use ReplicationApproach::*;
        let cases = [
            (VirtualMachine, 100.0, 1.0, SingleStep, ServerReplication),
            (PhysicalServer, 100.0, 1.0, SingleStep, ServerReplication),
            (Database, 50.0, 1.0, SingleStep, ServerReplication),
            (Database, 2_000.0, 1.0, SingleStep, DatabaseMigration),
            (Database, 50.0, 10.0, SingleStep, DatabaseMigration),
            (Database, 50.0, 1.0, Staged, DatabaseMigration),
            (Storage, 5_000.0, 0.0, SingleStep, BulkTransfer),
            (Application, 1.0, 0.0, SingleStep, Redeploy),
            (Other, 1.0, 0.0, SingleStep, Manual),
        ];
        for (kind, storage_gb, change, promotion, expected) in cases {
            let settings = PlanSettings {
                promotion,
                ..PlanSettings::default()
            };
            let asset = asset(kind, storage_gb, change);
            let planned = plan_asset(&asset, &settings);
            assert_eq!(
                planned.approach, expected,
                "{kind:?} {storage_gb} GB, {promotion:?}: {}",
                planned.reason
            );
            assert!(!planned.reason.is_empty());
        }
    }

    /// CAF, promotion models: single-step replicates until it promotes; staged and flight stop
    /// replicating once staged (more assets fit the same bandwidth), and data platforms need a
    /// second sync until promotion.
    #[test]
    fn staged_promotion_stops_server_replication_once_staged_but_syncs_data_until_promotion() {
        let single = PlanSettings::default();
        let staged = PlanSettings {
            promotion: PromotionModel::Staged,
            ..PlanSettings::default()
        };
        // The case: a 10 TB VM changing 3 % a day, waves of 28 days.
        let vm = asset(AssetKind::VirtualMachine, 10_000.0, 3.0);
        assert_eq!(
            plan_asset(&vm, &single).transfer_gb,
            10_000.0 + 300.0 * 28.0
        );
        assert_eq!(plan_asset(&vm, &staged).transfer_gb, 10_300.0);
        let db = asset(AssetKind::Database, 1_000.0, 2.0);
        let synced = plan_asset(&db, &staged);
        assert_eq!((synced.sync_days, synced.drift_gb), (15.0, 300.0));
        assert_eq!(synced.approach, ReplicationApproach::DatabaseMigration);
    }

    #[test]
    fn a_wave_that_does_not_fit_says_by_how_much() {
        let settings = PlanSettings {
            bandwidth_mbps: 10.0,
            bandwidth_usable_percent: 100.0,
            ..PlanSettings::default()
        };
        // 28 days × 24 h = 672 h available; 10 Mbps moves 4.5 GB per hour, so 3,600 GB needs 800 h.
        let settings = PlanSettings {
            replication_hours_per_day: 24.0,
            ..settings
        };
        let share = asset(AssetKind::Storage, 3_600.0, 0.0);
        let wave = WaveReplication::of(asset_transfer_gb(&share, &settings), &settings);
        assert!(!wave.fits());
        assert!(
            (wave.overrun_hours() - 128.0).abs() < 1e-6,
            "{}",
            wave.overrun_hours()
        );
        assert!(wave.summary().contains("128 h more"), "{}", wave.summary());
    }
}
