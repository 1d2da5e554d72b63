//! The readiness question bank: what a team must settle before it executes migrations, from
//! CAF's migration prerequisites. The bank is data: a team can export it as JSON, edit it and
//! import it back. The built-in bank is written out in `question_bank.rs`.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::action::PlanError;
use crate::domain::labels::labelled_enum;

labelled_enum! {
    pub enum Section {
        Decisions => "Decisions", Environment => "Environment readiness",
        Roles => "Roles and accountability", WorkloadDefinition => "Workload definition (INVEST)",
        Process => "Migration process",
    }
}

labelled_enum! {
    /// Risk of an answer. Colour is never the only signal: the label is shown with it.
    pub enum Risk { Green => "Green", Amber => "Amber", Red => "Red", Unknown => "Unknown" }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
    pub risk: Risk,
    /// Why this answer carries its risk (empty for green answers).
    #[serde(default)]
    pub rationale: String,
    /// What to do about it (empty for green answers).
    #[serde(default)]
    pub mitigation: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub section: Section,
    pub text: String,
    #[serde(default)]
    pub help: String,
    /// A red or unanswered blocking question stops migration until it is settled.
    #[serde(default)]
    pub blocking: bool,
    pub choices: Vec<Choice>,
}

/// The questions in the order a workshop walks them, with an index by id so that checking an
/// answer costs the same for a bank of ten questions as for one of a thousand.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(from = "BankRecord", into = "BankRecord")]
pub struct QuestionBank {
    questions: Vec<Question>,
    by_id: HashMap<String, usize>,
}

/// The bank as it is written down: the list alone.
#[derive(Clone, Serialize, Deserialize)]
struct BankRecord {
    questions: Vec<Question>,
}

impl From<BankRecord> for QuestionBank {
    fn from(record: BankRecord) -> Self {
        Self::new(record.questions)
    }
}

impl From<QuestionBank> for BankRecord {
    fn from(bank: QuestionBank) -> Self {
        Self {
            questions: bank.questions,
        }
    }
}

impl PartialEq for QuestionBank {
    fn eq(&self, other: &Self) -> bool {
        self.questions == other.questions
    }
}

impl Eq for QuestionBank {}

/// A team's bank holds at most this many questions, and a question at most this many answers:
/// a workshop walks every question, and files beyond that are mistakes or attacks.
pub const MAX_QUESTIONS: usize = 1_000;
pub const MAX_CHOICES: usize = 20;
/// The longest question-bank file read, in bytes (the built-in bank is about 30 KB).
pub const MAX_BANK_BYTES: usize = 2 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BankError {
    #[error("the question bank is not valid JSON (line {line}, column {column}): {message}")]
    Json {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("the question bank has no questions")]
    Empty,
    #[error("question “{0}” appears more than once")]
    DuplicateQuestion(String),
    #[error("question {0}: an id and a text are required")]
    MissingText(usize),
    #[error(
        "question “{0}” needs at least two answers to choose from, each with an id and a label"
    )]
    Choices(String),
    #[error("question “{question}”: answer “{choice}” appears more than once")]
    DuplicateChoice { question: String, choice: String },
    #[error("the question bank has {0} questions; waveplan reads at most {MAX_QUESTIONS}")]
    TooManyQuestions(usize),
    #[error("question “{0}” has more than {MAX_CHOICES} answers")]
    TooManyChoices(String),
    #[error(
        "the question bank file is {0} bytes; waveplan reads files of up to {MAX_BANK_BYTES} bytes"
    )]
    TooLarge(usize),
}

