//! The built-in readiness questions, in our own words, from CAF's migration prerequisites.
//! Rules read two of them by id: where remediation happens and whether hybrid connectivity
//! works.

use crate::domain::questions::{Choice, Question, QuestionBank, Risk, Section};

/// "Will remediation be done in the same sprint as the migration, or in a separate wave?"
pub const REMEDIATION_PLACEMENT: &str = "remediation-placement";
pub const PLACEMENT_SAME_SPRINT: &str = "same-sprint";
pub const PLACEMENT_SEPARATE_WAVE: &str = "separate-wave";
pub const PLACEMENT_NOT_SHARED: &str = "not-shared";
/// "Can workloads in the cloud reach what stays on premises at the expected performance?"
pub const HYBRID_NETWORK: &str = "network-hybrid";

/// id, label, risk, rationale, mitigation.
type ChoiceSpec = (&'static str, &'static str, Risk, &'static str, &'static str);

struct Spec {
    id: &'static str,
    section: Section,
    blocking: bool,
    text: &'static str,
    help: &'static str,
    choices: &'static [ChoiceSpec],
}

const UNSURE: ChoiceSpec = (
    "unsure",
    "Not sure",
    Risk::Unknown,
    "Nobody in the room could answer this with confidence.",
    "Name who can answer it and bring the answer to the next session.",
);

use Risk::{Amber, Green, Red};
use Section::{Decisions, Environment, Process, Roles, WorkloadDefinition};

/// One accountable party for an activity: the same three answers for each role question.
macro_rules! role {
    ($id:literal, $text:literal, $help:literal, $blocking:literal) => {
    Spec {
        id: $id,
        section: Roles,
        blocking: $blocking,
        text: $text,
        help: $help,
        choices: &[
            ("named", "Yes, one named person or team", Green, "", ""),
            ("shared", "Several people share it", Amber,
             "Shared accountability means decisions wait and nobody calls a halt when something goes wrong.",
             "Pick one accountable person; others can stay responsible for parts of the work."),
            ("nobody", "Nobody yet", Red,
             "Without an owner this activity will not happen on time, or at all.",
             "Name an owner before the first wave is planned."),
        ],
    }
    };
}

/// An INVEST property of the workloads in the first waves.
macro_rules! invest {
    ($id:literal, $text:literal, $help:literal, $gap:literal, $fix:literal) => {
        Spec {
            id: $id,
            section: WorkloadDefinition,
            blocking: false,
            text: $text,
            help: $help,
            choices: &[
                (
                    "all",
                    "Yes, for every workload in the first waves",
                    Green,
                    "",
                    "",
                ),
                ("some", "For some of them", Amber, $gap, $fix),
                ("none", "No", Red, $gap, $fix),
            ],
        }
    };
}

