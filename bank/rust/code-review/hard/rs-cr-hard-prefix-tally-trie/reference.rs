//! Prefix tallies over a multiset of words, kept in a trie (nodes in an arena).

use std::collections::HashMap;

/// Counts the stored words (with repeats) and the distinct words through a node,
/// and the copies ending there.
#[derive(Default)]
struct Node {
    children: HashMap<char, usize>,
    words: i64,
    distinct: i64,
    ends: i64,
}

struct Trie {
    nodes: Vec<Node>,
}

impl Trie {
    /// The node indices from the root along `text`,
    /// or None when the path leaves the trie (unless `create`).
    fn path(&mut self, text: &str, create: bool) -> Option<Vec<usize>> {
        let mut path = vec![0];
        for c in text.chars() {
            let current = *path.last()?;
            let next = match self.nodes[current].children.get(&c) {
                Some(&next) => next,
                None if create => self.add_child(current, c),
                None => return None,
            };
            path.push(next);
        }
        Some(path)
    }

    /// Appends a new child of `parent` under the character `c`; returns its index.
    fn add_child(&mut self, parent: usize, c: char) -> usize {
        self.nodes.push(Node::default());
        let child = self.nodes.len() - 1;
        self.nodes[parent].children.insert(c, child);
        child
    }

    fn change(&mut self, path: &[usize], delta: i64, distinct: bool) {
        for &index in path {
            self.nodes[index].words += delta;
            if distinct {
                self.nodes[index].distinct += delta;
            }
        }
    }
}

pub fn prefix_tally(ops: Vec<String>) -> Vec<i64> {
    let mut trie = Trie {
        nodes: vec![Node::default()],
    };
    let mut answers = Vec::new();
    for op in &ops {
        let parts: Vec<&str> = op.split_whitespace().collect();
        let (command, text) = (parts[0], parts.get(1).copied().unwrap_or(""));
        let path = trie.path(text, command == "add");
        let last = path.as_ref().and_then(|path| path.last().copied());
        match (command, path, last) {
            ("add", Some(path), Some(last)) => {
                let is_new = trie.nodes[last].ends == 0;
                trie.change(&path, 1, is_new);
                trie.nodes[last].ends += 1;
            }
            ("del", Some(path), Some(last)) if trie.nodes[last].ends > 0 => {
                trie.nodes[last].ends -= 1;
                let gone = trie.nodes[last].ends == 0;
                trie.change(&path, -1, gone);
            }
            ("count", _, last) => answers.push(last.map_or(0, |index| trie.nodes[index].words)),
            ("distinct", _, last) => {
                answers.push(last.map_or(0, |index| trie.nodes[index].distinct))
            }
            _ => {}
        }
    }
    answers
}