impl QuestionBank {
    pub fn new(questions: Vec<Question>) -> Self {
        let mut by_id = HashMap::with_capacity(questions.len());
        for (index, question) in questions.iter().enumerate() {
            by_id.entry(question.id.clone()).or_insert(index);
        }
        Self { questions, by_id }
    }

    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.by_id
            .get(id)
            .and_then(|&index| self.questions.get(index))
    }

    /// An answer this bank can hold: its question is in the bank, and its choice, when it has
    /// one, is one of that question's (no choice yet: notes kept before the room agrees).
    pub fn check_recorded(&self, question: &str, answer: &Answer) -> Result<(), PlanError> {
        if answer.choice.is_empty() {
            self.question(question)
                .map(|_| ())
                .ok_or_else(|| PlanError::UnknownQuestion(question.to_owned()))
        } else {
            self.check_answer(question, &answer.choice).map(|_| ())
        }
    }

    pub fn check_answer(&self, question: &str, choice: &str) -> Result<&Choice, PlanError> {
        let found = self
            .question(question)
            .ok_or_else(|| PlanError::UnknownQuestion(question.to_owned()))?;
        found
            .choices
            .iter()
            .find(|candidate| candidate.id == choice)
            .ok_or_else(|| PlanError::UnknownChoice {
                question: found.text.clone(),
                choice: choice.to_owned(),
            })
    }

    pub fn to_json(&self) -> String {
        crate::domain::pretty_json::indent(&serde_json::to_string(self).unwrap_or_default())
    }

    /// Parses and checks a bank a team edited: ids unique, every question answerable.
    pub fn from_json(text: &str) -> Result<Self, BankError> {
        if text.len() > MAX_BANK_BYTES {
            return Err(BankError::TooLarge(text.len()));
        }
        let bank: QuestionBank = serde_json::from_str(text.trim_start_matches('\u{feff}'))
            .map_err(|error| BankError::Json {
                line: error.line(),
                column: error.column(),
                message: error.to_string(),
            })?;
        bank.check()?;
        Ok(bank)
    }

    pub fn check(&self) -> Result<(), BankError> {
        if self.questions.is_empty() {
            return Err(BankError::Empty);
        }
        if self.questions.len() > MAX_QUESTIONS {
            return Err(BankError::TooManyQuestions(self.questions.len()));
        }
        let mut seen = std::collections::BTreeSet::new();
        for (index, question) in self.questions.iter().enumerate() {
            if question.id.trim().is_empty() || question.text.trim().is_empty() {
                return Err(BankError::MissingText(index + 1));
            }
            if !seen.insert(question.id.as_str()) {
                return Err(BankError::DuplicateQuestion(question.id.clone()));
            }
            let complete =
                |choice: &Choice| !choice.id.trim().is_empty() && !choice.label.trim().is_empty();
            if question.choices.len() < 2 || !question.choices.iter().all(complete) {
                return Err(BankError::Choices(question.id.clone()));
            }
            if question.choices.len() > MAX_CHOICES {
                return Err(BankError::TooManyChoices(question.id.clone()));
            }
            let mut choice_ids = std::collections::BTreeSet::new();
            for choice in &question.choices {
                if !choice_ids.insert(choice.id.as_str()) {
                    return Err(BankError::DuplicateChoice {
                        question: question.id.clone(),
                        choice: choice.id.clone(),
                    });
                }
            }
        }
        Ok(())
    }
}

/// The team's answer to one question: which choice, what was said in the room, and who owns
/// the follow-up. An empty choice is no answer yet, only notes (the discussion before the room
/// agrees).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub choice: String,
    #[serde(default)]
    pub note: String,
    /// Who follows an amber or red answer up (free text: a name or a team).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
}

/// One change to an answer from a form: the rest of the answer is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerEdit {
    Choice(String),
    Note(String),
    Owner(String),
}

impl AnswerEdit {
    /// What the edit did, in words for the status line ("Answered: Not written").
    pub fn said(&self, question: &Question, previous: Option<&Answer>) -> String {
        match self {
            AnswerEdit::Choice(choice) if choice.is_empty() => {
                if previous.is_some_and(|a| !a.note.trim().is_empty()) {
                    "Answer cleared; the notes are kept".to_owned()
                } else {
                    "Answer cleared".to_owned()
                }
            }
            AnswerEdit::Choice(choice) => format!(
                "Answered: {}",
                question
                    .choices
                    .iter()
                    .find(|c| &c.id == choice)
                    .map_or(choice.as_str(), |c| c.label.as_str())
            ),
            AnswerEdit::Note(_) => "Notes saved".to_owned(),
            AnswerEdit::Owner(owner) if owner.trim().is_empty() => "Owner removed".to_owned(),
            AnswerEdit::Owner(owner) => format!("Owner: {}", owner.trim()),
        }
    }
}

impl Answer {
    /// `previous` with `edit` applied (an empty choice clears the choice, keeping the notes).
    pub fn edited(previous: Option<&Answer>, edit: AnswerEdit) -> Answer {
        let mut answer = previous.cloned().unwrap_or_default();
        match edit {
            AnswerEdit::Choice(choice) => answer.choice = choice,
            AnswerEdit::Note(note) => answer.note = note,
            AnswerEdit::Owner(owner) => answer.owner = owner.trim().to_owned(),
        }
        answer
    }

    /// Nothing recorded: no choice, no note, no owner.
    pub fn is_empty(&self) -> bool {
        self.choice.is_empty() && self.note.trim().is_empty() && self.owner.is_empty()
    }
}
