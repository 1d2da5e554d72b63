//! Suggested workloads: servers nobody has assigned yet, grouped from the evidence the plan
//! holds, each group with its evidence in words. Signals, strongest first:
//! - hard-dependency cycles (they must move together);
//! - an application column, the RVTools folder, or the name stem (`payroll-web-01`);
//! - observed traffic (dependency analysis), weighted by connection count: a server without a
//!   name of its own joins the group it talks to most;
//! - shared infrastructure (a server many groups talk to: directory, DNS, shared SQL, files) is
//!   offered as its own "Shared services" workload instead of gluing every group into one.
//!
//! Traffic never merges two groups that each have a name of their own (an integration between
//! payroll and HR does not make them one workload), and clusters are not used: a cluster hosts
//! many applications. Only unassigned servers are proposed, so running it again after more data
//! arrives proposes only what is new. `review` holds the person's edits and the acceptance.

use std::collections::{BTreeMap, HashMap};

use crate::domain::asset::{Asset, AssetId};
use crate::domain::dependency::DependencyStrength;
use crate::domain::graph::strongly_connected;
use crate::domain::graph::DisjointSets;
use crate::domain::name::name_key;
use crate::domain::plan::Plan;
use crate::domain::quantity::{counted, format_amount};
use crate::domain::waves::join;
use crate::domain::workload::{Environment, WorkloadId};

pub mod names;
pub mod review;

/// Where a proposal's servers go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    NewWorkload,
    Existing(WorkloadId),
}

/// One suggested group of servers.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// Stable within one review, for the person's edits.
    pub id: u32,
    pub name: String,
    pub target: Target,
    pub assets: Vec<AssetId>,
    /// Why these servers belong together, in words.
    pub evidence: Vec<String>,
    /// What names or folders say, when they say it.
    pub environment: Option<Environment>,
    pub shared_services: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Suggestions {
    pub proposals: Vec<Proposal>,
    /// Unassigned servers nothing links to a group: no name stem, no column, no traffic.
    pub without_evidence: Vec<AssetId>,
}

/// The name of the shared-infrastructure workload.
pub const SHARED_SERVICES: &str = "Shared services";

/// A name of its own: where it came from, its key and how to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Identity {
    kind: Kind,
    key: String,
    display: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Column,
    Folder,
    Stem,
}

/// Columns that name the application a server belongs to.
const APPLICATION_COLUMNS: &[&str] = &[
    "application",
    "app",
    "business application",
    "service",
    "business service",
];

/// Folder names that say nothing about the application.
const GENERIC_FOLDERS: &[&str] = &[
    "vm",
    "vms",
    "discovered virtual machine",
    "templates",
    "servers",
    "datacenter",
    "windows",
    "linux",
    "production",
    "prod",
    "test",
    "dev",
];

fn attribute<'a>(asset: &'a Asset, names: &[&str]) -> Option<&'a str> {
    asset
        .attributes
        .iter()
        .find(|(key, value)| {
            names.contains(&key.to_ascii_lowercase().trim()) && !value.trim().is_empty()
        })
        .map(|(_, value)| value.trim())
}

fn folder_name(asset: &Asset) -> Option<&str> {
    let folder = attribute(asset, &["folder"])?;
    let last = folder
        .rsplit(['/', '\\'])
        .find(|part| !part.trim().is_empty())?;
    let last = last.trim();
    (!GENERIC_FOLDERS.contains(&last.to_ascii_lowercase().as_str())).then_some(last)
}

/// What the plan knows about each server, by position in the plan's assets (id order).
struct Estate<'p> {
    plan: &'p Plan,
    assets: Vec<&'p Asset>,
    candidate: Vec<bool>,
    /// Undirected traffic: (neighbour, connections).
    traffic: Vec<Vec<(usize, u64)>>,
    identity: Vec<Option<Identity>>,
}

