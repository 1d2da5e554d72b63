//! The `Plan` aggregate: everything a migration plan holds. Every change goes through
//! [`Plan::apply`], so undo/redo, autosave, imports and tests share one path, and the plan's
//! invariants (ids unique, nothing dangles, quantities sane) hold after any change.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

pub use crate::domain::action::{Action, NameKind, PlanError};
use crate::domain::asset::{Asset, AssetId};
use crate::domain::asset_index::IndexCell;
use crate::domain::baseline::{Baseline, MAX_BASELINES};
use crate::domain::decision_log::{Decision, WorkshopRecord, MAX_TIMEBOX_MINUTES};
use crate::domain::dependency::Dependency;
use crate::domain::lineage::Lineage;
use crate::domain::name::Name;
use crate::domain::quantity::{
    format_amount, is_amount, MAX_CORES, MAX_EFFORT_HOURS, MAX_MEMORY_GB, MAX_STORAGE_GB,
};
use crate::domain::questions::Answer;
use crate::domain::questions::QuestionBank;
use crate::domain::settings::PlanSettings;
use crate::domain::tracker::{TrackedItem, Tracker, MAX_TRACKED_ITEMS};
use crate::domain::workload::{
    Checkpoint, Environment, Workload, WorkloadId, MAX_CUTOVER_HOURS, MAX_ROLLBACK_STEPS_CHARS,
};

/// The collections sit behind `Arc`s: cloning a plan (the undo history keeps every version)
/// copies pointers, and a change copies only the collection it touches (`Arc::make_mut`).
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    name: Name,
    settings: PlanSettings,
    /// Each workload behind its own `Arc` too: an edit copies the map's pointers and the one
    /// workload it changes, not every workload.
    workloads: Arc<BTreeMap<WorkloadId, Arc<Workload>>>,
    assets: Arc<BTreeMap<AssetId, Asset>>,
    dependencies: Arc<BTreeMap<(AssetId, AssetId), Dependency>>,
    answers: Arc<BTreeMap<String, Answer>>,
    custom_questions: Option<QuestionBank>,
    baselines: Arc<Vec<Baseline>>,
    tracked: Arc<Vec<TrackedItem>>,
    workshop: Arc<WorkshopRecord>,
    lineage: Lineage,
    /// Who holds each name (`Name::key`), so a new name is checked without a scan.
    workload_names: Arc<HashMap<Arc<str>, WorkloadId>>,
    asset_names: Arc<HashMap<Arc<str>, AssetId>>,
    /// Built on first use from `assets` and `dependencies`; dropped when either changes.
    index: IndexCell,
}

/// The largest workload or asset id: ids are counted up from the last one, so a bound well
/// below `u32::MAX` keeps "the next id" from ever running out.
pub const MAX_ID: u32 = 1 << 30;

/// Business priority runs from 1 (first) to this.
pub const MAX_PRIORITY: u32 = 9;

const UNTITLED: &str = "Untitled migration plan";

/// The latest wave a workload can be pinned to: ten years of weekly waves. A bound, because the
/// planner creates every wave up to a pin, and pins also arrive from imported files.
pub const MAX_PINNED_WAVE: u32 = 520;

fn valid_pin(wave: Option<u32>) -> bool {
    wave.is_none_or(|n| (1..=MAX_PINNED_WAVE).contains(&n))
}

impl Default for Plan {
    fn default() -> Self {
        Self {
            name: Name::parse(UNTITLED).unwrap_or_else(|_| unreachable!("constant name is valid")),
            settings: PlanSettings::default(),
            workloads: Arc::default(),
            assets: Arc::default(),
            dependencies: Arc::default(),
            answers: Arc::default(),
            custom_questions: None,
            baselines: Arc::default(),
            tracked: Arc::default(),
            workshop: Arc::default(),
            lineage: Lineage::default(),
            workload_names: Arc::default(),
            asset_names: Arc::default(),
            index: IndexCell::default(),
        }
    }
}

/// The per-workload assessment's questions, built once.
pub fn workload_assessment() -> &'static QuestionBank {
    static BANK: OnceLock<QuestionBank> = OnceLock::new();
    BANK.get_or_init(QuestionBank::workload_assessment)
}

fn built_in_questions() -> &'static QuestionBank {
    static BANK: OnceLock<QuestionBank> = OnceLock::new();
    BANK.get_or_init(QuestionBank::built_in)
}

