
struct Search {
    neighbours: Vec<Vec<(usize, usize)>>, // (other node, link id)
    order: Vec<usize>,
    low: Vec<usize>,
    counter: usize,
    bridges: Vec<Vec<i64>>,
}

struct Frame {
    node: usize,
    via: Option<usize>,
    next: usize,
}

impl Search {
    fn discover(&mut self, node: usize, via: Option<usize>) -> Frame {
        self.counter += 1;
        self.order[node] = self.counter;
        self.low[node] = self.counter;
        Frame { node, via, next: 0 }
    }

    fn retreat(&mut self, stack: &mut Vec<Frame>) {
        let node = stack.pop().expect("a frame").node;
        let parent = match stack.last() {
            Some(frame) => frame.node,
            None => return,
        };
        self.low[parent] = self.low[parent].min(self.low[node]);
        if self.low[node] > self.order[parent] {
            let bridge = vec![parent.min(node) as i64, parent.max(node) as i64];
            self.bridges.push(bridge);
        }
    }

    fn explore(&mut self, root: usize) {
        let mut stack = vec![self.discover(root, None)];
        while let Some(frame) = stack.last_mut() {
            let (node, via) = (frame.node, frame.via);
            let step = self.neighbours[node].get(frame.next).copied();
            frame.next += 1;
            match step {
                Some(link) => self.follow(&mut stack, node, via, link),
                None => self.retreat(&mut stack),
            }
        }
    }

    fn follow(
        &mut self,
        stack: &mut Vec<Frame>,
        node: usize,
        via: Option<usize>,
        link: (usize, usize),
    ) {
        let (other, id) = link;
        if Some(id) == via {
            return;
        }
        if self.order[other] == 0 {
            let next = self.discover(other, Some(id));
            stack.push(next);
        } else {
            self.low[node] = self.low[node].min(self.order[other]);
        }
    }
}

/// A network has n nodes numbered 0 to n-1 (n >= 0) and undirected links [a, b] between nodes in that range; links may repeat and may join a node to itself.
///
/// # Arguments
///
/// * `n` - the n (int) the description refers to as `n`
/// * `links` - the links (list of list of int) the description refers to as `links`
///
/// # Returns
///
/// the result described above (list of list of int)
pub fn fragile_links(n: i64, links: Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    let n = n as usize;
    let mut neighbours = vec![Vec::new(); n];
    for (id, link) in links.iter().enumerate() {
        let (a, b) = (link[0] as usize, link[1] as usize);
        neighbours[a].push((b, id));
        neighbours[b].push((a, id));
    }
    let mut search = Search {
        neighbours,
        order: vec![0; n],
        low: vec![0; n],
        counter: 0,
        bridges: Vec::new(),
    };
    for node in 0..n {
        if search.order[node] == 0 {
            search.explore(node);
        }
    }
    search.bridges.sort();
    search.bridges
}