impl<'p> Estate<'p> {
    fn new(plan: &'p Plan) -> Self {
        let assets: Vec<&Asset> = plan.assets().collect();
        let position: HashMap<AssetId, usize> =
            assets.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
        let candidate: Vec<bool> = assets.iter().map(|a| a.is_unassigned()).collect();
        let mut weights: HashMap<(usize, usize), u64> = HashMap::new();
        for dependency in plan.dependencies() {
            if let (Some(&a), Some(&b)) =
                (position.get(&dependency.from), position.get(&dependency.to))
            {
                let key = (a.min(b), a.max(b));
                let entry = weights.entry(key).or_default();
                *entry = entry.saturating_add(dependency.connections.max(1));
            }
        }
        let mut traffic = vec![Vec::new(); assets.len()];
        let mut pairs: Vec<((usize, usize), u64)> = weights.into_iter().collect();
        pairs.sort_unstable();
        for ((a, b), weight) in pairs {
            traffic[a].push((b, weight));
            traffic[b].push((a, weight));
        }
        let mut estate = Self {
            plan,
            assets,
            candidate,
            traffic,
            identity: Vec::new(),
        };
        estate.identity = estate.identities();
        estate
    }

    /// Each candidate's name of its own: an application column, else a folder, else a name
    /// stem. A folder or stem that half the estate shares says nothing and is not used.
    fn identities(&self) -> Vec<Option<Identity>> {
        let raw: Vec<Option<Identity>> = self
            .assets
            .iter()
            .zip(&self.candidate)
            .map(|(asset, &candidate)| {
                if !candidate {
                    return None;
                }
                let make = |kind, text: &str| Identity {
                    kind,
                    key: name_key(text),
                    display: text.to_owned(),
                };
                attribute(asset, APPLICATION_COLUMNS)
                    .map(|text| make(Kind::Column, text))
                    .or_else(|| folder_name(asset).map(|text| make(Kind::Folder, text)))
                    .or_else(|| {
                        names::stem(asset.name.as_str()).map(|text| make(Kind::Stem, &text))
                    })
            })
            .collect();
        let candidates = self.candidate.iter().filter(|c| **c).count();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for identity in raw.iter().flatten() {
            *counts.entry(identity.key.as_str()).or_default() += 1;
        }
        let generic = |identity: &Identity| {
            identity.kind != Kind::Column
                && candidates >= 20
                && counts.get(identity.key.as_str()).copied().unwrap_or(0) * 10 > candidates * 3
        };
        raw.iter()
            .map(|identity| identity.clone().filter(|identity| !generic(identity)))
            .collect()
    }

    /// What group a server stands for when counting how many groups talk to another: its
    /// workload or its name of its own. A nameless unassigned server is no group yet.
    fn group_key(&self, i: usize) -> Option<String> {
        match (self.assets[i].workload, &self.identity[i]) {
            (Some(workload), _) => Some(format!("w{}", workload.0)),
            (None, Some(identity)) => Some(format!("i{}", identity.key)),
            (None, None) => None,
        }
    }

    /// The groups a server talks to, other than its own and other than shared servers.
    fn groups_talked_to(&self, i: usize, hubs: &[bool]) -> Vec<String> {
        let own = self.group_key(i);
        let mut groups: Vec<String> = self.traffic[i]
            .iter()
            .filter(|&&(j, _)| !hubs.get(j).copied().unwrap_or(false))
            .filter_map(|&(j, _)| self.group_key(j))
            .filter(|group| Some(group) != own.as_ref())
            .collect();
        groups.sort_unstable();
        groups.dedup();
        groups
    }

    /// The share of a server's traffic that goes to the one group it talks to most.
    fn dominant_share(&self, i: usize, hubs: &[bool]) -> f64 {
        let mut by_group: HashMap<String, u64> = HashMap::new();
        let mut total = 0u64;
        for &(j, weight) in &self.traffic[i] {
            if hubs.get(j).copied().unwrap_or(false) {
                continue;
            }
            if let Some(group) = self.group_key(j) {
                *by_group.entry(group).or_default() += weight;
                total = total.saturating_add(weight);
            }
        }
        let top = by_group.values().copied().max().unwrap_or(0);
        top as f64 / total.max(1) as f64
    }

