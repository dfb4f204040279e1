// Package source converts byte offsets into the positions people and tools
// read: 1-based lines, and columns counted in Unicode characters or in UTF-16
// code units. Every other package keeps byte offsets; conversion happens here
// and only here, so CRLF, CR, a byte-order mark, tabs and multi-byte
// characters are handled once.
package source