impl Plan {
    pub fn name(&self) -> &Name {
        &self.name
    }

    pub fn settings(&self) -> &PlanSettings {
        &self.settings
    }

    pub fn workloads(&self) -> impl ExactSizeIterator<Item = &Workload> + '_ {
        self.workloads.values().map(Arc::as_ref)
    }

    /// Backlog items the team's trackers hold for this plan (see `tracker`).
    pub fn tracked(&self) -> &[TrackedItem] {
        &self.tracked
    }

    /// Where this copy of the plan came from (`domain::lineage`).
    pub fn lineage(&self) -> &Lineage {
        &self.lineage
    }

    /// Sets where this copy came from: not a change of the plan's content, so not an action
    /// (undo leaves it alone). `None` when the lineage is not one a plan can hold.
    pub fn with_lineage(mut self, lineage: Lineage) -> Option<Plan> {
        lineage.is_valid().then(|| {
            self.lineage = lineage;
            self
        })
    }

    /// What readiness workshops decided, and each section's timebox.
    pub fn workshop(&self) -> &WorkshopRecord {
        &self.workshop
    }

    /// Saved baselines, oldest first.
    pub fn baselines(&self) -> &[Baseline] {
        &self.baselines
    }

    pub fn workload(&self, id: WorkloadId) -> Option<&Workload> {
        self.workloads.get(&id).map(Arc::as_ref)
    }

    pub fn assets(&self) -> impl ExactSizeIterator<Item = &Asset> + '_ {
        self.assets.values()
    }

    pub fn asset(&self, id: AssetId) -> Option<&Asset> {
        self.assets.get(&id)
    }

    /// The workload's assets, in id order.
    pub fn assets_of(&self, workload: WorkloadId) -> impl Iterator<Item = &Asset> + '_ {
        self.index
            .assets_of(&self.assets, workload)
            .iter()
            .filter_map(|id| self.assets.get(id))
    }

    /// How many assets the workload holds.
    pub fn asset_count(&self, workload: WorkloadId) -> usize {
        self.index.assets_of(&self.assets, workload).len()
    }

    /// Assets to migrate that no workload holds yet, counted.
    pub fn unassigned_count(&self) -> usize {
        self.index.unassigned(&self.assets)
    }

    /// The workload with this name (`Name::key` of what a person typed or a file holds).
    pub fn workload_named(&self, key: &str) -> Option<&Workload> {
        self.workload_names
            .get(key)
            .and_then(|id| self.workload(*id))
    }

    /// The asset with this name (`Name::key`).
    pub fn asset_named(&self, key: &str) -> Option<&Asset> {
        self.asset_names.get(key).and_then(|id| self.assets.get(id))
    }

    /// The asset a person typed the name of, or, when none has it, one whose name differs
    /// only in spaces, hyphens or underscores ("billing-sql01" for "billing-sql-01"), to offer.
    pub fn lookup_asset(&self, typed: &str) -> Result<&Asset, Option<&Asset>> {
        if let Some(asset) = self.asset_named(&crate::domain::name::name_key(typed)) {
            return Ok(asset);
        }
        let loose = crate::domain::labels::fold(typed);
        Err(self
            .assets
            .values()
            .find(|a| crate::domain::labels::fold(a.name.as_str()) == loose))
    }

    /// As `lookup_asset`, for workloads.
    pub fn lookup_workload(&self, typed: &str) -> Result<&Workload, Option<&Workload>> {
        if let Some(workload) = self.workload_named(&crate::domain::name::name_key(typed)) {
            return Ok(workload);
        }
        let loose = crate::domain::labels::fold(typed);
        Err(self
            .workloads()
            .find(|w| crate::domain::labels::fold(w.name.as_str()) == loose))
    }

    pub fn dependencies(&self) -> impl ExactSizeIterator<Item = &Dependency> + '_ {
        self.dependencies.values()
    }

    pub fn dependency(&self, from: AssetId, to: AssetId) -> Option<&Dependency> {
        self.dependencies.get(&(from, to))
    }

    /// The dependencies of this asset on others.
    pub fn dependencies_from(&self, asset: AssetId) -> impl Iterator<Item = &Dependency> + '_ {
        self.dependencies
            .range((asset, AssetId(0))..=(asset, AssetId(u32::MAX)))
            .map(|(_, dependency)| dependency)
    }

    /// The dependencies from or to the workload's assets, each once, in (from, to) order.
    pub fn dependencies_touching(&self, workload: WorkloadId) -> Vec<&Dependency> {
        let mut touching: Vec<&Dependency> = self
            .assets_of(workload)
            .flat_map(|asset| {
                self.dependencies_from(asset.id)
                    .chain(self.dependencies_to(asset.id))
            })
            .collect();
        touching.sort_by_key(|dependency| dependency.key());
        touching.dedup_by_key(|dependency| dependency.key());
        touching
    }

    /// The dependencies of other assets on this one.
    pub fn dependencies_to(&self, asset: AssetId) -> impl Iterator<Item = &Dependency> + '_ {
        self.index
            .needed_by(&self.dependencies, asset)
            .iter()
            .filter_map(move |from| self.dependencies.get(&(*from, asset)))
    }

    pub fn answers(&self) -> &BTreeMap<String, Answer> {
        &self.answers
    }

    /// The question bank in use: the team's own if they imported one, else the built-in one.
    pub fn questions(&self) -> &QuestionBank {
        self.custom_questions
            .as_ref()
            .unwrap_or_else(|| built_in_questions())
    }

    pub fn has_custom_questions(&self) -> bool {
        self.custom_questions.is_some()
    }

    pub fn next_workload_id(&self) -> WorkloadId {
        let last = self.workloads.keys().next_back().map_or(0, |id| id.0);
        WorkloadId(last.saturating_add(1))
    }

    pub fn next_asset_id(&self) -> AssetId {
        let last = self.assets.keys().next_back().map_or(0, |id| id.0);
        AssetId(last.saturating_add(1))
    }

    /// Applies one change, or refuses it and leaves the plan exactly as it was.
    pub fn apply(&mut self, action: Action) -> Result<(), PlanError> {
        match action {
            Action::Batch(actions) => self.apply_batch(actions),
            single => self.apply_one(single),
        }
    }

    fn apply_batch(&mut self, actions: Vec<Action>) -> Result<(), PlanError> {
        let count = actions.len();
        let mut draft = self.clone();
        for (index, action) in actions.into_iter().enumerate() {
            draft.apply(action).map_err(|error| PlanError::InBatch {
                index: index + 1,
                count,
                error: Box::new(error),
            })?;
        }
        *self = draft;
        Ok(())
    }

    // Each arm checks everything before it changes anything, so a refused action is a no-op.
    fn apply_one(&mut self, action: Action) -> Result<(), PlanError> {
        match action {
            Action::RenamePlan(name) => self.name = name,
            Action::UpdateSettings(settings) => {
                settings.check()?;
                self.settings = settings;
            }
            Action::AddWorkload(workload) => self.add_workload(workload)?,
            Action::UpdateWorkload(workload) => self.update_workload(workload)?,
            Action::RemoveWorkload(id) => self.remove_workload(id)?,
            Action::AddAsset(asset) => self.add_asset(asset)?,
            Action::UpdateAsset(asset) => self.update_asset(asset)?,
            Action::RemoveAsset(id) => {
                self.asset(id).ok_or(PlanError::UnknownAsset(id))?;
                self.remove_assets(&[id]);
            }
            Action::SetDependency(dependency) => self.set_dependency(dependency)?,
            Action::RemoveDependency { from, to } => {
                if !self.dependencies.contains_key(&(from, to)) {
                    return Err(PlanError::UnknownDependency);
                }
                self.dependencies_mut().remove(&(from, to));
            }
            Action::Answer { question, answer } => self.answer(question, answer)?,
            Action::ClearAnswer(question) => {
                Arc::make_mut(&mut self.answers).remove(&question);
            }
            Action::ReplaceQuestionBank(bank) => self.replace_question_bank(bank)?,
            Action::Batch(actions) => self.apply_batch(actions)?,
            progress @ (Action::OverrideRemediation { .. }
            | Action::PinWorkload { .. }
            | Action::SetCheckpoint { .. }
            | Action::PlanCutover { .. }
            | Action::SetReplicationStatus { .. }
            | Action::SaveBaseline(_)
            | Action::RemoveBaseline(_)
            | Action::LinkTracker { .. }) => self.apply_progress(progress)?,
            workshop @ (Action::Decide { .. }
            | Action::RecordDecisions(_)
            | Action::SetTimebox { .. }
            | Action::AssessWorkload { .. }) => self.apply_workshop(workshop)?,
        }
        Ok(())
    }

    /// The changes a team makes while running the migration: decisions, pins, checkpoints,
    /// cut-over plans, replication status, baselines and tracker ids.
    /// Pins a workload to a wave (`None` unpins). A workload cut over keeps the pin it was
    /// given then (`staging::tick`): a migration that has happened stays in its wave.
    fn pin(&mut self, workload: WorkloadId, wave: Option<u32>) -> Result<(), PlanError> {
        if !valid_pin(wave) {
            return Err(PlanError::WaveNumber);
        }
        let workload = self.workload_mut(workload)?;
        let cut_over = workload.has(Checkpoint::CutOver);
        if let Some(moved) = workload
            .pinned_wave
            .filter(|&pin| cut_over && wave != Some(pin))
        {
            return Err(PlanError::MovedAlready {
                name: workload.name.to_string(),
                wave: moved,
            });
        }
        workload.pinned_wave = wave;
        Ok(())
    }

    fn apply_progress(&mut self, action: Action) -> Result<(), PlanError> {
        match action {
            Action::OverrideRemediation { workload, decision } => {
                if decision
                    .as_ref()
                    .is_some_and(|over| over.note.trim().is_empty())
                {
                    return Err(PlanError::OverrideNoteRequired);
                }
                self.workload_mut(workload)?.remediation_override = decision;
            }
            Action::PinWorkload { workload, wave } => self.pin(workload, wave)?,
            Action::SetCheckpoint {
                workload,
                checkpoint,
                done,
            } => {
                let checkpoints = &mut self.workload_mut(workload)?.checkpoints;
                if done {
                    checkpoints.insert(checkpoint);
                } else {
                    checkpoints.remove(&checkpoint);
                }
            }
            Action::PlanCutover {
                workload,
                mode,
                window,
                rollback_steps,
            } => {
                let mut changed = self
                    .workload(workload)
                    .ok_or(PlanError::UnknownWorkload(workload))?
                    .clone();
                changed.cutover = mode;
                changed.cutover_window = window;
                changed.rollback_steps = rollback_steps.trim().to_owned();
                check_workload(&changed)?;
                *self.workload_mut(workload)? = changed;
            }
            Action::SetReplicationStatus { asset, status } => {
                self.asset_mut(asset)?.replication = status;
            }
            Action::SaveBaseline(baseline) => self.save_baseline(baseline)?,
            Action::RemoveBaseline(name) => self.remove_baseline(&name)?,
            Action::LinkTracker { tracker, items } => self.link_tracker(tracker, items)?,
            // `apply_one` sends only the actions above here (its match names each one, so a
            // new action cannot be forgotten).
            _ => {}
        }
        Ok(())
    }

    /// A workshop's decisions (an answer and its log entry, one change) and timeboxes.
    fn apply_workshop(&mut self, action: Action) -> Result<(), PlanError> {
        match action {
            Action::Decide {
                question,
                answer,
                decision,
            } => {
                if !decision.is_valid() || decision.question != question {
                    return Err(PlanError::Decision);
                }
                self.answer(question, answer)?;
                Arc::make_mut(&mut self.workshop).record([decision]);
            }
            Action::RecordDecisions(decisions) => {
                if !decisions.iter().all(Decision::is_valid) {
                    return Err(PlanError::Decision);
                }
                Arc::make_mut(&mut self.workshop).record(decisions);
            }
            Action::AssessWorkload {
                workload,
                question,
                answer,
            } => {
                workload_assessment().check_recorded(&question, &answer)?;
                let mut changed = self.workload_mut(workload)?.clone();
                if answer.is_empty() {
                    changed.assessment.remove(&question);
                } else {
                    changed.assessment.insert(question, answer);
                }
                check_workload(&changed)?;
                *self.workload_mut(workload)? = changed;
            }
            Action::SetTimebox { section, minutes } => {
                if !(1..=MAX_TIMEBOX_MINUTES).contains(&minutes) {
                    return Err(PlanError::Timebox);
                }
                Arc::make_mut(&mut self.workshop)
                    .timeboxes
                    .insert(section, minutes);
            }
            // `apply_one` sends only the actions above here.
            _ => {}
        }
        Ok(())
    }

    fn add_workload(&mut self, workload: Workload) -> Result<(), PlanError> {
        self.check_workload(&workload, true)?;
        Arc::make_mut(&mut self.workload_names).insert(workload.name.key().into(), workload.id);
        Arc::make_mut(&mut self.workloads).insert(workload.id, Arc::new(workload));
        Ok(())
    }

    fn update_workload(&mut self, workload: Workload) -> Result<(), PlanError> {
        self.check_workload(&workload, false)?;
        let id = workload.id;
        let old = self
            .workload(id)
            .ok_or(PlanError::UnknownWorkload(id))?
            .name
            .key();
        let new = workload.name.key();
        if old != new {
            let names = Arc::make_mut(&mut self.workload_names);
            names.remove(old.as_str());
            names.insert(new.into(), id);
        }
        Arc::make_mut(&mut self.workloads).insert(id, Arc::new(workload));
        Ok(())
    }

    /// Removes the workload, its assets and their dependencies, and any counterpart naming it.
    fn remove_workload(&mut self, id: WorkloadId) -> Result<(), PlanError> {
        let key = self
            .workload(id)
            .ok_or(PlanError::UnknownWorkload(id))?
            .name
            .key();
        Arc::make_mut(&mut self.workload_names).remove(key.as_str());
        Arc::make_mut(&mut self.workloads).remove(&id);
        for other in Arc::make_mut(&mut self.workloads).values_mut() {
            if other.counterpart == Some(id) {
                Arc::make_mut(other).counterpart = None;
            }
        }
        let gone: Vec<AssetId> = self.assets_of(id).map(|asset| asset.id).collect();
        self.remove_assets(&gone);
        Ok(())
    }

    fn add_asset(&mut self, asset: Asset) -> Result<(), PlanError> {
        if self.assets.contains_key(&asset.id) {
            return Err(PlanError::DuplicateAsset(asset.id));
        }
        check_id(asset.id.0)?;
        self.check_asset(&asset)?;
        let key = self.free_asset_name(&asset)?;
        Arc::make_mut(&mut self.asset_names).insert(key.into(), asset.id);
        self.assets_mut().insert(asset.id, asset);
        Ok(())
    }

    fn update_asset(&mut self, asset: Asset) -> Result<(), PlanError> {
        self.check_asset(&asset)?;
        let key = self.free_asset_name(&asset)?;
        let id = asset.id;
        let old = self
            .asset(id)
            .ok_or(PlanError::UnknownAsset(id))?
            .name
            .key();
        if old != key {
            let names = Arc::make_mut(&mut self.asset_names);
            names.remove(old.as_str());
            names.insert(key.into(), id);
        }
        self.assets_mut().insert(id, asset);
        Ok(())
    }

    fn set_dependency(&mut self, dependency: Dependency) -> Result<(), PlanError> {
        let from = self
            .asset(dependency.from)
            .ok_or(PlanError::UnknownAsset(dependency.from))?;
        if dependency.from == dependency.to {
            return Err(PlanError::SelfDependency(from.name.to_string()));
        }
        self.asset(dependency.to)
            .ok_or(PlanError::UnknownAsset(dependency.to))?;
        self.dependencies_mut().insert(dependency.key(), dependency);
        Ok(())
    }

    fn answer(&mut self, question: String, answer: Answer) -> Result<(), PlanError> {
        // An empty choice keeps what the room said before it agreed on an answer.
        self.questions().check_recorded(&question, &answer)?;
        if answer.is_empty() {
            Arc::make_mut(&mut self.answers).remove(&question);
            return Ok(());
        }
        Arc::make_mut(&mut self.answers).insert(question, answer);
        Ok(())
    }

    /// A team's own bank, or the built-in one; answers the new bank cannot hold are dropped.
    fn replace_question_bank(&mut self, bank: Option<QuestionBank>) -> Result<(), PlanError> {
        if let Some(bank) = &bank {
            bank.check()?;
        }
        self.custom_questions = bank;
        let mut answers = std::mem::take(Arc::make_mut(&mut self.answers));
        let questions = self.questions();
        answers.retain(|id, answer| {
            let notes_only = answer.choice.is_empty() && questions.question(id).is_some();
            notes_only || questions.check_answer(id, &answer.choice).is_ok()
        });
        self.answers = Arc::new(answers);
        Ok(())
    }

    fn remove_baseline(&mut self, name: &Name) -> Result<(), PlanError> {
        let key = name.key();
        let baselines = Arc::make_mut(&mut self.baselines);
        let before = baselines.len();
        baselines.retain(|b| b.name.key() != key);
        if baselines.len() == before {
            return Err(PlanError::UnknownBaseline(name.to_string()));
        }
        Ok(())
    }

    fn link_tracker(&mut self, tracker: Tracker, items: Vec<TrackedItem>) -> Result<(), PlanError> {
        if items.len() > MAX_TRACKED_ITEMS
            || items
                .iter()
                .any(|item| item.tracker != tracker || !item.is_valid())
        {
            return Err(PlanError::TrackerItems);
        }
        let tracked = Arc::make_mut(&mut self.tracked);
        tracked.retain(|item| item.tracker != tracker);
        tracked.extend(items);
        Ok(())
    }

    /// Whether `workload` may be added (`is_new`) or replace the workload with its id: every
    /// rule a workload must keep. `apply` and the workload form both ask this.
    pub fn check_workload(&self, workload: &Workload, is_new: bool) -> Result<(), PlanError> {
        if is_new {
            if self.workloads.contains_key(&workload.id) {
                return Err(PlanError::DuplicateWorkload(workload.id));
            }
            check_id(workload.id.0)?;
        } else if !self.workloads.contains_key(&workload.id) {
            return Err(PlanError::UnknownWorkload(workload.id));
        }
        check_workload(workload)?;
        self.check_counterpart(workload, is_new)?;
        self.free_workload_name(workload)?;
        Ok(())
    }

    /// Every rule `AddAsset` (`is_new`) or `UpdateAsset` would apply to `asset`, without
    /// applying it: for forms, so they say what the plan would say.
    pub fn check_asset_entry(&self, asset: &Asset, is_new: bool) -> Result<(), PlanError> {
        if is_new {
            if self.assets.contains_key(&asset.id) {
                return Err(PlanError::DuplicateAsset(asset.id));
            }
            check_id(asset.id.0)?;
        } else if !self.assets.contains_key(&asset.id) {
            return Err(PlanError::UnknownAsset(asset.id));
        }
        self.check_asset(asset)?;
        self.free_asset_name(asset).map(|_| ())
    }

    fn save_baseline(&mut self, baseline: Baseline) -> Result<(), PlanError> {
        if !baseline.is_consistent() {
            return Err(PlanError::Baseline(baseline.name.to_string()));
        }
        let key = baseline.name.key();
        let baselines = Arc::make_mut(&mut self.baselines);
        let count = baselines.len();
        match baselines.iter_mut().find(|b| b.name.key() == key) {
            Some(same) => *same = baseline,
            None if count >= MAX_BASELINES => return Err(PlanError::TooManyBaselines),
            None => baselines.push(baseline),
        }
        Ok(())
    }

    fn workload_mut(&mut self, id: WorkloadId) -> Result<&mut Workload, PlanError> {
        Arc::make_mut(&mut self.workloads)
            .get_mut(&id)
            .map(Arc::make_mut)
            .ok_or(PlanError::UnknownWorkload(id))
    }

    /// Every change to the assets goes through here, so the index is rebuilt after it.
    fn assets_mut(&mut self) -> &mut BTreeMap<AssetId, Asset> {
        self.index.assets_changed();
        Arc::make_mut(&mut self.assets)
    }

    fn dependencies_mut(&mut self) -> &mut BTreeMap<(AssetId, AssetId), Dependency> {
        self.index.dependencies_changed();
        Arc::make_mut(&mut self.dependencies)
    }

    fn asset_mut(&mut self, id: AssetId) -> Result<&mut Asset, PlanError> {
        self.assets_mut()
            .get_mut(&id)
            .ok_or(PlanError::UnknownAsset(id))
    }

    fn check_asset(&self, asset: &Asset) -> Result<(), PlanError> {
        if let Some(workload) = asset.workload {
            if !self.workloads.contains_key(&workload) {
                return Err(PlanError::UnknownWorkload(workload));
            }
        }
        let quantity = |field, max: String| PlanError::Quantity {
            asset: asset.name.to_string(),
            field,
            max,
        };
        for (value, field, max, unit) in [
            (asset.memory_gb, "memory", MAX_MEMORY_GB, " GB"),
            (asset.storage_gb, "storage", MAX_STORAGE_GB, " GB"),
            (asset.daily_change_percent, "daily change rate", 100.0, " %"),
        ] {
            if !(is_amount(value) && value <= max) {
                return Err(quantity(field, format!("{}{unit}", format_amount(max))));
            }
        }
        if asset.cores > MAX_CORES {
            return Err(quantity("cores", MAX_CORES.to_string()));
        }
        if asset
            .remediation
            .iter()
            .any(|item| !(is_amount(item.effort_hours) && item.effort_hours <= MAX_EFFORT_HOURS))
        {
            let max = format!("{} h", format_amount(MAX_EFFORT_HOURS));
            return Err(quantity("remediation effort", max));
        }
        Ok(())
    }

    /// A counterpart is the production workload a non-production one stands for. A new
    /// workload cannot be named yet, so only a change to an existing one scans the others.
    fn check_counterpart(&self, workload: &Workload, is_new: bool) -> Result<(), PlanError> {
        let named_by_others = || {
            self.workloads
                .values()
                .any(|other| other.counterpart == Some(workload.id))
        };
        if !is_new && workload.environment != Environment::Production && named_by_others() {
            return Err(PlanError::Counterpart(workload.name.to_string()));
        }
        let Some(counterpart) = workload.counterpart else {
            return Ok(());
        };
        let valid = counterpart != workload.id
            && workload.environment == Environment::NonProduction
            && self
                .workloads
                .get(&counterpart)
                .is_some_and(|other| other.environment == Environment::Production);
        if valid {
            Ok(())
        } else {
            Err(PlanError::Counterpart(workload.name.to_string()))
        }
    }

    /// The key of the workload's name, if no other workload holds it.
    fn free_workload_name(&self, workload: &Workload) -> Result<String, PlanError> {
        let key = workload.name.key();
        match self.workload_names.get(key.as_str()) {
            Some(holder) if *holder != workload.id => Err(PlanError::DuplicateName {
                kind: NameKind::Workload,
                name: workload.name.to_string(),
            }),
            _ => Ok(key),
        }
    }

    /// The key of the asset's name, if no other asset holds it.
    fn free_asset_name(&self, asset: &Asset) -> Result<String, PlanError> {
        let key = asset.name.key();
        match self.asset_names.get(key.as_str()) {
            Some(holder) if *holder != asset.id => Err(PlanError::DuplicateName {
                kind: NameKind::Asset,
                name: asset.name.to_string(),
            }),
            _ => Ok(key),
        }
    }

    /// Removes the assets and every dependency that names one of them, in one pass over the
    /// dependencies (a workload's hundred assets do not mean a hundred passes).
    fn remove_assets(&mut self, ids: &[AssetId]) {
        if ids.is_empty() {
            return;
        }
        for id in ids {
            if let Some(asset) = self.assets_mut().remove(id) {
                Arc::make_mut(&mut self.asset_names).remove(asset.name.key().as_str());
            }
        }
        let gone: std::collections::HashSet<AssetId> = ids.iter().copied().collect();
        self.dependencies_mut()
            .retain(|(from, to), _| !gone.contains(from) && !gone.contains(to));
    }
}

