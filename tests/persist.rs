//! Saving and loading: the envelope, older versions, and every way a stored plan can be bad.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::Builder;
use waveplan::domain::asset::RemediationCategory;
use waveplan::domain::dependency::DependencyStrength::Soft;
use waveplan::domain::persist::{from_json, load_json, to_json, LoadError, CURRENT_VERSION};
use waveplan::domain::question_bank::HYBRID_NETWORK;
use waveplan::domain::workload::{Checkpoint, WorkloadId};

fn sample() -> Builder {
    let mut b = Builder::new();
    let (_, a) = b.simple("Portal");
    let (_, c) = b.simple("Data warehouse");
    b.item(a, "TLS 1.2 only", 3.5, RemediationCategory::Configuration)
        .depends(a, c, Soft)
        .answer(HYBRID_NETWORK, "untested");
    b
}

#[test]
fn save_then_load_gives_the_same_plan() {
    let plan = sample().plan;
    let text = to_json(&plan);
    assert!(text.contains("\"format\": \"waveplan\""));
    assert!(text.contains(&format!("\"version\": {CURRENT_VERSION}")));
    assert_eq!(from_json(&text), Ok(plan));
}

#[test]
fn version_1_plans_are_migrated() {
    let v1 = r#"{"format":"waveplan","version":1,"plan":{"name":"Contoso exit"}}"#;
    let plan = from_json(v1).expect("v1 loads");
    assert_eq!(plan.name().as_str(), "Contoso exit");
    assert_eq!(plan.workloads().len(), 0);
}

#[test]
fn bad_input_is_refused_with_a_message_that_says_where() {
    let current = to_json(&sample().plan);
    let cases: Vec<(String, &str)> = vec![
        ("".into(), "not valid JSON (line 1, column 0)"),
        (
            "{\n  \"format\": \"waveplan\",\n  oops\n}".into(),
            "not valid JSON (line 3, column 3)",
        ),
        (current[..current.len() / 2].to_string(), "not valid JSON"),
        ("[1, 2]".into(), "not a waveplan plan"),
        (
            r#"{"format":"other","version":1,"plan":{}}"#.into(),
            "not a waveplan plan",
        ),
        (
            r#"{"format":"waveplan","plan":{}}"#.into(),
            "no valid \"version\"",
        ),
        (
            r#"{"format":"waveplan","version":0,"plan":{}}"#.into(),
            "no valid \"version\"",
        ),
        (
            r#"{"format":"waveplan","version":"2","plan":{}}"#.into(),
            "no valid \"version\"",
        ),
        (
            r#"{"format":"waveplan","version":[2],"plan":{}}"#.into(),
            "no valid \"version\"",
        ),
        (
            r#"{"format":"waveplan","version":1.5,"plan":{}}"#.into(),
            "no valid \"version\"",
        ),
        (
            r#"{"format":"waveplan","version":1,"plan":{"name":"  "}}"#.into(),
            "the plan's data is not valid (line 1, column",
        ),
        (
            r#"{"format":"waveplan","version":99,"plan":{}}"#.into(),
            "saved by a newer waveplan (format version 99); this one reads up to version 3",
        ),
        (
            current.replace("\"non_production\"", "\"staging-ish\""),
            "the plan's data is not valid (line 39, column 36): unknown variant `staging-ish`, expected `production` or `non_production`",
        ),
        (
            current.replace("\"name\": \"Portal\"", "\"name\": \"  \""),
            "the plan's data is not valid (line",
        ),
        (
            current.replace("\"workload\": 2", "\"workload\": 9"),
            "inconsistent: the workload with id 9 no longer exists",
        ),
        (
            current.replace("\"storage_gb\": 100.0", "\"storage_gb\": -5.0"),
            "storage must be a number from 0 to 10,000,000 GB",
        ),
        (
            current.replacen("\"pinned_wave\": null", "\"pinned_wave\": 4000000000", 1),
            "pinned to waves 1 to 520",
        ),
    ];
    for (text, expected) in cases {
        let error = from_json(&text).expect_err(expected);
        assert!(
            error.to_string().contains(expected),
            "expected {expected:?}, got {error}"
        );
    }
    let unnamed = from_json(&current.replace("\"name\": \"Portal\"", "\"name\": \"  \""))
        .unwrap_err()
        .to_string();
    assert!(
        unnamed.starts_with("the plan's data is not valid (line ")
            && unnamed.ends_with("a name is required"),
        "{unnamed}"
    );
    assert!(matches!(
        from_json(r#"{"format":"waveplan","version":4}"#),
        Err(LoadError::FutureVersion {
            found: 4,
            supported: 3
        })
    ));
}

/// Version 2 stored a status set by hand and three business flags. Version 3 derives the
/// stage: the flags become checkpoints, and a status that claimed more than the checklists
/// show is named in a note rather than dropped without a word.
#[test]
fn version_2_plans_load_with_checkpoints_and_a_note_on_statuses_the_facts_do_not_show() {
    let v2 = r#"{"format":"waveplan","version":2,"plan":{"name":"Old plan",
        "workloads":[
          {"id":1,"name":"Portal","environment":"production","criticality":"low","approach":"rehost",
           "data_classification":"general","priority":2,"status":"promoted",
           "business":{"test_plan":true,"change_plan":true,"signed_off":true}},
          {"id":2,"name":"Lab","environment":"non_production","criticality":"low","approach":"rehost",
           "data_classification":"general","priority":1,"status":"not_started"}],
        "assets":[{"id":1,"workload":1,"kind":"virtual_machine","name":"portal-vm"}]}}"#;
    let loaded = load_json(v2).expect("version 2 loads");
    let portal = loaded.plan.workload(WorkloadId(1)).unwrap();
    assert_eq!(
        portal.checkpoints.iter().copied().collect::<Vec<_>>(),
        [
            Checkpoint::TestPlan,
            Checkpoint::ChangePlan,
            Checkpoint::BusinessTested
        ]
    );
    assert_eq!(portal.legacy_status, None);
    assert_eq!(
        loaded.notes,
        ["Stages now follow the checklists instead of a status set by hand: Portal was marked “Promoted”, its checklists show “Not started”. Tick what is done on the Staging page."]
    );
    let saved = to_json(&loaded.plan);
    assert!(
        !saved.contains("\"status\"") && !saved.contains("\"business\""),
        "{saved}"
    );
    assert_eq!(from_json(&saved), Ok(loaded.plan));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let plan = sample().plan;
    assert_eq!(from_json(&format!("\u{feff}{}", to_json(&plan))), Ok(plan));
}

