//! A small builder for test plans: every change still goes through `Plan::apply`.
#![allow(dead_code)]

use waveplan::domain::asset::{Asset, AssetId, AssetKind, RemediationCategory, RemediationItem};
use waveplan::domain::dependency::{Dependency, DependencyStrength};
use waveplan::domain::name::Name;
use waveplan::domain::plan::{Action, Plan};
use waveplan::domain::readiness::Answer;
use waveplan::domain::settings::PlanSettings;
use waveplan::domain::workload::{Workload, WorkloadId};

pub struct Builder {
    pub plan: Plan,
}

pub fn name(text: &str) -> Name {
    Name::parse(text).expect("test names are valid")
}

impl Builder {
    pub fn new() -> Self {
        Self {
            plan: Plan::default(),
        }
    }

    pub fn settings(&mut self, change: impl FnOnce(&mut PlanSettings)) -> &mut Self {
        let mut settings = self.plan.settings().clone();
        change(&mut settings);
        self.plan
            .apply(Action::UpdateSettings(settings))
            .expect("valid settings");
        self
    }

    pub fn workload(&mut self, text: &str) -> WorkloadId {
        self.workload_with(text, |_| {})
    }

    pub fn workload_with(&mut self, text: &str, change: impl FnOnce(&mut Workload)) -> WorkloadId {
        let id = self.plan.next_workload_id();
        let mut workload = Workload::new(id, name(text));
        change(&mut workload);
        self.plan
            .apply(Action::AddWorkload(workload))
            .expect("valid workload");
        id
    }

    pub fn asset(
        &mut self,
        workload: WorkloadId,
        text: &str,
        kind: AssetKind,
        storage_gb: f64,
    ) -> AssetId {
        let id = self.plan.next_asset_id();
        let mut asset = Asset::new(id, kind, name(text));
        asset.workload = Some(workload);
        asset.storage_gb = storage_gb;
        self.plan
            .apply(Action::AddAsset(asset))
            .expect("valid asset");
        id
    }

    /// A workload with one VM of `storage_gb`; returns both ids.
    pub fn simple(&mut self, text: &str) -> (WorkloadId, AssetId) {
        let workload = self.workload(text);
        let asset = self.asset(
            workload,
            &format!("{text}-vm"),
            AssetKind::VirtualMachine,
            100.0,
        );
        (workload, asset)
    }

    pub fn item(
        &mut self,
        asset: AssetId,
        title: &str,
        hours: f64,
        category: RemediationCategory,
    ) -> &mut Self {
        let mut updated = self.plan.asset(asset).expect("asset exists").clone();
        updated.remediation.push(RemediationItem {
            title: title.into(),
            effort_hours: hours,
            category,
            done: false,
        });
        self.plan
            .apply(Action::UpdateAsset(updated))
            .expect("valid item");
        self
    }

    pub fn depends(
        &mut self,
        from: AssetId,
        to: AssetId,
        strength: DependencyStrength,
    ) -> &mut Self {
        self.plan
            .apply(Action::SetDependency(Dependency::new(from, to, strength)))
            .expect("valid dependency");
        self
    }

    pub fn answer(&mut self, question: &str, choice: &str) -> &mut Self {
        let answer = Answer {
            choice: choice.into(),
            note: String::new(),
            owner: String::new(),
        };
        self.plan
            .apply(Action::Answer {
                question: question.into(),
                answer,
            })
            .expect("valid answer");
        self
    }

    pub fn change(
        &mut self,
        workload: WorkloadId,
        change: impl FnOnce(&mut Workload),
    ) -> &mut Self {
        let mut updated = self
            .plan
            .workload(workload)
            .expect("workload exists")
            .clone();
        change(&mut updated);
        self.plan
            .apply(Action::UpdateWorkload(updated))
            .expect("valid workload");
        self
    }
}
