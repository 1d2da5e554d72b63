//! Previous/next paging for long lists, so a page renders at most a screenful of rows however
//! large the plan is.

use yew::prelude::*;

/// Rows per page: enough to scan, few enough that rendering stays well under a frame.
pub const PAGE_ROWS: usize = 50;

/// The number of pages for `rows` rows (at least 1) and `page` clamped into range.
pub fn clamp(rows: usize, page: usize) -> (usize, usize) {
    let pages = rows.div_ceil(PAGE_ROWS).max(1);
    (pages, page.min(pages - 1))
}

#[derive(Properties, PartialEq)]
pub struct PagerProps {
    pub page: usize,
    pub pages: usize,
    pub on_change: Callback<usize>,
    /// What is paged, for screen readers: "Workload pages".
    pub label: AttrValue,
}

#[function_component(Pager)]
pub fn pager(props: &PagerProps) -> Html {
    if props.pages <= 1 {
        return html! {};
    }
    let go = |to: usize| {
        let on_change = props.on_change.clone();
        Callback::from(move |_| on_change.emit(to))
    };
    html! {
        <nav class="pager" aria-label={props.label.clone()}>
            <button type="button" class="secondary" onclick={go(props.page.saturating_sub(1))} disabled={props.page == 0}>{ "Previous page" }</button>
            <span>{ format!("Page {} of {}", props.page + 1, props.pages) }</span>
            <button type="button" class="secondary" onclick={go(props.page + 1)} disabled={props.page + 1 >= props.pages}>{ "Next page" }</button>
        </nav>
    }
}