const SPECS: &[Spec] = &[
    Spec { id: "outcome-priorities", section: Decisions, blocking: false,
        text: "Has the team ranked the outcomes it wants in the next 3–6 months: migration, application innovation, data innovation?",
        help: "The ranking decides how much modernisation happens during migration, and so how much remediation there is.",
        choices: &[
            ("ranked", "Ranked and agreed with the business", Green, "", ""),
            ("draft", "Ranked, but not agreed with the business", Amber,
             "Priorities may change mid-wave when the business sees them.",
             "Review the ranking with the cloud strategy team and the business owners."),
            ("no", "Not ranked", Red,
             "Every workload becomes a debate about whether to modernise it.",
             "Hold a short session to rank the three outcomes before planning waves."),
        ] },
    Spec { id: "effort-type", section: Decisions, blocking: false,
        text: "Is there an agreed default approach (rehost, refactor, rearchitect, rebuild or replace) that workloads follow unless they have a reason not to?",
        help: "A default keeps estimates comparable and lets exceptions stand out.",
        choices: &[
            ("agreed", "Yes, and exceptions are justified per workload", Green, "", ""),
            ("per-workload", "Decided per workload, no default", Amber,
             "Each workload needs its own architecture decision, which slows the backlog.",
             "Agree a default (often rehost) and record the reason for each exception."),
            ("no", "Not discussed", Red,
             "Estimates cannot be trusted while the approach is open.",
             "Decide the default approach with the architects before estimating."),
        ] },
    Spec { id: "effort-scale", section: Decisions, blocking: false,
        text: "Do you know how many assets are in scope, and how many this release will move?",
        help: "A top-down count from the inventory is enough to size waves and bandwidth.",
        choices: &[
            ("known", "Yes, from an inventory", Green, "", ""),
            ("estimate", "A rough estimate only", Amber,
             "Wave sizes and replication time may be off by a wide margin.",
             "Import a discovery or RVTools export to count assets."),
            ("no", "No idea yet", Red,
             "The plan cannot be sized.",
             "Run discovery (for example Azure Migrate) before planning waves."),
        ] },
    Spec { id: "effort-timing", section: Decisions, blocking: false,
        text: "Is there a business event that sets the end date (a contract renewal, a datacenter exit), and does the team know it?",
        help: "The date decides how many waves there are room for and how much risk the plan can take.",
        choices: &[
            ("known", "Yes, and it is shared with the team", Green, "", ""),
            ("vague", "There is one, but the date is not firm", Amber,
             "Waves may need to be compressed late in the programme.",
             "Get a firm date, or plan for the earliest likely one."),
            ("none", "No date", Amber,
             "Without a deadline, migrations tend to stall behind other work.",
             "Agree a target date with the business sponsor."),
        ] },
    Spec { id: "governance", section: Environment, blocking: false,
        text: "Is the landing zone governed to the level the first workloads need (policies for cost, security, data classification)?",
        help: "Limited governance suits non-production and low-risk workloads; sensitive data needs more.",
        choices: &[
            ("full", "Fully governed", Green, "", ""),
            ("limited", "Limited: enough for low-risk workloads", Amber,
             "Sensitive or production workloads may not be allowed to land yet.",
             "Migrate low-risk workloads first and mature governance in parallel."),
            ("none", "No governance yet", Red,
             "Workloads landing now may need to be moved or reconfigured later.",
             "Deploy at least a baseline of policies before the first wave."),
        ] },
    Spec { id: "operations-baseline", section: Environment, blocking: true,
        text: "Will migrated workloads be monitored, backed up and patched from the day they are promoted?",
        help: "An operations baseline is what makes a staged workload safe to promote.",
        choices: &[
            ("yes", "Yes, the operations baseline is in place", Green, "", ""),
            ("partial", "Partly (for example monitoring but no backup)", Amber,
             "A failure after promotion may go unnoticed or be unrecoverable.",
             "Close the missing parts before promoting production workloads."),
            ("no", "No", Red,
             "Promoted workloads would run without monitoring, backup or patching.",
             "Agree the operations baseline with the operations team before the first promotion."),
        ] },
    Spec { id: "resource-organisation", section: Environment, blocking: false,
        text: "Are subscriptions, resource groups, naming and tagging agreed?",
        help: "Renaming or moving resources after migration is costly and error-prone.",
        choices: &[
            ("agreed", "Yes, written down and used", Green, "", ""),
            ("partial", "Partly agreed", Amber,
             "Workloads migrated early may not follow the final conventions.",
             "Settle naming and tagging before the first wave; retro-fit the pilot workload."),
            ("no", "No", Red,
             "Cost reporting and access control will not work as expected.",
             "Agree a naming and tagging standard with governance."),
        ] },
    Spec { id: HYBRID_NETWORK, section: Environment, blocking: true,
        text: "Can workloads in the cloud reach what stays on premises at the expected performance (VPN or private circuit, DNS, firewall rules)?",
        help: "Hybrid connectivity lets dependencies be split across waves and carries replication traffic.",
        choices: &[
            ("ready", "Yes, tested with real traffic", Green, "", ""),
            ("untested", "In place but not tested under load", Amber,
             "Split dependencies may be slow and replication may take longer than planned.",
             "Test latency and throughput with a pilot workload; plan for the performance dip."),
            ("no", "No hybrid connectivity", Red,
             "Every dependency must move in the same wave, and replication has only the internet.",
             "Set up connectivity, or plan waves so that dependencies move together."),
        ] },
    Spec { id: "identity", section: Environment, blocking: true,
        text: "Is identity ready: directory sync, administrator access and the service accounts workloads use?",
        help: "A workload that cannot authenticate in the cloud cannot be tested.",
        choices: &[
            ("ready", "Yes", Green, "", ""),
            ("partial", "Directory sync works, service accounts not reviewed", Amber,
             "Applications may fail in business testing with access errors.",
             "Inventory service accounts per workload during remediation."),
            ("no", "No", Red,
             "Staged workloads cannot be tested by their users.",
             "Set up directory sync and access before staging the first workload."),
        ] },
    role!("role-remediation", "Is one person or team accountable for remediation?",
         "They decide how blockers are fixed and by when.", true),
    role!("role-replication", "Is one person or team accountable for replication, with the access it needs?",
         "Replication needs access to source systems and the target subscription.", true),
    role!("role-staging", "Is one person or team accountable for staging workloads for business testing?",
         "Staging is where the migration team hands over to the business.", false),
    role!("role-approval", "Is one person accountable for approving each workload's migration?",
         "Approval is a business decision: priority, risk and timing.", true),
    role!("role-business-testing", "Is one person accountable for business testing of each workload?",
         "Only the business can say a workload works as it should.", false),
    role!("role-promotion", "Is one person accountable for promotion and the hand-over to operations?",
         "Promotion changes routing, identity and support; someone must own the cut-over.", false),
    invest!("invest-independent", "Can each workload move without a dependency it cannot reach?",
         "Independent: every dependency moves with it, before it, or is reachable over the network.",
         "Workloads with unreachable dependencies fail business testing.",
         "Group dependent workloads, or make sure hybrid connectivity reaches what stays behind."),
    invest!("invest-negotiable", "Can the scope of each workload be adjusted as the team learns (assets added or removed)?",
         "Negotiable: scope can change without breaking the plan.",
         "Fixed scopes make the plan brittle when discovery finds surprises.",
         "Agree with the business owners that scope is refined in the release backlog."),
    invest!("invest-valuable", "Does moving each workload deliver value the business recognises?",
         "Valuable: a migrated workload is a result, not just activity.",
         "Low-value workloads early in the plan waste the team's best learning time.",
         "Re-rank the backlog by business value with the business owners."),
    invest!("invest-estimable", "Can the team estimate each workload: its assets, dependencies, time, performance and cost?",
         "Estimable: the inputs for an estimate are known.",
         "Unestimable workloads make wave dates unreliable.",
         "Finish discovery and dependency mapping for those workloads first."),
    invest!("invest-small", "Does each workload fit in one iteration?",
         "Small: a workload that does not fit one sprint should be split.",
         "Large workloads overrun sprints and block the waves behind them.",
         "Split large workloads into smaller move groups, or give them their own wave."),
    invest!("invest-testable", "Does each workload have a defined check that says its migration is complete?",
         "Testable: business test criteria exist before the workload is staged.",
         "Without criteria, staging never finishes or finishes without proof.",
         "Write business test criteria with the business owner before staging."),
    Spec { id: REMEDIATION_PLACEMENT, section: Process, blocking: true,
        text: "Will remediation be done by the adoption team in the same sprint as the migration, or in a separate wave or factory iteration — and can every team member answer that?",
        help: "CAF's basic process question. If not everyone can answer it, revisit the prerequisites before migrating.",
        choices: &[
            (PLACEMENT_SAME_SPRINT, "Same sprint as the migration, and everyone can say so", Green, "", ""),
            (PLACEMENT_SEPARATE_WAVE, "A separate wave or factory iteration, and everyone can say so", Green, "", ""),
            (PLACEMENT_NOT_SHARED, "Decided, but not everyone on the team can say which", Red,
             "CAF: if not every member of the team can answer this basic process question, revisit the prerequisites before migrating; team members will plan remediation differently.",
             "Explain the decision to the whole team, write it into the working agreement, and ask again."),
            ("undecided", "Not decided", Red,
             "Nobody knows whether blockers are fixed before or during the migration sprint.",
             "Decide now; waveplan's remediation page suggests a mode per workload as a starting point."),
        ] },
    Spec { id: "promotion-model", section: Process, blocking: false,
        text: "Has the team chosen a promotion model (single-step, staged or flight) for this release?",
        help: "The model decides which replication tools fit and what staging means.",
        choices: &[
            ("chosen", "Yes", Green, "", ""),
            ("default", "We use the tool's default without having discussed it", Amber,
             "The default may not give business testing the environment it needs.",
             "Compare the models' trade-offs on the waves page and choose one deliberately."),
            ("no", "No", Red,
             "Replication and staging cannot be planned.",
             "Choose a promotion model before the first wave."),
        ] },
    Spec { id: "business-change-plan", section: Process, blocking: false,
        text: "Do the business owners of the first workloads have a change plan and test criteria ready?",
        help: "Staged workloads wait for business testing; the business must be ready for them.",
        choices: &[
            ("ready", "Yes", Green, "", ""),
            ("some", "For some workloads", Amber,
             "Staged workloads may wait for testing and hold up the wave.",
             "Agree test dates with each business owner when the wave is planned."),
            ("no", "No", Red,
             "Workloads will be staged with nobody to test them.",
             "Bring the business owners into wave planning."),
        ] },
    Spec { id: "cutover-rollback", section: Process, blocking: false,
        text: "For each workload, are the downtime window and the rollback triggers agreed?",
        help: "Decide per workload: downtime or near-zero downtime, and what makes you roll back.",
        choices: &[
            ("agreed", "Yes", Green, "", ""),
            ("some", "For some workloads", Amber,
             "A failed cut-over without triggers turns into a long outage.",
             "Add downtime and rollback triggers to each workload's release backlog item."),
            ("no", "No", Red,
             "Nobody can decide quickly whether to roll back.",
             "Agree downtime windows and rollback triggers with the business owners."),
        ] },
];

