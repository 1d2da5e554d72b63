//! Structured fuzzing of every decoder a person's input reaches: share links, stored plans,
//! plan files, question banks, dependency exports and inventories. Arbitrary strings stop at a
//! decoder's first check, so each case starts from a valid input (a generated plan, its
//! envelope, its packed form, a dependency export naming its servers) and mutates it at one
//! level: the packed text, the JSON text, or a JSON value. Each decoder counts how far its
//! cases got, prints the table, and fails if a stage is never reached: a fuzzer that only ever
//! hits the first check would otherwise pass forever.
//!
//! `FUZZ_CASES` sets the cases per decoder (default 400; `scripts/test --long` runs 50,000 in
//! release mode and prints the table).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{json, Value};
use support::Builder;
use waveplan::domain::asset::AssetKind;
use waveplan::domain::compress::{pack, unpack};
use waveplan::domain::dependency::DependencyStrength;
use waveplan::domain::export::share::{decode, ShareError};
use waveplan::domain::import::table::Table;
use waveplan::domain::import::{self, numbers, Imported};
use waveplan::domain::persist::{load_storage_text, to_json, to_json_compact, LoadError};
use waveplan::domain::plan::{Action, Plan};
use waveplan::domain::questions::QuestionBank;

fn cases() -> usize {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400)
}

/// A small, seeded generator (xorshift64*): the same cases on every run and machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// How far each case got, by stage, in order.
struct Stages {
    decoder: &'static str,
    names: &'static [&'static str],
    reached: Vec<usize>,
    cases: usize,
}

