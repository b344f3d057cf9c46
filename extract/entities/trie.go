package entities

import "sort"

// trie maps words (as rune sequences) to kind flags. Words are added to a
// map-based trie, then freeze packs it: the root's children sit in a dense
// table indexed by rune (for the BMP), every other node's children in one
// sorted slice, so a walk costs no hashing.
type trie struct {
	next  map[uint64]int32 // build phase: (parent, rune) -> child
	flags []uint32

	root     []int32 // frozen: root child by rune, 0 if none
	kidStart []int32 // frozen: children of node n are kids[kidStart[n]:kidStart[n+1]]
	kidRune  []rune
	kidNode  []int32
}

const denseRoot = 0x10000

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

// freeze packs the trie for lookups; add must not be called after it.
func (t *trie) freeze() {
	type kid struct {
		parent int32
		r      rune
		node   int32
	}
	kids := make([]kid, 0, len(t.next))
	for k, c := range t.next {
		kids = append(kids, kid{int32(k >> 21), rune(k & 0x1fffff), c})
	}
	sort.Slice(kids, func(i, j int) bool {
		if kids[i].parent != kids[j].parent {
			return kids[i].parent < kids[j].parent
		}
		return kids[i].r < kids[j].r
	})
	t.root = make([]int32, denseRoot)
	t.kidStart = make([]int32, len(t.flags)+1)
	for _, k := range kids {
		if k.parent == 0 && k.r < denseRoot {
			t.root[k.r] = k.node
		}
		t.kidStart[k.parent+1]++
		t.kidRune = append(t.kidRune, k.r)
		t.kidNode = append(t.kidNode, k.node)
	}
	for i := 1; i < len(t.kidStart); i++ {
		t.kidStart[i] += t.kidStart[i-1]
	}
	t.next = nil
}

func (t *trie) child(n int32, r rune) int32 {
	if n == 0 && r >= 0 && r < denseRoot {
		return t.root[r]
	}
	lo, hi := int(t.kidStart[n]), int(t.kidStart[n+1])
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case t.kidRune[m] == r:
			return t.kidNode[m]
		case t.kidRune[m] < r:
			lo = m + 1
		default:
			hi = m
		}
	}
	return 0
}

// lookup returns the flags of the exact word, 0 if absent.
func (t *trie) lookup(word []rune) uint32 {
	n := int32(0)
	for _, r := range word {
		if n = t.child(n, r); n == 0 {
			return 0
		}
	}
	return t.flags[n]
}

// each calls fn(end, flags) for every word that starts at rs[i], shortest first.
func (t *trie) each(rs []rune, i int, fn func(end int, flags uint32)) {
	n := int32(0)
	for j := i; j < len(rs); j++ {
		if n = t.child(n, rs[j]); n == 0 {
			return
		}
		if f := t.flags[n]; f != 0 {
			fn(j+1, f)
		}
	}
}
