//! The presenter view of a readiness workshop: what the projector window shows, sent by the
//! facilitator's window over a same-browser channel. A frame carries everything the projector
//! draws (question, answers, progress, the section's timer), so the projector needs no plan
//! and two windows cannot disagree. Messages are JSON; anything else read from the channel is
//! a typed error, never a panic.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::plan::Plan;
use crate::domain::questions::Risk;
use crate::domain::section_clock::TimerReading;
use crate::domain::workshop::WorkshopScope;

/// The channel both windows join (one per browser profile and origin).
pub const CHANNEL: &str = "waveplan-presenter";

/// What the projector shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresenterFrame {
    pub plan: String,
    /// 0-based; equal to `total` on the summary.
    pub position: usize,
    pub total: usize,
    pub screen: Screen,
    pub timer: Option<TimerReading>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    Question {
        section: String,
        text: String,
        help: String,
        blocking: bool,
        choices: Vec<FrameChoice>,
    },
    Summary {
        answered: usize,
        follow_ups: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameChoice {
    pub label: String,
    pub selected: bool,
    /// Shown once the room has answered (colours must not steer it), as in workshop mode.
    pub risk: Option<Risk>,
}

/// What the two windows say to each other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PresenterMessage {
    /// From the facilitator: show this.
    Show { frame: PresenterFrame },
    /// From a projector that has just opened: what is on screen?
    Hello,
    /// From the projector's keys (a clicker): move on or back.
    Step { forward: bool },
    /// From the facilitator: the workshop was left; the projector shows nothing of it.
    Ended,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PresenterError {
    #[error("the presenter channel carried something waveplan did not send: {0}")]
    NotAMessage(String),
}

impl PresenterMessage {
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn decode(text: &str) -> Result<Self, PresenterError> {
        serde_json::from_str(text).map_err(|error| PresenterError::NotAMessage(error.to_string()))
    }
}

/// The frame for question `position` of the plan's readiness bank (the summary past the last).
pub fn frame(plan: &Plan, position: usize, timer: Option<TimerReading>) -> PresenterFrame {
    scoped_frame(plan, WorkshopScope::Release, position, timer)
}

/// The frame for question `position` of the questions `scope` walks.
pub fn scoped_frame(
    plan: &Plan,
    scope: WorkshopScope,
    position: usize,
    timer: Option<TimerReading>,
) -> PresenterFrame {
    let questions = scope.questions(plan);
    let answers = scope.answers(plan);
    let total = questions.len();
    let screen = match questions.get(position) {
        Some(question) => {
            let chosen = answers
                .and_then(|a| a.get(&question.id))
                .map(|a| a.choice.as_str());
            let answered = chosen.is_some_and(|c| !c.is_empty());
            Screen::Question {
                section: question.section.label().to_owned(),
                text: question.text.clone(),
                help: question.help.clone(),
                blocking: question.blocking,
                choices: question
                    .choices
                    .iter()
                    .map(|choice| FrameChoice {
                        label: choice.label.clone(),
                        selected: chosen == Some(choice.id.as_str()),
                        risk: answered.then_some(choice.risk),
                    })
                    .collect(),
            }
        }
        None => summary_screen(plan, scope),
    };
    let title = match scope {
        WorkshopScope::Release => plan.name().to_string(),
        WorkshopScope::Workload(id) => plan
            .workload(id)
            .map_or_else(String::new, |w| format!("{}: {}", plan.name(), w.name)),
    };
    PresenterFrame {
        plan: title,
        position: position.min(total),
        total,
        screen,
        timer,
    }
}

fn summary_screen(plan: &Plan, scope: WorkshopScope) -> Screen {
    match scope {
        WorkshopScope::Release => {
            let outcome = crate::domain::workshop::outcome(plan);
            Screen::Summary {
                answered: outcome.answered,
                follow_ups: outcome.follow_ups.len(),
            }
        }
        WorkshopScope::Workload(id) => {
            let workload = plan.workload(id);
            Screen::Summary {
                answered: workload.map_or(0, |w| crate::domain::assessment::answered(w).0),
                follow_ups: workload.map_or(0, |w| {
                    crate::domain::assessment::gaps(w)
                        .iter()
                        .filter(|g| g.answer.is_some())
                        .count()
                }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::action::Action;
    use crate::domain::questions::Answer;

    #[test]
    fn a_frame_hides_risk_until_the_room_answers_and_marks_the_answer() {
        let mut plan = Plan::default();
        let first = plan.questions().questions()[0].clone();
        let Screen::Question { choices, text, .. } = frame(&plan, 0, None).screen else {
            panic!("question 1 is a question");
        };
        assert_eq!(text, first.text);
        assert!(choices.iter().all(|c| c.risk.is_none() && !c.selected));

        let picked = first.choices[1].clone();
        plan.apply(Action::Answer {
            question: first.id.clone(),
            answer: Answer {
                choice: picked.id.clone(),
                ..Answer::default()
            },
        })
        .expect("a valid answer");
        let Screen::Question { choices, .. } = frame(&plan, 0, None).screen else {
            panic!("question 1 is a question");
        };
        assert!(choices[1].selected && choices.iter().filter(|c| c.selected).count() == 1);
        assert_eq!(choices[1].risk, Some(picked.risk));
    }

    #[test]
    fn past_the_last_question_is_the_summary() {
        let plan = Plan::default();
        let total = plan.questions().questions().len();
        let shown = frame(&plan, total + 3, None);
        assert_eq!(shown.position, total);
        assert!(matches!(shown.screen, Screen::Summary { answered: 0, .. }));
    }

    #[test]
    fn messages_round_trip_and_anything_else_is_a_typed_error() {
        let message = PresenterMessage::Show {
            frame: frame(&Plan::default(), 2, None),
        };
        assert_eq!(PresenterMessage::decode(&message.encode()), Ok(message));
        assert_eq!(
            PresenterMessage::decode(&PresenterMessage::Step { forward: false }.encode()),
            Ok(PresenterMessage::Step { forward: false })
        );
        for hostile in ["", "{}", "[1,2]", "{\"message\":\"show\"}", "\u{0}"] {
            assert!(PresenterMessage::decode(hostile).is_err(), "{hostile:?}");
        }
    }
}