fn check_id(id: u32) -> Result<(), PlanError> {
    if id == 0 || id > MAX_ID {
        return Err(PlanError::IdOutOfRange(id));
    }
    Ok(())
}

fn check_workload(workload: &Workload) -> Result<(), PlanError> {
    // Assessment answers name questions and choices of the assessment (files are read here).
    for (question, answer) in &workload.assessment {
        workload_assessment().check_recorded(question, answer)?;
    }
    if workload
        .freeze_windows
        .iter()
        .any(|window| !window.days.is_valid())
    {
        return Err(PlanError::FreezeWindow(workload.name.to_string()));
    }
    if !valid_pin(workload.pinned_wave) {
        return Err(PlanError::WaveNumber);
    }
    if !(1..=MAX_PRIORITY).contains(&workload.priority) {
        return Err(PlanError::Priority(workload.name.to_string()));
    }
    if workload
        .cutover_window
        .is_some_and(|window| !(1..=MAX_CUTOVER_HOURS).contains(&window.hours))
    {
        return Err(PlanError::CutoverHours(workload.name.to_string()));
    }
    if workload.rollback_steps.chars().count() > MAX_ROLLBACK_STEPS_CHARS {
        return Err(PlanError::RollbackSteps(workload.name.to_string()));
    }
    if workload
        .remediation_override
        .as_ref()
        .is_some_and(|over| over.note.trim().is_empty())
    {
        return Err(PlanError::OverrideNoteRequired);
    }
    Ok(())
}