#[test]
fn storage_text_is_json_for_small_plans_and_compressed_for_large_ones() {
    use waveplan::domain::persist::{from_storage_text, to_storage_text};
    let small = sample().plan;
    let text = to_storage_text(&small);
    assert!(text.starts_with('{'), "small plans stay readable JSON");
    assert_eq!(from_storage_text(&text), Ok(small));

    let large = waveplan::domain::synthetic::generate(3, 2_000, 10);
    let text = to_storage_text(&large);
    assert!(text.starts_with("waveplan-deflate:"));
    assert!(
        text.len() < 1_000_000,
        "{} characters fit browser storage",
        text.len()
    );
    assert_eq!(from_storage_text(&text), Ok(large));

    let damaged = &text[..text.len() / 2];
    assert_eq!(from_storage_text(damaged), Err(LoadError::Packed));
}

#[test]
fn a_workshop_decision_log_and_timeboxes_travel_with_the_plan() {
    use waveplan::domain::decision_log::Decision;
    use waveplan::domain::plan::{Action, Plan, PlanError};
    use waveplan::domain::questions::{Answer, Section};
    let mut plan = Plan::default();
    let question = plan.questions().questions()[0].clone();
    let choice = question.choices[0].id.clone();
    let decision = Decision {
        at: "2027-01-04 10:15".into(),
        question: question.id.clone(),
        choice: choice.clone(),
        note: "agreed | after a vote".into(),
        decided_by: "Priya".into(),
    };
    let answer = Answer {
        choice,
        ..Answer::default()
    };
    plan.apply(Action::Decide {
        question: question.id.clone(),
        answer: answer.clone(),
        decision: decision.clone(),
    })
    .expect("a decision");
    plan.apply(Action::SetTimebox {
        section: Section::Roles,
        minutes: 25,
    })
    .expect("a timebox");
    assert_eq!(
        plan.answers().get(&question.id),
        Some(&answer),
        "the answer is set"
    );
    assert_eq!(plan.workshop().decisions, vec![decision.clone()]);

    let json = to_json(&plan);
    let back = from_json(&json).expect("reads back");
    assert_eq!(back, plan);
    assert_eq!(back.workshop().timebox(Section::Roles), 25);
    assert_eq!(
        back.workshop().timebox(Section::Decisions),
        15,
        "waveplan's default"
    );
    assert_eq!(to_json(&back), json, "round-trips byte for byte");

    // A decision about another question than the answer's, or a timebox of 0, changes nothing.
    let before = plan.clone();
    let other = plan.questions().questions()[1].id.clone();
    let mismatched = plan.apply(Action::Decide {
        question: other,
        answer,
        decision,
    });
    assert_eq!(mismatched, Err(PlanError::Decision));
    let zero = plan.apply(Action::SetTimebox {
        section: Section::Roles,
        minutes: 0,
    });
    assert_eq!(zero, Err(PlanError::Timebox));
    assert_eq!(plan, before);
}
