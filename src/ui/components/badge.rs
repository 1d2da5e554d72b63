//! A small label with a colour and always a word, so colour is never the only signal.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BadgeProps {
    pub text: AttrValue,
    /// One of: ok, warn, bad, info, muted.
    pub tone: AttrValue,
}

#[function_component(Badge)]
pub fn badge(props: &BadgeProps) -> Html {
    html! { <span class={classes!("badge", props.tone.to_string())}>{ &props.text }</span> }
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