fn choice(spec: &ChoiceSpec) -> Choice {
    let (id, label, risk, rationale, mitigation) = *spec;
    Choice {
        id: id.into(),
        label: label.into(),
        risk,
        rationale: rationale.into(),
        mitigation: mitigation.into(),
    }
}

/// The per-workload assessment: the release backlog's facts CAF asks for each workload
/// (owners, business test criteria, usage and performance, downtime, data classification,
/// rollback), with the same risk levels as the readiness bank. The wording and the risks are
/// waveplan's; the list of facts is CAF's ("Backlogs" in the CAF notes).
const WORKLOAD_SPECS: &[Spec] = &[
    Spec { id: "owners", section: WorkloadDefinition, blocking: true,
        text: "Have the business owner and the technical owner agreed to migrate this workload?",
        help: "The business owns the goals, the risk and the approval; the technical owner the move.",
        choices: &[
            ("both", "Both agreed", Green, "", ""),
            ("one", "Only one of them", Amber,
             "The other may stop the move at the promote gate.",
             "Walk the missing owner through the plan and the cut-over window."),
            ("none", "Neither, or no owner named", Red,
             "Nobody can accept the staged workload or approve the cut-over.",
             "Name both owners before the workload enters a wave."),
        ] },
    Spec { id: "test-criteria", section: WorkloadDefinition, blocking: true,
        text: "Are the business test criteria written: what the business checks before it accepts the staged workload?",
        help: "A workload is testable (INVEST) when its completion check is defined.",
        choices: &[
            ("written", "Written and agreed", Green, "", ""),
            ("partial", "Partly written", Amber,
             "Business testing will find out what \"works\" means, late.",
             "Finish the criteria with the business owner before replication ends."),
            ("no", "Not written", Red,
             "Nobody can say when the workload is ready to promote.",
             "Write the test criteria with the business owner: the business test cannot start without them."),
        ] },
    Spec { id: "usage", section: WorkloadDefinition, blocking: false,
        text: "Are usage and performance expectations known: users, peak load, response times?",
        help: "The release backlog refines each workload with its usage and performance expectations.",
        choices: &[
            ("known", "Known and measured", Green, "", ""),
            ("estimated", "Estimated only", Amber,
             "Sizing in the cloud may be wrong in either direction.",
             "Measure a busy week before the workload is staged."),
            ("no", "Unknown", Red,
             "The performance sign-off has nothing to compare against.",
             "Collect usage and performance data (monitoring or the users) before sizing the target."),
        ] },
    Spec { id: "downtime", section: WorkloadDefinition, blocking: true,
        text: "Is the downtime window agreed with the business (or near-zero downtime decided)?",
        help: "CAF: decide downtime or near-zero downtime per workload, with the rollback triggers.",
        choices: &[
            ("agreed", "Agreed", Green, "", ""),
            ("proposed", "Proposed, not yet agreed", Amber,
             "The cut-over date may move when the business sees it.",
             "Confirm the window with the business owner."),
            ("no", "Not discussed", Red,
             "The cut-over cannot be planned.",
             "Agree the downtime window, or decide near-zero downtime, with the business owner."),
        ] },
    Spec { id: "data", section: WorkloadDefinition, blocking: true,
        text: "Is the workload's data classified, and is its handling in the cloud approved?",
        help: "The data classification sign-off is part of the promote gate.",
        choices: &[
            ("approved", "Classified and approved", Green, "", ""),
            ("pending", "Classified, approval pending", Amber,
             "The sign-off may hold the promotion back.",
             "Ask security for the approval while the workload replicates."),
            ("no", "Not classified", Red,
             "Sensitive data may land where it must not.",
             "Classify the data and agree its handling with security before replication."),
        ] },
    Spec { id: "rollback", section: WorkloadDefinition, blocking: false,
        text: "Is it agreed what triggers a rollback during the cut-over?",
        help: "CAF asks for rollback triggers per workload, decided with the downtime window.",
        choices: &[
            ("agreed", "Agreed", Green, "", ""),
            ("no", "Not agreed", Red,
             "A failing cut-over becomes a debate at night.",
             "Agree the rollback triggers with both owners."),
        ] },
];