    /// Shared infrastructure: a candidate without a name of its own (or named like
    /// infrastructure) that at least three groups talk to, none of them most of its traffic,
    /// or two if its name says so. The busiest are found first, and the groups a server talks
    /// to do not count other shared servers: everything talks to the directory, which does not
    /// make every server shared. A nameless server that mostly talks to one application and
    /// has a few integrations belongs to that application.
    fn hubs(&self) -> Vec<bool> {
        let n = self.assets.len();
        let mut hubs = vec![false; n];
        let mut order: Vec<(usize, usize)> = (0..n)
            .filter(|&i| self.candidate[i])
            .map(|i| (self.groups_talked_to(i, &hubs).len(), i))
            .collect();
        order.sort_unstable_by_key(|&(groups, i)| (std::cmp::Reverse(groups), i));
        for (_, i) in order {
            let infrastructure = names::looks_like_infrastructure(self.assets[i].name.as_str());
            if self.identity[i].is_some() && !infrastructure {
                continue;
            }
            let groups = self.groups_talked_to(i, &hubs).len();
            hubs[i] = if infrastructure {
                groups >= 2
            } else {
                groups >= 3 && self.dominant_share(i, &hubs) < 0.5
            };
        }
        hubs
    }
}

/// Suggests workloads for the plan's unassigned servers.
pub fn suggest(plan: &Plan) -> Suggestions {
    let estate = Estate::new(plan);
    let n = estate.assets.len();
    let hubs = estate.hubs();
    let member = |i: usize| estate.candidate[i] && !hubs[i];
    let mut sets = DisjointSets::new(n);
    let mut cycles = hard_cycles(&estate, &member, &mut sets);
    let nameless = |i: usize| member(i) && estate.identity[i].is_none();
    join_by_name_and_traffic(&estate, &mut sets, &member, &nameless);
    // Each nameless server's component, before components join named groups.
    let component_of: Vec<usize> = (0..n).map(|i| sets.find(i)).collect();
    let weight_to = traffic_by_destination(&estate, &mut sets, &member, &nameless);
    let (joins, attached) = attach_nameless(weight_to, &mut sets);
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in (0..n).filter(|&i| member(i)) {
        groups.entry(sets.find(i)).or_default().push(i);
    }
    let mut builder = ProposalBuilder::new(&estate);
    let mut without_evidence = Vec::new();
    for (root, members) in groups {
        let alone = members.len() == 1 && estate.identity[members[0]].is_none();
        if alone && estate.traffic[members[0]].is_empty() {
            without_evidence.push(estate.assets[members[0]].id);
            continue;
        }
        let join = joins.get(&root).copied();
        let attachments: Vec<(Vec<usize>, u64)> = attached
            .iter()
            .filter(|(_, group, _)| sets.find(*group) == root)
            .map(|&(component, _, weight)| {
                let servers = members
                    .iter()
                    .copied()
                    .filter(|&i| nameless(i) && component_of[i] == component)
                    .collect();
                (servers, weight)
            })
            .collect();
        builder.group(&members, join, &attachments, &mut cycles);
    }
    let hub_members: Vec<usize> = (0..n).filter(|&i| hubs[i]).collect();
    if !hub_members.is_empty() {
        builder.shared_services(&hub_members, &hubs);
    }
    Suggestions {
        proposals: builder.proposals,
        without_evidence,
    }
}

/// Servers with the same name of their own join; servers without one join the nameless
/// servers they talk to (and later the group they talk to most, `attach_nameless`).
fn join_by_name_and_traffic(
    estate: &Estate,
    sets: &mut DisjointSets,
    member: &impl Fn(usize) -> bool,
    nameless: &impl Fn(usize) -> bool,
) {
    let n = estate.assets.len();
    let mut by_identity: HashMap<&str, usize> = HashMap::new();
    for i in (0..n).filter(|&i| member(i)) {
        if let Some(identity) = &estate.identity[i] {
            let first = *by_identity.entry(identity.key.as_str()).or_insert(i);
            sets.union(first, i);
        }
    }
    for i in (0..n).filter(|&i| nameless(i)) {
        for &(j, _) in &estate.traffic[i] {
            if nameless(j) {
                sets.union(i, j);
            }
        }
    }
}

