//! What a readiness workshop produced: every amber and red answer with its notes and owner
//! (the follow-ups), the questions still open, and where to resume. The workshop's summary
//! screen and its Markdown export read the same outcome.

use std::collections::BTreeMap;

use crate::domain::plan::{workload_assessment, Plan};
use crate::domain::questions::{Answer, Question, Risk};
use crate::domain::workload::WorkloadId;

/// Which questions a workshop walks: the release's readiness questions, or one workload's
/// assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkshopScope {
    Release,
    Workload(WorkloadId),
}

impl WorkshopScope {
    pub fn questions(self, plan: &Plan) -> &[Question] {
        match self {
            WorkshopScope::Release => plan.questions().questions(),
            WorkshopScope::Workload(_) => workload_assessment().questions(),
        }
    }

    /// The answers given so far (`None` for a workload no longer in the plan).
    pub fn answers(self, plan: &Plan) -> Option<&BTreeMap<String, Answer>> {
        match self {
            WorkshopScope::Release => Some(plan.answers()),
            WorkshopScope::Workload(id) => plan.workload(id).map(|w| &w.assessment),
        }
    }

    /// The first question without an answer (the summary when all are answered).
    pub fn resume_at(self, plan: &Plan) -> usize {
        let questions = self.questions(plan);
        let answers = self.answers(plan);
        questions
            .iter()
            .position(|q| {
                answers
                    .and_then(|a| a.get(&q.id))
                    .is_none_or(|a| a.choice.is_empty())
            })
            .unwrap_or(questions.len())
    }

    /// How the decision log names a question of this scope ("workload-7/owners").
    pub fn log_key(self, question: &str) -> String {
        match self {
            WorkshopScope::Release => question.to_owned(),
            WorkshopScope::Workload(id) => format!("workload-{}/{question}", id.0),
        }
    }

    /// The scope and question a decision log key names (`log_key` read back).
    pub fn of_log_key(key: &str) -> (WorkshopScope, &str) {
        let scoped = key.strip_prefix("workload-").and_then(|rest| {
            let (id, question) = rest.split_once('/')?;
            Some((
                WorkshopScope::Workload(WorkloadId(id.parse().ok()?)),
                question,
            ))
        });
        scoped.unwrap_or((WorkshopScope::Release, key))
    }
}

/// One answer the room must follow up, or one question it has not answered yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp<'a> {
    pub question: &'a Question,
    /// The agreed choice's label; `None` while unanswered.
    pub answer: Option<&'a str>,
    pub risk: Risk,
    pub note: &'a str,
    pub owner: &'a str,
    /// What to do about it (the chosen answer's mitigation).
    pub mitigation: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome<'a> {
    /// Red answers first, then "not sure", then amber, each in workshop order.
    pub follow_ups: Vec<FollowUp<'a>>,
    /// Questions without an answer yet (notes may exist).
    pub open: Vec<FollowUp<'a>>,
    pub answered: usize,
    pub total: usize,
}

pub fn outcome(plan: &Plan) -> Outcome<'_> {
    let mut follow_ups = Vec::new();
    let mut open = Vec::new();
    let questions = plan.questions().questions();
    for question in questions {
        let answer = plan.answers().get(&question.id);
        let (note, owner) = answer.map_or(("", ""), |a| (a.note.as_str(), a.owner.as_str()));
        let chosen = answer.and_then(|a| question.choices.iter().find(|c| c.id == a.choice));
        match chosen {
            Some(choice) if choice.risk != Risk::Green => follow_ups.push(FollowUp {
                question,
                answer: Some(choice.label.as_str()),
                risk: choice.risk,
                note,
                owner,
                mitigation: choice.mitigation.as_str(),
            }),
            Some(_) => {}
            None => open.push(FollowUp {
                question,
                answer: None,
                risk: Risk::Unknown,
                note,
                owner,
                mitigation: "",
            }),
        }
    }
    // Stable: red, then "not sure", then amber; otherwise the order the room walked.
    follow_ups.sort_by_key(|f| match f.risk {
        Risk::Red => 0,
        Risk::Unknown => 1,
        _ => 2,
    });
    Outcome {
        answered: questions.len() - open.len(),
        total: questions.len(),
        follow_ups,
        open,
    }
}

