//! Previous/next paging for long lists, so a page renders at most a screenful of rows however
//! large the plan is.

use std::cmp::Ordering;

use yew::prelude::*;

/// Rows per page: enough to scan, few enough that rendering stays well under a frame.
pub const PAGE_ROWS: usize = 50;

/// The number of pages for `rows` rows (at least 1) and `page` clamped into range.
pub fn clamp(rows: usize, page: usize) -> (usize, usize) {
    let pages = rows.div_ceil(PAGE_ROWS).max(1);
    (pages, page.min(pages - 1))
}

/// Puts the rows of `page`, in order, where sorting all of `rows` by `order` would put them,
/// without sorting the rest: a page of 50 out of 10,000 rows costs two partitions and a sort of
/// 50. `order` must be total (ties broken by id) so a page never depends on the rows' first order.
pub fn arrange_page<T>(rows: &mut [T], page: usize, mut order: impl FnMut(&T, &T) -> Ordering) {
    let first = page.saturating_mul(PAGE_ROWS).min(rows.len());
    if first > 0 && first < rows.len() {
        rows.select_nth_unstable_by(first, &mut order);
    }
    let rest = &mut rows[first..];
    if rest.len() > PAGE_ROWS {
        rest.select_nth_unstable_by(PAGE_ROWS, &mut order);
    }
    let shown = rest.len().min(PAGE_ROWS);
    rest[..shown].sort_unstable_by(order);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_arranged_holds_what_a_full_sort_shows_there() {
        // 237 rows in a scrambled order with repeated keys; ties are broken by position.
        let rows: Vec<(u32, usize)> = (0..237).map(|i| ((i * 7919 % 101) as u32, i)).collect();
        let mut sorted = rows.clone();
        sorted.sort();
        for page in 0..6 {
            let mut arranged = rows.clone();
            arrange_page(&mut arranged, page, |a, b| a.cmp(b));
            let start = (page * PAGE_ROWS).min(rows.len());
            let end = (start + PAGE_ROWS).min(rows.len());
            assert_eq!(arranged[start..end], sorted[start..end], "page {page}");
        }
    }
}
