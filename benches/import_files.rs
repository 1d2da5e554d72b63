//! Import benchmark: a 10,000-server discovery export and 100,000 dependency-analysis rows,
//! read, turned into actions and applied to a plan, as the browser does. Run with
//! `cargo bench --bench import_files`; the README quotes its output.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::fmt::Write;
    use std::time::Instant;
    use waveplan::domain::import::{self, Imported};
    use waveplan::domain::plan::{Action, Plan};

    const SERVERS: usize = 10_000;
    const ROWS: usize = 100_000;
    let mut inventory =
        String::from("Server name,IP address,Operating system,Cores,Memory (MB),Storage (GB)\r\n");
    for n in 0..SERVERS {
        let _ = write!(
            inventory,
            "srv-{n:05},10.{}.{}.{},\"Windows Server 2016, Datacenter\",{},{},{}\r\n",
            n / 65536,
            (n / 256) % 256,
            n % 256,
            2 + n % 14,
            4096 * (1 + n % 8),
            50 + n % 900
        );
    }
    let mut dependencies = String::from("Date,Time slot,Source Appliance Name,Source server name,Source IP,Source application,Source process,Source Machine ARM ID,Destination server name,Destination IP,Destination application,Destination process,Destination port,Destination Machine ARM ID,Connection Count\r\n");
    let mut state = 2027u64;
    let mut next = |bound: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize % bound
    };
    for _ in 0..ROWS {
        let (from, to, port) = (
            next(SERVERS),
            next(SERVERS),
            [443, 1433, 445, 8080][next(4)],
        );
        let _ = write!(dependencies, "2026-10-01,0-6 Hrs,appliance,srv-{from:05},10.0.0.1,app,proc.exe,/sub/x,srv-{to:05},10.0.0.2,db,sqlservr.exe,{port},/sub/y,{}\r\n", 1 + next(50));
    }
    println!(
        "inventory {:.1} MB, dependencies {:.1} MB",
        inventory.len() as f64 / 1e6,
        dependencies.len() as f64 / 1e6
    );
    let mut times = Vec::new();
    for _ in 0..5 {
        let mut plan = Plan::default();
        let started = Instant::now();
        for (file, text) in [
            ("servers.csv", &inventory),
            ("dependencies.csv", &dependencies),
        ] {
            let Ok(Imported::Changes(outcome)) = import::read(&plan, file, text) else {
                panic!("{file} did not import");
            };
            plan.apply(Action::Batch(outcome.actions)).expect("applies");
        }
        times.push(started.elapsed().as_secs_f64() * 1_000.0);
        assert_eq!(plan.assets().len(), SERVERS);
        std::hint::black_box(plan.dependencies().len());
    }
    times.sort_by(f64::total_cmp);
    println!(
        "import {SERVERS} servers + {ROWS} dependency rows: median {:.0} ms, min {:.0} ms (5 runs)",
        times[2], times[0]
    );

    // A 50 MB export: the same rows four times over (the aggregation folds repeats together).
    let rows: String = dependencies
        .lines()
        .skip(1)
        .map(|line| format!("{line}\r\n"))
        .collect();
    let big = format!("{dependencies}{}", rows.repeat(3));
    let mut plan = Plan::default();
    let Ok(Imported::Changes(outcome)) = import::read(&plan, "servers.csv", &inventory) else {
        panic!("inventory did not import");
    };
    plan.apply(Action::Batch(outcome.actions)).expect("applies");
    let started = Instant::now();
    let Ok(Imported::Changes(outcome)) = import::read(&plan, "big.csv", &big) else {
        panic!("the 50 MB file did not import");
    };
    plan.apply(Action::Batch(outcome.actions)).expect("applies");
    println!(
        "import a {:.0} MB dependency export ({} rows): {:.0} ms",
        big.len() as f64 / 1e6,
        big.lines().count() - 1,
        started.elapsed().as_secs_f64() * 1_000.0
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
