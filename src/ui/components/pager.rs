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

/// Previous/next buttons for `pages` pages, `page` being shown; `label` says what is paged,
/// for screen readers ("Workload pages"). A plain function: it keeps no state of its own.
pub fn pager(page: usize, pages: usize, on_change: &Callback<usize>, label: &'static str) -> Html {
    if pages <= 1 {
        return html! {};
    }
    let go = |to: usize| {
        let on_change = on_change.clone();
        Callback::from(move |_| on_change.emit(to))
    };
    html! {
        <nav class="pager" aria-label={label}>
            <button type="button" class="secondary" onclick={go(page.saturating_sub(1))} disabled={page == 0}>{ "Previous page" }</button>
            <span>{ format!("Page {} of {}", page + 1, pages) }</span>
            <button type="button" class="secondary" onclick={go(page + 1)} disabled={page + 1 >= pages}>{ "Next page" }</button>
        </nav>
    }
}
