//! Readiness: the team's answers to the question bank, turned into an overall level, a score
//! per section and the gaps that block migration, each with why and what to do.

use std::collections::BTreeMap;

use crate::domain::finding::{Finding, Severity, Subject};
use crate::domain::labels::labelled_enum;
use crate::domain::plan::Plan;
use crate::domain::question_bank::HYBRID_NETWORK;
use crate::domain::questions::{QuestionBank, Risk, Section};

pub use crate::domain::questions::{Answer, AnswerEdit};

labelled_enum! {
    pub enum ReadinessLevel {
        Ready => "Ready", AtRisk => "Ready with risks", Blocked => "Blocked",
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SectionScore {
    pub section: Section,
    pub answered: usize,
    pub total: usize,
    /// Green counts fully, amber half, red, unknown and unanswered not at all.
    pub percent: u32,
}

/// A question whose answer (or lack of one) is not green.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub question: String,
    pub text: String,
    pub risk: Risk,
    pub blocking: bool,
    pub rationale: String,
    pub mitigation: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Readiness {
    pub level: ReadinessLevel,
    /// Why the level is what it is, in a sentence.
    pub reason: String,
    pub sections: Vec<SectionScore>,
    /// Blocking gaps first, then by question order.
    pub gaps: Vec<Gap>,
    pub answered: usize,
    pub total: usize,
}

impl Readiness {
    pub fn blocking_gaps(&self) -> impl Iterator<Item = &Gap> + '_ {
        self.gaps.iter().filter(|gap| gap.blocking)
    }
}

fn gap_for(question: &crate::domain::questions::Question, answer: Option<&Answer>) -> Option<Gap> {
    let chosen = answer.and_then(|answer| question.choices.iter().find(|c| c.id == answer.choice));
    let (risk, rationale, mitigation) = match chosen {
        Some(choice) if choice.risk == Risk::Green => return None,
        Some(choice) => (
            choice.risk,
            choice.rationale.clone(),
            choice.mitigation.clone(),
        ),
        None => (
            Risk::Unknown,
            "Not answered yet.".to_owned(),
            "Answer it with the team (workshop mode walks through the questions).".to_owned(),
        ),
    };
    // Only red and unknown answers block; amber is a risk to manage, not a stop.
    let blocking = question.blocking && risk != Risk::Amber;
    Some(Gap {
        question: question.id.clone(),
        text: question.text.clone(),
        risk,
        blocking,
        rationale,
        mitigation,
    })
}

/// Readiness steers the plan: while blocking questions are red or unanswered, the waves are a
/// draft, and the plan says so first.
pub fn findings(readiness: &Readiness) -> Vec<Finding> {
    let blocking: Vec<&Gap> = readiness.blocking_gaps().collect();
    if blocking.is_empty() {
        return Vec::new();
    }
    vec![Finding::new(
        Severity::Blocker,
        Subject::Plan,
        format!(
            "Readiness is blocked: {}",
            crate::domain::waves::join(blocking.iter().map(|gap| format!("{} ({})", gap.text, gap.risk.label().to_ascii_lowercase())))
        ),
        "CAF settles these prerequisites before a team executes migrations; until they are settled these waves are a draft.",
        "Answer them with the team (Readiness, Start workshop) and fix the red ones.",
    )]
}

/// Whether the team's answer says a question is settled green.
pub fn is_green(plan: &Plan, question: &str) -> bool {
    plan.answers()
        .get(question)
        .and_then(|answer| plan.questions().check_answer(question, &answer.choice).ok())
        .is_some_and(|choice| choice.risk == Risk::Green)
}

/// Whether cloud workloads can reach what stays on premises (the hybrid network question is
/// green): split dependencies are then reachable.
pub fn hybrid_connectivity_ready(plan: &Plan) -> bool {
    is_green(plan, HYBRID_NETWORK)
}

/// Blocked while a blocking question is red or open; at risk with any other gap; else ready.
fn level_of(gaps: &[Gap]) -> (ReadinessLevel, String) {
    let blocking = gaps.iter().filter(|gap| gap.blocking).count();
    match (blocking, gaps.len()) {
        (1, _) => (
            ReadinessLevel::Blocked,
            "1 blocking question is red or not yet answered.".to_owned(),
        ),
        (0, 0) => (
            ReadinessLevel::Ready,
            "Every question has a green answer.".to_owned(),
        ),
        (0, 1) => (
            ReadinessLevel::AtRisk,
            "No blocking gaps, but 1 answer carries a risk to manage.".to_owned(),
        ),
        (0, risks) => (
            ReadinessLevel::AtRisk,
            format!("No blocking gaps, but {risks} answers carry a risk to manage."),
        ),
        (blocking, _) => (
            ReadinessLevel::Blocked,
            format!("{blocking} blocking questions are red or not yet answered."),
        ),
    }
}

pub fn assess(bank: &QuestionBank, answers: &BTreeMap<String, Answer>) -> Readiness {
    let mut gaps = Vec::new();
    let mut by_section: BTreeMap<Section, (usize, usize, u32)> = BTreeMap::new();
    let mut answered = 0;
    for question in bank.questions() {
        let answer = answers.get(&question.id);
        let risk = answer
            .and_then(|answer| question.choices.iter().find(|c| c.id == answer.choice))
            .map(|choice| choice.risk);
        let entry = by_section.entry(question.section).or_default();
        entry.1 += 1;
        if risk.is_some() {
            entry.0 += 1;
            answered += 1;
        }
        entry.2 += match risk {
            Some(Risk::Green) => 2,
            Some(Risk::Amber) => 1,
            _ => 0,
        };
        gaps.extend(gap_for(question, answer));
    }
    gaps.sort_by_key(|gap| !gap.blocking);
    let sections = by_section
        .into_iter()
        .map(|(section, (answered, total, points))| SectionScore {
            section,
            answered,
            total,
            percent: (u64::from(points) * 50 / total.max(1) as u64) as u32,
        })
        .collect();
    let (level, reason) = level_of(&gaps);
    Readiness {
        level,
        reason,
        sections,
        gaps,
        answered,
        total: bank.questions().len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::question_bank::REMEDIATION_PLACEMENT;

    fn answers(pairs: &[(&str, &str)]) -> BTreeMap<String, Answer> {
        pairs
            .iter()
            .map(|(q, c)| {
                (
                    q.to_string(),
                    Answer {
                        choice: c.to_string(),
                        note: String::new(),
                        owner: String::new(),
                    },
                )
            })
            .collect()
    }

    /// Every question answered with its first (green) choice, then the given overrides.
    fn all_green_but(overrides: &[(&str, &str)]) -> BTreeMap<String, Answer> {
        let bank = QuestionBank::built_in();
        let mut all: BTreeMap<String, Answer> = bank
            .questions()
            .iter()
            .map(|q| {
                (
                    q.id.clone(),
                    Answer {
                        choice: q.choices[0].id.clone(),
                        note: String::new(),
                        owner: String::new(),
                    },
                )
            })
            .collect();
        all.extend(answers(overrides));
        all
    }

    #[test]
    fn levels_follow_the_worst_blocking_answer() {
        let bank = QuestionBank::built_in();
        let cases: &[(&[(&str, &str)], ReadinessLevel)] = &[
            (&[], ReadinessLevel::Ready),
            (&[("governance", "limited")], ReadinessLevel::AtRisk),
            (&[(HYBRID_NETWORK, "untested")], ReadinessLevel::AtRisk),
            (&[(HYBRID_NETWORK, "no")], ReadinessLevel::Blocked),
            (
                &[(REMEDIATION_PLACEMENT, "unsure")],
                ReadinessLevel::Blocked,
            ),
            (&[("governance", "none")], ReadinessLevel::AtRisk),
        ];
        for (overrides, expected) in cases {
            let readiness = assess(&bank, &all_green_but(overrides));
            assert_eq!(
                readiness.level, *expected,
                "{overrides:?}: {}",
                readiness.reason
            );
        }
    }

    #[test]
    fn nothing_answered_is_blocked_with_every_question_a_gap() {
        let bank = QuestionBank::built_in();
        let readiness = assess(&bank, &BTreeMap::new());
        assert_eq!(readiness.level, ReadinessLevel::Blocked);
        assert_eq!(readiness.gaps.len(), bank.questions().len());
        assert!(readiness.gaps[0].blocking, "blocking gaps come first");
        assert!(readiness
            .sections
            .iter()
            .all(|s| s.percent == 0 && s.answered == 0));
    }

    #[test]
    fn gaps_carry_rationale_and_mitigation_and_sections_score() {
        let bank = QuestionBank::built_in();
        let readiness = assess(
            &bank,
            &all_green_but(&[(HYBRID_NETWORK, "no"), ("identity", "partial")]),
        );
        let network = readiness
            .gaps
            .iter()
            .find(|g| g.question == HYBRID_NETWORK)
            .unwrap();
        assert!(network.blocking && network.risk == Risk::Red);
        assert!(network.mitigation.contains("connectivity"));
        let environment = readiness
            .sections
            .iter()
            .find(|s| s.section == Section::Environment)
            .unwrap();
        // 5 questions: 3 green (2 points each), 1 amber (1), 1 red (0) = 7 of 10.
        assert_eq!(
            (environment.answered, environment.total, environment.percent),
            (5, 5, 70)
        );
    }
}