impl QuestionBank {
    /// The per-workload assessment (`WORKLOAD_SPECS`).
    pub fn workload_assessment() -> Self {
        Self::from_specs(WORKLOAD_SPECS)
    }

    pub fn built_in() -> Self {
        Self::from_specs(SPECS)
    }

    fn from_specs(specs: &[Spec]) -> Self {
        let questions = specs
            .iter()
            .map(|spec| Question {
                id: spec.id.into(),
                section: spec.section,
                text: spec.text.into(),
                help: spec.help.into(),
                blocking: spec.blocking,
                choices: spec.choices.iter().chain([&UNSURE]).map(choice).collect(),
            })
            .collect();
        Self::new(questions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questions::BankError;

    #[test]
    fn built_in_bank_is_valid_and_round_trips_as_json() {
        let bank = QuestionBank::built_in();
        assert_eq!(bank.check(), Ok(()));
        assert_eq!(QuestionBank::from_json(&bank.to_json()), Ok(bank.clone()));
        for section in Section::ALL {
            assert!(
                bank.questions().iter().any(|q| q.section == *section),
                "{section}"
            );
        }
        for id in [REMEDIATION_PLACEMENT, HYBRID_NETWORK] {
            assert!(bank.question(id).is_some_and(|q| q.blocking), "{id}");
        }
    }

    #[test]
    fn the_workload_assessment_is_valid_and_every_risky_answer_says_what_to_do() {
        let bank = QuestionBank::workload_assessment();
        assert_eq!(bank.check(), Ok(()));
        for question in bank.questions() {
            for choice in question.choices.iter().filter(|c| c.risk != Risk::Green) {
                assert!(
                    !choice.mitigation.is_empty(),
                    "{}: {}",
                    question.id,
                    choice.id
                );
            }
        }
    }

    #[test]
    fn every_risky_answer_says_why_and_what_to_do() {
        for question in QuestionBank::built_in().questions() {
            for choice in &question.choices {
                if choice.risk != Risk::Green {
                    assert!(
                        !choice.rationale.is_empty() && !choice.mitigation.is_empty(),
                        "{}/{}",
                        question.id,
                        choice.id
                    );
                }
            }
            assert!(
                question.choices.iter().any(|c| c.risk == Risk::Green),
                "{}",
                question.id
            );
        }
    }

    #[test]
    fn edited_banks_are_checked() {
        let mut questions = QuestionBank::built_in().questions().to_vec();
        questions.push(questions[0].clone());
        let bank = QuestionBank::new(questions);
        let duplicate = BankError::DuplicateQuestion("outcome-priorities".into());
        assert_eq!(bank.check(), Err(duplicate));
        let broken = QuestionBank::from_json("{\"questions\": [\n  {\"id\": 3}\n]}");
        assert!(
            matches!(broken, Err(BankError::Json { line: 2, .. })),
            "{broken:?}"
        );
        assert_eq!(
            QuestionBank::from_json("{\"questions\": []}"),
            Err(BankError::Empty)
        );
    }
}
