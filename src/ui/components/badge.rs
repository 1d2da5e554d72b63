//! A small label with a colour and always a word, so colour is never the only signal.

use yew::prelude::*;

/// `tone` is one of: ok, warn, bad, info, muted. A plain function, not a component: it has no
/// state, and every component type costs the browser bundle its own lifecycle code.
pub fn badge(text: &str, tone: &'static str) -> Html {
    html! { <span class={classes!("badge", tone)}>{ text.to_owned() }</span> }
}

/// The tone for a readiness risk.
pub fn risk_tone(risk: crate::domain::questions::Risk) -> &'static str {
    use crate::domain::questions::Risk;
    match risk {
        Risk::Green => "ok",
        Risk::Amber => "warn",
        Risk::Red => "bad",
        Risk::Unknown => "muted",
    }
}

/// The tone for a finding's severity.
pub fn severity_tone(severity: crate::domain::finding::Severity) -> &'static str {
    use crate::domain::finding::Severity;
    match severity {
        Severity::Info => "info",
        Severity::Warning => "warn",
        Severity::Blocker => "bad",
    }
}
