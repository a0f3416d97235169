
struct DisjointSets {
    parent: Vec<usize>,
    size: Vec<i64>,
    groups: i64,
}

impl DisjointSets {
    fn new(n: usize) -> Self {
        DisjointSets { parent: (0..n).collect(), size: vec![1; n], groups: n as i64 }
    }

    fn find(&mut self, node: usize) -> usize {
        let mut root = node;
        while self.parent[root] != root {
            root = self.parent[root];
        }
        let mut current = node;
        while self.parent[current] != root {
            let next = self.parent[current];
            self.parent[current] = root;
            current = next;
        }
        root
    }

    fn union(&mut self, first: usize, second: usize) {
        let (mut a, mut b) = (self.find(first), self.find(second));
        if a == b {
            return;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a;
        self.size[a] += self.size[b];
        self.groups -= 1;
    }
}

pub fn cluster_queries(n: i64, ops: Vec<String>) -> Vec<i64> {
    let mut sets = DisjointSets::new(n as usize);
    let mut answers = Vec::new();
    for op in &ops {
        let parts: Vec<&str> = op.split_whitespace().collect();
        let node = |i: usize| parts[i].parse::<usize>().unwrap_or(0);
        match parts[0] {
            "link" => sets.union(node(1), node(2)),
            "same" => {
                let same = sets.find(node(1)) == sets.find(node(2));
                answers.push(i64::from(same));
            }
            "size" => {
                let root = sets.find(node(1));
                answers.push(sets.size[root]);
            }
            _ => answers.push(sets.groups),
        }
    }
    answers
}
