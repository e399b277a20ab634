package templates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Markdown escaping for user text. Every piece of user text reaches the
// document through one of these, so it shows as written and never adds a
// heading, a list, a table cell, a link or HTML. A backslash is written
// only where the character would mean something in that position, by
// CommonMark's rules (https://spec.commonmark.org/0.31.2/) and GFM's
// tables and strikethrough, so that the Markdown also reads as written in
// a plain editor: "5 * 3", "my_shop", "a < b", "C#" and "fish & chips"
// stay as they are.

// Inline escapes user text for one line of Markdown — a heading, a list
// item or a table cell — so it shows as written and changes no structure.
// Line breaks become spaces; | is escaped, as in a table cell it would
// start a new cell. Everything that writes user text into Markdown goes
// through it or the forms below.
func Inline(s string) string { return cell(s) }

// cell escapes text for a table cell: inline, and every |.
func cell(s string) string { s = oneLine(s); return escapeLine(s, paraOf(s, 0), true) }

// inline escapes text for use inside one line outside a table: a heading
// or a list item. Line breaks become spaces.
func inline(s string) string { s = oneLine(s); return escapeLine(s, paraOf(s, 0), false) }

// oneLine joins the words of s with single spaces. Only ASCII white space
// separates words: a no-break space is kept as typed.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\t\n\r\v\f") && !strings.Contains(s, "  ") && !strings.HasPrefix(s, " ") && !strings.HasSuffix(s, " ") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r < 0x80 && unicode.IsSpace(r) }), " ")
}