/// For each nameless component, its traffic by where it goes: a named group, or a workload.
fn traffic_by_destination(
    estate: &Estate,
    sets: &mut DisjointSets,
    member: &impl Fn(usize) -> bool,
    nameless: &impl Fn(usize) -> bool,
) -> BTreeMap<usize, BTreeMap<Destination, u64>> {
    let mut weight_to: BTreeMap<usize, BTreeMap<Destination, u64>> = BTreeMap::new();
    for i in (0..estate.assets.len()).filter(|&i| nameless(i)) {
        let root = sets.find(i);
        for &(j, weight) in &estate.traffic[i] {
            let destination = if member(j) && estate.identity[j].is_some() {
                Destination::Group(sets.find(j))
            } else if let Some(workload) = estate.assets[j].workload {
                Destination::Workload(workload)
            } else {
                continue;
            };
            *weight_to
                .entry(root)
                .or_default()
                .entry(destination)
                .or_default() += weight;
        }
    }
    weight_to
}

/// A nameless component's root → the workload it joins and the traffic that says so.
type Joins = HashMap<usize, (WorkloadId, u64)>;
/// (component root, the named group it attached to, the traffic that says so).
type Attached = Vec<(usize, usize, u64)>;

/// Each nameless component goes where most of its traffic goes: into a named group (it joins
/// the set; `Attached` remembers the weight) or to a workload of the plan (`Joins`).
fn attach_nameless(
    weight_to: BTreeMap<usize, BTreeMap<Destination, u64>>,
    sets: &mut DisjointSets,
) -> (Joins, Attached) {
    let mut joins = Joins::new();
    let mut attached = Attached::new();
    for (root, weights) in weight_to {
        let Some((&destination, &weight)) = weights
            .iter()
            .max_by_key(|(d, w)| (**w, std::cmp::Reverse(**d)))
        else {
            continue;
        };
        match destination {
            Destination::Group(group) => {
                attached.push((root, group, weight));
                sets.union(root, group);
            }
            Destination::Workload(workload) => {
                joins.insert(root, (workload, weight));
            }
        }
    }
    (joins, attached)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Destination {
    Group(usize),
    Workload(WorkloadId),
}

/// Hard-dependency cycles among the proposed servers move together. Returns each cycle's
/// members, for the evidence.
fn hard_cycles(
    estate: &Estate,
    member: &dyn Fn(usize) -> bool,
    sets: &mut DisjointSets,
) -> Vec<Vec<usize>> {
    let n = estate.assets.len();
    let position: HashMap<AssetId, usize> = estate
        .assets
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id, i))
        .collect();
    let mut adjacency = vec![Vec::new(); n];
    for dependency in estate
        .plan
        .dependencies()
        .filter(|d| d.strength == DependencyStrength::Hard)
    {
        if let (Some(&a), Some(&b)) = (position.get(&dependency.from), position.get(&dependency.to))
        {
            if member(a) && member(b) {
                adjacency[a].push(b);
            }
        }
    }
    let (component, count) = strongly_connected(&adjacency);
    let mut cycles: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (i, &c) in component.iter().enumerate() {
        cycles[c].push(i);
    }
    cycles.retain(|cycle| cycle.len() > 1);
    for cycle in &cycles {
        for pair in cycle.windows(2) {
            sets.union(pair[0], pair[1]);
        }
    }
    cycles
}

/// Turns groups of servers into proposals with names and evidence.
struct ProposalBuilder<'e> {
    estate: &'e Estate<'e>,
    proposals: Vec<Proposal>,
    /// Name keys taken by the plan's workloads and earlier proposals.
    taken: HashMap<String, Option<WorkloadId>>,
}

impl<'e> ProposalBuilder<'e> {
    fn new(estate: &'e Estate<'e>) -> Self {
        let taken = estate
            .plan
            .workloads()
            .map(|w| (w.name.key(), Some(w.id)))
            .collect();
        Self {
            estate,
            proposals: Vec::new(),
            taken,
        }
    }

    fn names(&self, members: &[usize]) -> String {
        join(members.iter().map(|&i| self.estate.assets[i].name.as_str()))
    }

