package ziping.source.pdf;

/** Union-find over the integers 0..n-1, used to group crossing rulings and merged grid boxes. */
final class DisjointSets {
    private final int[] parent;

    DisjointSets(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    int find(int element) {
        int root = element;
        while (parent[root] != root) {
            parent[root] = parent[parent[root]];
            root = parent[root];
        }
        return root;
    }

    void union(int a, int b) {
        parent[find(a)] = find(b);
    }
}
