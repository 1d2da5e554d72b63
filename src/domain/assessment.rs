//! A workload's assessment read for the plan: its gaps (answers that are not green, questions
//! not answered), the findings its red answers raise, whether it holds the promotion back, and
//! the reason it adds to the remediation decision. The questions are the release backlog's
//! facts (`QuestionBank::workload_assessment`).

use crate::domain::finding::{Finding, Severity, Subject};
use crate::domain::plan::{workload_assessment, Plan};
use crate::domain::questions::{Choice, Question, Risk};
use crate::domain::workload::Workload;

/// One question of a workload's assessment that is not settled green.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap<'a> {
    pub question: &'a Question,
    /// The chosen answer; `None` while unanswered.
    pub answer: Option<&'a Choice>,
    pub risk: Risk,
}

/// The workload's gaps, in question order.
pub fn gaps(workload: &Workload) -> Vec<Gap<'static>> {
    workload_assessment()
        .questions()
        .iter()
        .filter_map(|question| {
            let answer = workload
                .assessment
                .get(&question.id)
                .and_then(|a| question.choices.iter().find(|c| c.id == a.choice));
            let risk = answer.map_or(Risk::Unknown, |c| c.risk);
            (risk != Risk::Green).then_some(Gap {
                question,
                answer,
                risk,
            })
        })
        .collect()
}

/// The red answers of a blocking question: what holds the workload's promotion back.
pub fn red_blocking(workload: &Workload) -> Vec<Gap<'static>> {
    gaps(workload)
        .into_iter()
        .filter(|gap| gap.risk == Risk::Red && gap.question.blocking)
        .collect()
}

/// How many of the assessment's questions the workload has answered.
pub fn answered(workload: &Workload) -> (usize, usize) {
    let questions = workload_assessment().questions();
    let count = questions
        .iter()
        .filter(|q| {
            workload
                .assessment
                .get(&q.id)
                .is_some_and(|a| !a.choice.is_empty())
        })
        .count();
    (count, questions.len())
}

/// A warning for each red answer of a workload that migrates.
pub fn findings(plan: &Plan) -> Vec<Finding> {
    plan.workloads()
        .filter(|w| w.migrates())
        .flat_map(|workload| {
            gaps(workload)
                .into_iter()
                .filter(|gap| gap.risk == Risk::Red)
                .filter_map(move |gap| {
                    let answer = gap.answer?;
                    Some(Finding::new(
                        Severity::Warning,
                        Subject::Workload(workload.id),
                        format!(
                            "{}: assessment says “{}” to “{}”",
                            workload.name, answer.label, gap.question.text
                        ),
                        answer.rationale.clone(),
                        answer.mitigation.clone(),
                    ))
                })
        })
        .collect()
}

/// What the remediation decision adds for the assessment: the red gaps to close alongside
/// the remediation, or `None` when there are none.
pub fn remediation_reason(workload: &Workload) -> Option<String> {
    let red: Vec<&str> = gaps(workload)
        .into_iter()
        .filter(|gap| gap.risk == Risk::Red)
        .map(|gap| gap.question.text.as_str())
        .collect();
    (!red.is_empty()).then(|| {
        format!(
            "The workload's assessment has {} red: {} Close these with the remediation, before the migration sprint.",
            red.len(),
            red.join(" ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::action::Action;
    use crate::domain::name::Name;
    use crate::domain::questions::Answer;
    use crate::domain::workload::WorkloadId;

    fn assessed(choices: &[(&str, &str)]) -> (Plan, WorkloadId) {
        let mut plan = Plan::default();
        let id = plan.next_workload_id();
        let name = Name::parse("Billing").expect("a name");
        plan.apply(Action::AddWorkload(Workload::new(id, name)))
            .expect("added");
        for (question, choice) in choices {
            plan.apply(Action::AssessWorkload {
                workload: id,
                question: (*question).into(),
                answer: Answer {
                    choice: (*choice).into(),
                    ..Answer::default()
                },
            })
            .expect("a valid answer");
        }
        (plan, id)
    }

    #[test]
    fn an_unassessed_workload_has_every_question_open_and_raises_nothing() {
        let (plan, id) = assessed(&[]);
        let workload = plan.workload(id).expect("there");
        assert_eq!(
            gaps(workload).len(),
            workload_assessment().questions().len()
        );
        assert!(red_blocking(workload).is_empty());
        assert!(findings(&plan).is_empty());
        assert_eq!(remediation_reason(workload), None);
    }

    #[test]
    fn a_red_blocking_answer_is_a_finding_a_remediation_reason_and_holds_the_promotion() {
        let (plan, id) = assessed(&[("test-criteria", "no"), ("owners", "both"), ("usage", "no")]);
        let workload = plan.workload(id).expect("there");
        let blocking: Vec<&str> = red_blocking(workload)
            .iter()
            .map(|g| g.question.id.as_str())
            .collect();
        assert_eq!(
            blocking,
            vec!["test-criteria"],
            "usage is red but not blocking"
        );
        assert_eq!(findings(&plan).len(), 2, "one warning per red answer");
        assert!(remediation_reason(workload).is_some_and(|r| r.contains("2 red")));
        assert_eq!(answered(workload), (3, 6));
    }

    #[test]
    fn an_answer_outside_the_assessment_is_refused() {
        let (mut plan, id) = assessed(&[]);
        let before = plan.clone();
        let refused = plan.apply(Action::AssessWorkload {
            workload: id,
            question: "owners".into(),
            answer: Answer {
                choice: "maybe".into(),
                ..Answer::default()
            },
        });
        assert!(refused.is_err());
        assert_eq!(plan, before);
    }
}
