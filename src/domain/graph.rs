//! Graph algorithms the planner needs, on nodes numbered `0..n`: strongly connected components
//! (workloads in a hard-dependency cycle must move together), a topological order of the
//! components with a caller's tie-break, so the same input always gives the same plan, and
//! disjoint sets (move groups, suggested workloads).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Components of `adjacency` (Tarjan's algorithm, iterative so deep chains cannot overflow the
/// stack). Returns the component of each node and the number of components.
pub fn strongly_connected(adjacency: &[Vec<usize>]) -> (Vec<usize>, usize) {
    const UNSEEN: usize = usize::MAX;
    let n = adjacency.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![UNSEEN; n];
    let mut components = 0;
    let mut next_index = 0;
    // Each frame: the node and how many of its edges were followed.
    let mut frames: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        frames.push((root, 0));
        while let Some(&mut (node, ref mut followed)) = frames.last_mut() {
            if *followed == 0 && index[node] == UNSEEN {
                index[node] = next_index;
                low[node] = next_index;
                next_index += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            let edges = adjacency.get(node).map_or(&[][..], Vec::as_slice);
            if let Some(&next) = edges.get(*followed) {
                *followed += 1;
                if next >= n {
                    continue;
                }
                if index[next] == UNSEEN {
                    frames.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(index[next]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = components;
                    if member == node {
                        break;
                    }
                }
                components += 1;
            }
        }
    }
    (component, components)
}

/// A topological order of a DAG in which every node comes after all the nodes it has edges
/// to (dependencies first). Among ready nodes the smallest `key` goes first. Nodes on a cycle
/// (which a condensation never has) are appended at the end in key order, so every node is
/// returned exactly once.
pub fn dependencies_first<K: Ord, D: IntoIterator<Item = usize>>(
    n: usize,
    dependencies_of: impl Fn(usize) -> D,
    key: impl Fn(usize) -> K,
) -> Vec<usize> {
    // Who waits on each node, as one flat list sliced by offsets: a plan of 50,000 groups
    // would otherwise allocate 50,000 small lists.
    let mut waiting_on = vec![0usize; n];
    let mut offsets = vec![0usize; n + 1];
    let edges = |node: usize| {
        dependencies_of(node)
            .into_iter()
            .filter(move |&dependency| dependency < n && dependency != node)
    };
    for (node, waiting) in waiting_on.iter_mut().enumerate() {
        for dependency in edges(node) {
            offsets[dependency + 1] += 1;
            *waiting += 1;
        }
    }
    for i in 0..n {
        offsets[i + 1] += offsets[i];
    }
    let mut filled = offsets.clone();
    let mut dependents = vec![0usize; offsets[n]];
    for node in 0..n {
        for dependency in edges(node) {
            dependents[filled[dependency]] = node;
            filled[dependency] += 1;
        }
    }
    let mut ready: BinaryHeap<Reverse<(K, usize)>> = (0..n)
        .filter(|&node| waiting_on[node] == 0)
        .map(|node| Reverse((key(node), node)))
        .collect();
    let mut order = Vec::with_capacity(n);
    let mut placed = vec![false; n];
    while let Some(Reverse((_, node))) = ready.pop() {
        order.push(node);
        placed[node] = true;
        for &dependent in &dependents[offsets[node]..offsets[node + 1]] {
            waiting_on[dependent] -= 1;
            if waiting_on[dependent] == 0 {
                ready.push(Reverse((key(dependent), dependent)));
            }
        }
    }
    if order.len() < n {
        let mut rest: Vec<usize> = (0..n).filter(|&node| !placed[node]).collect();
        rest.sort_by_key(|&node| (key(node), node));
        order.extend(rest);
    }
    order
}

/// Disjoint sets over `0..n` (union-find with path halving); a set is named by its smallest
/// member, so the result does not depend on the order of unions.
pub(crate) struct DisjointSets(Vec<usize>);

impl DisjointSets {
    pub fn new(n: usize) -> Self {
        Self((0..n).collect())
    }

    pub fn find(&mut self, mut node: usize) -> usize {
        while self.0[node] != node {
            self.0[node] = self.0[self.0[node]];
            node = self.0[node];
        }
        node
    }

    pub fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycles_become_one_component() {
        // 0 -> 1 -> 2 -> 0 is a cycle; 3 -> 0; 4 alone.
        let adjacency = vec![vec![1], vec![2], vec![0], vec![0], vec![]];
        let (component, count) = strongly_connected(&adjacency);
        assert_eq!(count, 3);
        assert_eq!(component[0], component[1]);
        assert_eq!(component[1], component[2]);
        assert_ne!(component[3], component[0]);
        assert_ne!(component[4], component[0]);
    }

    #[test]
    fn deep_chains_do_not_overflow() {
        let n = 200_000;
        let adjacency: Vec<Vec<usize>> = (0..n)
            .map(|i| if i + 1 < n { vec![i + 1] } else { vec![] })
            .collect();
        let (_, count) = strongly_connected(&adjacency);
        assert_eq!(count, n);
        let order = dependencies_first(
            adjacency.len(),
            |n| adjacency[n].iter().copied(),
            |node| node,
        );
        assert_eq!(order.first(), Some(&(n - 1)));
    }

    #[test]
    fn order_puts_dependencies_first_and_breaks_ties_by_key() {
        // 2 depends on 0 and 1; 1 depends on 3.
        let adjacency = [vec![], vec![3], vec![0, 1], vec![]];
        let order = dependencies_first(
            adjacency.len(),
            |n| adjacency[n].iter().copied(),
            |node| node,
        );
        assert_eq!(order, [0, 3, 1, 2]);
        let reversed_keys =
            dependencies_first(adjacency.len(), |n| adjacency[n].iter().copied(), Reverse);
        assert_eq!(reversed_keys, [3, 1, 0, 2]);
    }

    #[test]
    fn out_of_range_edges_are_ignored_not_a_panic() {
        let adjacency = vec![vec![7], vec![0]];
        assert_eq!(strongly_connected(&adjacency).1, 2);
        assert_eq!(
            dependencies_first(adjacency.len(), |n| adjacency[n].iter().copied(), |n| n),
            [0, 1]
        );
    }
}
