// Package extract finds claims in a parsed document: counts and quantities
// with their qualifiers, events, subjects, scopes and revisions; attributions
// and their sources; quotes and their speakers; and names. It is rule-based
// and deterministic: a tokenizer that keeps byte offsets, the number grammar
// of package numwords, and patterns over tokens written for phenomena of news
// English.
//
// The files are layers, each using only its own and the ones below
// (layers_test.go checks it):
//
//   - wordset.go: per-document word sets; phrases_fast.go: a lexicon's
//     phrases found in a text without lowering it; upper_fast.go: whether
//     a word is written in capitals, without making its upper case.
//   - lexicon.go, lexicon_*.go: the word lists, one file per concern.
//   - classes.go, wordtable.go: the class bits of every word of the lists,
//     the one way patterns ask about a word (t.in(cTitle)).
//   - tokens.go, scan.go: the token type, the tokenizer and the token
//     primitives (tokAt, joinTokens, phrase, is, in).
//   - figures.go, notfigure.go, names.go, quotes.go, docstate.go: number
//     phrases, names, quotation marks, and what a document established.
//   - sourcekind.go: a source's name, title and kind.
//   - coreference.go: whom a pronoun or a title refers to.
//   - attribution.go, subject.go, counts.go, scope.go, implicit.go,
//     laterdeath.go: attributions and counts of a sentence; subject.go
//     holds the subject scanners that attributions and speakers both ask
//     (the noun phrase or name a clause opens with).
//   - grammar.go: the registry, where every named pattern is listed once,
//     in the order it is tried; the pattern files read their lists from it.
//   - extract.go, speakers.go, speakerreadings.go, reuse.go, stream.go:
//     the Extractor, the speakers of quotes and the readings that find
//     them, the memory it keeps from one document to the next, and a large
//     document read block by block.
package extract
