package entities

// trie maps words (as rune sequences) to kind flags. Children are kept in
// one map keyed by parent node and rune, which is compact for ~40k words
// and needs no allocation to walk.
type trie struct {
	next  map[uint64]int32
	flags []uint32
}

func newTrie() trie {
	return trie{next: map[uint64]int32{}, flags: []uint32{0}}
}

func edge(node int32, r rune) uint64 { return uint64(node)<<21 | uint64(r&0x1fffff) }

func (t *trie) add(word string, flag uint32) {
	n := int32(0)
	for _, r := range word {
		k := edge(n, r)
		c, ok := t.next[k]
		if !ok {
			c = int32(len(t.flags))
			t.flags = append(t.flags, 0)
			t.next[k] = c
		}
		n = c
	}
	if n != 0 {
		t.flags[n] |= flag
	}
}

// lookup returns the flags of the exact word, 0 if absent.
func (t *trie) lookup(word []rune) uint32 {
	n := int32(0)
	for _, r := range word {
		c, ok := t.next[edge(n, r)]
		if !ok {
			return 0
		}
		n = c
	}
	return t.flags[n]
}

// each calls fn(end, flags) for every word that starts at rs[i], shortest first.
func (t *trie) each(rs []rune, i int, fn func(end int, flags uint32)) {
	n := int32(0)
	for j := i; j < len(rs); j++ {
		c, ok := t.next[edge(n, rs[j])]
		if !ok {
			return
		}
		n = c
		if f := t.flags[n]; f != 0 {
			fn(j+1, f)
		}
	}
}