// escapeLine escapes one line of user text, which stands at the start of
// a line or after other text on it. It escapes:
//   - what would make the line start a block: a heading (# and a space), a
//     list item (-, +, * and a space; 1. or 1) and a space or the end of
//     the line, so a version such as 1.0 stays as written), a block quote
//     (>), a thematic break or setext underline (---, ***, ___, ===), a
//     code fence (``` or ~~~), a link reference definition ([x]: ...);
//   - a run of * or _ that could open or close emphasis, by the flanking
//     rules (an _ inside a word cannot); ~ when there are two or more (GFM
//     strikethrough);
//   - a ` when another follows (a code span); a [ when a ] follows (a link
//     or image); a < that starts a tag, comment or autolink; an & that
//     starts an entity such as &amp;;
//   - a \ before punctuation, or at the end (what follows is not known);
//   - # at the end after a space, which would close a heading;
//   - with table set, every |.
//
// p tells what the rest of the paragraph holds: code spans, links and
// strikethrough can reach across lines.
func escapeLine(s string, p paraCtx, table bool) string {
	if s == "" || !strings.ContainsAny(s, "\\`*_[<>|~&#-+=") && (s[0] < '0' || s[0] > '9') {
		return s // most answers: nothing to escape
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	i := 0
	for i < len(s) && i < 10 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	switch {
	case startsBlock(s):
		// The backslash goes before the first character only: the rest
		// is escaped, where it needs to be, below.
		b.WriteByte('\\')
		b.WriteByte(s[0])
		i = 1
	case i > 0 && i < 10 && i < len(s) && (s[i] == '.' || s[i] == ')') &&
		(i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t'):
		// An ordered list marker is followed by a space, a tab or the
		// end of the line: a version such as 1.0 or a time 14.30 is not
		// one, and stays as written.
		b.WriteString(s[:i])
		b.WriteByte('\\')
	default:
		i = 0
	}
	later := func(i int, c byte) bool { return p.start+i < p.last(c) }
	for ; i < len(s); i++ {
		c := s[i]
		switch c {
		case '*', '_':
			j := i
			for j < len(s) && s[j] == c {
				j++
			}
			if emphasis(s, i, j) {
				b.WriteString(strings.Repeat("\\"+string(c), j-i))
			} else {
				b.WriteString(s[i:j])
			}
			i = j - 1
			continue
		case '\\':
			if i+1 == len(s) || isASCIIPunct(s[i+1]) {
				b.WriteByte('\\')
			}
		case '`':
			if later(i, '`') {
				b.WriteByte('\\')
			}
		case '[':
			if later(i, ']') {
				b.WriteByte('\\')
			}
		case '<':
			if i+1 < len(s) && (isASCIILetter(s[i+1]) || strings.IndexByte("/!?", s[i+1]) >= 0) || later(i, '>') {
				b.WriteByte('\\')
			}
		case '~':
			if p.tildes {
				b.WriteByte('\\')
			}
		case '|':
			if table {
				b.WriteByte('\\')
			}
		case '&':
			if looksLikeEntity(s[i:]) {
				b.WriteByte('\\')
			}
		case '#':
			// A heading's closing sequence: a run of # at the end,
			// after a space, or the whole text.
			if i == len(s)-1 {
				k := i
				for k > 0 && s[k-1] == '#' {
					k--
				}
				// Seven or more # are no heading of their own, so
				// the start was not escaped; after a heading's
				// marker they still close it.
				if k > 0 && s[k-1] == ' ' || k == 0 && !startsBlock(s) {
					b.WriteByte('\\')
				}
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// startsBlock reports whether a line beginning with s would open a block:
// an ATX heading (# followed by a space, or only #s), a list item (-, +
// or * and a space), a block quote, a thematic break or setext underline,
// a code fence, a link reference definition, or an HTML block. Digit
// lists are handled by the caller. A hashtag such as #solsidenbakeri opens
// nothing and is left as written.
func startsBlock(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '#':
		rest := strings.TrimLeft(s, "#")
		return len(s)-len(rest) <= 6 && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
	case '-', '+', '*':
		return len(s) == 1 || s[1] == ' ' || s[1] == '\t' || thematic(s)
	case '_':
		return thematic(s)
	case '=':
		return strings.Trim(s, "= \t") == ""
	case '>':
		return true
	case '`', '~':
		return strings.HasPrefix(s, "```") || strings.HasPrefix(s, "~~~")
	case '[':
		end := strings.Index(s, "]:")
		return end > 0 // a definition, whether or not a ] also follows
	}
	return false
}

// thematic reports whether s, which starts with -, * or _, is a thematic
// break (three or more of the character, with spaces only) or, for -, a
// setext underline.
func thematic(s string) bool {
	c := s[0]
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return c == '-' && strings.Trim(s, "-= \t") == ""
		}
	}
	return n >= 3 || c == '-' // a single - under a line is a setext underline
}

// emphasis reports whether the run s[i:j] of * or _ could open or close
// emphasis by CommonMark's flanking rules. What stands before and after
// the text is not known, so at either end the run is taken to be
// flanking.
func emphasis(s string, i, j int) bool {
	before, after := rune(-1), rune(-1) // -1: the edge of the text
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if j < len(s) {
		after, _ = utf8.DecodeRuneInString(s[j:])
	}
	space := func(r rune) bool { return r != -1 && unicode.IsSpace(r) }
	punct := func(r rune) bool { return r == -1 || unicode.IsPunct(r) || unicode.IsSymbol(r) }
	left := !space(after) && (!punct(after) || before == -1 || space(before) || punct(before))
	right := !space(before) && (!punct(before) || after == -1 || space(after) || punct(after))
	if s[i] == '*' {
		return left || right
	}
	// _ inside a word neither opens nor closes.
	return left && (!right || punct(before)) || right && (!left || punct(after))
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// joinLine escapes items for one line, comma-separated: each item is
// folded to one line and escaped knowing what the items after it hold.
func joinLine(items []string, table bool) string {
	for i, it := range items {
		items[i] = oneLine(it)
	}
	ctx := paraOf(strings.Join(items, ", "), 0)
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = escapeLine(it, ctx, table)
		ctx.start += len(it) + 2
	}
	return strings.Join(out, ", ")
}

// joinAnd is joinLine for a list a sentence reads, outside a table: the
// items separated by commas, the last two by the word and (", " and
// " and "), escaped as one line.
func joinAnd(items []string, and string) string {
	if len(items) == 0 {
		return ""
	}
	seps := make([]string, len(items)) // seps[i] comes before items[i]
	for i := 1; i < len(items); i++ {
		seps[i] = ", "
	}
	if len(items) > 1 {
		seps[len(items)-1] = " " + and + " "
	}
	var whole strings.Builder
	for i, it := range items {
		items[i] = oneLine(it)
		whole.WriteString(seps[i] + items[i])
	}
	ctx := paraOf(whole.String(), 0)
	var b strings.Builder
	for i, it := range items {
		ctx.start += len(seps[i])
		b.WriteString(seps[i] + escapeLine(it, ctx, false))
		ctx.start += len(it)
	}
	return b.String()
}

// block escapes text that may span lines, for a paragraph of its own. Each
// line is escaped on its own and ends in a hard line break (two spaces), so
// the lines show as the user wrote them; blank lines separate paragraphs.
// A line that could be a table's delimiter row (--- | ---) has its pipes
// escaped, so lines of text never become a table.
func block(s string) string {
	var paras []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r", ""), "\n\n") {
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if l = oneLine(l); l != "" {
				lines = append(lines, l)
			}
		}
		ctx := paraOf(strings.Join(lines, "\n"), 0)
		for i, l := range lines {
			lines[i] = escapeLine(l, ctx, delimiterRow(l))
			ctx.start += len(l) + 1
		}
		if lines != nil {
			paras = append(paras, strings.Join(lines, "  \n"))
		}
	}
	return strings.Join(paras, "\n\n")
}

// paraCtx is what escapeLine needs to know of the paragraph a line is in.
type paraCtx struct {
	start                int  // where the line starts in the paragraph
	tick, bracket, angle int  // where the last `, ] and > stand in it; -1: none
	tildes               bool // two or more ~: strikethrough is possible
}

func (p paraCtx) last(c byte) int {
	switch c {
	case '`':
		return p.tick
	case ']':
		return p.bracket
	}
	return p.angle
}

// paraOf describes the paragraph text for its line starting at start.
func paraOf(text string, start int) paraCtx {
	return paraCtx{
		start: start,
		tick:  strings.LastIndexByte(text, '`'), bracket: strings.LastIndexByte(text, ']'), angle: strings.LastIndexByte(text, '>'),
		tildes: strings.Count(text, "~") > 1,
	}
}

// delimiterRow reports whether l could be the delimiter row under a
// table's header: only |, -, : and spaces, with a | and a -.
func delimiterRow(l string) bool {
	return strings.Trim(l, "|-: \t") == "" && strings.Contains(l, "|") && strings.Contains(l, "-")
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
