package strategy

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The YAML library writes every character outside the Basic Multilingual
// Plane as an escape ("\U0001F487" for 💇) and writes multi-line text with
// a space before a line break as one double-quoted line with \n inside: its
// emitter (libyaml's, ported) counts 4-byte UTF-8 as unprintable and allows
// block scalars only without trailing spaces. Neither is a YAML rule: YAML
// 1.2 allows both as they are. So Marshal lets the library lay out the file
// and writes those texts itself: each such value is swapped for a unique
// plain word before encoding and the word is replaced by the text
// afterwards. What the library already writes well (plain, quoted, escaped
// control characters) is left to it.

// texts holds the values Marshal writes itself, by placeholder.
type texts struct {
	prefix string   // unique in the plan: no value contains it
	orig   []string // placeholder i stands for orig[i]
}

// takeTexts returns a copy of p in which every text the library would
// escape or fold is replaced by a placeholder word, and the texts taken.
// The swap is made before the library sees the plan at all: its
// yaml.Node.Encode reads back what it wrote and fails on some texts of
// several lines (" a\n").
func takeTexts(p *Plan) (*Plan, *texts) {
	t := &texts{prefix: uniquePrefix(reflect.ValueOf(p).Elem())}
	q := *p
	t.swap(reflect.ValueOf(&q).Elem())
	return &q, t
}

// swap replaces the texts in v, copying slices so the caller's plan is
// left as it was.
func (t *texts) swap(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if s := v.String(); ownText(s) {
			v.SetString(t.prefix + strconv.Itoa(len(t.orig)) + "x")
			t.orig = append(t.orig, s)
		}
	case reflect.Slice:
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(c, v)
		v.Set(c)
		for i := range v.Len() {
			t.swap(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			t.swap(v.Field(i))
		}
	}
}

// uniquePrefix returns a word no text in v contains, so that a
// placeholder can never be mistaken for a person's text.
func uniquePrefix(v reflect.Value) string {
	for i := 0; ; i++ {
		p := "ssText" + strconv.Itoa(i) + "n"
		if !contains(v, p) {
			return p
		}
	}
}