    fn group(
        &mut self,
        members: &[usize],
        join_workload: Option<(WorkloadId, u64)>,
        attachments: &[(Vec<usize>, u64)],
        cycles: &mut Vec<Vec<usize>>,
    ) {
        let estate = self.estate;
        let (best, mut evidence) = self.identity_evidence(members);
        let (pairs, connections) = internal_traffic(estate, members);
        if pairs > 0 {
            evidence.push(format!(
                "{} of these servers talk to each other: {} connections in the dependency analysis.",
                counted(pairs, "pair", "pairs"),
                format_amount(connections as f64)
            ));
        }
        for (servers, weight) in attachments {
            let says = if servers.len() == 1 {
                "has no name of its own and talks"
            } else {
                "have no names of their own and talk"
            };
            evidence.push(format!(
                "{} {says} most with this group ({} connections).",
                self.names(servers),
                format_amount(*weight as f64)
            ));
        }
        cycles.retain(|cycle| {
            let inside = cycle.iter().all(|i| members.contains(i));
            if inside {
                evidence.push(format!(
                    "{} hard-depend on each other, so they move together.",
                    self.names(cycle)
                ));
            }
            !inside
        });
        let (name, target) = self.name_and_target(members, best, join_workload, &mut evidence);
        let environment = environment_of(estate, members);
        self.push(name, target, members, evidence, environment, false);
    }

    /// The group's names of its own (application column, folder, name stem) as evidence, and
    /// the most common one, which names the group.
    fn identity_evidence(&self, members: &[usize]) -> (Option<String>, Vec<String>) {
        let estate = self.estate;
        let mut identities: BTreeMap<(Kind, String), (usize, String)> = BTreeMap::new();
        for &i in members {
            if let Some(identity) = &estate.identity[i] {
                let entry = identities
                    .entry((identity.kind, identity.key.clone()))
                    .or_insert((0, identity.display.clone()));
                entry.0 += 1;
            }
        }
        let evidence = identities
            .iter()
            .map(|((kind, _), (count, display))| match kind {
                Kind::Column => format!(
                    "The application column says “{display}” for {}.",
                    counted(*count, "server", "servers")
                ),
                Kind::Folder => format!(
                    "The folder is “{display}” for {}.",
                    counted(*count, "server", "servers")
                ),
                Kind::Stem => {
                    let named: Vec<usize> = members
                        .iter()
                        .copied()
                        .filter(|&i| {
                            estate.identity[i]
                                .as_ref()
                                .is_some_and(|id| id.kind == Kind::Stem && id.display == *display)
                        })
                        .collect();
                    format!("Names start with “{display}”: {}.", self.names(&named))
                }
            })
            .collect();
        let best = identities
            .iter()
            .max_by_key(|((kind, key), (count, _))| {
                (
                    *count,
                    std::cmp::Reverse(*kind),
                    std::cmp::Reverse(key.clone()),
                )
            })
            .map(|((kind, _), (_, display))| {
                if *kind == Kind::Stem {
                    names::title(display)
                } else {
                    display.clone()
                }
            });
        (best, evidence)
    }

    /// What the group is called and where it goes: its own name, the workload most of its
    /// traffic goes to, or its busiest server's; an existing workload of that name is joined.
    fn name_and_target(
        &self,
        members: &[usize],
        best: Option<String>,
        join_workload: Option<(WorkloadId, u64)>,
        evidence: &mut Vec<String>,
    ) -> (String, Target) {
        let estate = self.estate;
        let mut target = Target::NewWorkload;
        let name = match (best, join_workload) {
            (Some(name), _) => name,
            (None, Some((workload, weight))) => {
                let existing = estate
                    .plan
                    .workload(workload)
                    .map_or_else(String::new, |w| w.name.to_string());
                evidence.push(format!(
                    "Most of their traffic goes to workload “{existing}” ({} connections).",
                    format_amount(weight as f64)
                ));
                target = Target::Existing(workload);
                existing
            }
            (None, None) => {
                let busiest = members
                    .iter()
                    .copied()
                    .max_by_key(|&i| (estate.traffic[i].len(), std::cmp::Reverse(i)))
                    .unwrap_or(members[0]);
                format!("Servers around {}", estate.assets[busiest].name)
            }
        };
        if target == Target::NewWorkload {
            if let Some(Some(existing)) = self.taken.get(&name_key(&name)) {
                evidence.push(format!("The workload “{name}” exists: they join it."));
                target = Target::Existing(*existing);
            }
        }
        (name, target)
    }

