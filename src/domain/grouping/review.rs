//! A person's review of suggested workloads: rename, merge, split, drop a server, reject; then
//! accept all or some as one change to the plan. Acceptance is a batch of actions, so it is one
//! undo step, and it never loses or duplicates a server: each accepted server moves to exactly
//! one workload, every other server stays as it was.

use std::collections::BTreeSet;

use thiserror::Error;

use crate::domain::action::Action;
use crate::domain::asset::AssetId;
use crate::domain::grouping::{Proposal, Target};
use crate::domain::name::{name_key, Name, NameError};
use crate::domain::plan::Plan;
use crate::domain::workload::{Criticality, Workload, WorkloadId};

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AcceptError {
    #[error("group “{group}”: {error}")]
    Name { group: String, error: NameError },
    #[error("two groups are called “{0}”: rename one of them")]
    SameName(String),
    #[error(
        "a workload called “{0}” exists already: rename the group, or merge it into that workload"
    )]
    Taken(String),
    #[error("no group is chosen to accept")]
    Nothing,
    #[error("{0} is no longer unassigned (the plan changed since the suggestions were made): suggest again")]
    Changed(String),
}

/// The proposals as the person has edited them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Review {
    pub proposals: Vec<Proposal>,
}

impl Review {
    pub fn new(proposals: Vec<Proposal>) -> Self {
        Self { proposals }
    }

    fn find(&mut self, id: u32) -> Option<&mut Proposal> {
        self.proposals.iter_mut().find(|p| p.id == id)
    }

    fn next_id(&self) -> u32 {
        self.proposals.iter().map(|p| p.id).max().unwrap_or(0) + 1
    }

    pub fn rename(&mut self, id: u32, name: &str) {
        if let Some(proposal) = self.find(id) {
            proposal.name = name.to_owned();
        }
    }

    pub fn reject(&mut self, id: u32) {
        self.proposals.retain(|p| p.id != id);
    }

    /// Takes `server` out of its group; it stays unassigned.
    pub fn drop_server(&mut self, id: u32, server: AssetId) {
        if let Some(proposal) = self.find(id) {
            proposal.assets.retain(|a| *a != server);
        }
        self.proposals.retain(|p| !p.assets.is_empty());
    }

    /// Moves everything of group `from` into group `into`.
    pub fn merge(&mut self, into: u32, from: u32) {
        if into == from {
            return;
        }
        let Some(position) = self.proposals.iter().position(|p| p.id == from) else {
            return;
        };
        if !self.proposals.iter().any(|p| p.id == into) {
            return;
        }
        let gone = self.proposals.remove(position);
        if let Some(proposal) = self.find(into) {
            proposal.assets.extend(gone.assets);
            proposal.assets.sort_unstable();
            proposal.assets.dedup();
            proposal
                .evidence
                .push(format!("Merged with “{}”.", gone.name));
            proposal.evidence.extend(gone.evidence);
            proposal.shared_services |= gone.shared_services;
            if proposal.environment != gone.environment {
                proposal.environment = None;
            }
        }
    }

    /// Moves `servers` of group `id` into a new group named `name`. Returns its id.
    pub fn split(&mut self, id: u32, servers: &[AssetId], name: &str) -> Option<u32> {
        let new_id = self.next_id();
        let proposal = self.find(id)?;
        let moving: Vec<AssetId> = proposal
            .assets
            .iter()
            .copied()
            .filter(|a| servers.contains(a))
            .collect();
        if moving.is_empty() || moving.len() == proposal.assets.len() {
            return None;
        }
        proposal.assets.retain(|a| !moving.contains(a));
        let split = Proposal {
            id: new_id,
            name: name.to_owned(),
            target: Target::NewWorkload,
            assets: moving,
            evidence: vec![format!("Split from “{}” by hand.", proposal.name)],
            environment: proposal.environment,
            shared_services: false,
        };
        self.proposals.push(split);
        Some(new_id)
    }

    /// The plan change that accepts the groups `chosen` (by id): one batch of actions.
    pub fn accept(&self, plan: &Plan, chosen: &BTreeSet<u32>) -> Result<Action, AcceptError> {
        let accepted: Vec<&Proposal> = self
            .proposals
            .iter()
            .filter(|p| chosen.contains(&p.id) && !p.assets.is_empty())
            .collect();
        if accepted.is_empty() {
            return Err(AcceptError::Nothing);
        }
        let mut actions = Vec::new();
        let mut names = BTreeSet::new();
        let mut moved_already = BTreeSet::new();
        let mut next = plan.next_workload_id().0;
        for proposal in accepted {
            let workload = match proposal.target {
                Target::Existing(id) if plan.workload(id).is_some() => id,
                _ => {
                    let name = Name::parse(&proposal.name).map_err(|error| AcceptError::Name {
                        group: proposal.name.clone(),
                        error,
                    })?;
                    if plan.workload_named(&name.key()).is_some() {
                        return Err(AcceptError::Taken(name.to_string()));
                    }
                    if !names.insert(name_key(name.as_str())) {
                        return Err(AcceptError::SameName(name.to_string()));
                    }
                    let id = WorkloadId(next);
                    next += 1;
                    let mut workload = Workload::new(id, name);
                    if let Some(environment) = proposal.environment {
                        workload.environment = environment;
                    }
                    if proposal.shared_services {
                        // Everything else depends on it: it moves early and carefully.
                        workload.priority = 1;
                        workload.criticality = Criticality::High;
                    }
                    actions.push(Action::AddWorkload(workload));
                    id
                }
            };
            for server in &proposal.assets {
                let Some(asset) = plan
                    .asset(*server)
                    .filter(|_| moved_already.insert(*server))
                else {
                    continue;
                };
                if !asset.is_unassigned() {
                    return Err(AcceptError::Changed(asset.name.to_string()));
                }
                let mut moved = asset.clone();
                moved.workload = Some(workload);
                actions.push(Action::UpdateAsset(moved));
            }
        }
        Ok(Action::Batch(actions))
    }
}
