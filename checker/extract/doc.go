// Package extract finds claims in a parsed document: counts and quantities
// with their qualifiers, events, subjects, scopes and revisions; attributions
// and their sources; quotes and their speakers; and names. It is rule-based
// and deterministic: a tokenizer that keeps byte offsets, the number grammar
// of package numwords, and patterns over tokens written for phenomena of news
// English (see the lexicon in lexicon.go).
package extract