impl Stages {
    fn new(decoder: &'static str, names: &'static [&'static str]) -> Self {
        Self {
            decoder,
            names,
            reached: vec![0; names.len()],
            cases: 0,
        }
    }

    /// Records a case that passed `stages` stages (0: stopped at the first).
    fn record(&mut self, stages: usize) {
        self.cases += 1;
        for reached in self.reached.iter_mut().take(stages) {
            *reached += 1;
        }
    }

    fn report(&self) {
        println!("{} ({} cases):", self.decoder, self.cases);
        for (name, reached) in self.names.iter().zip(&self.reached) {
            println!(
                "  {:<40} {:>7} ({:.1} %)",
                name,
                reached,
                *reached as f64 * 100.0 / self.cases.max(1) as f64
            );
        }
        for (name, reached) in self.names.iter().zip(&self.reached) {
            assert!(*reached > 0, "{}: no case reached “{name}”", self.decoder);
        }
        let last = self.reached.last().copied().unwrap_or(0);
        assert!(
            last < self.cases,
            "{}: every case passed every stage, so nothing was refused",
            self.decoder
        );
    }
}

/// A plan with a few workloads, assets, dependencies, answers and a custom field or two.
fn seed_plan(rng: &mut Rng) -> Plan {
    let mut b = Builder::new();
    let mut assets = Vec::new();
    for w in 0..1 + rng.below(5) {
        let workload = b.workload(&format!("Workload {w}"));
        for a in 0..1 + rng.below(3) {
            let kind = *rng.pick(&[
                AssetKind::VirtualMachine,
                AssetKind::Database,
                AssetKind::Storage,
            ]);
            assets.push(b.asset(
                workload,
                &format!("srv-{w}-{a}"),
                kind,
                rng.below(2_000) as f64,
            ));
        }
    }
    for _ in 0..rng.below(6) {
        let (from, to) = (*rng.pick(&assets), *rng.pick(&assets));
        if from != to {
            let strength = *rng.pick(&[DependencyStrength::Hard, DependencyStrength::Soft]);
            b.depends(from, to, strength);
        }
    }
    if rng.chance(50) {
        b.answer("identity", "partial");
    }
    if rng.chance(50) {
        // A workshop's record: a decision in the log and a section's timebox.
        let question = b.plan.questions().questions()[0].clone();
        let choice = question.choices[0].id.clone();
        let decided = b.plan.apply(Action::Decide {
            question: question.id.clone(),
            answer: waveplan::domain::questions::Answer {
                choice: choice.clone(),
                ..Default::default()
            },
            decision: waveplan::domain::decision_log::Decision {
                at: "2027-01-04 10:15".into(),
                question: question.id,
                choice,
                note: "after a vote".into(),
                decided_by: "Priya".into(),
            },
        });
        let timed = b.plan.apply(Action::SetTimebox {
            section: waveplan::domain::questions::Section::Roles,
            minutes: 1 + rng.below(480) as u32,
        });
        assert!(decided.is_ok() && timed.is_ok(), "the seed plan is valid");
    }
    b.plan
}

/// A value of another type: what a hand-edited or damaged file holds.
fn odd_value(rng: &mut Rng) -> Value {
    let choices = [
        json!(null),
        json!(true),
        json!(""),
        json!([]),
        json!({}),
        json!([1, 2]),
        json!("hard"),
    ];
    rng.pick(&choices).clone()
}

/// A value of the same type that breaks an assumption: bounds, duplicates, hostile text.
fn odd_of_same_type(value: &Value, rng: &mut Rng) -> Value {
    match value {
        Value::Number(_) => rng
            .pick(&[
                json!(-1),
                json!(0),
                json!(1),
                json!(2),
                json!(3),
                json!(1.5),
                json!(1e308),
                json!(u32::MAX),
                json!(4_294_967_296u64),
                json!(521),
            ])
            .clone(),
        Value::String(_) => rng
            .pick(&[
                json!(""),
                json!("   "),
                json!("x".repeat(200)),
                json!("<script>alert(1)</script>"),
                json!("srv-0-0"),
                json!("SRV-0-1"),
                json!("Workload 0"),
                json!("hard"),
                json!("production"),
                json!("2027-02-30"),
                json!("9999-12-31"),
                json!("partial"),
            ])
            .clone(),
        Value::Bool(flag) => json!(!flag),
        _ => odd_value(rng),
    }
}

/// One change somewhere in the JSON tree: a value replaced (mostly by one of its own type, so
/// the case gets past parsing to the plan's own checks), a key removed, an element copied
/// (duplicate ids and names), removed or swapped.
fn mutate_value(value: &mut Value, rng: &mut Rng) {
    let stop_here = rng.chance(20);
    match value {
        Value::Object(map) if !map.is_empty() && !stop_here => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = rng.pick(&keys).clone();
            if rng.chance(8) {
                map.remove(&key);
            } else if let Some(child) = map.get_mut(&key) {
                mutate_value(child, rng);
            }
        }
        Value::Array(items) if !items.is_empty() && !stop_here => match rng.below(10) {
            0 | 1 => {
                let copy = items[rng.below(items.len())].clone();
                items.push(copy);
            }
            2 => {
                let (a, b) = (rng.below(items.len()), rng.below(items.len()));
                items.swap(a, b);
            }
            3 => {
                items.remove(rng.below(items.len()));
            }
            _ => {
                let index = rng.below(items.len());
                mutate_value(&mut items[index], rng);
            }
        },
        other if rng.chance(85) => *other = odd_of_same_type(other, rng),
        other => *other = odd_value(rng),
    }
}

/// Mutates the value under `key` of an envelope (`plan`, or the bank's `questions`), so the
/// envelope itself stays recognisable in most cases.
fn mutate_inside(value: &mut Value, key: &str, rng: &mut Rng) {
    match value.get_mut(key) {
        Some(inner) if rng.chance(95) => mutate_value(inner, rng),
        _ => mutate_value(value, rng),
    }
}

