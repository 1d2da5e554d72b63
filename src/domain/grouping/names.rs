//! What a server's name says: the application stem (`payroll-web-01` → "payroll"), whether it
//! looks like shared infrastructure (`dc01`, `dns-02`, `fs01`), and which environment it is in.

use crate::domain::workload::Environment;

/// Parts of names that say what a server does, not which application it serves.
const ROLES: &[&str] = &[
    "web", "app", "apps", "api", "db", "sql", "srv", "svr", "server", "vm", "host", "node", "fe",
    "be", "mq", "batch", "etl", "cache", "lb", "proxy", "mid", "job", "jobs", "worker", "wrk",
    "ui", "svc", "int", "core", "data", "file", "fs", "win", "lnx", "linux", "ora", "oracle",
    "mssql", "pg", "mysql", "iis", "tomcat", "jboss", "sap",
];

/// Parts of names that say which environment a server is in.
const NON_PRODUCTION: &[&str] = &[
    "dev", "test", "tst", "uat", "qa", "stg", "stage", "staging", "lab", "sandbox", "sbx", "poc",
];
const PRODUCTION: &[&str] = &["prod", "prd", "production", "live"];

/// Names of shared infrastructure: directory, DNS, time, patching, files, mail, backup,
/// monitoring, certificates.
const INFRASTRUCTURE: &[&str] = &[
    "dc", "ad", "adds", "dns", "ntp", "wsus", "sccm", "mecm", "fs", "file", "files", "smtp",
    "mail", "exch", "backup", "bkp", "mon", "monitor", "log", "syslog", "kms", "pki", "ca",
    "proxy", "jump", "bastion", "dhcp", "print",
];

/// The lower-case words of a name: split at separators and where letters meet digits.
pub fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut digits = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        let is_digit = c.is_ascii_digit();
        if !current.is_empty() && is_digit != digits {
            words.push(std::mem::take(&mut current));
        }
        digits = is_digit;
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

fn is_number(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit())
}

/// The application stem of a server name: its first word that is not a number, a role, an
/// environment or infrastructure, at least two letters long. `None` when the name has none
/// (`web01`, `srv-4471`).
pub fn stem(name: &str) -> Option<String> {
    let words = words(name);
    let first = words.first()?;
    let taken = |word: &str| {
        is_number(word)
            || ROLES.contains(&word)
            || NON_PRODUCTION.contains(&word)
            || PRODUCTION.contains(&word)
            || INFRASTRUCTURE.contains(&word)
    };
    // Only the leading word names the application; later words describe the server. Names
    // written without separators ("cmsweb01") carry the role at the end of that word.
    let first = without_role_suffix(first);
    (!taken(first) && first.chars().count() >= 2).then(|| first.to_owned())
}

/// "cmsweb" → "cms", "grantssql" → "grants"; a word that is all role stays as it is.
fn without_role_suffix(word: &str) -> &str {
    ROLES
        .iter()
        .filter(|role| role.len() >= 2)
        .filter_map(|role| word.strip_suffix(role))
        .filter(|stem| stem.chars().count() >= 2)
        .min_by_key(|stem| stem.len())
        .unwrap_or(word)
}

/// Words anywhere in a name that say a server is shared.
const SHARED: &[&str] = &["shared", "common", "infra", "central", "global"];

/// Whether the name looks like shared infrastructure: it starts with an infrastructure role
/// (`dc01`, `dns-02`) or says it is shared (`sql-shared-01`).
pub fn looks_like_infrastructure(name: &str) -> bool {
    let words = words(name);
    words
        .first()
        .is_some_and(|word| INFRASTRUCTURE.contains(&word.as_str()))
        || words.iter().any(|word| SHARED.contains(&word.as_str()))
}

/// The environment a name (or folder) says, if it says one.
pub fn environment(text: &str) -> Option<Environment> {
    let words = words(text);
    if words.iter().any(|w| NON_PRODUCTION.contains(&w.as_str())) {
        Some(Environment::NonProduction)
    } else if words.iter().any(|w| PRODUCTION.contains(&w.as_str())) {
        Some(Environment::Production)
    } else {
        None
    }
}

/// "payroll" → "Payroll"; short stems are acronyms: "crm" → "CRM".
pub fn title(word: &str) -> String {
    if word.chars().count() <= 3 {
        return word.to_uppercase();
    }
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_the_application_part_of_a_name() {
        let cases: &[(&str, Option<&str>)] = &[
            ("payroll-web-01", Some("payroll")),
            ("PAYROLL-APP-02", Some("payroll")),
            ("payroll_db01", Some("payroll")),
            ("hr-sql-01.contoso.local", Some("hr")),
            ("crm01", Some("crm")),
            ("cmsweb01", Some("cms")),
            ("grantssql01", Some("grants")),
            ("learningora01", Some("learning")),
            ("webapp01", None),
            ("web01", None),
            ("srv-4471", None),
            ("dc01", None),
            ("test-payroll-01", None),
            ("x-01", None),
        ];
        for (name, expected) in cases {
            assert_eq!(stem(name).as_deref(), *expected, "{name}");
        }
    }

    #[test]
    fn infrastructure_and_environments_are_read_from_names() {
        assert!(looks_like_infrastructure("dc01"));
        assert!(looks_like_infrastructure("DNS-02"));
        assert!(
            !looks_like_infrastructure("payroll-fs-01"),
            "the application comes first"
        );
        assert!(looks_like_infrastructure("sql-shared-01"));
        assert_eq!(
            environment("payroll-uat-01"),
            Some(Environment::NonProduction)
        );
        assert_eq!(
            environment("Production/Payroll"),
            Some(Environment::Production)
        );
        assert_eq!(environment("payroll-web-01"), None);
        assert_eq!(title("payroll"), "Payroll");
        assert_eq!(title("crm"), "CRM");
    }
}
