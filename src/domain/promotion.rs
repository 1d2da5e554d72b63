//! CAF promotion models: how a staged workload becomes the production one. The choice decides
//! how long replication must keep data in sync, and so which replication approach fits.

use crate::domain::labels::labelled_enum;

labelled_enum! {
    #[derive(Default)]
    pub enum PromotionModel {
        #[default]
        SingleStep => "Single-step", Staged => "Staged", Flight => "Flight",
    }
}

/// What a model is, and what speaks for and against it, for a team choosing one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromotionProfile {
    pub summary: &'static str,
    pub for_it: &'static [&'static str],
    pub against_it: &'static [&'static str],
    /// What "staged" means under this model.
    pub staging_means: &'static str,
}

impl PromotionModel {
    pub fn profile(self) -> PromotionProfile {
        match self {
            PromotionModel::SingleStep => PromotionProfile {
                summary: "The migration tool replicates, stages and promotes in one step; the link to the source is then cut.",
                for_it: &[
                    "Fastest path and the least change for the team",
                    "Continuous replication keeps data loss small",
                    "A failed staging can be deleted and replicated again",
                ],
                against_it: &[
                    "The tool's test sandbox cannot host complex business tests",
                    "Replicating many assets at once uses a lot of bandwidth",
                    "The migration team needs production access (separation of duties)",
                ],
                staging_means: "A test failover in the migration tool's isolated network, promoted right after.",
            },
            PromotionModel::Staged => PromotionProfile {
                summary: "Workloads are migrated once staged; performance and business tests and tuning follow; promotion comes later, often a subscription at a time.",
                for_it: &[
                    "Better business testing and tuning before users arrive",
                    "More assets can be replicated with the same bandwidth",
                ],
                against_it: &[
                    "The tool stops replicating after migration, so data platforms need a second sync until promotion",
                    "Network and identity changes happen at promotion",
                ],
                staging_means: "The migrated workload runs in a staging subscription until it is promoted.",
            },
            PromotionModel::Flight => PromotionProfile {
                summary: "Like staged, but users move in flights, a share of traffic at a time; done when all traffic has moved.",
                for_it: &[
                    "Less big-bang risk",
                    "Longer monitoring and better sizing under real load",
                ],
                against_it: &[
                    "Data must stay in sync until the last flight",
                    "Routing traffic in flights needs its own plan",
                ],
                staging_means: "The workload serves a first flight of users while the rest stay on premises.",
            },
        }
    }

    /// Whether the migration tool stops replicating once the workload is staged, so data
    /// platforms need a second sync until promotion (staged and flight).
    pub fn needs_second_sync(self) -> bool {
        !matches!(self, PromotionModel::SingleStep)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_model_explains_itself() {
        for model in PromotionModel::ALL {
            let profile = model.profile();
            assert!(!profile.summary.is_empty());
            assert!(
                !profile.for_it.is_empty() && !profile.against_it.is_empty(),
                "{model}"
            );
        }
        assert!(!PromotionModel::SingleStep.needs_second_sync());
        assert!(PromotionModel::Flight.needs_second_sync());
    }
}
