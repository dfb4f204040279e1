package extract

// The passes over a sentence look at few of its tokens: figures start at a
// number, names at a capital, attributions at a cue. Each skips to the next
// such token with one of these small loops rather than testing every token
// at the top of its own large loop body, where the Go compiler spills the
// body's live values to the stack at every token (callgrind over the bench
// corpus: namesIn's test of a token took about 18 instructions there and
// takes 7 here; with the other passes, extraction went from 881 to 860 M
// instructions a pass).

// nextCapital is the index of the first capitalized word at or after k, or
// len(toks).
func nextCapital(toks []token, k int) int {
	for k < len(toks) && !toks[k].capital {
		k++
	}
	return k
}

// nextIn is the index of the first token at or after k in one of the
// classes c, or len(toks).
func nextIn(toks []token, k int, c wordClass) int {
	for k < len(toks) && toks[k].cls&c == 0 {
		k++
	}
	return k
}

// nextOfKind is the index of the first token of the kind at or after k, or
// len(toks).
func nextOfKind(toks []token, k int, kind tokKind) int {
	for k < len(toks) && toks[k].kind != kind {
		k++
	}
	return k
}