func contains(v reflect.Value, s string) bool {
	switch v.Kind() {
	case reflect.String:
		return strings.Contains(v.String(), s)
	case reflect.Slice:
		for i := range v.Len() {
			if contains(v.Index(i), s) {
				return true
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if contains(v.Field(i), s) {
				return true
			}
		}
	}
	return false
}

// taken reports whether n holds a placeholder.
func (t *texts) taken(n *yaml.Node) bool {
	return len(t.orig) > 0 && strings.HasPrefix(n.Value, t.prefix)
}

// fill replaces the placeholders in the encoded file with the texts,
// indented for where each stands.
func (t *texts) fill(out []byte) ([]byte, error) {
	if len(t.orig) == 0 {
		return out, nil
	}
	var b bytes.Buffer
	b.Grow(len(out) + len(out)/4)
	for i, s := range t.orig {
		word := []byte(t.prefix + strconv.Itoa(i) + "x")
		at := bytes.Index(out, word)
		// The word ends with "x" so that word 1 is not found inside word 10.
		if at < 0 {
			return nil, fmt.Errorf("encode plan: text %d lost in encoding", i)
		}
		lineStart := bytes.LastIndexByte(out[:at], '\n') + 1
		end := at + len(word)
		lineEnd := len(out)
		if j := bytes.IndexByte(out[end:], '\n'); j >= 0 {
			lineEnd = end + j
		}
		head, lines := scalarText(s)
		b.Write(out[:at])
		b.WriteString(head)
		b.Write(out[end:lineEnd]) // a comment after the value stays on its line
		if lines != nil {
			indent := strings.Repeat(" ", blockIndent(out[lineStart:at]))
			for _, l := range lines {
				b.WriteByte('\n')
				if l != "" {
					b.WriteString(indent)
					b.WriteString(l)
				}
			}
		}
		out = out[lineEnd:]
	}
	b.Write(out)
	return b.Bytes(), nil
}

// blockIndent returns the column at which the lines of a block scalar go,
// given what stands before the value on its line: two more than the key
// ("  key: |" or "- key: |"), or, for a list item ("  - |"), the column
// after the dash. This is the parent's indentation plus 2, which is the
// "2" of the indentation indicator scalarText writes.
func blockIndent(before []byte) int {
	p := 0
	for {
		for p < len(before) && before[p] == ' ' {
			p++
		}
		if p+1 < len(before) && before[p] == '-' && before[p+1] == ' ' {
			p += 2
			continue
		}
		break
	}
	if p == len(before) {
		return p // a list item: the value stands right after "- "
	}
	return p + 2
}

// ownText reports whether Marshal writes s itself rather than the YAML
// library: text of several lines, text with characters outside the Basic
// Multilingual Plane, and text the library might write with a line
// separator as it is.
func ownText(s string) bool {
	if strings.Contains(s, "\n") || needsEscape(s) {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xf0 {
			return true
		}
	}
	return false
}

// scalarText returns how s is written in the answers file: a value that
// fits on the key's line (head only), or a literal block scalar: head is
// its header ("|", "|-", "|2-" ...) and lines are its lines, unindented.
//
// Text of several lines is a literal block: every character as typed,
// trailing spaces too. Its chomping indicator keeps the final line break
// exactly: "-" for none, nothing for one. An indentation indicator (2: the
// lines stand two columns in from their parent) is given when the text
// starts with a space, a tab or an empty line, which would otherwise be
// taken as indentation. A CRLF line end is written as a plain line break,
// as the loader's Clean reads it anyway. Text ending in two line breaks or
// more, or made of line breaks only, is double-quoted: "keep" chomping
// would also keep the blank line that follows the block in the file.
//
// One-line text is written plain where YAML allows, else quoted. Text with
// characters that are invisible or that YAML counts as line breaks
// (U+2028, U+FEFF, a lone CR ...) is double-quoted with escapes for those
// characters only, so that nobody is left wondering what is there.
func scalarText(s string) (head string, lines []string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if needsEscape(s) {
		return doubleQuoted(s), nil
	}
	if body := strings.TrimRight(s, "\n"); body != "" && len(s)-len(body) < 2 && strings.Contains(s, "\n") {
		chomp := "-" // no line break at the end
		if len(body) < len(s) {
			chomp = "" // one, kept by the default "clip"
		}
		indent := ""
		if s[0] == ' ' || s[0] == '\t' || s[0] == '\n' {
			indent = "2"
		}
		return "|" + indent + chomp, strings.Split(body, "\n")
	}
	if strings.Contains(s, "\n") {
		return doubleQuoted(s), nil
	}
	// Ask the library how it would write the text with each character
	// outside the BMP replaced by a letter: those characters never mean
	// anything to YAML, so the answer holds for the text itself.
	var sub strings.Builder
	for _, r := range s {
		if r > 0xffff {
			r = 'x'
		}
		sub.WriteRune(r)
	}
	out, err := yaml.Marshal(sub.String())
	if err != nil || len(out) == 0 {
		return doubleQuoted(s), nil
	}
	switch out[0] {
	case '\'':
		return "'" + strings.ReplaceAll(s, "'", "''") + "'", nil
	case '"':
		return doubleQuoted(s), nil
	}
	return s, nil
}

// needsEscape reports whether s holds a character that YAML readers treat
// as a line break or refuse unescaped: besides the controls Clean removes,
// a lone CR, U+2028, U+2029, U+FEFF, and U+FFFE/U+FFFF.
func needsEscape(s string) bool {
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n':
		case r < 0x20, r >= 0x7f && r <= 0x9f, r == 0x2028, r == 0x2029, r == 0xfeff, r == 0xfffe, r == 0xffff:
			return true
		}
	}
	return false
}

// doubleQuoted returns s double-quoted by the YAML library, with the
// library's escapes for characters outside the BMP turned back into the
// characters: YAML allows them as they are.
func doubleQuoted(s string) string {
	var n yaml.Node
	n.SetString(s)
	n.Style = yaml.DoubleQuotedStyle
	out, err := yaml.Marshal(&n)
	if err != nil {
		return strconv.Quote(s) // not reached: a string always encodes
	}
	q := strings.TrimSuffix(string(out), "\n")
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		if q[i] != '\\' || i+1 == len(q) {
			b.WriteByte(q[i])
			continue
		}
		if q[i+1] == 'U' && i+10 <= len(q) {
			if r, err := strconv.ParseUint(q[i+2:i+10], 16, 32); err == nil && r > 0xffff && r <= utf8.MaxRune {
				b.WriteRune(rune(r))
				i += 9
				continue
			}
		}
		b.WriteString(q[i : i+2]) // any other escape stays, with what it escapes
		i++
	}
	return b.String()
}
