//! Suggested workloads on a large estate: 10,000 servers in about 1,000 applications (most
//! named by a stem, some by nothing), a dozen shared servers, and 100,000 dependency-analysis
//! rows, imported as the browser does, then grouped. Run with
//! `cargo bench --bench suggest_workloads`; the README quotes its output.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::fmt::Write;
    use std::time::Instant;
    use waveplan::domain::grouping::suggest;
    use waveplan::domain::import::{self, Imported};
    use waveplan::domain::plan::{Action, Plan};

    const SERVERS: usize = 10_000;
    const APPS: usize = 1_000;
    const ROWS: usize = 100_000;
    const SHARED: usize = 12;
    let mut state = 2027u64;
    let mut next = |bound: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize % bound.max(1)
    };
    // Server n belongs to application n % APPS, whose stem is three letters ("bcd");
    // every seventh server has no stem in its name.
    let stem = |app: usize| -> String {
        [app / 676, (app / 26) % 26, app % 26]
            .iter()
            .map(|&k| char::from(b'a' + k as u8))
            .collect()
    };
    let name = |n: usize| -> String {
        if n < SHARED {
            format!("dc{n:02}")
        } else if n % 7 == 3 {
            format!("srv-{n:05}")
        } else {
            format!("x{}-{}-{n:05}", stem(n % APPS), ["web", "app", "db"][n % 3])
        }
    };
    let mut inventory = String::from(
        "VM,Powerstate,Template,CPUs,Memory,In Use MiB,OS according to the configuration file\r\n",
    );
    for n in 0..SERVERS {
        let _ = write!(
            inventory,
            "{},poweredOn,False,4,8192,102400,Windows Server 2016\r\n",
            name(n)
        );
    }
    let mut dependencies = String::from(
        "Source server name,Destination server name,Destination port,Connection Count\r\n",
    );
    for _ in 0..ROWS {
        let from = SHARED + next(SERVERS - SHARED);
        let to = match next(10) {
            0 => next(SHARED),                    // directory, DNS, shared SQL
            1 => SHARED + next(SERVERS - SHARED), // an integration elsewhere
            _ => {
                // Another server of the same application.
                let app = from % APPS;
                let k = next(SERVERS / APPS);
                (app + k * APPS).clamp(SHARED, SERVERS - 1)
            }
        };
        let _ = write!(
            dependencies,
            "{},{},443,{}\r\n",
            name(from),
            name(to),
            1 + next(500)
        );
    }
    let mut plan = Plan::default();
    for (file, text) in [
        ("vinfo.csv", &inventory),
        ("dependencies.csv", &dependencies),
    ] {
        let Ok(Imported::Changes(outcome)) = import::read(&plan, file, text) else {
            panic!("{file} did not import");
        };
        plan.apply(Action::Batch(outcome.actions)).expect("applies");
    }
    let mut times = Vec::new();
    let mut proposals = 0;
    let mut shared = 0;
    for _ in 0..7 {
        let started = Instant::now();
        let suggestions = suggest(&plan);
        times.push(started.elapsed().as_secs_f64() * 1_000.0);
        proposals = suggestions.proposals.len();
        shared = suggestions
            .proposals
            .iter()
            .filter(|p| p.shared_services)
            .map(|p| p.assets.len())
            .sum();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "suggest workloads for {SERVERS} servers, {} dependencies ({ROWS} rows): median {:.0} ms, min {:.0} ms (7 runs); {proposals} groups, {shared} shared servers",
        plan.dependencies().len(),
        times[3],
        times[0]
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
