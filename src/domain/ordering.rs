//! Sorting through one shared copy of the standard library's sort. Every `sort_by` call site
//! compiles its own copy of the sort into the WebAssembly bundle (about 3.5 KB each, 58 KB for
//! the app's fifteen); here each list sorts its positions with a shared comparator instead. The
//! lists sorted are at most a plan's workloads, so the extra indirection costs little time.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (a stable sort).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|position| slots.get_mut(position).and_then(Option::take)),
    );
}

/// Sorts `items` by `key`, keeping equal items in their order (a stable sort).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The one instantiation of the standard sort.
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key_and_by_comparison() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "date", "plum"];
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "date", "plum", "apple"]);
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["plum", "pear", "kiwi", "fig", "date", "apple"]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |&x| x);
        assert!(empty.is_empty());
    }
}