/// A change to text: a span deleted, junk inserted, a span doubled, or the end cut off.
fn mutate_text(text: &str, rng: &mut Rng) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let at = rng.below(bytes.len() + 1);
    match rng.below(4) {
        0 => {
            let end = (at + 1 + rng.below(8)).min(bytes.len());
            bytes.drain(at..end);
        }
        1 => {
            let junk = rng.pick(&["\"", "{", "]", ",", "0", "é", "\u{0}", "null", "-"]);
            bytes.splice(at..at, junk.bytes());
        }
        2 => {
            let end = (at + rng.below(16)).min(bytes.len());
            let span = bytes[at..end].to_vec();
            bytes.splice(at..at, span);
        }
        _ => bytes.truncate(at),
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A plan's JSON, changed at one level: most cases as a value (so they stay JSON and reach the
/// plan's own checks), some as text.
fn mutated_plan_json(rng: &mut Rng) -> String {
    let plan = seed_plan(rng);
    if rng.chance(15) {
        return to_json_compact(&plan);
    }
    if rng.chance(20) {
        return mutate_text(&to_json(&plan), rng);
    }
    let mut value: Value = serde_json::from_str(&to_json_compact(&plan)).expect("valid JSON");
    for _ in 0..1 + rng.below(3) {
        mutate_inside(&mut value, "plan", rng);
    }
    value.to_string()
}

/// Stages a plan decoder passes: text → envelope → plan data → a consistent plan.
fn plan_stage(result: &Result<Plan, LoadError>) -> usize {
    match result {
        Err(LoadError::NotJson { .. } | LoadError::NotWaveplan | LoadError::TooLarge(_)) => 0,
        Err(LoadError::Packed) => 0,
        Err(LoadError::NoVersion | LoadError::FutureVersion { .. } | LoadError::Field { .. }) => 1,
        Err(LoadError::Inconsistent(_)) => 2,
        Ok(_) => 3,
    }
}

fn reopens(plan: &Plan) {
    let again = load_storage_text(&to_json(plan)).expect("what loads saves and loads again");
    assert_eq!(&again.plan, plan);
}

#[test]
fn share_links_are_fuzzed_to_every_stage() {
    let mut rng = Rng(0x5eed_0001);
    let mut stages = Stages::new(
        "share links",
        &[
            "unpacks",
            "is a waveplan envelope",
            "plan data reads",
            "plan is consistent (opens)",
        ],
    );
    for _ in 0..cases() {
        let json = mutated_plan_json(&mut rng);
        let mut data = pack(&json, 9);
        if rng.chance(20) {
            data = mutate_text(&data, &mut rng);
        }
        let result = decode(&data);
        let stage = match &result {
            Err(ShareError::Damaged | ShareError::TooLarge { .. }) => 0,
            Err(ShareError::Plan(error)) => 1 + plan_stage(&Err(error.clone())),
            Ok(_) => 4,
        };
        stages.record(stage);
        if let Ok(plan) = result {
            reopens(&plan);
        }
    }
    stages.report();
}

#[test]
fn stored_and_imported_plans_are_fuzzed_to_every_stage() {
    let mut rng = Rng(0x5eed_0002);
    let mut stages = Stages::new(
        "stored plans and plan files",
        &[
            "is a waveplan envelope",
            "plan data reads",
            "plan is consistent (opens)",
        ],
    );
    for _ in 0..cases() {
        let json = mutated_plan_json(&mut rng);
        // As browser storage keeps large plans (packed), or as a file holds it.
        let text = if rng.chance(30) {
            format!("waveplan-deflate:{}", pack(&json, 1))
        } else {
            json
        };
        let result = load_storage_text(&text).map(|loaded| loaded.plan);
        stages.record(plan_stage(&result));
        let imported = import::read(&Plan::default(), "plan.json", &text);
        assert_eq!(
            result.is_ok(),
            matches!(imported, Ok(Imported::WholePlan(_))),
            "the import reads what storage reads"
        );
        if let Ok(plan) = result {
            reopens(&plan);
        }
    }
    stages.report();
}

#[test]
fn question_banks_are_fuzzed_to_every_stage() {
    let mut rng = Rng(0x5eed_0003);
    let bank = QuestionBank::built_in().to_json();
    let value: Value = serde_json::from_str(&bank).expect("valid JSON");
    let mut stages = Stages::new(
        "question banks",
        &[
            "is a question bank",
            "checks out",
            "replaces the plan's bank",
        ],
    );
    for _ in 0..cases() {
        let text = if rng.chance(20) {
            mutate_text(&bank, &mut rng)
        } else {
            let mut value = value.clone();
            for _ in 0..1 + rng.below(2) {
                mutate_inside(&mut value, "questions", &mut rng);
            }
            value.to_string()
        };
        let stage = match QuestionBank::from_json(&text) {
            Err(waveplan::domain::questions::BankError::Json { .. }) => 0,
            Err(_) => 1,
            Ok(bank) => {
                let mut plan = seed_plan(&mut rng);
                plan.apply(Action::ReplaceQuestionBank(Some(bank)))
                    .expect("a checked bank applies");
                3
            }
        };
        stages.record(stage);
    }
    stages.report();
}

/// A dependency export naming the plan's servers (sometimes by their full DNS name, sometimes
/// not at all), with counts and ports as exports write them and as they should not.
fn dependency_export(plan: &Plan, rng: &mut Rng) -> String {
    let names: Vec<String> = plan.assets().map(|a| a.name.to_string()).collect();
    let v2 = rng.chance(50);
    let semicolons = rng.chance(25);
    let header = if v2 {
        "Date,Time slot,Source Appliance Name,Source server name,Source IP,Destination server name,Destination IP,Destination port,Connection Count"
    } else {
        "Time slot,Source server name,Source IP,Source application,Source process,Destination server name,Destination IP,Destination application,Destination process,Destination port"
    };
    let mut lines = vec![header.to_owned()];
    for _ in 0..1 + rng.below(12) {
        let server = |rng: &mut Rng| -> String {
            match rng.below(10) {
                0 => "ghost-server".into(),
                1 => format!("{}.contoso.local", rng.pick(&names)),
                2 => String::new(),
                _ => rng.pick(&names).to_uppercase(),
            }
        };
        let (from, to) = (server(rng), server(rng));
        let port = rng.pick(&["1433", "443", "", "70000", "http"]).to_string();
        let count = rng
            .pick(&[
                "1",
                "250",
                "\"1,204\"",
                "1000000000000",
                "1000000000001",
                "\"1,5\"",
                "2.5",
                "18446744073709551615",
                "-3",
                "many",
                "",
            ])
            .to_string();
        lines.push(if v2 {
            format!("2026-10-01,0-6 Hrs,app,{from},10.0.0.1,{to},10.0.0.2,{port},{count}")
        } else {
            format!("0-6 Hrs,{from},10.0.0.1,app,proc,{to},10.0.0.2,app,proc,{port}")
        });
    }
    let text = lines.join("\r\n");
    let text = if semicolons {
        text.replace(',', ";")
    } else {
        text
    };
    if rng.chance(10) {
        mutate_text(&text, rng)
    } else {
        text
    }
}

#[test]
fn dependency_exports_are_fuzzed_against_a_plan_that_has_their_servers() {
    let mut rng = Rng(0x5eed_0004);
    let mut stages = Stages::new(
        "dependency exports",
        &[
            "table reads",
            "is a dependency export",
            "number format decided",
            "imports and applies",
            "rows matched and summed",
        ],
    );
    for _ in 0..cases() {
        let plan = seed_plan(&mut rng);
        let text = dependency_export(&plan, &mut rng);
        let mut stage = 0;
        if let Ok(table) = Table::parse("deps.csv", &text) {
            stage = 1;
            let source = table.column(&["source server name"]);
            let destination = table.column(&["destination server name"]);
            if source.is_some() && destination.is_some() {
                stage = 2;
                let count = table.column(&["connection count"]);
                if numbers::decide(&table, count.as_slice()).is_ok() {
                    stage = 3;
                }
            }
        }
        let result = waveplan::domain::import::dependencies::import(&plan, "deps.csv", &text);
        if let Ok(outcome) = result {
            assert!(
                stage >= 3,
                "an import succeeded that the stages say it could not"
            );
            // Summing is reached when some row named two known servers.
            let summed = !outcome.actions.is_empty();
            let mut applied = plan.clone();
            applied
                .apply(Action::Batch(outcome.actions))
                .expect("what an importer produces applies as a whole");
            stage = if summed { 5 } else { 4 };
        }
        stages.record(stage);
    }
    stages.report();
}

/// An inventory of servers in one of the formats waveplan reads, mostly well formed, with the
/// odd cells real exports have.
fn inventory(rng: &mut Rng) -> String {
    // Each column with the cells it usually holds.
    let formats: [&[(&str, &[&str])]; 3] = [
        &[
            ("Server name", &["srv"]),
            (
                "Operating system",
                &["Windows Server 2016", "Ubuntu 20.04", ""],
            ),
            ("Cores", &["2", "4", "8", ""]),
            ("Memory (MB)", &["8192", "16384", "4096"]),
            ("Storage (GB)", &["160", "1840.5", "80", ""]),
            ("Application", &["Payroll", "", "HR", "payroll"]),
        ],
        &[
            ("VM", &["srv"]),
            ("Powerstate", &["poweredOn", "poweredOff"]),
            ("Template", &["False", "False", "True"]),
            ("CPUs", &["2", "4"]),
            ("Memory", &["8192", "32768"]),
            ("Provisioned MiB", &["102400", "512000"]),
            ("In Use MiB", &["51200", "409600"]),
            ("Folder", &["Payroll", "HR", ""]),
        ],
        &[
            ("Hostname", &["srv"]),
            ("Type", &["VM", "Database", "Physical"]),
            ("vCPU", &["2", "4"]),
            ("RAM (GB)", &["8", "16"]),
            ("Disk (TB)", &["1", "2.5", "0.2"]),
            ("App", &["Payroll", "HR", ""]),
        ],
    ];
    let odd = [
        "",
        "\"1,234\"",
        "\"1,5\"",
        "1e308",
        "-2",
        "four",
        "\"a\nb\"",
        "WEB-01",
        "=cmd",
    ];
    let columns = *rng.pick(&formats);
    let header: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
    let mut lines = vec![header.join(",")];
    for row in 0..1 + rng.below(10) {
        let line: Vec<String> = columns
            .iter()
            .enumerate()
            .map(|(index, (_, usual))| match index {
                0 if rng.chance(5) => (*rng.pick(&odd)).to_owned(),
                0 => format!("srv-{}", row % 8),
                _ if rng.chance(4) => (*rng.pick(&odd)).to_owned(),
                _ => (*rng.pick(usual)).to_owned(),
            })
            .collect();
        lines.push(line.join(","));
    }
    let text = lines.join("\n");
    let text = if rng.chance(25) {
        text.replace(',', ";")
    } else {
        text
    };
    if rng.chance(10) {
        mutate_text(&text, rng)
    } else {
        text
    }
}

#[test]
fn inventories_are_fuzzed_to_every_stage() {
    let mut rng = Rng(0x5eed_0005);
    let mut stages = Stages::new(
        "inventories",
        &[
            "table reads",
            "rows turn into assets",
            "applies to the plan",
        ],
    );
    for _ in 0..cases() {
        let plan = seed_plan(&mut rng);
        let text = inventory(&mut rng);
        let mut stage = usize::from(Table::parse("servers.csv", &text).is_ok());
        let outcome = match import::read(&plan, "servers.csv", &text) {
            Ok(Imported::Changes(outcome)) => Some(outcome),
            Ok(Imported::NeedsMapping { table, suggested }) => {
                import::with_mapping(&plan, &table, &suggested).ok()
            }
            _ => None,
        };
        if let Some(outcome) = outcome {
            let mut applied = plan.clone();
            applied
                .apply(Action::Batch(outcome.actions))
                .expect("what an importer produces applies as a whole");
            stage = 3;
        }
        stages.record(stage);
    }
    stages.report();
}

#[test]
fn packed_text_that_is_not_waveplan_data_is_damaged_not_a_panic() {
    let mut rng = Rng(0x5eed_0006);
    for _ in 0..cases() {
        let data = mutate_text(&pack("{\"format\":\"waveplan\"}", 9), &mut rng);
        let _ = unpack(&data);
    }
}
