package strategy

import (
	"strings"
	"unicode/utf8"
)

// Clean makes user text safe to store and show: it removes every character
// that could move a terminal's cursor, change its state or reorder text on
// screen — C0 controls except tab and newline, DEL, C1 controls
// (U+0080–U+009F) and the bidirectional overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) — turns CRLF into LF, replaces invalid
// UTF-8, and trims surrounding space. ansi.Strip alone is not enough: it
// keeps \r, \b, U+009B and U+202E.
func Clean(s string) string {
	return strings.TrimSpace(Strip(s))
}

// Strip is Clean without the trimming, for text still being typed.
func Strip(s string) string {
	if isClean(s) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if !unsafeRune(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' || c >= 0x7f {
			return isCleanSlow(s)
		}
	}
	return true
}

func isCleanSlow(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unsafeRune(r) {
			return false
		}
	}
	return true
}

func unsafeRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// CleanLine is Clean for one-line fields: new lines and tabs become spaces.
func CleanLine(s string) string {
	s = Clean(s)
	if strings.ContainsAny(s, "\n\t") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// Truncate cuts s to at most n runes, so a pasted megabyte is cut rather
// than swallowed.
func Truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}