    /// The shared servers, each with the groups that talk to it: the workloads and proposed
    /// groups its neighbours are in.
    fn shared_services(&mut self, hubs: &[usize], is_hub: &[bool]) {
        let estate = self.estate;
        let mut group_name: HashMap<AssetId, &str> = HashMap::new();
        for proposal in &self.proposals {
            for asset in &proposal.assets {
                group_name.insert(*asset, proposal.name.as_str());
            }
        }
        let evidence = hubs
            .iter()
            .map(|&i| {
                let mut groups: Vec<String> = estate.traffic[i]
                    .iter()
                    .filter(|&&(j, _)| !is_hub[j])
                    .filter_map(|&(j, _)| {
                        let asset = estate.assets[j];
                        match asset.workload.and_then(|id| estate.plan.workload(id)) {
                            Some(workload) => Some(workload.name.to_string()),
                            None => group_name.get(&asset.id).map(|name| (*name).to_owned()),
                        }
                    })
                    .collect();
                groups.sort_unstable();
                groups.dedup();
                format!(
                    "{} is used by {} ({}): shared infrastructure, offered as its own workload rather than glue between them.",
                    estate.assets[i].name,
                    counted(groups.len(), "group", "groups"),
                    join(groups)
                )
            })
            .collect();
        let target = match self.taken.get(&name_key(SHARED_SERVICES)) {
            Some(Some(existing)) => Target::Existing(*existing),
            _ => Target::NewWorkload,
        };
        self.push(
            SHARED_SERVICES.to_owned(),
            target,
            hubs,
            evidence,
            Some(Environment::Production),
            true,
        );
    }

    fn push(
        &mut self,
        name: String,
        target: Target,
        members: &[usize],
        evidence: Vec<String>,
        environment: Option<Environment>,
        shared_services: bool,
    ) {
        let name = match target {
            Target::Existing(_) => name,
            Target::NewWorkload => self.free_name(name),
        };
        self.taken.entry(name_key(&name)).or_insert(None);
        let mut assets: Vec<AssetId> = members.iter().map(|&i| self.estate.assets[i].id).collect();
        assets.sort_unstable();
        self.proposals.push(Proposal {
            id: self.proposals.len() as u32 + 1,
            name,
            target,
            assets,
            evidence,
            environment,
            shared_services,
        });
    }

    /// `name`, or "name (2)" and so on when a workload or an earlier proposal has it.
    fn free_name(&self, name: String) -> String {
        if !self.taken.contains_key(&name_key(&name)) {
            return name;
        }
        (2..)
            .map(|n| format!("{name} ({n})"))
            .find(|candidate| !self.taken.contains_key(&name_key(candidate)))
            .unwrap_or(name)
    }
}

/// Pairs of members that talk to each other, and their connections.
fn internal_traffic(estate: &Estate, members: &[usize]) -> (usize, u64) {
    let mut pairs = 0;
    let mut connections = 0u64;
    for &i in members {
        for &(j, weight) in &estate.traffic[i] {
            if i < j && members.binary_search(&j).is_ok() {
                pairs += 1;
                connections = connections.saturating_add(weight);
            }
        }
    }
    (pairs, connections)
}

/// The environment the members' names and folders agree on, if they say one.
fn environment_of(estate: &Estate, members: &[usize]) -> Option<Environment> {
    let mut seen = None;
    for &i in members {
        let asset = estate.assets[i];
        let said = names::environment(asset.name.as_str())
            .or_else(|| attribute(asset, &["folder"]).and_then(names::environment));
        match (seen, said) {
            (_, None) => {}
            (None, Some(environment)) => seen = Some(environment),
            (Some(a), Some(b)) if a != b => return None,
            _ => {}
        }
    }
    seen
}
