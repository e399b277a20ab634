package templates

import (
	"strings"
)

// Markdown escaping for user text. Every piece of user text reaches the
// document through one of these, so it shows as written and never adds a
// heading, a list, a table cell, a link or HTML.

// Inline escapes user text for one line of Markdown — a heading, a list
// item, a table cell — so it shows as written and changes no structure.
// Line breaks become spaces. Everything that writes user text into
// Markdown goes through it (or the block forms built on it).
func Inline(s string) string { return inline(s) }

// inline escapes text for use inside one line: a heading, a list item or a
// table cell. Line breaks become spaces.
func inline(s string) string {
	if plain(s) {
		return s // most answers: nothing to fold or escape
	}
	return escapeLine(strings.Join(strings.Fields(s), " "))
}

// plain reports whether s is one line that inline would return unchanged:
// no markup characters, no runs of white space, no # at the end, and a
// start that opens no block.
func plain(s string) bool {
	if s == "" {
		return true
	}
	if c := s[0]; c == ' ' || c >= '0' && c <= '9' || startsBlock(s) || s[len(s)-1] == '#' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '\n', '\t', '\r', '\v', '\f':
			return false
		case ' ':
			if i+1 == len(s) || s[i+1] == ' ' {
				return false
			}
		}
	}
	return true
}

// escapeLine escapes one line of user text. Besides the characters that
// mark up text anywhere, it escapes what would make the line start a block:
// a heading (#), a list (-, +, 1. or 1)), a setext underline (=) or a
// thematic break; and a # at the end, which would close a heading.
func escapeLine(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	i := 0
	escapedFirst := startsBlock(s)
	if escapedFirst {
		b.WriteByte('\\')
	}
	for i < len(s) && i < 10 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		b.WriteString(s[:i])
		b.WriteByte('\\')
	} else {
		i = 0
	}
	for ; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~':
			b.WriteByte('\\')
		case '&':
			if looksLikeEntity(s[i:]) {
				b.WriteByte('\\')
			}
		case '#':
			// In a heading, trailing #s would close it and vanish.
			if i == len(s)-1 && !(i == 0 && escapedFirst) {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// startsBlock reports whether a line beginning with s would open a block:
// an ATX heading (# followed by a space), a bullet list item (- or + and a
// space), a thematic break or a setext underline (a line of only -, = or
// spaces). Digit lists are handled by the caller. A hashtag such as
// #solsidenbakeri opens nothing and is left as written.
func startsBlock(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '#':
		rest := strings.TrimLeft(s, "#")
		return len(s)-len(rest) <= 6 && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
	case '-', '+':
		return len(s) == 1 || s[1] == ' ' || s[1] == '\t' || strings.Trim(s, "-= \t") == ""
	case '=':
		return strings.Trim(s, "= \t") == ""
	}
	return false
}

// block escapes text that may span lines, for a paragraph of its own. Each
// line is escaped on its own and ends in a hard line break, so the lines
// show as the user wrote them; blank lines separate paragraphs.
func block(s string) string {
	var paras []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r", ""), "\n\n") {
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if l = strings.Join(strings.Fields(l), " "); l != "" {
				lines = append(lines, escapeLine(l))
			}
		}
		if lines != nil {
			paras = append(paras, strings.Join(lines, "\\\n"))
		}
	}
	return strings.Join(paras, "\n\n")
}

// looksLikeEntity reports whether s starts an HTML entity such as &amp;
// or &#169;, which Markdown would turn into another character.
func looksLikeEntity(s string) bool {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 32 {
		return false
	}
	body := s[1:end]
	body = strings.TrimPrefix(body, "#")
	for _, r := range body {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return body != ""
}