/// Where a workshop picks up: the first question without an answer, or the summary (the
/// number of questions) when all are answered.
/// Where a workshop is, in words: "Question 3 of 25", or "Summary" past the last question.
pub fn progress_words(position: usize, total: usize) -> String {
    if position >= total {
        "Summary".to_owned()
    } else {
        format!("Question {} of {total}", position + 1)
    }
}

pub fn resume_at(plan: &Plan) -> usize {
    WorkshopScope::Release.resume_at(plan)
}

#[cfg(test)]
mod log_key_tests {
    use super::*;

    #[test]
    fn a_log_key_reads_back_as_its_scope_and_question() {
        for scope in [
            WorkshopScope::Release,
            WorkshopScope::Workload(WorkloadId(7)),
        ] {
            let key = scope.log_key("owners");
            assert_eq!(WorkshopScope::of_log_key(&key), (scope, "owners"));
        }
        assert_eq!(
            WorkshopScope::of_log_key("workload-x/owners"),
            (WorkshopScope::Release, "workload-x/owners"),
            "not a workload's key: a release question id"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::action::Action;
    use crate::domain::readiness::Answer;

    fn answer(plan: &mut Plan, question: &str, choice: &str, note: &str, owner: &str) {
        plan.apply(Action::Answer {
            question: question.into(),
            answer: Answer {
                choice: choice.into(),
                note: note.into(),
                owner: owner.into(),
            },
        })
        .unwrap();
    }

    #[test]
    fn follow_ups_are_the_red_then_amber_answers_with_notes_and_owners() {
        let mut plan = Plan::default();
        let ids: Vec<String> = plan
            .questions()
            .questions()
            .iter()
            .map(|q| q.id.clone())
            .collect();
        let risky = |plan: &Plan, id: &str, risk: Risk| {
            plan.questions()
                .question(id)
                .unwrap()
                .choices
                .iter()
                .find(|c| c.risk == risk)
                .map(|c| c.id.clone())
        };
        let amber = ids
            .iter()
            .find_map(|id| risky(&plan, id, Risk::Amber).map(|c| (id.clone(), c)))
            .unwrap();
        let red = ids
            .iter()
            .rev()
            .find_map(|id| risky(&plan, id, Risk::Red).map(|c| (id.clone(), c)))
            .unwrap();
        let green = risky(&plan, &ids[1], Risk::Green).unwrap();
        answer(&mut plan, &amber.0, &amber.1, "vendor call Friday", "Ana");
        answer(&mut plan, &red.0, &red.1, "", "Network team");
        answer(&mut plan, &ids[1], &green, "", "");
        answer(&mut plan, &ids[2], "", "still arguing", "");

        let outcome = outcome(&plan);
        let got: Vec<(&str, Risk, &str)> = outcome
            .follow_ups
            .iter()
            .map(|f| (f.question.id.as_str(), f.risk, f.owner))
            .collect();
        assert_eq!(
            got,
            [
                (red.0.as_str(), Risk::Red, "Network team"),
                (amber.0.as_str(), Risk::Amber, "Ana")
            ]
        );
        assert_eq!(outcome.follow_ups[1].note, "vendor call Friday");
        assert_eq!(outcome.answered, 3);
        assert_eq!(outcome.open.len(), outcome.total - 3);
        assert!(
            outcome.open.iter().any(|o| o.note == "still arguing"),
            "notes before an answer are kept"
        );
    }

    #[test]
    fn a_workshop_resumes_at_the_first_unanswered_question() {
        let mut plan = Plan::default();
        assert_eq!(resume_at(&plan), 0);
        let first = plan.questions().questions()[0].clone();
        answer(&mut plan, &first.id, &first.choices[0].id, "", "");
        assert_eq!(resume_at(&plan), 1);
        let all: Vec<_> = plan.questions().questions().to_vec();
        for q in &all {
            answer(&mut plan, &q.id, &q.choices[0].id, "", "");
        }
        assert_eq!(resume_at(&plan), all.len(), "all answered: the summary");
    }
}
